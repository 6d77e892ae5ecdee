package app.maskai.core.settings;

/** The page's colours: follow the system's light/dark preference, or force one. */
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK;

    public static final Theme DEFAULT = SYSTEM;

    /** The value of {@code <html data-theme>}, or null to follow the system. */
    public String attribute() {
        return this == SYSTEM ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
