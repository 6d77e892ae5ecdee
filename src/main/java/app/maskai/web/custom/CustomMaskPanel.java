package app.maskai.web.custom;

import app.maskai.web.dom.JsErrors;
import app.maskai.web.ui.StatusLine;
import java.util.function.BooleanSupplier;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The editor of one of the person's masks (#custom-panel): its flat background removed or kept,
 * its six anchors placed ({@link AnchorEditor}) with the result rebuilt once per animation frame,
 * its name, a problem that stops it being worn, and "Use this mask" or Cancel.
 *
 * <p>The mask being edited is in the gallery, chosen for the photo, from the moment it opens, so
 * the result shows it live.
 */
final class CustomMaskPanel {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement panel = document.getElementById("custom-panel");
    private final HTMLInputElement removeBackground = (HTMLInputElement) document.getElementById("custom-remove-bg");
    private final HTMLElement problemText = document.getElementById("custom-problem");
    private final HTMLInputElement nameInput = (HTMLInputElement) document.getElementById("custom-name");
    private final HTMLButtonElement add = (HTMLButtonElement) document.getElementById("custom-add");
    /** The section's picture picker: emptied when the editor closes (the same file may come again). */
    private final HTMLInputElement picker = (HTMLInputElement) document.getElementById("custom-input");
    private final AnchorEditor editor;
    private final CustomMasks masks;
    private final StatusLine status;
    /** Whether a photo is on show, where the mask is previewed. */
    private final BooleanSupplier photoShown;

    /** The mask being edited, or null. */
    private CustomMask editing;
    private String problem;
    private boolean rebuildPending;

    CustomMaskPanel(CustomMasks masks, StatusLine status, BooleanSupplier photoShown) {
        this.masks = masks;
        this.status = status;
        this.photoShown = photoShown;
        this.editor = new AnchorEditor(document.getElementById("custom-editor"),
                document.getElementById("custom-legend"), anchors -> scheduleRebuild());
        removeBackground.addEventListener("change", event -> toggleBackground());
        nameInput.addEventListener("input", event -> scheduleRebuild());
        nameInput.addEventListener("keydown", event -> {
            if ("Enter".equals(((KeyboardEvent) event).getKey())) {
                event.preventDefault();
                use();
            }
        });
        add.addEventListener("click", event -> use());
        document.getElementById("custom-cancel").addEventListener("click", event -> discard());
    }

    /** The mask in the editor, or null. */
    CustomMask editing() {
        return editing;
    }

    /** Opens {@code mask} in the editor, in the gallery and on the photo. */
    void edit(CustomMask mask) {
        editing = mask;
        problem = null;
        CustomPicture picture = mask.picture();
        removeBackground.setChecked(picture.backgroundRemoved());
        nameInput.setValue(mask.name());
        panel.setHidden(false);
        editor.show(picture.canvas(), picture.width, picture.height, mask.anchors());
        showProblem(null);
        masks.put(mask, true);
        editor.focusFirst();
    }

    /** Removes the mask being edited, if any, from the session, and closes the editor. */
    void dropDraft() {
        CustomMask draft = editing;
        close();
        if (draft != null) {
            masks.remove(draft.id);
        }
    }

    /** Closes the editor; the mask stays wherever it is. */
    void close() {
        editing = null;
        problem = null;
        rebuildPending = false;
        panel.setHidden(true);
        picker.setValue("");
        showProblem(null);
    }

    private void scheduleRebuild() {
        if (editing == null || rebuildPending) {
            return;
        }
        rebuildPending = true;
        Window.requestAnimationFrame(time -> {
            rebuildPending = false;
            rebuild();
        });
    }

    /** Makes the spec for the editor's anchors and name, and shows it on the photo. */
    private void rebuild() {
        if (editing == null) {
            return;
        }
        editing.setName(nameInput.getValue());
        String found = editing.rebuild(editor.anchors());
        editor.setProblem(found != null);
        if (found != null) {
            if (!found.equals(problem)) {
                status.sayError(found);
            }
            showProblem(found);
            return;
        }
        boolean fixed = problem != null;
        showProblem(null);
        masks.put(editing, true);
        if (fixed) {
            sayAfterRender("That works: the mask can be worn again.");
        }
    }

    private void toggleBackground() {
        CustomMask mask = editing;
        if (mask == null) {
            return;
        }
        boolean remove = removeBackground.isChecked();
        String refused = mask.picture().setBackgroundRemoved(remove);
        if (refused != null) {
            removeBackground.setChecked(!remove);
            status.sayError(refused + " It was kept.");
            return;
        }
        editor.setPicture(mask.picture().canvas());
        // One repaint at a time: each replaces the texture and thumbnail the previous one made.
        removeBackground.setDisabled(true);
        mask.repaint().then(oldUrl -> {
            removeBackground.setDisabled(false);
            if (!masks.all().contains(mask)) {
                mask.dispose();
                return null;
            }
            masks.textureChanged(mask);
            masks.put(mask, true);
            Pixels.revoke(oldUrl);
            if (mask == editing) {
                rebuild();
            }
            sayAfterRender(remove ? "The flat background was removed." : "The background is back, as in your picture.");
            return null;
        }, error -> {
            removeBackground.setDisabled(false);
            status.sayError(JsErrors.messageOf((JSObject) error));
            return null;
        });
    }

    /** "Use this mask": keeps the mask being edited, frees its pixels, and closes the editor. */
    private void use() {
        if (editing == null) {
            return;
        }
        if (rebuildPending) {
            rebuildPending = false;
            rebuild();
        }
        if (problem != null) {
            status.sayError(problem);
            editor.focusFirst();
            return;
        }
        CustomMask mask = editing;
        mask.finishEditing();
        close();
        masks.put(mask, true);
        sayAfterRender("\u201C" + mask.name() + "\u201D is in the gallery" + (photoShown.getAsBoolean()
                ? " and on your photo" : "") + ". It stays for this visit only: closing the page or"
                + " \u201CClear my masks\u201D removes it.");
        Window.setTimeout(() -> {
            HTMLElement radio = document.getElementById("mask-" + mask.id);
            if (radio != null) {
                radio.focus();
            }
        }, 0);
    }

    private void discard() {
        if (editing == null) {
            return;
        }
        dropDraft();
        status.say("The mask was discarded. Nothing of the picture is kept.");
        picker.focus();
    }

    private void showProblem(String message) {
        problem = message;
        problemText.setInnerText(message == null ? "" : message);
        problemText.setHidden(message == null);
        add.setDisabled(message != null);
    }

    /**
     * Says {@code message} once the gallery is rebuilt and the photo redrawn (in this task's
     * microtasks: a custom mask's texture is in memory); the page would otherwise replace it with
     * its own summary.
     */
    void sayAfterRender(String message) {
        Window.setTimeout(() -> status.say(message), 0);
    }
}
