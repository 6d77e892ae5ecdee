package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * JavaScript errors: made with a message, and the message of any thrown value.
 */
public final class JsErrors {
    private JsErrors() {
    }

    @JSBody(params = "message", script = "return new Error(message);")
    public static native JSObject error(String message);

    /** The message of a thrown JavaScript value (an Error's message, or its string form). */
    @JSBody(params = "e", script = "return (e && e.message) ? String(e.message) : String(e);")
    public static native String messageOf(JSObject e);
}
