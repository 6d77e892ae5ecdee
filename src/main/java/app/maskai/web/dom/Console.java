package app.maskai.web.dom;

import org.teavm.jso.JSBody;

/** The browser's console, for what a developer should see and a person need not. */
public final class Console {
    private Console() {
    }

    @JSBody(params = "message", script = "console.warn(message);")
    public static native void warn(String message);
}
