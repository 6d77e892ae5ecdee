package app.maskai.web.api;

import app.maskai.core.style.PortraitStyle;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.hands.Hand;
import app.maskai.core.occlusion.Occlusion;
import app.maskai.core.pipeline.Face;
import app.maskai.web.custom.CustomMaskApi;
import app.maskai.web.dom.Console;
import app.maskai.web.dom.Idle;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.masks.HairstyleLibrary;
import app.maskai.web.masks.TemplateLibrary;
import app.maskai.web.render.HairPaint;
import app.maskai.web.tryon.HeadHair;
import app.maskai.core.hair.HairColour;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tryon.Failures;
import app.maskai.web.tryon.TryOnEngine;
import app.maskai.web.tryon.WarmUp;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.function.JSConsumer;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * Installs {@code window.MaskAI = {ready, version, detect, masks, tryOn, fit, batch, addMask, removeMask,
 * live}} (README, "Public JavaScript API"). The object exists from the first moment; calls made
 * before the models are ready wait for them.
 */
public final class PublicApi {

    private final String version;
    private final JSPromise<JSObject> ready;
    private JSConsumer<JSObject> resolveReady;
    private JSConsumer<Object> rejectReady;
    private TryOnEngine engine;
    private MeshWarpRenderer renderer;
    /** Whether a page script has asked for {@code MaskAI.ready} (the API's renderer is then warmed). */
    private boolean warmAsked;
    private CustomMaskApi customMasks;
    private java.util.function.Supplier<JSObject> liveStats;
    private java.util.function.Function<String, JSObject> commands;

    private PublicApi(String version) {
        this.version = version;
        this.ready = new JSPromise<>((resolve, reject) -> {
            resolveReady = resolve;
            rejectReady = reject;
        });
        JSObject api = JsValues.object();
        // A page script that asks for ready is one that will call the API: its renderer is then
        // warmed in an idle moment after ready (app.maskai.web.tryon.WarmUp#warm), so that its first
        // tryOn is not the slow one. Pages that never ask make no second WebGL context.
        ApiShapes.defineGetter(api, "ready", () -> {
            warmRendererWhenReady();
            return ready;
        });
        JsValues.setString(api, "version", version);
        ApiShapes.define2(api, "detect", (image, options) -> whenReady().flatThen(e -> detect(e, image, options)));
        ApiShapes.define0(api, "masks", this::masks);
        ApiShapes.define0(api, "styles", PublicApi::styles);
        ApiShapes.define0(api, "templates", PublicApi::templates);
        ApiShapes.define0(api, "hairstyles", PublicApi::hairstyles);
        ApiShapes.define0(api, "hairColours", PublicApi::hairColours);
        ApiShapes.define2(api, "tryOn", (image, options) -> whenReady().flatThen(e -> tryOn(e, image, options)));
        ApiShapes.define2(api, "fit", (image, options) -> whenReady().flatThen(e -> fit(e, image, options)));
        ApiShapes.define2(api, "batch", (files, options) -> whenReady().flatThen(e -> BatchApi.run(e, renderer(),
                files, options)));
        ApiShapes.define2(api, "addMask", (image, options) -> whenReady().flatThen(e -> customMasks.add(image, options)));
        ApiShapes.define1(api, "removeMask", id -> whenReady().flatThen(e -> customMasks.remove(id)));
        ApiShapes.define1(api, "command", text -> whenReady().flatThen(e -> {
            if (!JsValues.isString(text)) {
                return JSPromise.<JSObject>reject(JsErrors.error("MaskAI.command: give the command as a string,"
                        + " for example \"red tartan mask, a bit bigger\"."));
            }
            return JSPromise.resolve(commands.apply(JsValues.string(text)));
        }));
        ApiShapes.defineGetter(api, "live", () -> liveStats != null ? liveStats.get() : null);
        ApiShapes.publish(api);
        // A failed start must not surface as an "unhandled rejection" when nobody awaits ready.
        ApiShapes.markHandled(ready);
    }

    public static PublicApi install(String version) {
        return new PublicApi(version);
    }

    /** Models and masks are loaded; {@code threads}: the wasm backend's threads (1: single-threaded). */
    public void resolve(TryOnEngine engine, int threads) {
        this.engine = engine;
        JSObject info = JsValues.object();
        JsValues.setString(info, "backend", engine.backend());
        JsValues.setNumber(info, "threads", threads);
        JsValues.setString(info, "version", version);
        JsValues.setString(info, "build", ApiShapes.build());
        resolveReady.accept(info);
    }

    /** {@code MaskAI.live}: a read-only snapshot of the live camera's statistics (app.maskai.web.live). */
    /** What {@code MaskAI.command(text)} does: the page's command box (set before {@link #resolve}). */
    public void useCommands(java.util.function.Function<String, JSObject> commands) {
        this.commands = commands;
    }

