package app.maskai.web.batch;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.file.Blob;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The Blob and canvas work of a batch that TeaVM does not bind: encoding a result, its thumbnail,
 * the ZIP put together from Blob parts (the results are referenced, not copied), and names and
 * times (bytes, object URLs and downloads: web.dom.BlobFiles).
 */
final class BatchFiles {
    private BatchFiles() {
    }

    /** The canvas encoded as {@code type} at {@code quality}; rejects where the browser cannot. */
    @JSBody(params = {"canvas", "type", "quality"}, script = "return new Promise(function (resolve, reject) {"
            + " canvas.toBlob(function (blob) { if (blob) resolve(blob);"
            + " else reject(new Error('the browser could not encode the result as ' + type)); }, type, quality); });")
    static native JSPromise<Blob> encode(HTMLCanvasElement canvas, String type, double quality);

    /**
     * A JPEG of the canvas at most {@code side} pixels on its longer side, for the results' grid
     * (a grid of full-size results would decode them all at once).
     */
    @JSBody(params = {"canvas", "side"}, script = "var scale = Math.min(1, side / Math.max(canvas.width, canvas.height));"
            + " var small = document.createElement('canvas');"
            + " small.width = Math.max(1, Math.round(canvas.width * scale));"
            + " small.height = Math.max(1, Math.round(canvas.height * scale));"
            + " var context = small.getContext('2d'); context.imageSmoothingQuality = 'high';"
            + " context.drawImage(canvas, 0, 0, small.width, small.height);"
            + " return new Promise(function (resolve) { small.toBlob(function (blob) { small.width = 0;"
            + " resolve(blob); }, 'image/jpeg', 0.82); });")
    static native JSPromise<Blob> thumbnail(HTMLCanvasElement canvas, int side);

    @JSBody(params = "text", script = "return new Blob([text], {type: 'text/plain;charset=utf-8'});")
    static native Blob text(String text);

    @JSBody(script = "return [];")
    static native JSArray<JSObject> parts();

    /** Adds bytes (a ZIP header) to {@code parts}. */
    @JSBody(params = {"parts", "bytes"}, script = "parts.push(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));")
    static native void addBytes(JSArray<JSObject> parts, Int8Array bytes);

    @JSBody(params = {"parts", "blob"}, script = "parts.push(blob);")
    static native void addBlob(JSArray<JSObject> parts, Blob blob);

    @JSBody(params = "parts", script = "return new Blob(parts, {type: 'application/zip'});")
    static native Blob zip(JSArray<JSObject> parts);

    /**
     * A chosen file's name with its folder where a folder was chosen (webkitRelativePath) or dropped
     * (maskaiPath, set by BatchSection's drop).
     */
    @JSBody(params = "file", script = "return file.maskaiPath || file.webkitRelativePath || file.name || '';")
    static native String nameOf(JSObject file);

    /** The local time now as year, month, day, hour, minute, second (the ZIP's entries' time). */
    @JSBody(script = "var d = new Date(); return new Int32Array([d.getFullYear(), d.getMonth() + 1, d.getDate(),"
            + " d.getHours(), d.getMinutes(), d.getSeconds()]);")
    static native Int32Array now();
}
