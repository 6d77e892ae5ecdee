package app.maskai.web.custom;

import app.maskai.core.custom.BackgroundRemoval;
import app.maskai.core.layout.FaceLayout;
import app.maskai.web.dom.Idle;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.ui.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The person's own masks for this session: in the mask library (so the gallery, the per-face
 * choice and downloads treat them as the built-in ones), and nowhere else: no storage, no network.
 * Ids are "custom-1", "custom-2", … and never reused in a session, since renderers keep textures
 * by id. Removing a mask (or Clear) revokes its thumbnail URL, closes its texture and tells every
 * renderer to forget it. Shared by the page's section and
 * {@link CustomMaskApi} ({@code MaskAI.addMask}/{@code removeMask}).
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
            Idle.afterThisTask(this::redraw);
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

    /** Whether {@code id} names a mask of the library that is not one of the person's own. */
    boolean isBuiltIn(String id) {
        MaskLibrary.Entry entry = page.engine() != null ? page.engine().masks().find(id) : null;
        return entry != null && !entry.isCustom();
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

    /** Whether the flat background of a picture looks removable (offered as the default in the editor). */
    static boolean looksFlat(CustomPicture picture) {
        return BackgroundRemoval.looksFlat(picture.pixels(), picture.pixelWidth, picture.pixelHeight,
                BackgroundRemoval.DEFAULT_TOLERANCE);
    }
}
