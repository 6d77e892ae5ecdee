package app.maskai.web.ui;

import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.pipeline.Face;
import app.maskai.core.session.PhotoSession;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.masks.MaskLibrary;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The person's choices for the photo on show, as the page shows them beyond the result itself:
 * the fit panel (the faces, the selected one's mask and adjustment), the selected face's mark
 * over the result, and the status line's summary of what the result shows. A click on the result
 * selects the face there; selecting says so.
 */
final class SessionView {
    private final PhotoSession<ImageBitmap> session;
    private final ResultView result;
    private final StatusLine status;
    private final Supplier<MaskLibrary> masks;
    private final FitPanel fitPanel;

    /** {@code onAdjust} gets the fit panel's changes to the selected face. */
    SessionView(PhotoSession<ImageBitmap> session, ResultView result, StatusLine status, Supplier<MaskLibrary> masks,
            Consumer<FitAdjustment> onAdjust) {
        this.session = session;
        this.result = result;
        this.status = status;
        this.masks = masks;
        this.fitPanel = new FitPanel(new FitPanel.Listener() {
            @Override
            public void selectFace(int index) {
                session.select(index);
            }

            @Override
            public void adjust(FitAdjustment adjustment) {
                onAdjust.accept(adjustment);
            }
        });
        session.listen(change -> {
            if (change == PhotoSession.Change.SELECTION) {
                showPanel();
                markSelected();
                status.say("Face " + (session.selected() + 1) + " of " + session.faces().size() + " selected.");
            } else if (change == PhotoSession.Change.DISCARDED) {
                fitPanel.hide();
            }
        });
    }

    /** The fit panel for the faces on show (hidden without any). */
    void showPanel() {
        if (session.faces().isEmpty()) {
            fitPanel.hide();
            return;
        }
        MaskLibrary.Entry photoMask = session.maskId() == null ? null : masks.get().find(session.maskId());
        fitPanel.show(session.faces().size(), session.selected(), session.adjustment(session.selected()),
                session.switchedOn(), masks.get(), photoMask != null ? photoMask.name : "none");
    }

    /** A dashed box around the selected face, when there is more than one to choose from. */
    void markSelected() {
        List<Face> faces = session.faces();
        ImageBitmap photo = session.photo();
        boolean choice = photo != null && faces.size() > 1;
        result.mark(choice ? faces.get(session.selected()) : null, choice ? photo.getWidth() : 1,
                choice ? photo.getHeight() : 1);
    }

    /** Says what the result shows (PhotoSession.summary); no face found is said as an error. */
    void announce() {
        String text = session.summary(id -> {
            MaskLibrary.Entry mask = masks.get().find(id);
            return mask == null ? null : mask.name;
        });
        if (session.faces().isEmpty()) {
            status.sayError(text);
        } else {
            status.say(text);
        }
    }

    /** A click on the result (fractions of its CSS width): selects the face there, focus on its chip. */
    void clicked(double x, double y) {
        ImageBitmap photo = session.photo();
        if (photo == null) {
            return;
        }
        int hit = session.faceAt(x * photo.getWidth(), y * photo.getWidth());
        if (hit >= 0) {
            session.select(hit);
            fitPanel.focusSelected();
        }
    }
}
