package app.maskai.web.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int8Array;

/** The worker's global scope: messages in and out. Only for code that runs inside the worker. */
final class WorkerScope {
    private WorkerScope() {
    }

    @JSFunctor
    interface MessageHandler extends JSObject {
        void onMessage(JSObject data);
    }

    @JSBody(params = "handler", script = "self.onmessage = function (event) { handler(event.data); };")
    static native void onMessage(MessageHandler handler);

    @JSBody(params = "message", script = "self.postMessage(message);")
    static native void post(JSObject message);

    /** Posts a message, moving {@code moved} (an ImageBitmap) rather than copying it. */
    @JSBody(params = {"message", "moved"}, script = "self.postMessage(message, [moved]);")
    static native void post(JSObject message, JSObject moved);

    /** Posts a message, moving {@code moved} and {@code movedToo} (an ArrayBuffer) rather than copying them. */
    @JSBody(params = {"message", "moved", "movedToo"}, script = "self.postMessage(message, [moved, movedToo]);")
    static native void post(JSObject message, JSObject moved, JSObject movedToo);

    @JSBody(params = {"type", "text"}, script = "return {type: type, message: text};")
    static native JSObject failure(String type, String text);

    @JSBody(params = {"backend", "simd", "skipped", "version", "milliseconds"}, script = "return {type: 'ready',"
            + " backend: backend, simd: simd, skipped: skipped, tfVersion: version, milliseconds: milliseconds};")
    static native JSObject ready(String backend, boolean simd, String skipped, String version, double milliseconds);

    @JSBody(params = {"fraction"}, script = "return {type: 'progress', fraction: fraction};")
    static native JSObject progress(double fraction);

    /** The reply to "track": the frame goes back with its faces. */
    @JSBody(params = {"id", "frame", "width", "height", "count", "landmarks", "detected", "frames", "detectorRuns",
        "pixelsMs", "modelMs"}, script = "return {type: 'tracked', id: id, frame: frame, width: width, height: height,"
            + " count: count, landmarks: landmarks, detected: detected, frames: frames, detectorRuns: detectorRuns,"
            + " pixelsMs: pixelsMs, modelMs: modelMs};")
    static native JSObject tracked(double id, JSObject frame, int width, int height, int count, Float32Array landmarks,
            boolean detected, double frames, double detectorRuns, double pixelsMs, double modelMs);

    /** Adds to a "tracked" reply what is in front of its faces: the hands' matte (Occlusion). */
    @JSBody(params = {"reply", "x", "y", "width", "height", "alpha", "hands", "milliseconds"}, script = "reply.occlusion ="
            + " {x: x, y: y, width: width, height: height, alpha: alpha, hands: hands, milliseconds: milliseconds};")
    static native void setOcclusion(JSObject reply, int x, int y, int width, int height, Int8Array alpha, int hands,
            double milliseconds);

    /** The reply to "detect": the photo goes back with its faces. */
    @JSBody(params = {"id", "image", "width", "height", "count", "landmarks", "faces", "milliseconds"},
            script = "return {type: 'detected', id: id, image: image, width: width, height: height, count: count,"
            + " landmarks: landmarks, faces: faces, milliseconds: milliseconds};")
    static native JSObject detected(double id, JSObject image, int width, int height, int count, Float32Array landmarks,
            Float32Array faces, double milliseconds);

    @JSBody(params = {"id", "text", "image"}, script = "return {type: 'detectFailed', id: id, message: text, image: image};")
    static native JSObject detectFailed(double id, String text, JSObject image);

    @JSBody(params = {"id", "text", "frame"}, script = "return {type: 'trackFailed', id: id, message: text, frame: frame};")
    static native JSObject trackFailed(double id, String text, JSObject frame);

    /** The reply to "hands": the hands found, six values each (score, x, y, width, height, kind's index). */
    @JSBody(params = {"id", "hands"}, script = "return {type: 'handsFound', id: id, hands: hands};")
    static native JSObject handsFound(double id, Float32Array hands);

    @JSBody(params = {"id", "text"}, script = "return {type: 'handsFailed', id: id, message: text};")
    static native JSObject handsFailed(double id, String text);

    @JSBody(params = {"message", "name"}, script = "var value = message[name]; return value == null ? '' : String(value);")
    static native String string(JSObject message, String name);

    @JSBody(params = {"message", "name"}, script = "return +message[name] || 0;")
    static native double number(JSObject message, String name);

    @JSBody(params = {"message", "name"}, script = "return message[name] === true;")
    static native boolean flag(JSObject message, String name);

    @JSBody(params = {"message", "name"}, script = "return message[name];")
    static native JSObject object(JSObject message, String name);

    @JSBody(params = "buffer", script = "return buffer.buffer;")
    static native JSObject bufferOf(Float32Array buffer);

    /** A VideoFrame's displayed width, or an ImageBitmap's width. */
    @JSBody(params = "frame", script = "return frame.displayWidth || frame.width || 0;")
    static native int frameWidth(JSObject frame);

    /** A VideoFrame's displayed height, or an ImageBitmap's height. */
    @JSBody(params = "frame", script = "return frame.displayHeight || frame.height || 0;")
    static native int frameHeight(JSObject frame);

    @JSBody(script = "return performance.now();")
    static native double now();

    /** The worker's own base URL's folder's parent: the site root (js/worker.js lives in js/). */
    @JSBody(script = "return new URL('../', self.location.href).href;")
    static native String siteRoot();
}
