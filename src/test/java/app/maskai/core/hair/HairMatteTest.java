package app.maskai.core.hair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.layout.FaceLayout;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A head drawn by numbers: an oval face of skin, hair around it, ears of skin beside it, strands
 * of hair hanging over the ears, a background that is not the person's.
 */
class HairMatteTest {
    static final int SIZE = 160;
    static final float CX = 80;
    static final float CY = 80;
    static final float RX = 30;
    static final float RY = 42;
    static final int[] SKIN = {205, 152, 118};
    static final int[] HAIR = {62, 42, 28};
    static final int[] BACKGROUND = {120, 132, 146};

    final byte[] rgba = new byte[4 * SIZE * SIZE];
    final float[] person = new float[SIZE * SIZE];
    final boolean[] strand = new boolean[SIZE * SIZE];
    final boolean[] ear = new boolean[SIZE * SIZE];
    final boolean[] hair = new boolean[SIZE * SIZE];
    final float[] landmarks = new float[LandmarkModel.MESH_VALUES];

    HairMatteTest() {
        Random random = new Random(7);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int i = y * SIZE + x;
                double face = sq((x + 0.5 - CX) / RX) + sq((y + 0.5 - CY) / RY);
                double head = sq((x + 0.5 - CX) / (RX + 16)) + sq((y + 0.5 - CY + 10) / (RY + 14));
                boolean isEar = Math.abs(Math.abs(x + 0.5 - CX) - RX - 5) < 6 && Math.abs(y + 0.5 - CY) < 12;
                int[] colour;
                if (face <= 1 || isEar) {
                    colour = SKIN;
                    person[i] = 1;
                    ear[i] = isEar && face > 1;
                } else if (head <= 1 && y < CY + 20) {
                    colour = HAIR;
                    person[i] = 1;
                } else if (y > CY + RY - 4 && Math.abs(x - CX) < 40) {
                    colour = SKIN; // the neck and below
                    person[i] = 1;
                } else {
                    colour = BACKGROUND;
                }
                // Strands hanging over the ears' upper half: every third column beside the face.
                if (face > 1.05 && Math.abs(x + 0.5 - CX) > RX + 3 && Math.abs(x + 0.5 - CX) < RX + 12
                        && x % 3 == 0 && y < CY - 2 && y > CY - 40) {
                    colour = HAIR;
                    person[i] = 1;
                    strand[i] = true;
                }
                hair[i] = colour == HAIR;
                for (int c = 0; c < 3; c++) {
                    rgba[4 * i + c] = (byte) Math.max(0, Math.min(255, colour[c] + random.nextInt(11) - 5));
                }
                rgba[4 * i + 3] = (byte) 255;
            }
        }
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            set(i, CX, CY); // the face's inner points, bar those set below, at its middle
        }
        int corners = FaceLayout.FACE_OVAL.length;
        for (int j = 0; j < corners; j++) {
            double angle = 2 * Math.PI * j / corners;
            landmarks[3 * FaceLayout.FACE_OVAL[j]] = (float) (CX + RX * Math.sin(angle));
            landmarks[3 * FaceLayout.FACE_OVAL[j] + 1] = (float) (CY - RY * Math.cos(angle));
        }
        set(HairMatte.RIGHT_EYE_OUTER, CX - 18, CY - 12);
        set(HairMatte.LEFT_EYE_OUTER, CX + 18, CY - 12);
        set(HairMatte.RIGHT_MOUTH, CX - 10, CY + 20);
        set(HairMatte.LEFT_MOUTH, CX + 10, CY + 20);
        set(HairMatte.CHIN, CX, CY + 20 + 2 * 10);
    }

    void set(int index, float x, float y) {
        landmarks[3 * index] = x;
        landmarks[3 * index + 1] = y;
    }

    static double sq(double v) {
        return v * v;
    }

    byte[] matte() {
        return HairMatte.matte(rgba, SIZE, SIZE, person, SIZE, 0, 0, SIZE, landmarks);
    }

    @Test
    void strandsOverTheEarsAreInFrontAndTheEarsSkinIsNot() {
        byte[] alpha = matte();
        int strands = 0;
        int strandsKept = 0;
        int ears = 0;
        int earsTaken = 0;
        for (int y = (int) (CY - 12); y < CY + 30; y++) {
            for (int x = 1; x < SIZE - 1; x++) {
                int i = y * SIZE + x;
                if (strand[i]) {
                    strands++;
                    strandsKept += (alpha[i] & 0xFF) >= 128 ? 1 : 0;
                } else if (ear[i] && !nearHair(x, y)) {
                    ears++;
                    earsTaken += (alpha[i] & 0xFF) >= 128 ? 1 : 0;
                }
            }
        }
        assertTrue(strands > 50 && ears > 50, strands + " strand and " + ears + " ear pixels drawn");
        assertTrue(strandsKept >= 0.9 * strands, strandsKept + " of " + strands + " strand pixels in front");
        assertTrue(earsTaken <= 0.05 * ears, earsTaken + " of " + ears + " ear pixels taken for hair");
    }

    /** Hair within two pixels (the matte grows by one and is softened by one). */
    boolean nearHair(int x, int y) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int xx = Math.min(SIZE - 1, Math.max(0, x + dx));
                int yy = Math.min(SIZE - 1, Math.max(0, y + dy));
                if (hair[yy * SIZE + xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void nothingInsideTheFaceAboveTheEyesBelowTheChinOrOffThePersonIsInFront() {
        byte[] alpha = matte();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int i = y * SIZE + x;
                double face = sq((x + 0.5 - CX) / (RX - 3)) + sq((y + 0.5 - CY) / (RY - 3));
                boolean outsideBand = y < CY - 12 - 0.25 * 36 - 3 || y > CY + 30 + 2;
                boolean nearPerson = false;
                for (int d = -2; d <= 2; d++) {
                    for (int e = -2; e <= 2; e++) {
                        int xx = Math.min(SIZE - 1, Math.max(0, x + d));
                        int yy = Math.min(SIZE - 1, Math.max(0, y + e));
                        nearPerson |= person[yy * SIZE + xx] > 0;
                    }
                }
                if (face < 1 || outsideBand || !nearPerson) {
                    assertEquals(0, alpha[i], "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void theSegmentationIsReadThroughItsSquare() {
        // The same segmentation on a raster of half the size over the same square reads the same.
        float[] half = new float[(SIZE / 2) * (SIZE / 2)];
        for (int y = 0; y < SIZE / 2; y++) {
            for (int x = 0; x < SIZE / 2; x++) {
                half[y * (SIZE / 2) + x] = person[(2 * y) * SIZE + 2 * x];
            }
        }
        assertEquals(1f, HairMatte.person(half, SIZE / 2, 0, 0, SIZE, CX, 40), 1e-6f);
        assertEquals(0f, HairMatte.person(half, SIZE / 2, 0, 0, SIZE, 2, 2), 1e-6f);
        assertEquals(0f, HairMatte.person(half, SIZE / 2, 10, 10, 20, 100, 100), 0f);
    }

    @Test
    void badShapesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> HairMatte.matte(new byte[4], SIZE, SIZE, person, SIZE, 0, 0, SIZE, landmarks));
        assertThrows(IllegalArgumentException.class,
                () -> HairMatte.matte(rgba, SIZE, SIZE, new float[4], SIZE, 0, 0, SIZE, landmarks));
        assertThrows(IllegalArgumentException.class,
                () -> HairMatte.matte(rgba, SIZE, SIZE, person, SIZE, 0, 0, SIZE, new float[9]));
    }

    @Test
    void theWholeHeadsHairIsFoundForRecolouringAndNotTheFaceTheEarsOrTheBackground() {
        for (int side = 0; side < 2; side++) {
            int[] points = HairMatte.EYES_AND_BROWS[side];
            for (int k = 0; k < points.length; k++) {
                float x = 8 + 16f * k / (points.length - 1);
                set(points[k], side == 0 ? CX - x - 4 : CX + x + 4, k % 2 == 0 ? CY - 10 : CY - 18);
            }
        }
        set(HairMatte.RIGHT_BROW, CX - 14, CY - 18);
        set(HairMatte.LEFT_BROW, CX + 14, CY - 18);
        byte[] alpha = HairMatte.head(rgba, SIZE, SIZE, person, SIZE, 0, 0, SIZE, landmarks);
        int hairFound = 0;
        int hairPixels = 0;
        int wrong = 0;
        int others = 0;
        for (int y = 2; y < SIZE - 2; y++) {
            for (int x = 2; x < SIZE - 2; x++) {
                int i = y * SIZE + x;
                // Away from edges (the matte is grown by a pixel and softened by another).
                boolean edge = false;
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        edge |= hair[i + dy * SIZE + dx] != hair[i];
                    }
                }
                if (edge) {
                    continue;
                }
                if (hair[i]) {
                    hairPixels++;
                    hairFound += (alpha[i] & 0xFF) > 128 ? 1 : 0;
                } else {
                    others++;
                    wrong += (alpha[i] & 0xFF) > 0 ? 1 : 0;

                }
            }
        }
        assertTrue(hairFound > 0.95 * hairPixels, hairFound + " of " + hairPixels + " hair pixels");
        assertEquals(0, wrong, "of " + others + " skin, ear and background pixels");
    }
}
