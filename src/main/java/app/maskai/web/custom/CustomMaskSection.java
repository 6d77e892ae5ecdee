package app.maskai.web.custom;

import app.maskai.core.custom.AnchorFit;
import app.maskai.web.dom.Browser;
import app.maskai.web.ui.Page;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;

/**
 * The "Your own mask" section (#custom-mask): choose a picture, see its flat background removed
 * (undoable), place the six anchors with a live preview on the photo, name it, and "Use this
 * mask"; a list of the session's masks, each removable, and "Clear my masks".
 *
 * <p>The mask being edited is in the gallery from the moment its picture is read, chosen for the
 * photo, so the result shows it live; each anchor move rebuilds its spec once per animation
 * frame. Another picture, or Cancel, discards it; "Use this mask" keeps it and frees its pixels.
 */
public final class CustomMaskSection {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement section = document.getElementById("custom-mask");
    private final HTMLInputElement input = (HTMLInputElement) document.getElementById("custom-input");
    private final HTMLElement panel = document.getElementById("custom-panel");
    private final HTMLInputElement removeBackground = (HTMLInputElement) document.getElementById("custom-remove-bg");
    private final HTMLElement problemText = document.getElementById("custom-problem");
    private final HTMLInputElement nameInput = (HTMLInputElement) document.getElementById("custom-name");
    private final HTMLButtonElement add = (HTMLButtonElement) document.getElementById("custom-add");
    private final HTMLButtonElement cancel = (HTMLButtonElement) document.getElementById("custom-cancel");
    private final HTMLButtonElement clear = (HTMLButtonElement) document.getElementById("custom-clear");
    private final HTMLElement list = document.getElementById("custom-list");
    private final HTMLElement status = document.getElementById("status");
    private final CustomMasks masks;
    private final AnchorEditor editor;

    /** The mask being edited, or null. */
    private CustomMask editing;
    private String problem;
    private boolean rebuildPending;
    /** Counts picture loads, so a slow earlier one cannot replace a newer one. */
    private int generation;

    public CustomMaskSection(Page page) {
        this.masks = new CustomMasks(page);
        this.editor = new AnchorEditor(document.getElementById("custom-editor"),
                document.getElementById("custom-legend"), anchors -> scheduleRebuild());
        masks.onChange(this::masksChanged);
        input.addEventListener("change", event -> {
            File file = firstFile(input);
            if (file != null) {
                open(file);
            }
        });
        removeBackground.addEventListener("change", event -> toggleBackground());
        nameInput.addEventListener("input", event -> scheduleRebuild());
        nameInput.addEventListener("keydown", event -> {
            if ("Enter".equals(((KeyboardEvent) event).getKey())) {
                event.preventDefault();
                use();
            }
        });
        add.addEventListener("click", event -> use());
        cancel.addEventListener("click", event -> discard());
        clear.addEventListener("click", event -> clearAll());
        // Closing the page ends the session's masks. A page kept in the back/forward cache
        // (persisted) drops them explicitly, so that it does not bring them back when restored;
        // a page being unloaded loses them with its document, and rebuilding the gallery then
        // would only make the dying page request every thumbnail again (NetworkAuditIT saw it).
        Window.current().addEventListener("pagehide", event -> {
            if (!isPersisted(event)) {
                return;
            }
            generation++;
            closeEditor();
            masks.clear();
        });
        input.setDisabled(false);
        masksChanged();
    }

    /** The session's masks, for {@code MaskAI.addMask} and {@code removeMask}. */
    public CustomMasks masks() {
        return masks;
    }

    private void open(File file) {
        String unavailable = masks.unavailable();
        if (unavailable != null) {
            sayError(unavailable);
            return;
        }
        int current = ++generation;
        busy(true);
        say("Reading " + file.getName() + "…");
        PictureLoader.load(file, null).then(picture -> {
            if (current != generation) {
                return null;
            }
            String empty = picture.emptiness();
            if (empty != null) {
                busy(false);
                sayError(empty + " Choose another picture.");
                return null;
            }
            boolean flat = CustomMasks.looksFlat(picture);
            String removal = flat ? picture.setBackgroundRemoved(true) : null;
            dropDraft();
            String name = masks.freshName(baseName(file.getName()));
            CustomMask.create(masks.nextId(), name, masks.layout(), picture,
                    AnchorFit.defaultAnchors(picture.width, picture.height)).then(mask -> {
                        if (current != generation) {
                            mask.dispose();
                            return null;
                        }
                        busy(false);
                        edit(mask);
                        sayAfterRender((flat && removal == null ? "The flat background was removed. " : "")
                                + (removal != null ? removal + " It was kept. " : "")
                                + "Drag the six points onto your mask, or focus one and use the arrow keys"
                                + (photoShown() ? "; the result shows it live." : ". Choose a photo to see it worn."));
                        return null;
                    }, error -> {
                        busy(false);
                        input.setValue("");
                        sayError(Browser.messageOf((JSObject) error));
                        return null;
                    });
            return null;
        }, error -> {
            if (current == generation) {
                busy(false);
                input.setValue("");
                sayError(Browser.messageOf((JSObject) error));
            }
            return null;
        });
    }

