package app.maskai.web.tryon;

import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;

/** Turns a Java or JavaScript failure into one line for people and for rejected promises. */
public final class Failures {
    private Failures() {
    }

    public static String message(Throwable failure) {
        JSObject js = JSExceptions.getJSException(failure);
        if (js != null && !JsValues.isNullish(js)) {
            return JsErrors.messageOf(js);
        }
        String message = failure.getMessage();
        return message != null ? message : failure.getClass().getSimpleName();
    }
}
