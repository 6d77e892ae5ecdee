package app.maskai.core.settings;

/**
 * The longest a live recording runs before it stops by itself. A recording is kept in memory
 * until it is downloaded, shared or discarded (never in storage), so the choice also bounds the
 * memory it takes: at the recorder's 2.5 Mbit/s, about 0.3 MB a second.
 */
public enum RecordingLength {
    SECONDS_15(15),
    SECONDS_30(30),
    MINUTE_1(60),
    MINUTES_2(120);

    public static final RecordingLength DEFAULT = SECONDS_30;

    public final int seconds;

    RecordingLength(int seconds) {
        this.seconds = seconds;
    }
}
