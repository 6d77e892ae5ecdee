package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Plain JavaScript values and objects: their kind, and named properties read and written (for
 * the public API's arguments and results and the worker's messages).
 */
public final class JsValues {
    private JsValues() {
    }

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

    @JSBody(params = "value", script = "return Array.isArray(value);")
    public static native boolean isArray(JSObject value);

    /** An array's (or array-like's) length. */
    @JSBody(params = "value", script = "return value.length;")
    public static native int length(JSObject value);

    @JSBody(params = {"value", "index"}, script = "return value[index];")
    public static native JSObject item(JSObject value, int index);

    @JSBody(params = "value", script = "return typeof value === 'boolean';")
    public static native boolean isBoolean(JSObject value);

    @JSBody(params = "value", script = "return value === true;")
    public static native boolean isTrue(JSObject value);

    @JSBody(params = "value", script = "return typeof value === 'number';")
    public static native boolean isNumber(JSObject value);

    @JSBody(params = "value", script = "return Number(value);")
    public static native double toNumber(JSObject value);

    /** An object that is not an array (nor null: check {@link #isNullish} first). */
    @JSBody(params = "value", script = "return typeof value === 'object' && !Array.isArray(value);")
    public static native boolean isPlainObject(JSObject value);

    /** A deep copy of plain data (numbers, strings, booleans, arrays and objects of them). */
    @JSBody(params = "value", script = "return JSON.parse(JSON.stringify(value));")
    public static native JSObject jsonCopy(JSObject value);

    /** {@code value}, frozen (Object.freeze): its own properties can no longer change. */
    @JSBody(params = "value", script = "return Object.freeze(value);")
    public static native JSObject freeze(JSObject value);

    /**
     * {@code value} as flat (x, y, z) triples when it is an array of {@code count} arrays of three
     * finite numbers, else null.
     */
    @JSBody(params = {"value", "count"}, script = "if (!Array.isArray(value) || value.length !== count) return null;"
            + " var out = new Float32Array(3 * count);"
            + " for (var i = 0; i < count; i++) { var p = value[i];"
            + " if (!Array.isArray(p) || p.length !== 3) return null;"
            + " for (var k = 0; k < 3; k++) { if (typeof p[k] !== 'number' || !isFinite(p[k])) return null;"
            + " out[3 * i + k] = p[k]; } }"
            + " return out;")
    public static native Float32Array points3(JSObject value, int count);
}
