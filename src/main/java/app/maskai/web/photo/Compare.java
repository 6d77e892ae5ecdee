package app.maskai.web.photo;

import app.maskai.core.session.PhotoSession;
import app.maskai.web.dom.ImageBitmap;
import org.teavm.jso.JSBody;
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
    private final HTMLElement original = document.getElementById("original");
    private final HTMLElement status = document.getElementById("status");
    private boolean on;

    Compare(PhotoSession<ImageBitmap> session) {
        this.session = session;
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
        draw(original, photo);
        original.setHidden(false);
        on = true;
        button.setAttribute("aria-pressed", "true");
        frame(original, true);
        say("Showing your original photo. Press Compare again to see the mask.");
    }

    void off() {
        if (!on) {
            return;
        }
        on = false;
        button.setAttribute("aria-pressed", "false");
        frame(original, false);
        original.setHidden(true);
        empty(original);
    }

    private void say(String message) {
        status.getClassList().remove("error");
        status.setInnerText(message);
    }

    @JSBody(params = {"canvas", "photo"}, script = "canvas.width = photo.width; canvas.height = photo.height;"
            + " canvas.getContext('2d').drawImage(photo, 0, 0);")
    private static native void draw(HTMLElement canvas, ImageBitmap photo);

    @JSBody(params = "canvas", script = "canvas.width = 0; canvas.height = 0;")
    private static native void empty(HTMLElement canvas);

    /** Marks the canvas frame, so the style sheet hides the result while the original shows. */
    @JSBody(params = {"canvas", "comparing"}, script = "canvas.parentNode.classList.toggle('comparing', comparing);")
    private static native void frame(HTMLElement canvas, boolean comparing);
}
