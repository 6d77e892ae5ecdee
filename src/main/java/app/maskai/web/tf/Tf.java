package app.maskai.web.tf;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The global {@code tf} object of TF.js 4.22 (UMD bundles served from our origin), bound one
 * function at a time.
 */
public final class Tf {
    private Tf() {
    }

    @JSFunctor
    public interface Progress extends JSObject {
        void onProgress(double fraction);
    }

    @JSBody(script = "return typeof tf !== 'undefined' && typeof tf.loadGraphModel === 'function';")
    public static native boolean isLoaded();

    @JSBody(script = "return tf.version_core || (tf.version && tf.version['tfjs-core']) || 'unknown';")
    public static native String version();

    /**
     * Points the wasm backend at our own copies of its binaries. The threaded build needs
     * cross-origin isolation and is not shipped, so multithreading is switched off explicitly.
     */
    @JSBody(params = "prefix", script = "if (!tf.wasm) return false; tf.wasm.setWasmPaths(prefix);"
            + " tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false); return true;")
    public static native boolean configureWasm(String prefix);

    /**
     * Loads a backend's script, kept out of the page until a backend before it in
     * {@link Backends#ORDER} has failed (the webgl backend: 89 KB gzip that most browsers never
     * run). Resolves at once where the backend is already registered, or where there is no
     * document to add a script to (the inference worker imports what it runs itself); rejects
     * with an Error naming the URL when the script does not load.
     */
    @JSBody(params = {"url", "name"}, script = "if (tf.findBackendFactory(name) || typeof document === 'undefined')"
            + " return Promise.resolve(true);"
            + " return new Promise(function (resolve, reject) {"
            + " var script = document.createElement('script'); script.src = url;"
            + " script.onload = function () { resolve(true); };"
            + " script.onerror = function () { reject(new Error(url + ' did not load')); };"
            + " document.head.appendChild(script); });")
    public static native JSPromise<org.teavm.jso.core.JSBoolean> loadBackendScript(String url, String name);

    /** Resolves to true when the backend is usable. */
    @JSBody(params = "name", script = "return Promise.resolve().then(function () {"
            + " if (!tf.findBackendFactory(name)) return false; return tf.setBackend(name); })"
            + ".then(function (ok) { return ok ? tf.ready().then(function () { return true; }) : false; });")
    public static native JSPromise<org.teavm.jso.core.JSBoolean> useBackend(String name);

    @JSBody(script = "return tf.getBackend();")
    public static native String backend();

    /** Whether the wasm backend runs with SIMD (read after it is ready). */
    @JSBody(script = "try { return !!tf.env().get('WASM_HAS_SIMD_SUPPORT'); } catch (e) { return false; }")
    public static native boolean wasmSimd();

    @JSBody(params = {"url", "progress"}, script = "return tf.loadGraphModel(url, {onProgress: progress});")
    public static native JSPromise<GraphModel> loadGraphModel(String url, Progress progress);

    @JSBody(script = "return tf.memory().numTensors;")
    public static native int numTensors();

    @JSBody(script = "tf.engine().startScope();")
    public static native void startScope();

    @JSBody(script = "tf.engine().endScope();")
    public static native void endScope();

    /**
     * A 2D context to read pixels through, reused for every image: an OffscreenCanvas where there
     * is one (workers have no document), else a canvas; {@code willReadFrequently} keeps it in
     * memory, so reading it back costs no GPU round trip.
     */
    @JSBody(script = "var canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1)"
            + " : document.createElement('canvas'); return canvas.getContext('2d', {willReadFrequently: true});")
    public static native JSObject pixelReader();

    /**
     * An image source (ImageBitmap, canvas, img, playing video) of width×height as a float32
     * tensor [1, h, w, 3], values 0..255: one draw, one read, one pass that drops alpha. The same
     * pixels as tf.browser.fromPixels gives (which draws into a canvas too), without its int32
     * copy and cast.
     */
    public static Tensor imageTensor(JSObject reader, JSObject source, int width, int height) {
        return rgbaTensor(rgbaOf(reader, source, width, height), width, height);
    }

