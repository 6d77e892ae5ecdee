package app.maskai.web.custom;

import app.maskai.core.custom.AnchorFit;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.ui.Page;
import app.maskai.web.ui.StatusLine;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;

/**
 * The "Your own mask" section (#custom-mask): choose a picture, which opens in the mask editor
 * ({@link CustomMaskPanel}) with a flat background removed; the list of the session's masks, each
 * removable ({@link CustomMaskList}), and "Clear my masks".
 *
 * <p>Another picture discards the mask being edited; a slow picture that another replaced is
 * dropped when it is read.
 */
public final class CustomMaskSection {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement section = document.getElementById("custom-mask");
    private final HTMLInputElement input = (HTMLInputElement) document.getElementById("custom-input");
    private final HTMLButtonElement clear = (HTMLButtonElement) document.getElementById("custom-clear");
    private final CustomMaskList list = new CustomMaskList(this::remove);
    private final StatusLine status;
    private final CustomMasks masks;
    private final CustomMaskPanel panel;
    private final Page page;
    /** Counts picture loads, so a slow earlier one cannot replace a newer one. */
    private int generation;

    public CustomMaskSection(Page page, StatusLine status) {
        this.page = page;
        this.status = status;
        this.masks = new CustomMasks(page);
        this.panel = new CustomMaskPanel(masks, status, page::hasPhoto);
        masks.onChange(this::masksChanged);
        input.addEventListener("change", event -> {
            File file = AppFiles.firstChosen(input);
            if (file != null) {
                open(file);
            }
        });
        clear.addEventListener("click", event -> clearAll());
        // Closing the page ends the session's masks. A page kept in the back/forward cache
        // (persisted) drops them explicitly, so that it does not bring them back when restored;
        // a page being unloaded loses them with its document, and rebuilding the gallery then
        // would only make the dying page request every thumbnail again (NetworkAuditIT saw it).
        Window.current().addEventListener("pagehide", event -> {
            if (!((PageTransition) event).isPersisted()) {
                return;
            }
            generation++;
            panel.close();
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
            status.sayError(unavailable);
            return;
        }
        int current = ++generation;
        busy(true);
        status.say("Reading " + file.getName() + "…");
        PictureLoader.load(file, null).then(picture -> {
            if (current != generation) {
                return null;
            }
            String empty = picture.emptiness();
            if (empty != null) {
                busy(false);
                status.sayError(empty + " Choose another picture.");
                return null;
            }
            boolean flat = CustomMasks.looksFlat(picture);
            String removal = flat ? picture.setBackgroundRemoved(true) : null;
            panel.dropDraft();
            String name = masks.freshName(baseName(file.getName()));
            CustomMask.create(masks.nextId(), name, masks.layout(), picture,
                    AnchorFit.defaultAnchors(picture.width, picture.height)).then(mask -> {
                        if (current != generation) {
                            mask.dispose();
                            return null;
                        }
                        busy(false);
                        panel.edit(mask);
                        panel.sayAfterRender((flat && removal == null ? "The flat background was removed. " : "")
                                + (removal != null ? removal + " It was kept. " : "")
                                + "Drag the six points onto your mask, or focus one and use the arrow keys"
                                + (page.hasPhoto() ? "; the result shows it live." : ". Choose a photo to see it worn."));
                        return null;
                    }, error -> failed(error));
            return null;
        }, error -> current == generation ? failed(error) : null);
    }

    private Object failed(Object error) {
        busy(false);
        input.setValue("");
        status.sayError(JsErrors.messageOf((JSObject) error));
        return null;
    }

    private void remove(CustomMask mask) {
        masks.remove(mask.id);
        status.say("\u201C" + mask.name() + "\u201D was removed.");
        input.focus();
    }

    private void clearAll() {
        generation++;
        panel.close();
        int count = masks.clear();
        status.say(count == 0 ? "You have no masks of your own." : (count == 1 ? "Your mask was" : "Your " + count
                + " masks were") + " removed. Nothing of them is kept.");
        input.focus();
    }

    /** The session's masks changed (here or through the API): the list, Clear, and the editor. */
    private void masksChanged() {
        if (panel.editing() != null && !masks.all().contains(panel.editing())) {
            panel.close();
        }
        list.show(masks.all(), panel.editing());
        clear.setDisabled(masks.all().isEmpty());
    }

    private void busy(boolean on) {
        if (on) {
            section.setAttribute("aria-busy", "true");
        } else {
            section.removeAttribute("aria-busy");
        }
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

    /** A pagehide event (PageTransitionEvent, which TeaVM does not bind). */
    interface PageTransition extends JSObject {
        /** Whether the page may be restored from the back/forward cache. */
        @JSProperty
        boolean isPersisted();
    }
}