    public void useLiveStats(java.util.function.Supplier<JSObject> source) {
        this.liveStats = source;
    }

    /** The session's own masks, behind addMask and removeMask; set before {@link #resolve}. */
    public void useCustomMasks(CustomMaskApi masks) {
        customMasks = masks;
        masks.onForget(id -> {
            if (renderer != null) {
                renderer.forgetMask(id);
            }
        });
    }

    public void reject(String message) {
        rejectReady.accept(JsErrors.error(message));
    }

    private JSPromise<TryOnEngine> whenReady() {
        return ready.then(info -> engine);
    }

    private JSObject masks() {
        JSArray<JSObject> list = JSArray.create();
        if (engine != null) {
            for (MaskLibrary.Entry entry : engine.masks().entries()) {
                JSObject item = JsValues.object();
                JsValues.setString(item, "id", entry.id);
                JsValues.setString(item, "name", entry.name);
                JsValues.setString(item, "category", entry.category);
                list.push(item);
            }
        }
        return list;
    }

    /** The hairstyle overlays tryOn's {@code hairstyle} option takes: a promise of [{id, name, thumbnail}]. */
    private static JSObject hairstyles() {
        return HairstyleLibrary.load().then(library -> {
            JSArray<JSObject> list = JSArray.create();
            for (HairstyleLibrary.Entry entry : library.entries()) {
                JSObject item = JsValues.object();
                JsValues.setString(item, "id", entry.id);
                JsValues.setString(item, "name", entry.name);
                JsValues.setString(item, "thumbnail", entry.thumbnailUrl);
                list.push(item);
            }
            return (JSObject) list;
        });
    }

    /** The face templates tryOn's {@code template} option takes: a promise of [{id, name, thumbnail}]. */
    private static JSObject templates() {
        return TemplateLibrary.load().then(library -> {
            JSArray<JSObject> list = JSArray.create();
            for (TemplateLibrary.Entry entry : library.entries()) {
                JSObject item = JsValues.object();
                JsValues.setString(item, "id", entry.id);
                JsValues.setString(item, "name", entry.name);
                JsValues.setString(item, "thumbnail", entry.thumbnailUrl);
                list.push(item);
            }
            return (JSObject) list;
        });
    }

    /** The hair colours tryOn's {@code hair} option takes (or any "#rrggbb"): [{id, name, colour}]. */
    private static JSObject hairColours() {
        JSArray<JSObject> list = JSArray.create();
        for (HairColour colour : HairColour.ALL) {
            JSObject item = JsValues.object();
            JsValues.setString(item, "id", colour.id);
            JsValues.setString(item, "name", colour.name);
            JsValues.setString(item, "colour", "#" + Integer.toHexString(0x1000000 | colour.rgb).substring(1));
            list.push(item);
        }
        return list;
    }

    /** The portrait styles tryOn's {@code style} option takes: [{id, name}]. */
    private static JSObject styles() {
        JSArray<JSObject> list = JSArray.create();
        for (PortraitStyle style : PortraitStyle.values()) {
            JSObject item = JsValues.object();
            JsValues.setString(item, "id", style.id);
            JsValues.setString(item, "name", style.label);
            list.push(item);
        }
        return list;
    }

    private JSPromise<JSObject> detect(TryOnEngine engine, JSObject image, JSObject options) {
        JSObject refine = JsValues.get(options, "refine");
        boolean refined = JsValues.isNullish(refine) || !"false".equals(JsValues.string(refine));
        JSObject hands = JsValues.get(options, "hands");
        boolean withHands = !JsValues.isNullish(hands) && JsValues.isTrue(hands);
        return TryOnEngine.decode(image, "MaskAI.detect").flatThen(bitmap -> {
            // Hands are looked for (in the hands worker) while the faces are found here.
            HandSearch search = new HandSearch(engine, bitmap, withHands);
            return engine.detect(bitmap, refined)
                    .flatThen(result -> {
                        JSObject shaped = toJs(result);
                        if (!withHands) {
                            return JSPromise.resolve(shaped);
                        }
                        return search.hands().then(found -> {
                            JSArray<JSObject> list = JSArray.create();
                            for (Hand hand : found) {
                                list.push(ApiShapes.hand(hand.score, hand.kind, hand.x, hand.y, hand.width, hand.height));
                            }
                            JsValues.set(shaped, "hands", list);
                            return shaped;
                        });
                    })
                    .onSettled(() -> {
                        bitmap.close();
                        return null;
                    });
        });
    }

