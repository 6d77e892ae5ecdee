package app.maskai.web.photo;

/** Where Download, Share and Compare say what they did: the page's one status line. */
@FunctionalInterface
public interface Say {
    /** Says {@code message}; {@code error}: as a failure. */
    void say(String message, boolean error);
}
