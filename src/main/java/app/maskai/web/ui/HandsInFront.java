package app.maskai.web.ui;

import app.maskai.core.occlusion.Occlusion;
import app.maskai.core.pipeline.Face;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.tryon.TryOnEngine;
import java.util.List;
import java.util.function.Supplier;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The "Keep hands and hair in front of the mask" switch and what it finds: while it is on, each
 * photo is searched once for hands in front of its faces and hair over their ears
 * (TryOnEngine.occluders), and the result is drawn with them in front. Off by default: the hand
 * detector and the person segmentation (3.9 MB) load only when a person asks.
 */
final class HandsInFront {
    private final HTMLInputElement toggle = (HTMLInputElement) HTMLDocument.current().getElementById("hands-in-front");
    private final StatusLine status;
    private final Supplier<TryOnEngine> engine;
    /** The photo load the matte below was found for (-1: none yet), and the matte (null: no hand in front). */
    private int foundFor = -1;
    private Occlusion found;

    HandsInFront(StatusLine status, Supplier<TryOnEngine> engine, Runnable changed) {
        this.status = status;
        this.engine = engine;
        toggle.addEventListener("change", event -> changed.run());
    }

    /** Whether the switch is on. */
    boolean isOn() {
        return toggle.isChecked();
    }

    /** Turns the switch on or off (a command in words); the caller redraws. */
    void setOn(boolean on) {
        toggle.setChecked(on);
    }

    /**
     * What is in front of {@code faces} in {@code photo} (photo load {@code load}) while the
     * switch is on, else nothing; found once a photo, said on the status line.
     */
    JSPromise<Occlusion> occluders(int load, ImageBitmap photo, List<Face> faces) {
        if (!toggle.isChecked() || faces.isEmpty()) {
            return JSPromise.resolve(null);
        }
        if (foundFor == load) {
            return JSPromise.resolve(found);
        }
        status.say("Looking for hands and hair in front of the faces…");
        return engine.get().occluders(photo, faces).then(occluders -> {
            foundFor = load;
            found = occluders;
            status.say(said(occluders));
            return occluders;
        }, error -> {
            status.sayError("Hands and hair could not be looked for: " + JsErrors.messageOf((JSObject) error));
            return null;
        });
    }

    private static String said(Occlusion occluders) {
        int hands = occluders == null ? 0 : occluders.hands;
        boolean hair = occluders != null && occluders.hair;
        String handPart = hands == 0 ? "No hand in front of a face"
                : hands == 1 ? "A hand is in front of a face: it is kept in front of the mask"
                : hands + " hands are in front of the faces: they are kept in front of the masks";
        return handPart + (hair ? "; hair beside the face is kept in front of the mask's loops and straps." : ".");
    }
}
