package app.maskai.web.render;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/** A canvas's WebGL2 context and its loss and restoration events: bindings TeaVM lacks. */
final class GlContext {
    @JSFunctor
    interface Handler extends JSObject {
        void handle();
    }

    private GlContext() {
    }

    /** Calls {@code handler} on the canvas's {@code type} event, whose default it prevents (a lost context can then come back). */
    @JSBody(params = {"canvas", "type", "handler"}, script = "canvas.addEventListener(type, function (event) {"
            + " event.preventDefault(); handler(); }, false);")
    static native void listen(HTMLCanvasElement canvas, String type, Handler handler);

    /** The canvas's WebGL2 context (premultiplied alpha, a kept drawing buffer, antialiased, with depth), or null. */
    @JSBody(params = "canvas", script = "try { return canvas.getContext('webgl2', {alpha: true, premultipliedAlpha: true,"
            + " preserveDrawingBuffer: true, antialias: true, depth: true}); } catch (e) { return null; }")
    static native JSObject webgl2(HTMLCanvasElement canvas);
}
