package app.maskai.core.occlusion;

/**
 * How often the live view looks for hands in front of the faces (issue 13: "the live view stays
 * at 30 frames/s or more with hand occlusion on; skip or thin it out where it would not be").
 *
 * <p>The hand detector runs in a worker of its own, but on a device of few cores it takes the
 * cores the face tracker and the page need: on this project's 2-core machine the benchmark's live
 * view fell from 59 to 19–24 frames/s with a search every 0.4 s, the frames' round trip to the
 * tracker's worker from 11 to 28 ms. So the pace follows the live view's own rate: below
 * {@link #TARGET_FPS} the time between searches doubles (up to {@link #MAX_INTERVAL_MS}); above
 * {@link #COMFORT_FPS} it shortens by a third (down to {@link #MIN_INTERVAL_MS}); between them it
 * stays. A device with cores to spare keeps the fastest pace; a slow one keeps its frame rate and
 * finds a hand a moment later. Hands found stay matted until the next search has had its time
 * ({@link #keptMs()}).
 */
public final class HandSearchPace {
    public static final double MIN_INTERVAL_MS = 400;
    public static final double MAX_INTERVAL_MS = 3200;
    public static final double TARGET_FPS = 30;
    public static final double COMFORT_FPS = 45;
    /** How long after its search a hand found stays matted, beyond the interval. */
    static final double KEPT_BEYOND_MS = 600;

    private double interval = MIN_INTERVAL_MS;

    /**
     * The live view ran at {@code fps} frames/s over its last second (0 or less: not known yet,
     * nothing changes); returns the time to leave before the next search, ms.
     */
    public double update(double fps) {
        if (fps > 0 && fps < TARGET_FPS) {
            interval = Math.min(MAX_INTERVAL_MS, interval * 2);
        } else if (fps > COMFORT_FPS) {
            interval = Math.max(MIN_INTERVAL_MS, interval / 1.5);
        }
        return interval;
    }

    /** The time between searches now, ms. */
    public double intervalMs() {
        return interval;
    }

    /** How long hands found stay matted after their search, ms: past the next search's time. */
    public double keptMs() {
        return interval + KEPT_BEYOND_MS;
    }

    /** Back to the fastest pace (a new camera run). */
    public void reset() {
        interval = MIN_INTERVAL_MS;
    }
}
