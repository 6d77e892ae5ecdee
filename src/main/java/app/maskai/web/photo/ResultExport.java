package app.maskai.web.photo;

import app.maskai.core.session.PhotoSession;
import app.maskai.core.settings.ImageQuality;
import app.maskai.web.dom.ImageBitmap;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Download and Share of the result (#result), encoded as the image-quality setting says: PNG, or
 * JPEG at high or medium quality. The canvas encoder writes pixels only, so a saved or shared
 * file never carries the photo's EXIF (camera, GPS): nothing of the input file is copied.
 *
 * <p>Share (#share) uses the Web Share API with a file, shown only where the browser says it can
 * share image files ({@code navigator.canShare({files})}); where it then refuses a particular
 * file, the result is downloaded instead. Share and Compare are enabled exactly when Download is
 * (the page's ResultView enables them together); Compare ends when the photo changes or goes.
 */
public final class ResultExport {
    private final HTMLDocument document = HTMLDocument.current();
    private final PhotoSession<ImageBitmap> session;
    private final HTMLElement canvas = document.getElementById("result");
    private final HTMLElement download = document.getElementById("download");
    private final HTMLElement share = document.getElementById("share");
    private final Say status;
    private final Compare compare;
    private ImageQuality quality = ImageQuality.DEFAULT;

    public ResultExport(PhotoSession<ImageBitmap> session, Say status) {
        this.session = session;
        this.status = status;
        this.compare = new Compare(session, status);
        if (share != null) {
            share.setHidden(!SaveAndShare.canShareImages());
            share.addEventListener("click", event -> share());
        }
        // Another photo, or none: the comparison of the one before ends.
        session.listen(change -> {
            if (change == PhotoSession.Change.SHOWN || change == PhotoSession.Change.DISCARDED) {
                compare.off();
            }
        });
    }

    /** The image-quality setting; the Download button names the format. */
    public void useQuality(ImageQuality quality) {
        this.quality = quality;
        download.setInnerText("Download " + quality.label());
    }

    public ImageQuality quality() {
        return quality;
    }

    /** Saves the result under the session's name for it, with the format's extension. */
    public void download() {
        String name = session.resultName();
        if (name == null) {
            return;
        }
        String file = name + "." + quality.extension;
        SaveAndShare.encodeAndSave(canvas, quality.mimeType, quality.quality, file, false, this::settled);
    }

    private void share() {
        String name = session.resultName();
        if (name == null) {
            return;
        }
        SaveAndShare.encodeAndSave(canvas, quality.mimeType, quality.quality, name + "." + quality.extension, true, this::settled);
    }

    private void settled(String what, String detail) {
        switch (what) {
            case "saved":
                say("Saved " + detail + ".", false);
                break;
            case "shared":
                say("Shared " + detail + ".", false);
                break;
            case "cancelled":
                say("Sharing was cancelled. Nothing was sent.", false);
                break;
            default:
                say("The result could not be saved: " + detail, true);
        }
    }

    private void say(String message, boolean error) {
        status.say(message, error);
    }
}
