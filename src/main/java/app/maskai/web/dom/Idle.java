package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** The main thread's idle moments (requestIdleCallback), for work that can wait for them. */
public final class Idle {
    @JSFunctor
    interface Callback extends JSObject {
        void call();
    }

    private Idle() {
    }

    /**
     * Resolves in the next idle moment, at most {@code timeoutMs} away; right after the current
     * task where the browser has no requestIdleCallback.
     */
    public static JSPromise<Object> next(int timeoutMs) {
        return new JSPromise<>((resolve, reject) -> onIdle(timeoutMs, () -> resolve.accept(null)));
    }

    @JSBody(params = {"timeout", "callback"}, script = "if (typeof requestIdleCallback === 'function')"
            + " requestIdleCallback(function () { callback(); }, {timeout: timeout});"
            + " else setTimeout(function () { callback(); }, 0);")
    private static native void onIdle(int timeout, Callback callback);
}
