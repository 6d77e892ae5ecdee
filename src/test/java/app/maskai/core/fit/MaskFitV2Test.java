package app.maskai.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.layout.FaceLayout;
import app.maskai.core.layout.RealLayout;
import app.maskai.core.mask.MaskPart;
import app.maskai.core.mask.MaskSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MaskFitV2Test {
    private static final FaceLayout LAYOUT = RealLayout.LAYOUT;

    /**
     * The whole extended layout as one mask: vertices 0..467 on their landmarks, 468..575 the
     * rings as extra vertices; the face triangles form a part (rigid or not), the rings another.
     */
    static MaskSpec wholeLayout(boolean rigidFace) {
        int[] landmarks = new int[468];
        for (int i = 0; i < 468; i++) {
            landmarks[i] = i;
        }
        int extras = 576 - 468;
        int[][] terms = new int[extras][];
        float[][] weights = new float[extras][];
        for (int e = 0; e < extras; e++) {
            terms[e] = FaceLayout.termsOf(468 + e);
            weights[e] = FaceLayout.weightsOf(468 + e);
        }
        int[] all = LAYOUT.triangles();
        int[] face = LAYOUT.faceTriangles();
        int[] rings = Arrays.copyOfRange(all, face.length, all.length);
        return new MaskSpec("whole", "Whole", "custom", "w.png", "w.thumb.png", 1f,
                MaskSpec.BLEND_NORMAL, 1f, landmarks, terms, weights, LAYOUT.textureUv(),
                new MaskPart[] {new MaskPart("face", rigidFace, face),
                        new MaskPart("rings", false, rings)});
    }

    private static float[] canonical468() {
        return Arrays.copyOf(LAYOUT.canonical(), 3 * 468);
    }

    @Test
    void extraVerticesFollowAnyAffineMapOfTheLandmarks() {
        MaskSpec spec = wholeLayout(false);
        float[] landmarks = canonical468();
        float[] before = new float[3 * 576];
        MaskFit.vertices(spec, landmarks, before);
        // x' = A x + t with a shear and unequal scales: not a similarity.
        double[] a = {1.3, 0.4, -0.2, -0.3, 0.9, 0.1, 0.05, 0.2, 1.1};
        double[] t = {4, -3, 2};
        float[] moved = affine(landmarks, a, t);
        float[] after = new float[3 * 576];
        MaskFit.vertices(spec, moved, after);
        float[] expected = affine(before, a, t);
        for (int i = 0; i < after.length; i++) {
            assertEquals(expected[i], after[i], 1e-4, "value " + i);
        }
    }

    @Test
    void extraVerticesMatchTheLayoutsRingFormula() {
        MaskSpec spec = wholeLayout(false);
        float[] landmarks = canonical468();
        float[] dest = new float[3 * 576];
        MaskFit.vertices(spec, landmarks, dest);
        for (int i = 0; i < dest.length; i++) {
            assertEquals(LAYOUT.canonical()[i], dest[i], 1e-5, "value " + i);
        }
    }

    private static float[] affine(float[] points, double[] a, double[] t) {
        float[] out = new float[points.length];
        for (int i = 0; i < points.length; i += 3) {
            for (int r = 0; r < 3; r++) {
                out[i + r] = (float) (a[3 * r] * points[i] + a[3 * r + 1] * points[i + 1]
                        + a[3 * r + 2] * points[i + 2] + t[r]);
            }
        }
        return out;
    }

    @Test
    void rigidPartsRecoverAKnownSimilarity() {
        double[] r = SimilarityFitTest.rotation(0.6, 0.8, 0, 0.35);
        float[] face = SimilarityFitTest.transform(canonical468(), 21.5, r, 320, 240, 15);
        float[] dest = new float[3 * 576];
        MaskFit.vertices(wholeLayout(true), LAYOUT, face, FitAdjustment.NONE, dest);
        float[] expected = SimilarityFitTest.transform(LAYOUT.canonical(), 21.5, r, 320, 240, 15);
        for (int i = 0; i < dest.length; i++) {
            assertEquals(expected[i], dest[i], 1e-3, "value " + i);
        }
    }

    @Test
    void anOpenMouthLeavesRigidVerticesWhereTheyWere() {
        MaskSpec spec = wholeLayout(true);
        float[] canonical = canonical468();
        float[] face = SimilarityFitTest.transform(canonical, 20, SimilarityFitTest.rotation(0, 0, 1,
                0.1), 300, 300, 0);
        float[] open = face.clone();
        float underNose = canonical[3 * 2 + 1];
        int moved = 0;
        for (int i = 0; i < 468; i++) {
            if (canonical[3 * i + 1] > underNose) {
                open[3 * i + 1] += 30; // the jaw drops 30 px
                moved++;
            }
        }
        assertTrue(moved > 100, "the jaw and lips move: " + moved);
        for (int stable : MaskFit.STABLE_LANDMARKS) {
            assertTrue(canonical[3 * stable + 1] < underNose, "stable landmark " + stable);
        }
        float[] closedFit = new float[3 * 576];
        float[] openFit = new float[3 * 576];
        MaskFit.vertices(spec, LAYOUT, face, null, closedFit);
        MaskFit.vertices(spec, LAYOUT, open, null, openFit);
        int rigid = 0;
        for (int v = 0; v < 468; v++) {
            if (!spec.isRigid(v)) {
                continue; // the oval, shared with the flexible rings
            }
            rigid++;
            for (int c = 0; c < 3; c++) {
                assertEquals(closedFit[3 * v + c], openFit[3 * v + c], 1e-3, "vertex " + v);
            }
        }
        assertEquals(468 - 36, rigid, "every landmark vertex but the oval's is rigid");
        // The rings are not rigid: the lower ones follow the jaw.
        int ovalMoved = 0;
        for (int o : FaceLayout.FACE_OVAL) {
            ovalMoved += canonical[3 * o + 1] > underNose ? 1 : 0;
        }
        int chinRing = FaceLayout.ringVertex(0, 18);
        assertEquals(closedFit[3 * chinRing + 1] + 30 * (1.15 - 0.15 * ovalMoved / 36),
                openFit[3 * chinRing + 1], 1e-3);
    }

    @Test
    void withoutALayoutRigidPartsFollowTheirLandmarks() {
        MaskSpec spec = wholeLayout(true);
        float[] face = SimilarityFitTest.transform(canonical468(), 20, SimilarityFitTest.rotation(0,
                0, 1, 0.1), 300, 300, 0);
        face[3 * 13 + 1] += 25;
        float[] dest = new float[3 * 576];
        MaskFit.vertices(spec, null, face, FitAdjustment.NONE, dest);
        assertEquals(face[3 * 13 + 1], dest[3 * 13 + 1], 0f);
        MaskFit.vertices(spec, LAYOUT, face, FitAdjustment.NONE, dest);
        assertTrue(Math.abs(face[3 * 13 + 1] - dest[3 * 13 + 1]) > 20);
    }

    /** Landmarks of an upright face: eyes 33 (100, 100) and 263 (140, 100), 10 above 152. */
    private static float[] uprightFace(boolean mirroredVertically) {
        float[] lm = new float[1404];
        set(lm, 33, 100, 100);
        set(lm, 263, 140, 100);
        set(lm, 10, 120, mirroredVertically ? 180 : 60);
        set(lm, 152, 120, mirroredVertically ? 60 : 180);
        set(lm, 1, 110, 130);
        set(lm, 2, 130, 130);
        set(lm, 3, 120, 160);
        return lm;
    }

    private static void set(float[] lm, int i, float x, float y) {
        lm[3 * i] = x;
        lm[3 * i + 1] = y;
    }

    private static MaskSpec triangle() {
        return new MaskSpec("t", "T", "custom", "t.png", "t.thumb.png", 1f, new int[] {1, 2, 3},
                new float[6], new int[] {0, 1, 2});
    }

    @Test
    void scalesAboutTheCentroid() {
        float[] dest = new float[9];
        MaskFit.vertices(triangle(), null, uprightFace(false), FitAdjustment.NONE.withScale(2f),
                dest);
        // Centroid (120, 140).
        assertEquals(100, dest[0], 1e-4);
        assertEquals(120, dest[1], 1e-4);
        assertEquals(140, dest[3], 1e-4);
        assertEquals(120, dest[4], 1e-4);
        assertEquals(120, dest[6], 1e-4);
        assertEquals(180, dest[7], 1e-4);
    }

    @Test
    void rotatesClockwiseOnScreenAboutTheCentroid() {
        float[] dest = new float[9];
        MaskFit.vertices(triangle(), null, uprightFace(false), FitAdjustment.NONE.withRotation(30f),
                dest);
        // Vertex 3 is 20 px below the centroid; +30 degrees turns +x towards +y, so "below" swings
        // towards -x.
        double a = Math.toRadians(30);
        assertEquals(120 - 20 * Math.sin(a), dest[6], 1e-4);
        assertEquals(140 + 20 * Math.cos(a), dest[7], 1e-4);
    }

    @Test
    void shiftsAlongTheFacesDownAxisInInterOcularDistances() {
        float[] dest = new float[9];
        MaskFit.vertices(triangle(), null, uprightFace(false), FitAdjustment.NONE.withOffsetY(0.5f),
                dest);
        assertEquals(110, dest[0], 1e-4);
        assertEquals(130 + 20, dest[1], 1e-4); // half of 40 px, towards the chin
        MaskFit.vertices(triangle(), null, uprightFace(true), FitAdjustment.NONE.withOffsetY(0.5f),
                dest);
        assertEquals(130 - 20, dest[1], 1e-4); // the chin is above: down the face is up
    }

    @Test
    void leavesVerticesAloneWithNoAdjustment() {
        float[] dest = new float[9];
        MaskFit.vertices(triangle(), null, uprightFace(false),
                FitAdjustment.NONE.withOpacity(0.3f).withMaskId("other"), dest);
        assertEquals(110, dest[0], 0f);
        assertEquals(130, dest[1], 0f);
    }
}