    private JSPromise<JSObject> tryOn(TryOnEngine engine, JSObject image, JSObject options) {
        Request request;
        try {
            request = Request.parse(engine, options, "MaskAI.tryOn");
        } catch (IllegalArgumentException bad) {
            return JSPromise.reject(JsErrors.error(bad.getMessage()));
        }
        MeshWarpRenderer target = renderer();
        if (target == null) {
            return JSPromise.reject(JsErrors.error("MaskAI.tryOn: WebGL2 is not available in this browser."));
        }
        return request.load().flatThen(loaded -> TryOnEngine.decode(image, "MaskAI.tryOn")
                .flatThen(bitmap -> {
                    // Hands are looked for (in the hands worker) while the faces are found here.
                    HandSearch hands = new HandSearch(engine, bitmap, request.occlusion());
                    return faces(engine, bitmap, request)
                            .flatThen(result -> TryOnEngine.drawable(target, bitmap, result.faces))
                            .flatThen(drawable -> hands.occluders(engine, drawable)
                                    .flatThen(occluders -> hair(engine, target, drawable, request)
                                            .flatThen(hair -> render(engine, target, drawable, request, occluders,
                                                    hair))))
                            .onSettled(() -> {
                                bitmap.close();
                                return null;
                            });
                }));
    }

    /**
     * A photo's hands, looked for (in the hands worker) from the moment it is decoded where the
     * call asks for them ({@code hands: true} of detect, {@code occlusion: true} of tryOn); the search's outcome is kept, so that no failure goes unheard
     * while the faces are found.
     */
    private static final class HandSearch {
        private final int width;
        private final int height;
        private final JSPromise<HandSearch> done;
        private List<Hand> found;
        private Object failure;

        HandSearch(TryOnEngine engine, ImageBitmap photo, boolean wanted) {
            width = photo.getWidth();
            height = photo.getHeight();
            if (!wanted) {
                done = null;
                return;
            }
            done = engine.hands(photo).then(hands -> {
                found = hands;
                return this;
            }, error -> {
                failure = error;
                return this;
            });
        }

        /** The hands found, in the photo's pixels; rejected with the search's failure. */
        JSPromise<List<Hand>> hands() {
            return hands(1, 1);
        }

        /** The hands found, in a copy of the photo scaled by {@code sx} across and {@code sy} down. */
        JSPromise<List<Hand>> hands(float sx, float sy) {
            return done.flatThen(search -> {
                if (failure != null) {
                    return JSPromise.<List<Hand>>reject(failure);
                }
                List<Hand> scaled = new ArrayList<>();
                for (Hand hand : found) {
                    scaled.add(sx == 1 && sy == 1 ? hand : hand.scaled(sx, sy));
                }
                return JSPromise.resolve(scaled);
            });
        }

        /**
         * What is in front of the drawable's faces (its photo maybe smaller than the one searched),
         * or nothing where occlusion was not asked for; a failure closes the drawable's photo and
         * says what failed.
         */
        JSPromise<Occlusion> occluders(TryOnEngine engine, TryOnEngine.Drawable drawable) {
            if (done == null || drawable.faces.isEmpty()) {
                return JSPromise.resolve(null);
            }
            JSPromise<List<Hand>> hands = hands(drawable.photo.getWidth() / (float) width,
                    drawable.photo.getHeight() / (float) height);
            return engine.occluders(drawable.photo, drawable.faces, hands).flatCatchError(error -> {
                drawable.photo.close();
                return JSPromise.reject(JsErrors.error("MaskAI.tryOn: looking for what is in front of the faces"
                        + " failed: " + JsErrors.messageOf((JSObject) error)));
            });
        }
    }

    /**
     * The drawable's hair in the colour asked for, or hidden under the hairstyle asked for (whose
     * overlays are then set on the renderer), or null where neither was asked for.
     */
    private static JSPromise<HairPaint> hair(TryOnEngine engine, MeshWarpRenderer target,
            TryOnEngine.Drawable drawable, Request request) {
        target.setHairstyles(null);
        if ((request.hair() == null && request.hairstyle() == null) || drawable.faces.isEmpty()) {
            return JSPromise.resolve(null);
        }
        return engine.hair(drawable.photo, drawable.faces)
                .then(heads -> {
                    if (request.hairstyle() == null) {
                        return HeadHair.paint(heads, request.hair(), request.hairStrength());
                    }
                    target.setHairstyles(HeadHair.overlays(request.hairstyle(), drawable.faces, heads, request.hair()));
                    return null; // the overlay hides the hair under it (a colour chosen colours the overlay)
                })
                .flatCatchError(error -> {
                    drawable.photo.close();
                    return JSPromise.reject(JsErrors.error("MaskAI.tryOn: finding the hair failed: "
                            + JsErrors.messageOf((JSObject) error)));
                });
    }

