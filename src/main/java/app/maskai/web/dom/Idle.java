package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * Work that can wait: for the main thread's idle moments (requestIdleCallback), or for the end
 * of the current task (a microtask).
 */
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

    /** Runs {@code job} when the current task's own work is done, before the browser renders (a microtask). */
    public static void afterThisTask(Runnable job) {
        microtask(job::run);
    }

    @JSBody(params = "job", script = "queueMicrotask(function () { job(); });")
    private static native void microtask(Callback job);
}
