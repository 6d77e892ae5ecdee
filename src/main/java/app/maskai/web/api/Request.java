package app.maskai.web.api;

import app.maskai.core.hair.HairColour;
import app.maskai.core.style.PortraitStyle;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.web.dom.JsValues;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.masks.HairstyleLibrary;
import app.maskai.web.masks.TemplateLibrary;
import app.maskai.web.tryon.TryOnEngine;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The options of {@code tryOn} and {@code fit}, checked: the photo's mask and each face's own
 * choices ({@code faces: [{mask, enabled, scale, offsetY, rotation, opacity, landmarks}]}, in detect's
 * order). Landmarks given for every face stand in for detection: the faces are placed where the
 * caller says (a data set's own landmarks, or a test's exactly known pose).
 */
final class Request {
    private final MaskLibrary.Entry mask;
    private final List<MaskLibrary.Entry> faceMasks = new ArrayList<>();
    private final List<FitAdjustment> adjustments = new ArrayList<>();
    private final List<float[]> landmarks = new ArrayList<>();
    private boolean draped = true;
    private boolean occlusion;
    /** The portrait style drawn over the result (core.style.PortraitStyle), or null; its strength. */
    private PortraitStyle style;
    private float styleStrength = PortraitStyle.DEFAULT_STRENGTH;
    /** The template the faces go into ({@code options.template}), or null; which face; blended or cut in. */
    private String templateId;
    private int templateFace = TryOnEngine.InTemplate.EACH;
    private boolean templateSeamless = true;
    private TemplateLibrary.Loaded template;
    /** The hairstyle overlay ({@code options.hairstyle}), or null; loaded by {@link #load}. */
    private String hairstyleId;
    private HairstyleLibrary.Loaded hairstyle;
    /** The hair colour ({@code options.hair}), or null; its strength. */
    private HairColour hair;
    private float hairStrength = HairColour.DEFAULT_STRENGTH;

    private Request(MaskLibrary.Entry mask) {
        this.mask = mask;
    }

