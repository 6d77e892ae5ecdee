package app.maskai.web.tf;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Float64Array;

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
     * Points the wasm backend at our own copies of its binaries. Without {@code threads} the
     * multi-threaded build is switched off (TF.js would otherwise pick it wherever the page is
     * cross-origin isolated); with it, TF.js picks it where SharedArrayBuffer and wasm threads
     * are there (see core.pipeline.WasmThreads), with a thread per core (TF.js's own default,
     * measured, gave a pool of 1 on 2 cores). Where js/boot.js has already started the backend
     * with these paths (self.__maskaiWasmPaths), they are not set again: TF.js refuses paths once
     * its backend has begun to start.
     */
    @JSBody(params = {"prefix", "threads"}, script = "if (!tf.wasm) return false;"
            + " if (self.__maskaiWasmPaths !== prefix) tf.wasm.setWasmPaths(prefix);"
            + " if (!threads) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);"
            + " else tf.wasm.setThreadsCount(Math.max(2, navigator.hardwareConcurrency || 2)); return true;")
    public static native boolean configureWasm(String prefix, boolean threads);

    /** Threads the wasm backend runs on (1 when single-threaded or another backend). */
    @JSBody(script = "try { return tf.getBackend() === 'wasm' && tf.wasm && tf.wasm.getThreadsCount"
            + " ? Math.max(1, tf.wasm.getThreadsCount()) : 1; } catch (e) { return 1; }")
    public static native int wasmThreads();

    /**
     * Loads a backend's script, kept out of the page until a backend before it in
     * {@link Backends#ORDER} has failed (the webgl backend: 89 KB gzip that most browsers never
     * run, and the cpu backend after it). Resolves at once where the backend is already
     * registered; in a worker (no document to add a script to) imports it there; rejects with an
     * Error naming the URL when the script does not load.
     */
    @JSBody(params = {"url", "name"}, script = "if (tf.findBackendFactory(name)) return Promise.resolve(true);"
            + " if (typeof document === 'undefined') return new Promise(function (resolve) {"
            + " importScripts(url); resolve(true); });"
            + " return new Promise(function (resolve, reject) {"
            + " var script = document.createElement('script'); script.src = url;"
            + " script.onload = function () { resolve(true); };"
            + " script.onerror = function () { reject(new Error(url + ' did not load')); };"
            + " document.head.appendChild(script); });")
    public static native JSPromise<org.teavm.jso.core.JSBoolean> loadBackendScript(String url, String name);

    /**
     * Makes the webgl backend pass tensor shapes to its shader programs as uniforms rather than
     * compile them into each program (TF.js's WEBGL_USE_SHAPES_UNIFORMS, off by default): the face
     * search runs the detector on inputs of many sizes, and each new size compiled every program
     * of the graph again. Where wasm could not start (its files missing, on SwiftShader, Chromium
     * 156), the first photo's detect took 14.8 s without it and 4.8 s with it; later ones 0.71
     * against 0.81 s. Call once the webgl backend's script is in (it registers the flag).
     */
    @JSBody(script = "try { tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true); } catch (e) { }")
    public static native void webglShapesAsUniforms();

    /**
     * Resolves to true when the backend is usable. The wasm backend's start that js/boot.js began
     * on the page as soon as TF.js's scripts had run (self.__maskaiEarlyWasm, configured as
     * {@link #configureWasm} would with threads off) is taken over, once, rather than begun again
     * (a second tf.setBackend would start a second instance); where it failed, it is begun here.
     */
    @JSBody(params = "name", script = "var early;"
            + " if (name === 'wasm') { early = self.__maskaiEarlyWasm; self.__maskaiEarlyWasm = undefined; }"
            + " return (early ? Promise.resolve(early).catch(function () { return false; }) : Promise.resolve(false))"
            + ".then(function (ok) { if (ok) return true;"
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

    /** As {@link #loadGraphModel}, with {@code openInput} as in {@link #loadGraphModel(String, JSObject, boolean)}. */
    public static JSPromise<GraphModel> loadGraphModel(String url, Progress progress, boolean openInput) {
        return loadGraphModel(url, progressOptions(progress), openInput);
    }

    @JSBody(params = "progress", script = "return {onProgress: progress};")
    private static native JSObject progressOptions(Progress progress);

    /**
     * {@code tf.loadGraphModel(url, options)} through {@code tf.io.http(url, options)}, the handler
     * TF.js itself makes for a URL. With {@code openInput}, the graph's 4-D inputs take any height
     * and width ([-1, -1, -1, channels]): TF.js checks an input's shape against the file's, and a
     * fully convolutional graph (the short-range detector: see DetectorSpec.atInput) runs on other
     * sizes than the one it was saved with. The files on disk stay as published.
     */
    @JSBody(params = {"url", "options", "openInput"}, script = "var http = tf.io.http(url, options);"
            + " if (!openInput) return tf.loadGraphModel(http);"
            + " return tf.loadGraphModel({load: function () { return http.load().then(function (artifacts) {"
            + " ((artifacts.modelTopology || {}).node || []).forEach(function (node) {"
            + " var shape = node.op === 'Placeholder' && node.attr && node.attr.shape && node.attr.shape.shape;"
            + " if (shape && shape.dim && shape.dim.length === 4) {"
            + " shape.dim[1] = {size: '-1'}; shape.dim[2] = {size: '-1'}; } });"
            + " return artifacts; }); }});")
    public static native JSPromise<GraphModel> loadGraphModel(String url, JSObject options, boolean openInput);

    @JSBody(script = "return performance.now();")
    public static native double now();

    @JSBody(script = "return tf.memory().numTensors;")
    public static native int numTensors();

    @JSBody(script = "tf.engine().startScope();")
    public static native void startScope();

    @JSBody(script = "tf.engine().endScope();")
    public static native void endScope();

    /**
     * A 2D context to draw model inputs into and read them back: an OffscreenCanvas where there is
     * one (workers have no document), else a canvas. With {@code inMemory} it is
     * {@code willReadFrequently}, kept in memory: for sources whose pixels are in memory too,
     * the fastest (0.1 to 0.3 ms a crop, measured). For a source that may live on the GPU (an
     * accelerated canvas, a bitmap made from one, a video), such a context would read the whole
     * source back first (21 ms for a 3-megapixel canvas, 251 ms for 48), so those are drawn into a
     * context the browser may accelerate (1.5 to 2 ms a crop, whatever the size).
     */
    @JSBody(params = "inMemory", script = "var canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1)"
            + " : document.createElement('canvas'); return canvas.getContext('2d', {willReadFrequently: inMemory});")
    public static native JSObject cropContext(boolean inMemory);

    /**
     * Draws {@code source} at width×height into {@code stage}'s canvas (a context from
     * {@link #cropContext} kept in memory) and returns that canvas: one read of the source, after
     * which crops of it are drawn from memory. Resizes the canvas only when the size changes.
     */
    @JSBody(params = {"stage", "source", "width", "height"}, script = "var canvas = stage.canvas;"
            + " if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; }"
            + " else { stage.setTransform(1, 0, 0, 1, 0, 0); stage.clearRect(0, 0, width, height); }"
            + " stage.drawImage(source, 0, 0, width, height); return canvas;")
    public static native JSObject stage(JSObject stage, JSObject source, int width, int height);

    /**
     * One crop of {@code source} (an ImageBitmap, canvas, img, VideoFrame or playing video, taken as
     * an image of width×height), written as outWidth×outHeight×3 float32 values into {@code values}
     * from batch entry {@code entry} on (one entry is outWidth × outHeight × 3 values): the image drawn through
     * {@code matrix} ({a, b, c, d, e, f} of setTransform, from CropTransform.canvasMatrix) into
     * {@code crop}'s outWidth×outHeight canvas with bilinear sampling ('low' smoothing: the points
     * tf.image.transform samples; with {@code smooth}, 'medium': mipmapped, for crops that shrink
     * the image more than twice, which bilinear sampling alone would alias), read back, each channel value v
     * becoming v × scale + offset. Outside the image the canvas stays transparent black (a zero
     * border, 'constant' fill); with {@code replicateEdges} the image's outermost rows and columns
     * are drawn stretched outwards first ('nearest' fill: the border pixel repeats). Only the
     * crop's pixels are read, whatever the image's size.
     */
    @JSBody(params = {"crop", "source", "width", "height", "matrix", "outWidth", "outHeight", "scale", "offset",
            "replicateEdges", "smooth", "values", "entry"},
            script = "var canvas = crop.canvas; if (canvas.width !== outWidth || canvas.height !== outHeight) {"
            + " canvas.width = outWidth; canvas.height = outHeight; }"
            + " crop.setTransform(1, 0, 0, 1, 0, 0); crop.clearRect(0, 0, outWidth, outHeight);"
            + " crop.imageSmoothingEnabled = true; crop.imageSmoothingQuality = smooth ? 'medium' : 'low';"
            + " crop.setTransform(matrix[0], matrix[1], matrix[2], matrix[3], matrix[4], matrix[5]);"
            + " if (replicateEdges) {"
            + " var sourceWidth = source.videoWidth || source.displayWidth || source.naturalWidth || source.width;"
            + " var sourceHeight = source.videoHeight || source.displayHeight || source.naturalHeight || source.height;"
            + " var farAway = 4 * (width + height);"
            + " crop.drawImage(source, 0, 0, 1, sourceHeight, -farAway, 0, farAway, height);"
            + " crop.drawImage(source, sourceWidth - 1, 0, 1, sourceHeight, width, 0, farAway, height);"
            + " crop.drawImage(source, 0, 0, sourceWidth, 1, 0, -farAway, width, farAway);"
            + " crop.drawImage(source, 0, sourceHeight - 1, sourceWidth, 1, 0, height, width, farAway);"
            + " crop.drawImage(source, 0, 0, 1, 1, -farAway, -farAway, farAway, farAway);"
            + " crop.drawImage(source, sourceWidth - 1, 0, 1, 1, width, -farAway, farAway, farAway);"
            + " crop.drawImage(source, 0, sourceHeight - 1, 1, 1, -farAway, height, farAway, farAway);"
            + " crop.drawImage(source, sourceWidth - 1, sourceHeight - 1, 1, 1, width, height, farAway, farAway); }"
            + " crop.drawImage(source, 0, 0, width, height);"
            + " var rgba = crop.getImageData(0, 0, outWidth, outHeight).data; var count = outWidth * outHeight;"
            + " for (var pixel = 0, from = 0, to = entry * count * 3; pixel < count; pixel++, from += 4, to += 3) {"
            + " values[to] = rgba[from] * scale + offset; values[to + 1] = rgba[from + 1] * scale + offset;"
            + " values[to + 2] = rgba[from + 2] * scale + offset; }")
    public static native void crop(JSObject crop, JSObject source, int width, int height, Float64Array matrix,
            int outWidth, int outHeight, double scale, double offset, boolean replicateEdges, boolean smooth,
            Float32Array values, int entry);

    /** {@code values} as a float32 tensor [batch, size, size, 3] (no copy where TF.js can avoid one). */
    public static Tensor batch(Float32Array values, int batch, int size) {
        return batch(values, batch, size, size);
    }

    /** {@code values} as a float32 tensor [batch, height, width, 3] (no copy where TF.js can avoid one). */
    @JSBody(params = {"values", "batch", "width", "height"},
            script = "return tf.tensor4d(values, [batch, height, width, 3], 'float32');")
    public static native Tensor batch(Float32Array values, int batch, int width, int height);

    /**
     * Runs {@code model} synchronously with {@code input} fed to the node named {@code node} (not
     * the graph's own input), for the outputs named in {@code outputs} (comma separated), in order.
     */
    @JSBody(params = {"model", "node", "input", "outputs"}, script = "var feed = {}; feed[node] = input;"
            + " return model.execute(feed, outputs.split(','));")
    public static native JSArrayReader<Tensor> executeFrom(GraphModel model, String node, Tensor input, String outputs);

    @JSBody(params = {"shape0", "shape1", "shape2", "shape3"}, script = "return tf.zeros([shape0, shape1, shape2, shape3]);")
    public static native Tensor zeros(int shape0, int shape1, int shape2, int shape3);

    /** One image of 0..255 values as an int32 tensor [1, size, size, 3] (a uint8 input's dtype in TF.js). */
    @JSBody(params = {"values", "size"}, script = "return tf.tensor4d(values, [1, size, size, 3], 'int32');")
    public static native Tensor image(Float32Array values, int size);

    /**
     * Registers, for the backend in use, a kernel that does nothing for each op a graph names but
     * never runs (as @vladmandic/human's fakeOps does for the hand detector; {@code names} comma
     * separated, lower case as human gives them); an op the backend already has is left as it is.
     */
    @JSBody(params = "names", script = "var backend = tf.getBackend(); names = names.split(',');"
            + " var known = tf.getKernelsForBackend(backend).map(function (k) { return k.kernelName.toLowerCase(); });"
            + " names.forEach(function (name) { if (known.indexOf(name.toLowerCase()) >= 0) return;"
            + " tf.registerKernel({kernelName: name, backendName: backend,"
            + " kernelFunc: function (args) { return args.inputs && args.inputs.info; }}); });")
    public static native void registerUnusedKernels(String names);
}
