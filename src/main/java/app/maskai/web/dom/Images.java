package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.file.Blob;

/**
 * Image sources in ways TeaVM does not bind: decoding a file with its EXIF orientation, copying
 * and resizing to bitmaps, encoding a canvas, and whether a source's pixels are in memory.
 */
public final class Images {
    private Images() {
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

    /** Copies any image source (img, canvas, ImageBitmap) into a new ImageBitmap. */
    @JSBody(params = "source", script = "return createImageBitmap(source);")
    public static native JSPromise<ImageBitmap> bitmapOf(JSObject source);

    /** Resamples a bitmap to a smaller size with the browser's high-quality filter. */
    @JSBody(params = {"source", "width", "height"}, script =
            "return createImageBitmap(source, {resizeWidth: width, resizeHeight: height, resizeQuality: 'high'});")
    public static native JSPromise<ImageBitmap> resized(ImageBitmap source, int width, int height);

    /** Encodes a canvas as PNG; resolves to the Blob. */
    @JSBody(params = "canvas", script = "return new Promise(function (resolve, reject) {"
            + " canvas.toBlob(function (b) { if (b) resolve(b); else reject(new Error('The result could not be encoded as PNG.')); }, 'image/png'); });")
    public static native JSPromise<Blob> toPng(HTMLCanvasElement canvas);

    /** Sizes {@code canvas} to {@code bitmap} and draws it there (TeaVM's drawImage takes no ImageBitmap). */
    @JSBody(params = {"canvas", "bitmap"}, script = "canvas.width = bitmap.width; canvas.height = bitmap.height;"
            + " canvas.getContext('2d').drawImage(bitmap, 0, 0);")
    public static native void drawInto(HTMLCanvasElement canvas, ImageBitmap bitmap);

    /** Whether an {@code <img>} has finished loading a picture (not a broken one). */
    @JSBody(params = "img", script = "return img.complete && img.naturalWidth > 0;")
    public static native boolean isLoaded(JSObject img);

    /** Whether an {@code <img>} shows an SVG drawing (a data URL or a .svg/.svgz file). */
    @JSBody(params = "img", script = "var s = String(img.currentSrc || img.src || '');"
            + " return /^data:image\\/svg/i.test(s) || /\\.svgz?([?#]|$)/i.test(s);")
    public static native boolean isSvgSource(JSObject img);

    /**
     * The video's current frame as a VideoFrame (no copy: it is on the GPU, and the worker reads only crops of it),
     * or null where the browser has no VideoFrame; then an ImageBitmap copy has to do.
     */
    @JSBody(params = "video", script = "if (typeof VideoFrame === 'undefined') return null;"
            + " try { return new VideoFrame(video); } catch (e) { return null; }")
    public static native JSObject videoFrame(JSObject video);

    /**
     * The RGBA bytes of the width × height rectangle at (x, y) of {@code bitmap}, at its own
     * resolution, row by row (as signed bytes: read them with {@code & 0xFF}).
     */
    @JSBody(params = {"bitmap", "x", "y", "width", "height"}, script = "var canvas = typeof OffscreenCanvas !== 'undefined'"
            + " ? new OffscreenCanvas(width, height) : document.createElement('canvas');"
            + " canvas.width = width; canvas.height = height;"
            + " var ctx = canvas.getContext('2d', {willReadFrequently: true});"
            + " ctx.drawImage(bitmap, -x, -y);"
            + " var data = ctx.getImageData(0, 0, width, height).data;"
            + " return new Int8Array(data.buffer, data.byteOffset, data.length);")
    public static native org.teavm.jso.typedarrays.Int8Array region(JSObject bitmap, int x, int y, int width,
            int height);
}