    /** Throws IllegalArgumentException with a message for the caller when an option is wrong. */
    static Request parse(TryOnEngine engine, JSObject options, String caller) {
        JSObject maskId = JsValues.get(options, "mask");
        JSObject templateId = JsValues.isNullish(options) ? null : JsValues.get(options, "template");
        boolean withTemplate = templateId != null && !JsValues.isNullish(templateId);
        if (withTemplate && !JsValues.isString(templateId)) {
            throw new IllegalArgumentException(caller + ": options.template must be a template id string"
                    + " (MaskAI.templates() lists them).");
        }
        JSObject hairstyleId = JsValues.isNullish(options) ? null : JsValues.get(options, "hairstyle");
        boolean withHairstyle = hairstyleId != null && !JsValues.isNullish(hairstyleId);
        if (withHairstyle && !JsValues.isString(hairstyleId)) {
            throw new IllegalArgumentException(caller + ": options.hairstyle must be a hairstyle id string"
                    + " (MaskAI.hairstyles() lists them).");
        }
        if ((JsValues.isNullish(maskId) && !withTemplate && !withHairstyle)
                || (!JsValues.isNullish(maskId) && !JsValues.isString(maskId))) {
            throw new IllegalArgumentException(caller + ": options.mask must be a mask id string, one of "
                    + knownIds(engine) + ".");
        }
        // With a template or a hairstyle the mask is optional: the face in the template, or the new
        // hair, with no mask.
        Request request = new Request(JsValues.isNullish(maskId) ? null : find(engine, JsValues.string(maskId), caller));
        if (withHairstyle) {
            request.hairstyleId = JsValues.string(hairstyleId);
        }
        if (withTemplate) {
            request.templateId = JsValues.string(templateId);
            JSObject face = JsValues.get(options, "templateFace");
            if (!JsValues.isNullish(face)) {
                boolean each = JsValues.isString(face) && "each".equals(JsValues.string(face));
                double index = JsValues.isNumber(face) ? JsValues.toNumber(face) : -1;
                if (!each && !(index >= 0 && index == Math.rint(index) && index < 1000)) {
                    throw new IllegalArgumentException(caller + ": options.templateFace must be \"each\" or a face's"
                            + " index (0 for the first face detect returns).");
                }
                request.templateFace = each ? TryOnEngine.InTemplate.EACH : (int) index;
            }
            JSObject blend = JsValues.get(options, "templateBlend");
            if (!JsValues.isNullish(blend)) {
                String value = JsValues.isString(blend) ? JsValues.string(blend) : "";
                if (!value.equals("seamless") && !value.equals("paste")) {
                    throw new IllegalArgumentException(caller + ": options.templateBlend must be \"seamless\""
                            + " (the default) or \"paste\" (the face cut in, for comparison).");
                }
                request.templateSeamless = value.equals("seamless");
            }
        }
        request.draped = flag(options, "drape", true, caller + ": options");
        request.occlusion = flag(options, "occlusion", false, caller + ": options");
        JSObject style = JsValues.get(options, "style");
        if (!JsValues.isNullish(style)) {
            request.style = JsValues.isString(style) ? PortraitStyle.byId(JsValues.string(style)) : null;
            if (request.style == null) {
                throw new IllegalArgumentException(caller + ": options.style must be one of " + PortraitStyle.ids()
                        + ".");
            }
        }
        request.styleStrength = number(options, "styleStrength", PortraitStyle.DEFAULT_STRENGTH, 0, 1,
                caller + ": options");
        JSObject hair = JsValues.get(options, "hair");
        if (!JsValues.isNullish(hair)) {
            request.hair = JsValues.isString(hair) ? HairColour.byId(JsValues.string(hair)) : null;
            if (request.hair == null) {
                StringBuilder ids = new StringBuilder();
                for (HairColour colour : HairColour.ALL) {
                    ids.append(colour.id).append(", ");
                }
                throw new IllegalArgumentException(caller + ": options.hair must be one of " + ids
                        + "or a colour \"#rrggbb\".");
            }
        }
        request.hairStrength = number(options, "hairStrength", HairColour.DEFAULT_STRENGTH, 0, 1, caller + ": options");
        JSObject faces = JsValues.get(options, "faces");
        if (JsValues.isNullish(faces)) {
            return request;
        }
        if (!JsValues.isArray(faces)) {
            throw new IllegalArgumentException(caller + ": options.faces must be an array (one entry per face, in"
                    + " the order detect returns them).");
        }
        for (int i = 0; i < JsValues.length(faces); i++) {
            JSObject face = JsValues.item(faces, i);
            String where = caller + ": options.faces[" + i + "]";
            if (JsValues.isNullish(face)) {
                request.faceMasks.add(null);
                request.adjustments.add(FitAdjustment.NONE);
                continue;
            }
            JSObject points = JsValues.get(face, "landmarks");
            if (!JsValues.isNullish(points)) {
                Float32Array flat = JsValues.points3(points, LandmarkModel.POINTS);
                if (flat == null) {
                    throw new IllegalArgumentException(where + ".landmarks must be " + LandmarkModel.POINTS
                            + " points [x, y, z] of finite numbers, in MediaPipe FaceMesh order.");
                }
                request.landmarks.add(flat.copyToJavaArray());
            }
            JSObject faceMask = JsValues.get(face, "mask");
            MaskLibrary.Entry own = null;
            if (!JsValues.isNullish(faceMask)) {
                if (!JsValues.isString(faceMask)) {
                    throw new IllegalArgumentException(where + ".mask must be a mask id string.");
                }
                own = find(engine, JsValues.string(faceMask), where);
            }
            FitAdjustment adjustment = FitAdjustment.NONE
                    .withEnabled(flag(face, "enabled", true, where))
                    .withScale(number(face, "scale", 1, FitAdjustment.MIN_SCALE, FitAdjustment.MAX_SCALE, where))
                    .withOffsetY(number(face, "offsetY", 0, -FitAdjustment.MAX_OFFSET_Y, FitAdjustment.MAX_OFFSET_Y,
                            where))
                    .withRotation(number(face, "rotation", 0, -FitAdjustment.MAX_ROTATION_DEGREES,
                            FitAdjustment.MAX_ROTATION_DEGREES, where))
                    .withOpacity(number(face, "opacity", 1, 0, 1, where));
            request.faceMasks.add(own);
            request.adjustments.add(adjustment);
        }
        int given = request.landmarks.size();
        if (given > 0 && given != JsValues.length(faces)) {
            throw new IllegalArgumentException(caller + ": give options.faces[i].landmarks for every face or"
                    + " for none (" + given + " of " + JsValues.length(faces) + " have them).");
        }
        return request;
    }

    /** False where the caller asked for the mask without its stand-off ({@code drape: false}). */
    boolean draped() {
        return draped;
    }

    /** Whether hands in front of a face are drawn over its mask ({@code occlusion: true}). */
    boolean occlusion() {
        return occlusion;
    }

    /** The portrait style asked for ({@code options.style}), or null. */
    PortraitStyle style() {
        return style;
    }

    /** {@code options.styleStrength}, 0..1 (1 where not given). */
    float styleStrength() {
        return styleStrength;
    }

    /** The hair colour asked for ({@code options.hair}), or null. */
    HairColour hair() {
        return hair;
    }

    /** {@code options.hairStrength}, 0..1. */
    float hairStrength() {
        return hairStrength;
    }

    /** The hairstyle, loaded by {@link #load}, or null where none was asked for. */
    HairstyleLibrary.Loaded hairstyle() {
        return hairstyle;
    }

    /** The faces' template, loaded by {@link #load}, or null where none was asked for. */
    TryOnEngine.InTemplate template() {
        return template == null ? null : new TryOnEngine.InTemplate(template, templateFace, templateSeamless);
    }

    /** The faces' landmarks when the caller gave them (detection is then skipped), else null. */
    List<float[]> givenLandmarks() {
        return landmarks.isEmpty() ? null : landmarks;
    }