    /** Draws each face of {@code drawable} as {@code request} says and encodes the result; closes the drawable's photo. */
    private static JSPromise<JSObject> render(TryOnEngine engine, MeshWarpRenderer target, TryOnEngine.Drawable drawable,
            Request request, Occlusion occluders, HairPaint hair) {
        int faces = drawable.faces.size();
        return TryOnEngine.styles(request.masksFor(faces), request.adjustmentsFor(faces)).flatThen(styles -> {
            try {
                target.setStyle(request.style(), request.styleStrength());
                engine.render(target, drawable.photo, drawable.faces, styles, request.draped(), occluders,
                        request.template(), hair);
            } catch (Throwable failure) {
                return JSPromise.<JSObject>reject(JsErrors.error("MaskAI.tryOn: rendering failed: "
                        + Failures.message(failure)));
            } finally {
                // The canvas keeps what was drawn; the next use of this renderer (a batch) draws unstyled.
                target.setStyle(null, PortraitStyle.DEFAULT_STRENGTH);
                target.setHairstyles(null);
            }
            return Images.toPng(target.canvas()).then(blob -> (JSObject) blob);
        }).onSettled(() -> {
            drawable.photo.close();
            return null;
        });
    }

    private JSPromise<JSObject> fit(TryOnEngine engine, JSObject image, JSObject options) {
        Request request;
        try {
            request = Request.parse(engine, options, "MaskAI.fit");
        } catch (IllegalArgumentException bad) {
            return JSPromise.reject(JsErrors.error(bad.getMessage()));
        }
        return request.specs().flatThen(read -> TryOnEngine.decode(image, "MaskAI.fit")).flatThen(bitmap -> faces(engine, bitmap, request)
                .onSettled(() -> {
                    bitmap.close();
                    return null;
                })
                .then(result -> {
                    JSArray<JSObject> faces = JSArray.create();
                    List<MaskLibrary.Entry> masks = request.masksFor(result.faces.size());
                    List<FitAdjustment> adjustments = request.adjustmentsFor(result.faces.size());
                    for (int i = 0; i < result.faces.size(); i++) {
                        Face face = result.faces.get(i);
                        MaskLibrary.Entry mask = masks.get(i);
                        boolean on = adjustments.get(i).enabled && mask != null;
                        float[] vertices = on ? engine.fit(mask.spec(), face, adjustments.get(i), request.draped()) : new float[0];
                        faces.push(ApiShapes.fittedFace(face.score, face.x, face.y, face.width, face.height,
                                Float32Array.copyFromJavaArray(vertices),
                                Int32Array.copyFromJavaArray(on ? mask.spec().triangles : new int[0])));
                    }
                    return ApiShapes.detection(result.width, result.height, faces);
                }));
    }

    /** The request's own faces where it gives their landmarks, else the faces found in {@code bitmap}. */
    private static JSPromise<TryOnEngine.Detection> faces(TryOnEngine engine, ImageBitmap bitmap, Request request) {
        List<float[]> given = request.givenLandmarks();
        return given != null ? JSPromise.resolve(TryOnEngine.given(bitmap, given)) : engine.detect(bitmap);
    }

    private void warmRendererWhenReady() {
        if (warmAsked) {
            return;
        }
        warmAsked = true;
        ready.then(info -> {
            // <html data-maskai-api-warm>: "running", then "done", or "skipped" where a call made
            // the renderer first or there is no WebGL2 (tests read it).
            setWarmState("running");
            boolean[] drawn = {false};
            Idle.next(1000)
                    // Only while no call has made the renderer: the warm-up draws in one task, so it
                    // never comes between a call's drawing and its export.
                    .flatThen(x -> WarmUp.warm(() -> {
                        drawn[0] = renderer() != null;
                        return renderer;
                    }, engine, () -> renderer == null))
                    .then(x -> {
                        setWarmState(drawn[0] ? "done" : "skipped");
                        return null;
                    }, error -> {
                        Console.warn("MaskAI warm-up (API): " + JsErrors.messageOf((JSObject) error));
                        setWarmState("skipped");
                        return null;
                    });
            return null;
        }, error -> null);
    }

    private static void setWarmState(String state) {
        HTMLDocument.current().getDocumentElement().setAttribute("data-maskai-api-warm", state);
    }

    private MeshWarpRenderer renderer() {
        if (renderer == null || renderer.isContextLost()) {
            HTMLCanvasElement canvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
            renderer = MeshWarpRenderer.create(canvas,
                    engine.layout() != null ? engine.layout().faceTriangles() : null);
        }
        return renderer;
    }

    private static JSObject toJs(TryOnEngine.Detection result) {
        JSArray<JSObject> faces = JSArray.create();
        for (Face face : result.faces) {
            faces.push(ApiShapes.face(face.score, face.x, face.y, face.width, face.height,
                    Float32Array.copyFromJavaArray(face.landmarks)));
        }
        return ApiShapes.detection(result.width, result.height, faces);
    }

}