    /** The RGBA bytes of an image source drawn at width×height (a Uint8ClampedArray). */
    @JSBody(params = {"reader", "source", "width", "height"}, script = "var canvas = reader.canvas;"
            + " if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; }"
            + " else { reader.clearRect(0, 0, width, height); }"
            + " reader.drawImage(source, 0, 0, width, height);"
            + " return reader.getImageData(0, 0, width, height).data;")
    private static native JSObject rgbaOf(JSObject reader, JSObject source, int width, int height);

    /** RGBA bytes (width×height×4) as a float32 tensor [1, h, w, 3], values 0..255. */
    @JSBody(params = {"rgba", "width", "height"}, script = "var count = width * height;"
            + " var rgb = new Float32Array(count * 3);"
            + " for (var pixel = 0, from = 0, to = 0; pixel < count; pixel++, from += 4, to += 3) {"
            + " rgb[to] = rgba[from]; rgb[to + 1] = rgba[from + 1]; rgb[to + 2] = rgba[from + 2]; }"
            + " return tf.tensor4d(rgb, [1, height, width, 3], 'float32');")
    public static native Tensor rgbaTensor(JSObject rgba, int width, int height);

    /**
     * A video frame's pixels, {data: RGBA bytes, width, height, readMs}: a VideoFrame's visible rectangle
     * converted by {@code copyTo} (no GPU read-back), or, where the browser cannot convert, drawn
     * through {@code reader}; an ImageBitmap drawn through {@code reader}.
     */
    @JSBody(params = {"reader", "frame"}, script = "var started = performance.now();"
            + " function timed(pixels) { pixels.readMs = performance.now() - started; return pixels; }"
            + " function drawn(source, width, height) {"
            + " var canvas = reader.canvas; canvas.width = width; canvas.height = height;"
            + " reader.drawImage(source, 0, 0, width, height);"
            + " return {data: reader.getImageData(0, 0, width, height).data, width: width, height: height}; }"
            + " if (typeof VideoFrame === 'undefined' || !(frame instanceof VideoFrame)) {"
            + " return Promise.resolve().then(function () { return timed(drawn(frame, frame.width, frame.height)); }); }"
            + " var rect = frame.visibleRect; var frameWidth = rect.width; var frameHeight = rect.height;"
            + " var bytes = new Uint8Array(frameWidth * frameHeight * 4);"
            + " return frame.copyTo(bytes, {format: 'RGBA', colorSpace: 'srgb'}).then(function () {"
            + " return timed({data: bytes, width: frameWidth, height: frameHeight}); }, function () {"
            + " return timed(drawn(frame, frameWidth, frameHeight)); });")
    public static native JSPromise<JSObject> framePixels(JSObject reader, JSObject frame);

    /**
     * tf.image.transform: resamples {@code image} [1,h,w,3] to [1,outH,outW,3] through the
     * 8 projective coefficients (output pixel to input pixel).
     */
    @JSBody(params = {"image", "coefficients", "fillMode", "outH", "outW"}, script =
            "return tf.image.transform(image, tf.tensor2d(coefficients, [1, 8]), 'bilinear', fillMode, 0, [outH, outW]);")
    public static native Tensor transform(Tensor image, Float32Array coefficients, String fillMode, int outH, int outW);

    /** (t / divisor) - offset: maps 0..255 pixels to a model's input range. */
    @JSBody(params = {"t", "divisor", "offset"}, script = "return tf.sub(tf.div(t, divisor), offset);")
    public static native Tensor normalize(Tensor t, double divisor, double offset);

    @JSBody(params = {"shape0", "shape1", "shape2", "shape3"}, script = "return tf.zeros([shape0, shape1, shape2, shape3]);")
    public static native Tensor zeros(int shape0, int shape1, int shape2, int shape3);
}
