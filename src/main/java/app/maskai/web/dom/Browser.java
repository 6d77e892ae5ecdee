package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.file.Blob;

/** Browser functions used by the edge that TeaVM's JSO APIs do not bind. */
public final class Browser {
    private Browser() {
    }

    /**
     * Decodes a Blob with the EXIF orientation applied, so pixel coordinates match what people
     * see. Rejects when the bytes are not a decodable image.
     */
    @JSBody(params = "blob", script = "return createImageBitmap(blob, {imageOrientation: 'from-image'})"
            + ".then(function (bitmap) { bitmap.maskaiPixelsInMemory = true; return bitmap; });")
    public static native JSPromise<ImageBitmap> decode(Blob blob);

    /**
     * Whether an image source's pixels are known to be in memory (a bitmap decoded from a file, a
     * camera frame taken from its track) rather than possibly on the GPU (a canvas, a bitmap made
     * from one, a video): the face models then read their crops of it differently (see
     * app.maskai.web.tf.Tf#crop).
     */
    @JSBody(params = "source", script = "return !!(source && source.maskaiPixelsInMemory);")
    public static native boolean inMemory(JSObject source);

    /** Marks a source whose pixels are in memory (see {@link #inMemory}). */
    @JSBody(params = "source", script = "source.maskaiPixelsInMemory = true;")
    public static native void markInMemory(JSObject source);

    /** The first {@code count} bytes of a Blob (fewer if it is shorter). */
    @JSBody(params = {"blob", "count"}, script = "return blob.slice(0, count).arrayBuffer()"
            + ".then(function (buffer) { return new Int8Array(buffer); });")
    public static native JSPromise<org.teavm.jso.typedarrays.Int8Array> leadingBytes(Blob blob, int count);

    /** Copies any image source (img, canvas, ImageBitmap) into a new ImageBitmap. */
    @JSBody(params = "source", script = "return createImageBitmap(source);")
    public static native JSPromise<ImageBitmap> bitmapOf(JSObject source);

    /** Resamples a bitmap to a smaller size with the browser's high-quality filter. */
    @JSBody(params = {"source", "width", "height"}, script =
            "return createImageBitmap(source, {resizeWidth: width, resizeHeight: height, resizeQuality: 'high'});")
    public static native JSPromise<ImageBitmap> resized(ImageBitmap source, int width, int height);

    /** GETs a file of this app (same origin) as text; rejects with an Error naming the URL on HTTP errors. */
    @JSBody(params = "url", script = "return fetch(url, {credentials: 'same-origin'}).then(function (r) {"
            + " if (!r.ok) throw new Error(url + ': HTTP ' + r.status); return r.text(); });")
    public static native JSPromise<org.teavm.jso.core.JSString> fetchText(String url);

    /** GETs a file of this app (same origin) as a Blob. */
    @JSBody(params = "url", script = "return fetch(url, {credentials: 'same-origin'}).then(function (r) {"
            + " if (!r.ok) throw new Error(url + ': HTTP ' + r.status); return r.blob(); });")
    public static native JSPromise<Blob> fetchBlob(String url);

    /** Encodes a canvas as PNG; resolves to the Blob. */
    @JSBody(params = "canvas", script = "return new Promise(function (resolve, reject) {"
            + " canvas.toBlob(function (b) { if (b) resolve(b); else reject(new Error('The result could not be encoded as PNG.')); }, 'image/png'); });")
    public static native JSPromise<Blob> toPng(HTMLCanvasElement canvas);

    /** Resolves a path against the document's base URL, so the app also works from a sub-path. */
    @JSBody(params = "path", script = "return new URL(path, document.baseURI).href;")
    public static native String absoluteUrl(String path);

    @JSBody(params = "message", script = "return new Error(message);")
    public static native JSObject error(String message);

    /** The message of a thrown JavaScript value (an Error's message, or its string form). */
    @JSBody(params = "e", script = "return (e && e.message) ? String(e.message) : String(e);")
    public static native String messageOf(JSObject e);

    /** The device's memory in gigabytes as the browser rounds it (navigator.deviceMemory), or 0 where unknown. */
    @JSBody(script = "var gigabytes = navigator.deviceMemory; return typeof gigabytes === 'number' && gigabytes > 0 ? gigabytes : 0;")
    public static native double deviceMemory();

    /** Milliseconds from a monotonic clock. */
    @JSBody(script = "return performance.now();")
    public static native double now();

    @JSBody(params = "value", script = "return Object.prototype.toString.call(value).slice(8, -1);")
    public static native String kindOf(JSObject value);

    @JSBody(params = "value", script = "return value instanceof Blob;")
    public static native boolean isBlob(JSObject value);

    @JSBody(params = "value", script = "return typeof ImageBitmap !== 'undefined' && value instanceof ImageBitmap;")
    public static native boolean isImageBitmap(JSObject value);

    @JSBody(params = "value", script = "return typeof HTMLImageElement !== 'undefined' && value instanceof HTMLImageElement;")
    public static native boolean isImageElement(JSObject value);

    @JSBody(params = "value", script = "return typeof HTMLCanvasElement !== 'undefined' && value instanceof HTMLCanvasElement;")
    public static native boolean isCanvas(JSObject value);

    @JSBody(params = {"target", "name", "value"}, script = "target[name] = value;")
    public static native void set(JSObject target, String name, JSObject value);

    @JSBody(params = {"target", "name", "value"}, script = "target[name] = value;")
    public static native void setNumber(JSObject target, String name, double value);

    @JSBody(params = {"target", "name", "value"}, script = "target[name] = value;")
    public static native void setString(JSObject target, String name, String value);

    @JSBody(params = {"target", "name"}, script = "return target == null ? undefined : target[name];")
    public static native JSObject get(JSObject target, String name);

    @JSBody(params = "value", script = "return value === undefined || value === null;")
    public static native boolean isNullish(JSObject value);

    @JSBody(params = "value", script = "return typeof value === 'string';")
    public static native boolean isString(JSObject value);

    @JSBody(params = "value", script = "return String(value);")
    public static native String string(JSObject value);

    @JSBody(script = "return {};")
    public static native JSObject object();

    @JSBody(params = "value", script = "return value;")
    public static native JSObject wrap(String value);

    @JSBody(params = "value", script = "return value;")
    public static native JSObject wrap(double value);

    @JSBody(params = "value", script = "return value;")
    public static native JSObject wrap(boolean value);
}
