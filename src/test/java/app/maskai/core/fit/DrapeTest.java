package app.maskai.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.layout.FaceLayout;
import app.maskai.core.layout.RealLayout;
import app.maskai.core.mask.MaskSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DrapeTest {
    private static final FaceLayout LAYOUT = RealLayout.LAYOUT;
    private static final Drape DRAPE = new Drape(LAYOUT.canonical(), LAYOUT.faceTriangles());

    private static float depthAt(int landmark) {
        float[] c = LAYOUT.canonical();
        return DRAPE.depth(c[3 * landmark], c[3 * landmark + 1], c[3 * landmark + 2]);
    }

    @Test
    void theLipsAreSpannedFromTheNoseTipToTheChin() {
        // 13 upper lip's inner edge, 14 the lower's, 0 the upper lip's top, 164 under the nose.
        for (int lip : new int[] {13, 14, 0, 164}) {
            assertTrue(depthAt(lip) < -0.7, "landmark " + lip + " stands " + depthAt(lip) + " in front");
        }
        // The nose tip and the chin's front carry the drape: they do not move.
        assertEquals(0, depthAt(1), 1e-6);
        assertEquals(0, depthAt(175), 1e-6);
    }

    @Test
    void nothingAboveTheNoseBridgeMovesAndNothingMovesBack() {
        for (int above : new int[] {10, 151, 9, 107, 336}) {
            assertEquals(0, depthAt(above), 1e-6, "landmark " + above);
        }
        for (int i = 0; i < FaceLayout.LANDMARK_COUNT; i++) {
            assertTrue(depthAt(i) <= 0, "landmark " + i + " would move back");
        }
    }

    @Test
    void onAFaceTurnedSixtyDegreesTheLipsMoveTowardsTheNoseSide() {
        MaskSpec spec = MaskFitV2Test.wholeLayout(false);
        float[] face = turned(60, 10);
        float[] bare = new float[3 * 576];
        float[] draped = new float[3 * 576];
        MaskFit.vertices(spec, LAYOUT, face, FitAdjustment.NONE, bare);
        MaskFit.vertices(spec, LAYOUT, DRAPE, face, FitAdjustment.NONE, draped);
        // Turned about y by +60°: the forward axis (0, 0, −1) points to −x in the image.
        float[] offsets = DRAPE.offsets(spec);
        double yaw = Math.toRadians(60);
        int lip = 13;
        double ox = offsets[3 * lip];
        double oz = offsets[3 * lip + 2];
        double expectedShift = 10 * (Math.cos(yaw) * ox + Math.sin(yaw) * oz);
        assertEquals(expectedShift, draped[3 * lip] - bare[3 * lip], 1e-2);
        assertTrue(draped[3 * lip] - bare[3 * lip] < -7, "the lip moves towards the nose's side: "
                + (draped[3 * lip] - bare[3 * lip]) + " px");
    }

    @Test
    void onAFrontalFaceOnlyTheEaseMovesTheOutline() {
        MaskSpec spec = MaskFitV2Test.wholeLayout(false);
        float[] face = turned(0, 10);
        float[] bare = new float[3 * 576];
        float[] draped = new float[3 * 576];
        MaskFit.vertices(spec, LAYOUT, face, FitAdjustment.NONE, bare);
        MaskFit.vertices(spec, LAYOUT, DRAPE, face, FitAdjustment.NONE, draped);
        for (int v = 0; v < 576; v++) {
            double moved = Math.hypot(draped[3 * v] - bare[3 * v], draped[3 * v + 1] - bare[3 * v + 1]);
            assertTrue(moved <= 10 * Drape.EASE + 1e-3, "vertex " + v + " moved " + moved + " px in the image");
        }
    }

    @Test
    void eachMasksOffsetsAreComputedOnce() {
        MaskSpec spec = MaskFitV2Test.wholeLayout(true);
        assertSame(DRAPE.offsets(spec), DRAPE.offsets(spec));
    }

    /** The canonical landmarks turned by {@code degrees} about y (towards −x for positive), scaled to pixels. */
    private static float[] turned(double degrees, double scale) {
        float[] c = Arrays.copyOf(LAYOUT.canonical(), 3 * 468);
        double yaw = Math.toRadians(degrees);
        float[] out = new float[c.length];
        for (int i = 0; i < 468; i++) {
            double x = c[3 * i];
            double y = c[3 * i + 1];
            double z = c[3 * i + 2];
            out[3 * i] = (float) (200 + scale * (Math.cos(yaw) * x + Math.sin(yaw) * z));
            out[3 * i + 1] = (float) (200 + scale * y);
            out[3 * i + 2] = (float) (scale * (-Math.sin(yaw) * x + Math.cos(yaw) * z));
        }
        return out;
    }
}
