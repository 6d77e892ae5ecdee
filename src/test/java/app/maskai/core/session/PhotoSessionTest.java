package app.maskai.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.pipeline.Face;
import app.maskai.core.session.PhotoSession.Change;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhotoSessionTest {
    private final List<String> released = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final PhotoSession<String> session = new PhotoSession<>(released::add);
    private static final Map<String, String> NAMES = Map.of("blue", "Surgical, blue", "gold", "Gold", "lace", "Lace");

    PhotoSessionTest() {
        session.listen(changes::add);
    }

    /** A face whose landmarks span the box (x, y)–(x + size, y + size). */
    private static Face face(float x, float y, float size) {
        float[] landmarks = {x, y, 0, x + size, y + size, 0};
        return new Face(0.9f, 1f, landmarks, 0);
    }

    @Test
    void showsTheLatestLoadAndReleasesWhatItReplaces() {
        int first = session.load("a.jpg");
        int second = session.load("b.jpg");
        assertFalse(session.isCurrent(first));
        assertFalse(session.show(first, "photo a", List.of(face(0, 0, 10)), null), "a stale load is refused");
        assertEquals(List.of("photo a"), released, "and its photo released");
        assertTrue(session.show(second, "photo b", List.of(face(0, 0, 10)), null));
        assertSame("photo b", session.photo());
        int third = session.load("c.jpg");
        assertTrue(session.show(third, "photo c", List.of(), null));
        assertEquals(List.of("photo a", "photo b"), released);
        assertEquals(List.of(Change.LOADING, Change.LOADING, Change.SHOWN, Change.LOADING, Change.SHOWN), changes);
    }

    @Test
    void discardReleasesThePhotoForgetsItsFacesAndMakesALoadUnderWayStale() {
        session.chooseMask("blue");
        int load = session.load("a.jpg");
        session.show(load, "photo a", List.of(face(0, 0, 10), face(20, 0, 10)), "note");
        session.select(1);
        int pending = session.load("b.jpg");
        session.discard();
        assertFalse(session.hasPhoto());
        assertEquals(List.of(), session.faces());
        assertNull(session.reductionNote());
        assertNull(session.resultName());
        assertEquals(List.of("photo a"), released);
        assertFalse(session.show(pending, "photo b", List.of(), null));
        assertEquals(List.of("photo a", "photo b"), released);
        assertTrue(session.everLoaded());
        assertEquals(Change.DISCARDED, changes.get(changes.size() - 1));
    }

    @Test
    void eachFaceFollowsThePhotosMaskUntilItHasItsOwn() {
        session.chooseMask("blue");
        session.show(session.load("a.jpg"), "p", List.of(face(0, 0, 10), face(20, 0, 10)), null);
        assertEquals("blue", session.maskOf(0, NAMES::containsKey));
        session.select(1);
        session.adjust(FitAdjustment.NONE.withMaskId("gold"));
        assertEquals("blue", session.maskOf(0, NAMES::containsKey));
        assertEquals("gold", session.maskOf(1, NAMES::containsKey));
        assertEquals("blue", session.maskOf(1, id -> !id.equals("gold")), "an own mask no longer known");
        session.chooseMask("lace");
        assertEquals("lace", session.maskOf(0, NAMES::containsKey));
        assertEquals("gold", session.maskOf(1, NAMES::containsKey));
    }

    @Test
    void aNewPhotoOrFindingFacesAgainResetsTheChoices() {
        int load = session.load("a.jpg");
        session.show(load, "p", List.of(face(0, 0, 10), face(20, 0, 10)), null);
        session.select(1);
        session.adjust(FitAdjustment.NONE.withEnabled(false));
        assertEquals(1, session.selected());
        assertTrue(session.refound(load, List.of(face(0, 0, 10), face(20, 0, 10), face(40, 0, 10))));
        assertEquals(0, session.selected());
        assertTrue(Arrays.equals(new boolean[] {true, true, true}, session.switchedOn()));
        session.discard();
        assertFalse(session.refound(load, List.of()), "nothing to find faces on");
    }

    @Test
    void masksChangedDropsOwnMasksThatAreGoneAndKeepsOrPicksThePhotosMask() {
        session.chooseMask("blue");
        session.show(session.load("a.jpg"), "p", List.of(face(0, 0, 10)), null);
        session.adjust(FitAdjustment.NONE.withMaskId("gold").withScale(1.2f));
        session.masksChanged(List.of("blue", "lace"), null);
        assertNull(session.adjustment(0).maskId, "gold is gone");
        assertEquals(1.2f, session.adjustment(0).scale, "the rest of the adjustment stays");
        assertEquals("blue", session.maskId());
        session.masksChanged(List.of("blue", "lace"), "lace");
        assertEquals("lace", session.maskId());
        session.masksChanged(List.of("blue"), "gone");
        assertEquals("blue", session.maskId(), "the photo's mask gone: the first known");
    }

    @Test
    void summarySaysTheFacesTheMaskAndEachFaceThatDiffers() {
        session.chooseMask("blue");
        session.show(session.load("a.jpg"), "p", List.of(face(0, 0, 10)), null);
        assertEquals("Found 1 face. Mask: Surgical, blue.", session.summary(NAMES::get));
        session.adjust(FitAdjustment.NONE.withEnabled(false));
        assertEquals("Found 1 face. Mask: Surgical, blue. The face: mask off.", session.summary(NAMES::get));

        session.show(session.load("b.jpg"), "q", List.of(face(0, 0, 10), face(20, 0, 10), face(40, 0, 10)),
                "The photo is 9000×6000; it was made smaller.");
        session.select(1);
        session.adjust(FitAdjustment.NONE.withMaskId("gold"));
        session.select(2);
        session.adjust(FitAdjustment.NONE.withMaskId("blue"));
        assertEquals("Found 3 faces. Mask: Surgical, blue. Face 2: Gold. The photo is 9000×6000; it was made smaller.",
                session.summary(NAMES::get));
        session.chooseMask(null);
        assertEquals("Found 3 faces. Mask: none. Face 2: Gold. Face 3: Surgical, blue. The photo is 9000×6000; it was made"
                + " smaller.", session.summary(NAMES::get));

        session.show(session.load("c.jpg"), "r", List.of(), null);
        assertEquals("No face found in this photo. Try one where the face is clearly visible and not covered.",
                session.summary(NAMES::get));
    }

    @Test
    void hitTestingPicksTheSmallestFaceWhoseWidenedBoxHoldsThePoint() {
        session.show(session.load("a.jpg"), "p", List.of(face(0, 0, 100), face(40, 40, 20)), null);
        assertEquals(1, session.faceAt(50, 50), "the small face in front");
        assertEquals(0, session.faceAt(10, 10));
        assertEquals(0, session.faceAt(-14, 50), "within 15 % of the width outside");
        assertEquals(-1, session.faceAt(-16, 50));
        assertEquals(-1, session.faceAt(500, 500));
    }

    @Test
    void selectionOutOfRangeChangesNothing() {
        session.show(session.load("a.jpg"), "p", List.of(face(0, 0, 10)), null);
        changes.clear();
        session.select(3);
        session.select(-1);
        assertEquals(0, session.selected());
        assertEquals(List.of(), changes);
    }

    @Test
    void resultNameIsTheSafePhotoNameAndTheMask() {
        session.chooseMask("blue");
        session.show(session.load("Holiday photo (1).JPG"), "p", List.of(), null);
        assertEquals("Holiday-photo--1--maskai-blue", session.resultName());
        assertEquals("photo", PhotoSession.baseName(""));
        assertEquals("-hidden", PhotoSession.baseName(".hidden"), "a leading dot is no extension");
        assertEquals("photo", PhotoSession.baseName(null));
        assertEquals(60, PhotoSession.baseName("x".repeat(100) + ".png").length());
    }
}