    /**
     * Loads every mask this request names (metadata and texture; each entry keeps them), so that
     * a mask that cannot be loaded fails the call before any face is looked for.
     */
    JSPromise<Object> load() {
        List<MaskLibrary.Entry> masks = masks();
        List<FitAdjustment> none = new ArrayList<>();
        for (int i = 0; i < masks.size(); i++) {
            none.add(FitAdjustment.NONE);
        }
        JSPromise<Object> masksLoaded = TryOnEngine.styles(masks, none).then(styles -> null);
        if (hairstyleId != null) {
            masksLoaded = masksLoaded.flatThen(x -> HairstyleLibrary.load()).flatThen(library -> {
                HairstyleLibrary.Entry entry = library.find(hairstyleId);
                if (entry == null) {
                    StringBuilder ids = new StringBuilder();
                    for (HairstyleLibrary.Entry known : library.entries()) {
                        ids.append(ids.length() > 0 ? ", " : "").append(known.id);
                    }
                    return JSPromise.<Object>reject(JsErrors.error("MaskAI.tryOn: unknown hairstyle '" + hairstyleId
                            + "'; known hairstyles: " + ids + "."));
                }
                return entry.load().then(loaded -> {
                    hairstyle = loaded;
                    return null;
                });
            });
        }
        if (templateId == null) {
            return masksLoaded;
        }
        return masksLoaded.flatThen(x -> TemplateLibrary.load()).flatThen(library -> {
            TemplateLibrary.Entry entry = library.find(templateId);
            if (entry == null) {
                StringBuilder ids = new StringBuilder();
                for (TemplateLibrary.Entry known : library.entries()) {
                    ids.append(ids.length() > 0 ? ", " : "").append(known.id);
                }
                return JSPromise.<Object>reject(JsErrors.error("MaskAI.tryOn: unknown template '" + templateId
                        + "'; known templates: " + ids + "."));
            }
            return entry.load().then(loaded -> {
                template = loaded;
                return null;
            });
        });
    }

    /** Reads the metadata of every mask this request needs (each entry's spec() is set once it resolves). */
    JSPromise<Object> specs() {
        JSPromise<Object> chain = JSPromise.resolve(null);
        for (MaskLibrary.Entry entry : masks()) {
            chain = chain.flatThen(x -> entry.loadSpec().then(spec -> null));
        }
        return chain;
    }

    /** Each of {@code faceCount} faces' mask: its own, else the request's. */
    List<MaskLibrary.Entry> masksFor(int faceCount) {
        List<MaskLibrary.Entry> masks = new ArrayList<>();
        for (int i = 0; i < faceCount; i++) {
            masks.add(i < faceMasks.size() && faceMasks.get(i) != null ? faceMasks.get(i) : mask);
        }
        return masks;
    }

    /** Each of {@code faceCount} faces' adjustment (none where the request gives none). */
    List<FitAdjustment> adjustmentsFor(int faceCount) {
        List<FitAdjustment> list = new ArrayList<>();
        for (int i = 0; i < faceCount; i++) {
            list.add(i < adjustments.size() ? adjustments.get(i) : FitAdjustment.NONE);
        }
        return list;
    }

    private List<MaskLibrary.Entry> masks() {
        List<MaskLibrary.Entry> masks = new ArrayList<>();
        if (mask != null) {
            masks.add(mask);
        }
        for (MaskLibrary.Entry own : faceMasks) {
            if (own != null && !masks.contains(own)) {
                masks.add(own);
            }
        }
        return masks;
    }

    private static MaskLibrary.Entry find(TryOnEngine engine, String id, String where) {
        MaskLibrary.Entry entry = engine.masks().find(id);
        if (entry == null) {
            throw new IllegalArgumentException(where + ": unknown mask '" + id + "'; known masks: " + knownIds(engine)
                    + ".");
        }
        return entry;
    }

    static String knownIds(TryOnEngine engine) {
        StringBuilder ids = new StringBuilder();
        for (MaskLibrary.Entry entry : engine.masks().entries()) {
            if (ids.length() > 0) {
                ids.append(", ");
            }
            ids.append(entry.id);
        }
        return ids.toString();
    }

    /** {@code face[name]} as true or false, {@code fallback} where it is left out; {@code where} names the object in errors. */
    static boolean flag(JSObject face, String name, boolean fallback, String where) {
        JSObject value = JsValues.get(face, name);
        if (JsValues.isNullish(value)) {
            return fallback;
        }
        if (!JsValues.isBoolean(value)) {
            throw new IllegalArgumentException(where + "." + name + " must be true or false.");
        }
        return JsValues.isTrue(value);
    }

    private static float number(JSObject face, String name, float fallback, float min, float max, String where) {
        JSObject value = JsValues.get(face, name);
        if (JsValues.isNullish(value)) {
            return fallback;
        }
        double number = JsValues.toNumber(value);
        if (!JsValues.isNumber(value) || Double.isNaN(number) || number < min || number > max) {
            throw new IllegalArgumentException(where + "." + name + " must be a number from " + trim(min) + " to "
                    + trim(max) + ".");
        }
        return (float) number;
    }

    private static String trim(float value) {
        return value == Math.round(value) ? String.valueOf(Math.round(value)) : String.valueOf(value);
    }
}
