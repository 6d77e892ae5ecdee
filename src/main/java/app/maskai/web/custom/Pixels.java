package app.maskai.web.custom;

import app.maskai.web.dom.ImageBitmap;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * A picture's pixels between the canvas and the core: packed ARGB ints (as Java2D's getRGB
 * gives, which the core reads) to and from canvas ImageData, whose bytes are R, G, B, A. The
 * bytes are viewed as little-endian 32-bit words (every browser's byte order), so one word is
 * A B G R from the top byte down and only red and blue swap places.
 */
final class Pixels {
    private Pixels() {
    }

    /** The bitmap's pixels, not premultiplied (a canvas's getImageData), as ARGB. */
    static int[] read(ImageBitmap bitmap) {
        ImageData data = imageData(bitmap);
        int[] words = Int32Array.create(data.getData().getBuffer()).copyToJavaArray();
        swapRedBlue(words);
        return words;
    }

    /** A canvas of {@code width} × {@code height} holding the ARGB pixels. */
    static HTMLCanvasElement canvas(int[] argb, int width, int height) {
        int[] words = argb.clone();
        swapRedBlue(words);
        Uint8ClampedArray bytes = Uint8ClampedArray.create(Int32Array.copyFromJavaArray(words).getBuffer());
        return canvasOf(ImageData.create(bytes, width, height));
    }

    /** ABGR ⇄ ARGB, in place. */
    private static void swapRedBlue(int[] pixels) {
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            pixels[i] = (p & 0xFF00FF00) | ((p >>> 16) & 0xFF) | ((p & 0xFF) << 16);
        }
    }

    @JSBody(params = "bitmap", script = "var c = document.createElement('canvas'); c.width = bitmap.width;"
            + " c.height = bitmap.height; var g = c.getContext('2d', {willReadFrequently: true});"
            + " g.drawImage(bitmap, 0, 0); return g.getImageData(0, 0, c.width, c.height);")
    private static native ImageData imageData(ImageBitmap bitmap);

    @JSBody(params = "data", script = "var c = document.createElement('canvas'); c.width = data.width;"
            + " c.height = data.height; c.getContext('2d').putImageData(data, 0, 0); return c;")
    private static native HTMLCanvasElement canvasOf(ImageData data);

    /** The canvas as a new ImageBitmap (a mask's texture). */

    /**
     * A PNG of the picture scaled to fit {@code side} × {@code side}, as an object URL (the
     * gallery's thumbnail). The caller revokes it with {@link #revoke}.
     */
    @JSBody(params = {"source", "side"}, script = "var s = Math.min(1, side / Math.max(source.width, source.height));"
            + " var c = document.createElement('canvas'); c.width = Math.max(1, Math.round(source.width * s));"
            + " c.height = Math.max(1, Math.round(source.height * s)); var g = c.getContext('2d');"
            + " g.imageSmoothingQuality = 'high'; g.drawImage(source, 0, 0, c.width, c.height);"
            + " return new Promise(function (resolve, reject) { c.toBlob(function (b) {"
            + " if (b) resolve(URL.createObjectURL(b)); else reject(new Error('The thumbnail could not be made.')); },"
            + " 'image/png'); });")
    static native JSPromise<JSString> thumbnailUrl(JSObject source, int side);

    @JSBody(params = "url", script = "if (url) URL.revokeObjectURL(url);")
    static native void revoke(String url);
}
