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

    /** An image source (ImageBitmap, canvas, img) as a float32 tensor [1, h, w, 3], values 0..255. */
    @JSBody(params = "source", script = "return tf.tidy(function () {"
            + " return tf.expandDims(tf.cast(tf.browser.fromPixels(source, 3), 'float32'), 0); });")
    public static native Tensor imageTensor(JSObject source);

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
