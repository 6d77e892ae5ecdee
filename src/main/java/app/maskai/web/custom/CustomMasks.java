package app.maskai.web.custom;

import app.maskai.core.custom.AnchorFit;
import app.maskai.core.custom.BackgroundRemoval;
import app.maskai.core.layout.FaceLayout;
import app.maskai.web.dom.Browser;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.ui.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The person's own masks for this session: in the mask library (so the gallery, the per-face
 * choice and downloads treat them as the built-in ones), and nowhere else: no storage, no network.
 * Ids are "custom-1", "custom-2", … and never reused in a session, since renderers keep textures
 * by id. Removing a mask (or Clear) revokes its thumbnail URL, closes its texture and tells every
 * renderer to forget it. Shared by the page's section and {@code MaskAI.addMask}/{@code removeMask}.
 */
public final class CustomMasks {
    private final Page page;
    private final List<CustomMask> masks = new ArrayList<>();
    private final List<Consumer<String>> forgetters = new ArrayList<>();
    private Runnable onChange = () -> { };
    private int counter;
    private boolean redrawPending;
    private String pendingSelect;

    public CustomMasks(Page page) {
        this.page = page;
    }

    /**
     * Also call {@code forget} with a mask's id whenever its texture is gone or changed (for a
     * renderer other than the page's, e.g. the public API's).
     */
    public void onForget(Consumer<String> forget) {
        forgetters.add(forget);
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    String nextId() {
        return "custom-" + (++counter);
    }

    /** The session's masks, oldest first. */
    List<CustomMask> all() {
        return masks;
    }

    /** Null, or why custom masks cannot be made here (no face layout). */
    String unavailable() {
        if (page.engine() == null) {
            return "Please wait: the app is still starting.";
        }
        return page.engine().layout() == null
                ? "Your own masks need the face layout (masks/face-layout.json), which did not load. Reload the page."
                : null;
    }

    FaceLayout layout() {
        return page.engine().layout();
    }

    /**
     * Puts {@code mask} (new or changed) in the library, and in the gallery and on the photo once
     * this task's work is done; {@code select} picks it for the photo.
     */
    void put(CustomMask mask, boolean select) {
        if (!masks.contains(mask)) {
            masks.add(mask);
        }
        page.engine().masks().addCustom(mask.entry());
        if (select) {
            pendingSelect = mask.id;
        }
        if (!redrawPending) {
            redrawPending = true;
            inAMicrotask(this::redraw);
        }
        onChange.run();
    }

    /**
     * Tells the page once, however many masks changed in this task: the page redraws in promise
     * jobs that look entries up again, so an entry replaced before they ran would not be found.
     */
    private void redraw() {
        redrawPending = false;
        String select = pendingSelect;
        pendingSelect = null;
        page.masksChanged(select != null && page.engine().masks().find(select) != null ? select : null);
    }

    /** After a mask's texture changed: every renderer uploads it anew. */
    void textureChanged(CustomMask mask) {
        forget(mask.id);
    }

    /** Removes one mask; false when there is no custom mask with this id. */
    boolean remove(String id) {
        for (CustomMask mask : masks) {
            if (mask.id.equals(id)) {
                masks.remove(mask);
                page.engine().masks().removeCustom(id);
                page.masksChanged(null);
                forget(id);
                mask.dispose();
                onChange.run();
                return true;
            }
        }
        return false;
    }

    /** Removes every custom mask. Returns how many there were. */
    int clear() {
        int count = masks.size();
        for (CustomMask mask : new ArrayList<>(masks)) {
            page.engine().masks().removeCustom(mask.id);
            forget(mask.id);
            mask.dispose();
        }
        masks.clear();
        if (count > 0) {
            page.masksChanged(null);
        }
        onChange.run();
        return count;
    }

    private void forget(String id) {
        MeshWarpRenderer renderer = page.renderer();
        if (renderer != null) {
            renderer.forgetMask(id);
        }
        for (Consumer<String> forget : forgetters) {
            forget.accept(id);
        }
    }

    /** A name not yet used: "My mask", "My mask 2", … */
    String freshName(String wanted) {
        String base = CustomMask.cleanName(wanted);
        if (base.isEmpty()) {
            base = "My mask";
        }
        String name = base;
        for (int n = 2; nameTaken(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private boolean nameTaken(String name) {
        for (MaskLibrary.Entry entry : page.engine().masks().entries()) {
            if (entry.name.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code MaskAI.addMask(image, {name?, anchors?, removeBackground?})}: resolves to
     * {@code {id, name, category: "custom"}}; rejects with an Error saying what was wrong.
     */
    public JSPromise<JSObject> add(JSObject image, JSObject options) {
        String who = "MaskAI.addMask";
        String unavailable = unavailable();
        if (unavailable != null) {
            return reject(who + ": " + unavailable);
        }
        if (!Browser.isNullish(options) && !isPlainObject(options)) {
            return reject(who + ": options must be an object {name?, anchors?, removeBackground?}.");
        }
        JSObject nameValue = Browser.get(options, "name");
        if (!Browser.isNullish(nameValue) && (!Browser.isString(nameValue)
                || CustomMask.cleanName(Browser.string(nameValue)).isEmpty())) {
            return reject(who + ": options.name must be a non-empty string.");
        }
        JSObject removeValue = Browser.get(options, "removeBackground");
        if (!Browser.isNullish(removeValue) && !isBoolean(removeValue)) {
            return reject(who + ": options.removeBackground must be true or false.");
        }
        JSObject anchorsValue = Browser.get(options, "anchors");
        if (!Browser.isNullish(anchorsValue) && anchorsProblem(anchorsValue) != null) {
            return reject(who + ": options.anchors " + anchorsProblem(anchorsValue));
        }
        boolean removeBackground = Browser.isNullish(removeValue) || isTrue(removeValue);
        String name = freshName(Browser.isNullish(nameValue) ? "My mask" : Browser.string(nameValue));
        return PictureLoader.load(image, who).flatThen(picture -> {
            String empty = picture.emptiness();
            if (empty != null) {
                return reject(who + ": " + empty);
            }
            // Only a background that is flat (most of the border one colour) is removed: on a
            // photo's busy background the flood fill would eat into the mask.
            if (removeBackground && looksFlat(picture)) {
                String problem = picture.setBackgroundRemoved(true);
                if (problem != null) {
                    return reject(who + ": " + problem + " Pass removeBackground: false to keep it.");
                }
            }
            float[] anchors = Browser.isNullish(anchorsValue)
                    ? AnchorFit.defaultAnchors(picture.width, picture.height) : anchors(anchorsValue);
            for (int i = 0; i < anchors.length; i++) {
                float limit = i % 2 == 0 ? picture.width : picture.height;
                if (anchors[i] < 0 || anchors[i] > limit) {
                    return reject(who + ": options.anchors[" + i / 2 + "] (" + AnchorEditor.NAMES[i / 2]
                            + ") lies outside the " + picture.width + " × " + picture.height + " picture.");
                }
            }
            String id = nextId();
            return CustomMask.create(id, name, layout(), picture, anchors).<CustomMask>flatCatchError(error ->
                    reject(who + ": " + Browser.messageOf((JSObject) error))).then(mask -> {
                        mask.finishEditing();
                        put(mask, false);
                        return info(mask.id, mask.name(), "custom");
                    });
        });
    }

    /** {@code MaskAI.removeMask(id)}: resolves to true; rejects for anything but a custom mask's id. */
    public JSPromise<JSObject> remove(JSObject idValue) {
        String who = "MaskAI.removeMask";
        if (Browser.isNullish(idValue) || !Browser.isString(idValue)) {
            return reject(who + ": the id of one of your masks is required (a string, as addMask gave it).");
        }
        String id = Browser.string(idValue);
        if (page.engine() != null && page.engine().masks().find(id) != null && !page.engine().masks().find(id).isCustom()) {
            return reject(who + ": '" + id + "' is a built-in mask; only masks added with addMask can be removed.");
        }
        if (!remove(id)) {
            return reject(who + ": there is no custom mask '" + id + "' (it may have been removed already).");
        }
        return JSPromise.resolve(Browser.wrap(true));
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
        return JSPromise.reject(Browser.error(message));
    }

    /** Whether the flat background of a picture looks removable (offered as the default in the editor). */
    static boolean looksFlat(CustomPicture picture) {
        return BackgroundRemoval.looksFlat(picture.pixels(), picture.pixelWidth, picture.pixelHeight,
                BackgroundRemoval.DEFAULT_TOLERANCE);
    }

    @JSFunctor
    interface Job extends JSObject {
        void run();
    }

    @JSBody(params = "job", script = "queueMicrotask(function () { job(); });")
    private static native void inAMicrotask(Job job);

    @JSBody(params = "value", script = "return typeof value === 'object' && !Array.isArray(value);")
    private static native boolean isPlainObject(JSObject value);

    @JSBody(params = "value", script = "return typeof value === 'boolean';")
    private static native boolean isBoolean(JSObject value);

    @JSBody(params = "value", script = "return value === true;")
    private static native boolean isTrue(JSObject value);

    /** The number of [x, y] pairs, or -1 when {@code value} is not an array of two-element arrays. */
    @JSBody(params = "value", script = "if (!Array.isArray(value)) return -1;"
            + " for (var i = 0; i < value.length; i++) { if (!Array.isArray(value[i]) || value[i].length !== 2) return -1; }"
            + " return value.length;")
    private static native int anchorCount(JSObject value);

    @JSBody(params = "value", script = "return value.every(function (p) { return typeof p[0] === 'number'"
            + " && typeof p[1] === 'number' && isFinite(p[0]) && isFinite(p[1]); });")
    private static native boolean anchorsFinite(JSObject value);

    @JSBody(params = {"value", "point", "axis"}, script = "return value[point][axis];")
    private static native double anchorValue(JSObject value, int point, int axis);

    @JSBody(params = {"id", "name", "category"}, script = "return {id: id, name: name, category: category};")
    private static native JSObject info(String id, String name, String category);
}
