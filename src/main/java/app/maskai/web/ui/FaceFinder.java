package app.maskai.web.ui;

import app.maskai.core.session.PhotoSession;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.tryon.TryOnEngine;
import java.util.function.Supplier;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.file.File;

/**
 * Takes each photo the person gives (a chosen or pasted file, a camera still) through reading and
 * face finding into the photo session, ready to draw, saying each step; a photo replaced or
 * discarded meanwhile is dropped and its bitmap closed.
 */
final class FaceFinder {
    private final PhotoSession<ImageBitmap> session;
    private final ResultView result;
    private final StatusLine status;
    /** The try-on flow, null until the models are in. */
    private final Supplier<TryOnEngine> engine;

    FaceFinder(PhotoSession<ImageBitmap> session, ResultView result, StatusLine status, Supplier<TryOnEngine> engine) {
        this.session = session;
        this.result = result;
        this.status = status;
        this.engine = engine;
    }

    /** A photo file: read, its faces found, shown. */
    void open(File file) {
        if (engine.get() == null) {
            status.say("Please wait: the face models are still loading.");
            return;
        }
        int load = session.load(file.getName());
        result.busy(true);
        status.say("Reading " + file.getName() + "…");
        TryOnEngine.decode(file, "This photo").flatThen(bitmap -> {
            if (!session.isCurrent(load)) {
                bitmap.close();
                return null;
            }
            return find(bitmap, load);
        }).catchError(error -> failed(load, error));
    }

    /** A still from the camera: the photo path from face finding on. */
    void openCapture(ImageBitmap bitmap, String name) {
        int load = session.load(name);
        result.busy(true);
        find(bitmap, load);
    }

    /** The photo on show, its faces found again (the fitting sensitivity changed). */
    void findAgain() {
        if (!session.hasPhoto() || engine.get() == null) {
            return;
        }
        int load = session.findAgain();
        result.busy(true);
        status.say("Finding faces again…");
        engine.get().detect(session.photo()).then(detection -> {
            // Refused when another photo came, or this one was discarded, meanwhile.
            if (session.refound(load, detection.faces)) {
                Diagnostics.detected(detection);
            }
            return null;
        }, error -> failed(load, error));
    }

    private JSPromise<Object> find(ImageBitmap bitmap, int load) {
        status.say("Finding faces…");
        return engine.get().detect(bitmap).flatThen(detection -> {
            if (!session.isCurrent(load)) {
                bitmap.close();
                return JSPromise.resolve(null);
            }
            Diagnostics.detected(detection);
            return result.renderer() == null ? JSPromise.resolve(new TryOnEngine.Drawable(bitmap, detection.faces))
                    : TryOnEngine.drawable(result.renderer(), bitmap, detection.faces);
        }).then(drawable -> {
            if (drawable != null) {
                session.show(load, drawable.photo, drawable.faces, drawable.reductionNote());
            }
            return null;
        }, error -> {
            bitmap.close();
            return failed(load, error);
        });
    }

    private Object failed(int load, Object error) {
        if (session.isCurrent(load)) {
            result.busy(false);
            status.sayError(JsErrors.messageOf((JSObject) error));
        }
        return null;
    }
}
