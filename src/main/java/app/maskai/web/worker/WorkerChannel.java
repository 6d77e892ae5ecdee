package app.maskai.web.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The page's end of the inference worker, which TeaVM does not bind: start the Worker, post the
 * protocol's messages (js/worker.js: init, track, reset, sensitivity), hear its replies and
 * errors, end it.
 */
final class WorkerChannel {
    /** Told each reply's data. */
    @JSFunctor
    interface ReplyHandler extends JSObject {
        void onReply(JSObject data);
    }

    /** Told why the worker failed. */
    @JSFunctor
    interface ErrorHandler extends JSObject {
        void onError(String message);
    }

    private WorkerChannel() {
    }

    /** Workers, transferable ImageBitmaps and an OffscreenCanvas to read their pixels in the worker. */
    @JSBody(script = "return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined'"
            + " && typeof createImageBitmap !== 'undefined';")
    static native boolean supported();

    @JSBody(params = {"url", "onReply", "onError"}, script = "try { var worker = new Worker(url);"
            + " worker.onmessage = function (event) { onReply(event.data); };"
            + " worker.onerror = function (event) { event.preventDefault();"
            + " onError(event.message || 'the inference worker could not start'); };"
            + " return worker; } catch (e) { return null; }")
    static native JSObject create(String url, ReplyHandler onReply, ErrorHandler onError);

    @JSBody(params = {"worker", "type"}, script = "worker.postMessage({type: type});")
    static native void post(JSObject worker, String type);

    @JSBody(params = {"worker", "type", "value"}, script = "worker.postMessage({type: type, value: value});")
    static native void postValue(JSObject worker, String type, String value);

    @JSBody(params = {"worker", "id", "frame", "time", "inMemory", "hands"}, script = "worker.postMessage({type: 'track',"
            + " id: id, frame: frame, time: time, inMemory: inMemory, hands: hands}, [frame]);")
    static native void postTrack(JSObject worker, double id, JSObject frame, double time, boolean inMemory,
            Float32Array hands);

    /**
     * Sends staged pixels to the hand detector, moving their buffer rather than copying it, with
     * where their square lies in the photo ({@code cx}, {@code cy}, {@code side}) and the photo's size.
     */
    @JSBody(params = {"worker", "id", "pixels", "cx", "cy", "side", "width", "height"}, script = "worker.postMessage("
            + "{type: 'hands', id: id, pixels: pixels, cx: cx, cy: cy, side: side, width: width, height: height},"
            + " [pixels.buffer]);")
    static native void postHands(JSObject worker, double id, Float32Array pixels, float cx, float cy, float side,
            int width, int height);

    /** Sends a photo to have its faces found, moving it (the reply brings it back). */
    @JSBody(params = {"worker", "id", "image", "minScore"}, script = "worker.postMessage({type: 'detect', id: id,"
            + " image: image, minScore: minScore}, [image]);")
    static native void postDetect(JSObject worker, double id, JSObject image, float minScore);

    @JSBody(params = "worker", script = "worker.terminate();")
    static native void terminate(JSObject worker);
}