    private void edit(CustomMask mask) {
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
                sayError(found);
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
            sayError(refused + " It was kept.");
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
            sayError(Browser.messageOf((JSObject) error));
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
            sayError(problem);
            editor.focusFirst();
            return;
        }
        CustomMask mask = editing;
        mask.finishEditing();
        closeEditor();
        masks.put(mask, true);
        sayAfterRender("\u201C" + mask.name() + "\u201D is in the gallery" + (photoShown() ? " and on your photo" : "")
                + ". It stays for this visit only: closing the page or \u201CClear my masks\u201D removes it.");
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
        say("The mask was discarded. Nothing of the picture is kept.");
        input.focus();
    }

    private void clearAll() {
        generation++;
        closeEditor();
        int count = masks.clear();
        say(count == 0 ? "You have no masks of your own." : (count == 1 ? "Your mask was" : "Your " + count
                + " masks were") + " removed. Nothing of them is kept.");
        input.focus();
    }

    /** Removes the mask being edited, if any, from the session. */
    private void dropDraft() {
        CustomMask draft = editing;
        closeEditor();
        if (draft != null) {
            masks.remove(draft.id);
        }
    }

    private void closeEditor() {
        editing = null;
        problem = null;
        rebuildPending = false;
        panel.setHidden(true);
        input.setValue("");
        showProblem(null);
    }

    /** The session's masks changed (here or through the API): the list, Clear, and the editor. */
    private void masksChanged() {
        if (editing != null && !masks.all().contains(editing)) {
            closeEditor();
        }
        list.setInnerHTML("");
        for (CustomMask mask : masks.all()) {
            if (mask == editing) {
                continue;
            }
            HTMLElement item = document.createElement("li");
            HTMLElement image = document.createElement("img");
            image.setAttribute("src", mask.thumbnailUrl());
            image.setAttribute("alt", "");
            image.setAttribute("width", "40");
            image.setAttribute("height", "40");
            HTMLElement name = document.createElement("span");
            name.setInnerText(mask.name());
            HTMLElement remove = document.createElement("button");
            remove.setAttribute("type", "button");
            remove.setClassName("button small");
            remove.setInnerText("Remove");
            remove.setAttribute("aria-label", "Remove \u201C" + mask.name() + "\u201D");
            String id = mask.id;
            String shown = mask.name();
            remove.addEventListener("click", event -> {
                masks.remove(id);
                say("\u201C" + shown + "\u201D was removed.");
                input.focus();
            });
            item.appendChild(image);
            item.appendChild(name);
            item.appendChild(remove);
            list.appendChild(item);
        }
        list.setHidden(list.getChildNodes().getLength() == 0);
        clear.setDisabled(masks.all().isEmpty());
    }

    /** Whether the page shows a result (#result), where the mask being edited is previewed. */
    private boolean photoShown() {
        return !document.getElementById("result").isHidden();
    }

    private void showProblem(String message) {
        problem = message;
        problemText.setInnerText(message == null ? "" : message);
        problemText.setHidden(message == null);
        add.setDisabled(message != null);
    }

    private void busy(boolean on) {
        if (on) {
            section.setAttribute("aria-busy", "true");
        } else {
            section.removeAttribute("aria-busy");
        }
    }

    private void say(String message) {
        status.getClassList().remove("error");
        status.setInnerText(message);
    }

    /**
     * Says {@code message} once the gallery is rebuilt and the photo redrawn (in this task's
     * microtasks: a custom mask's texture is in memory); the page would otherwise replace it with
     * its own summary.
     */
    private void sayAfterRender(String message) {
        Window.setTimeout(() -> say(message), 0);
    }

    private void sayError(String message) {
        status.setInnerText(message);
        status.getClassList().add("error");
    }

    /** "blue-mask.png" → "blue mask". */
    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return CustomMask.cleanName(name.replace('_', ' ').replace('-', ' '));
    }

    /** A pagehide event's {@code persisted}: the page may be restored from the back/forward cache. */
    @JSBody(params = "event", script = "return !!event.persisted;")
    private static native boolean isPersisted(JSObject event);

    @JSBody(params = "input", script = "return input.files && input.files.length ? input.files[0] : null;")
    private static native File firstFile(HTMLInputElement input);
}
