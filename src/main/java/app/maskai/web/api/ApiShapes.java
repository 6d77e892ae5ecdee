package app.maskai.web.api;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * The JavaScript shapes of {@code window.MaskAI}, which TeaVM cannot declare: its functions and
 * getters wrapping Java callbacks, the frozen object itself, and the plain objects its promises
 * resolve to (README, "Public JavaScript API").
 */
final class ApiShapes {
    @JSFunctor
    interface Call0 extends JSObject {
        JSObject call();
    }

    @JSFunctor
    interface Call1 extends JSObject {
        JSObject call(JSObject first);
    }

    @JSFunctor
    interface Call2 extends JSObject {
        JSObject call(JSObject first, JSObject second);
    }

    private ApiShapes() {
    }

    /** Which build of this code runs: "wasm" or "js", as js/boot.js marked it on the page. */
    @JSBody(script = "return document.documentElement.getAttribute('data-maskai-build') || 'js';")
    static native String build();

    @JSBody(params = {"target", "name", "fn"}, script = "Object.defineProperty(target, name, {enumerable: true,"
            + " get: function () { return fn(); }});")
    static native void defineGetter(JSObject target, String name, Call0 fn);

    @JSBody(params = {"score", "x", "y", "width", "height", "points"}, script = "var landmarks = [];"
            + " for (var i = 0; i + 2 < points.length; i += 3) landmarks.push([points[i], points[i + 1], points[i + 2]]);"
            + " return {score: score, box: {x: x, y: y, width: width, height: height}, landmarks: landmarks};")
    static native JSObject face(double score, double x, double y, double width, double height,
            Float32Array points);

    @JSBody(params = {"score", "x", "y", "width", "height", "points", "triangles"}, script = "var vertices = [];"
            + " for (var i = 0; i + 2 < points.length; i += 3) vertices.push([points[i], points[i + 1], points[i + 2]]);"
            + " return {score: score, box: {x: x, y: y, width: width, height: height}, vertices: vertices,"
            + " triangles: Array.from(triangles)};")
    static native JSObject fittedFace(double score, double x, double y, double width, double height,
            Float32Array points, Int32Array triangles);

    @JSBody(params = {"score", "kind", "x", "y", "width", "height"}, script = "return {score: score, kind: kind,"
            + " box: {x: x, y: y, width: width, height: height}};")
    static native JSObject hand(double score, String kind, double x, double y, double width, double height);

    @JSBody(params = {"width", "height", "faces"}, script = "return {width: width, height: height, faces: faces};")
    static native JSObject detection(int width, int height, JSArray<JSObject> faces);

    @JSBody(params = {"target", "name", "fn"}, script = "target[name] = function () { return fn(); };")
    static native void define0(JSObject target, String name, Call0 fn);

    @JSBody(params = {"target", "name", "fn"}, script = "target[name] = function (a) { return fn(a); };")
    static native void define1(JSObject target, String name, Call1 fn);

    @JSBody(params = {"target", "name", "fn"}, script = "target[name] = function (a, b) { return fn(a, b); };")
    static native void define2(JSObject target, String name, Call2 fn);

    @JSBody(params = "api", script = "window.MaskAI = Object.freeze(api);")
    static native void publish(JSObject api);

    @JSBody(params = "promise", script = "promise.catch(function () {});")
    static native void markHandled(JSObject promise);
}
