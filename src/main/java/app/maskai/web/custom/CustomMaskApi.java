package app.maskai.web.custom;

import app.maskai.core.custom.AnchorFit;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import java.util.function.Consumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * {@code MaskAI.addMask} and {@code MaskAI.removeMask}: a person's own mask made or removed from
 * a script, its arguments checked and every refusal said in an Error, into the same session's
 * {@link CustomMasks} as the page's section.
 */
public final class CustomMaskApi {
    private final CustomMasks masks;

    public CustomMaskApi(CustomMasks masks) {
        this.masks = masks;
    }

    /** Tells {@code forget} the id of each mask removed, so that a renderer can free its copy. */
    public void onForget(Consumer<String> forget) {
        masks.onForget(forget);
    }

    /**
     * {@code MaskAI.addMask(image, {name?, anchors?, removeBackground?})}: resolves to
     * {@code {id, name, category: "custom"}}; rejects with an Error saying what was wrong.
     */
    public JSPromise<JSObject> add(JSObject image, JSObject options) {
        String who = "MaskAI.addMask";
        String unavailable = masks.unavailable();
        if (unavailable != null) {
            return reject(who + ": " + unavailable);
        }
        if (!JsValues.isNullish(options) && !JsValues.isPlainObject(options)) {
            return reject(who + ": options must be an object {name?, anchors?, removeBackground?}.");
        }
        JSObject nameValue = JsValues.get(options, "name");
        if (!JsValues.isNullish(nameValue) && (!JsValues.isString(nameValue)
                || CustomMask.cleanName(JsValues.string(nameValue)).isEmpty())) {
            return reject(who + ": options.name must be a non-empty string.");
        }
        JSObject removeValue = JsValues.get(options, "removeBackground");
        if (!JsValues.isNullish(removeValue) && !JsValues.isBoolean(removeValue)) {
            return reject(who + ": options.removeBackground must be true or false.");
        }
        JSObject anchorsValue = JsValues.get(options, "anchors");
        if (!JsValues.isNullish(anchorsValue) && anchorsProblem(anchorsValue) != null) {
            return reject(who + ": options.anchors " + anchorsProblem(anchorsValue));
        }
        boolean removeBackground = JsValues.isNullish(removeValue) || JsValues.isTrue(removeValue);
        String name = masks.freshName(JsValues.isNullish(nameValue) ? "My mask" : JsValues.string(nameValue));
        return PictureLoader.load(image, who).flatThen(picture -> {
            String empty = picture.emptiness();
            if (empty != null) {
                return reject(who + ": " + empty);
            }
            // Only a background that is flat (most of the border one colour) is removed: on a
            // photo's busy background the flood fill would eat into the mask.
            if (removeBackground && CustomMasks.looksFlat(picture)) {
                String problem = picture.setBackgroundRemoved(true);
                if (problem != null) {
                    return reject(who + ": " + problem + " Pass removeBackground: false to keep it.");
                }
            }
            float[] anchors = JsValues.isNullish(anchorsValue)
                    ? AnchorFit.defaultAnchors(picture.width, picture.height) : anchors(anchorsValue);
            for (int i = 0; i < anchors.length; i++) {
                float limit = i % 2 == 0 ? picture.width : picture.height;
                if (anchors[i] < 0 || anchors[i] > limit) {
                    return reject(who + ": options.anchors[" + i / 2 + "] (" + AnchorEditor.NAMES[i / 2]
                            + ") lies outside the " + picture.width + " × " + picture.height + " picture.");
                }
            }
            String id = masks.nextId();
            return CustomMask.create(id, name, masks.layout(), picture, anchors).<CustomMask>flatCatchError(error ->
                    reject(who + ": " + JsErrors.messageOf((JSObject) error))).then(mask -> {
                        mask.finishEditing();
                        masks.put(mask, false);
                        return info(mask.id, mask.name(), "custom");
                    });
        });
    }

    /** {@code MaskAI.removeMask(id)}: resolves to true; rejects for anything but a custom mask's id. */
    public JSPromise<JSObject> remove(JSObject idValue) {
        String who = "MaskAI.removeMask";
        if (JsValues.isNullish(idValue) || !JsValues.isString(idValue)) {
            return reject(who + ": the id of one of your masks is required (a string, as addMask gave it).");
        }
        String id = JsValues.string(idValue);
        if (masks.isBuiltIn(id)) {
            return reject(who + ": '" + id + "' is a built-in mask; only masks added with addMask can be removed.");
        }
        if (!masks.remove(id)) {
            return reject(who + ": there is no custom mask '" + id + "' (it may have been removed already).");
        }
        return JSPromise.resolve(JsValues.wrap(true));
    }

    /** Null when {@code value} is six [x, y] pairs of finite numbers; else what is wrong with it. */
    private static String anchorsProblem(JSObject value) {
        int count = anchorCount(value);
        if (count != AnchorFit.ANCHOR_COUNT) {
            return "must be an array of six [x, y] points (nose bridge top, right cheek, left cheek, right jaw"
                    + " corner, left jaw corner, chin; right and left are the wearer's).";
        }
        return anchorsFinite(value) ? null : "must hold finite numbers, two per point.";
    }

    private static float[] anchors(JSObject value) {
        float[] out = new float[2 * AnchorFit.ANCHOR_COUNT];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) anchorValue(value, i / 2, i % 2);
        }
        return out;
    }

    private static <T> JSPromise<T> reject(String message) {
        return JSPromise.reject(JsErrors.error(message));
    }

    /** The number of [x, y] pairs, or -1 when {@code value} is not an array of two-element arrays. */
    private static int anchorCount(JSObject value) {
        if (!JsValues.isArray(value)) {
            return -1;
        }
        for (int i = 0; i < JsValues.length(value); i++) {
            JSObject point = JsValues.item(value, i);
            if (!JsValues.isArray(point) || JsValues.length(point) != 2) {
                return -1;
            }
        }
        return JsValues.length(value);
    }

    private static boolean anchorsFinite(JSObject value) {
        for (int i = 0; i < JsValues.length(value); i++) {
            for (int axis = 0; axis < 2; axis++) {
                JSObject coordinate = JsValues.item(JsValues.item(value, i), axis);
                if (!JsValues.isNumber(coordinate) || !Double.isFinite(JsValues.toNumber(coordinate))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double anchorValue(JSObject value, int point, int axis) {
        return JsValues.toNumber(JsValues.item(JsValues.item(value, point), axis));
    }

    /** {@code {id, name, category}}, as {@code MaskAI.masks()} lists a mask. */
    private static JSObject info(String id, String name, String category) {
        JSObject info = JsValues.object();
        JsValues.setString(info, "id", id);
        JsValues.setString(info, "name", name);
        JsValues.setString(info, "category", category);
        return info;
    }
}
