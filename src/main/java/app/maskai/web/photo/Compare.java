package app.maskai.web.photo;

import app.maskai.core.session.PhotoSession;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Before/after: the Compare toggle (#compare, aria-pressed) shows the original photo (#original)
 * in place of the result, until it is pressed again or anything else changes (a mask, a slider,
 * another photo, Discard). The copy on #original lives in the tab's memory only and is dropped
 * (its canvas emptied) as soon as the comparison ends.
 */
final class Compare {
    private final HTMLDocument document = HTMLDocument.current();
    private final PhotoSession<ImageBitmap> session;
    private final HTMLElement button = document.getElementById("compare");
    private final HTMLCanvasElement original = (HTMLCanvasElement) document.getElementById("original");
    private final Say status;
    private boolean on;

    Compare(PhotoSession<ImageBitmap> session, Say status) {
        this.session = session;
        this.status = status;
        if (button == null || original == null) {
            return;
        }
        button.addEventListener("click", event -> {
            if (on) {
                off();
                say("Showing the result.");
            } else {
                show();
            }
        });
        // Any other change (a mask, a face's adjustment, a setting, a photo) brings the result back.
        document.addEventListener("change", event -> off(), true);
        document.addEventListener("input", event -> off(), true);
    }

    private void show() {
        ImageBitmap photo = session.photo();
        if (photo == null) {
            return;
        }
        Images.drawInto(original, photo);
        original.setHidden(false);
        on = true;
        button.setAttribute("aria-pressed", "true");
        frame(true);
        say("Showing your original photo. Press Compare again to see the mask.");
    }

    void off() {
        if (!on) {
            return;
        }
        on = false;
        button.setAttribute("aria-pressed", "false");
        frame(false);
        original.setHidden(true);
        // The copy is dropped with the comparison.
        original.setWidth(0);
        original.setHeight(0);
    }

    private void say(String message) {
        status.say(message, false);
    }

    /** Marks the canvas frame, so the style sheet hides the result while the original shows. */
    private void frame(boolean comparing) {
        HTMLElement frame = (HTMLElement) original.getParentNode();
        if (comparing) {
            frame.getClassList().add("comparing");
        } else {
            frame.getClassList().remove("comparing");
        }
    }
}
