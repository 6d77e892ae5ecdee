package app.maskai.core.hair;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.mask.Catalogue;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.mask.MaskSpecException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hairstyle overlays' metadata, list, fit, light and what lies behind the hair. */
class HairstyleTest {
    private static final float[] ANCHORS = {395.98f, 490.48f, 628.02f, 490.48f, 512, 344.41f, 512, 805.39f, 312,
        542.43f, 712, 542.43f};

    private static HairstyleSpec bob() {
        return new HairstyleSpec("bob", "Sleek bob", "bob.png", "bob.thumb.png", 1024, 1024, ANCHORS.clone(), 0.31f);
    }

    /** Landmarks with the anchors moved by a similarity: x' = a x − b y + tx, y' = b x + a y + ty. */
    private static float[] moved(float a, float b, float tx, float ty) {
        float[] lm = new float[3 * LandmarkModel.POINTS];
        int[] index = HairstyleSpec.ANCHOR_LANDMARKS;
        for (int i = 0; i < index.length; i++) {
            float u = ANCHORS[2 * i];
            float v = ANCHORS[2 * i + 1];
            lm[3 * index[i]] = a * u - b * v + tx;
            lm[3 * index[i] + 1] = b * u + a * v + ty;
        }
        return lm;
    }

    @Test
    void metadataReadsBackAsWritten() throws MaskSpecException {
        HairstyleSpec spec = HairstyleSpec.parse(bob().toJson(), "bob.json");
        assertEquals("bob", spec.id);
        assertEquals("Sleek bob", spec.name);
        assertEquals("bob.png", spec.image);
        assertEquals(1024, spec.width);
        assertEquals(0.31f, spec.luma, 1e-4);
        assertArrayEquals(ANCHORS, spec.anchors, 0.006f);
    }

    @Test
    void badMetadataIsRefusedSayingWhy() {
        String good = bob().toJson();
        String[][] cases = {
            {good.replace("\"bob\",", "\"Bob!\","), "id \"Bob!\""},
            {good.replace("\"luma\": 0.31", "\"luma\": 0"), "luma = 0.0 is outside (0, 1]"},
            {good.replace("\"width\": 1024", "\"width\": 99999"), "width = 99999 is outside"},
            {good.replace("[395.98, ", "["), "anchors must hold 12 numbers"},
            {good.replace("[395.98, ", "[2000, "), "anchors[0] lies outside the 1024 × 1024 picture"},
            {good.replace("\"image\": \"bob.png\"", "\"image\": \"../bob.png\""), "image"},
            {good.replace("\"schema\": \"maskai.hairstyle\"", "\"schema\": \"maskai.mask\""), "schema"},
            {good.replace("\"luma\"", "\"colour\": 1, \"luma\""), "colour"},
        };
        for (String[] c : cases) {
            MaskSpecException e = assertThrows(MaskSpecException.class, () -> HairstyleSpec.parse(c[0], "bob.json"),
                    c[1]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage() + " should say " + c[1]);
            assertTrue(e.getMessage().contains("bob.json"), e.getMessage());
        }
    }

    @Test
    void theListReadsBackAndRefusesARepeatedId() throws MaskSpecException {
        String json = HairstyleManifest.write(List.of(bob()));
        List<Catalogue.Item> items = HairstyleManifest.parse(json, "hairstyles.json");
        assertEquals(1, items.size());
        assertEquals("bob.json", items.get(0).file);
        assertEquals("bob.thumb.png", items.get(0).thumbnail);
        String twice = HairstyleManifest.write(List.of(bob(), bob()));
        MaskSpecException e = assertThrows(MaskSpecException.class, () -> HairstyleManifest.parse(twice, "h.json"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }

    @Test
    void onAFrontalFaceTheFitIsTheSimilarityThatMovedTheAnchors() {
        double angle = Math.toRadians(12);
        float scale = 0.37f;
        float a = (float) (scale * Math.cos(angle));
        float b = (float) (scale * Math.sin(angle));
        float[] affine = HairstyleFit.affine(bob(), moved(a, b, 120, -40));
        assertNotNull(affine);
        assertArrayEquals(new float[] {a, b, -b, a, 120, -40}, affine, 1e-3f);
        assertEquals(scale, HairstyleFit.scale(affine), 1e-5);
        float[] corners = HairstyleFit.corners(bob(), affine);
        // Bottom right corner, (1024, 1024) moved.
        assertEquals(a * 1024 - b * 1024 + 120, corners[6], 1e-2);
        assertEquals(b * 1024 + a * 1024 - 40, corners[7], 1e-2);
    }

    @Test
    void aTurnedHeadGetsHairOfItsTrueSizeAndSaysHowFarItIsTurned() {
        // The anchors in 3D (overlay pixels): the eyes 30 and the forehead and chin 40 in front of
        // the sides; the head turned 40° about the vertical axis through the sides' midpoint.
        double yaw = Math.toRadians(40);
        float cx = 512;
        float[] depth = {-30, -30, -40, -40, 0, 0};
        float[] lm = new float[3 * LandmarkModel.POINTS];
        int[] index = HairstyleSpec.ANCHOR_LANDMARKS;
        for (int i = 0; i < index.length; i++) {
            double x = ANCHORS[2 * i] - cx;
            double z = depth[i];
            lm[3 * index[i]] = (float) (cx + x * Math.cos(yaw) + z * Math.sin(yaw));
            lm[3 * index[i] + 1] = ANCHORS[2 * i + 1];
            lm[3 * index[i] + 2] = (float) (-x * Math.sin(yaw) + z * Math.cos(yaw));
        }
        float[] affine = HairstyleFit.affine(bob(), lm);
        assertNotNull(affine);
        // Upright, at the true size (the plain similarity would shrink it with the narrower face).
        assertEquals(1, HairstyleFit.scale(affine), 1e-4);
        assertEquals(0, affine[1], 0.03, "upright within 2°");
        assertEquals(40, HairstyleFit.turn(lm), 1e-3);
        assertEquals(0, HairstyleFit.turn(moved(0.5f, 0.1f, 3, 4)), 1e-3);
    }

    @Test
    void anOpenMouthMovesTheHairLessThanTheChin() {
        float[] lm = moved(0.5f, 0, 0, 0);
        float[] still = HairstyleFit.affine(bob(), lm);
        lm[3 * 152 + 1] += 40; // the jaw drops 40 px
        float[] open = HairstyleFit.affine(bob(), lm);
        assertTrue(Math.abs(open[5] - still[5]) < 40 * 0.25, "the hair moved " + (open[5] - still[5]) + " px");
        assertEquals(HairstyleFit.scale(still), HairstyleFit.scale(open), 1e-6, "the size is the face's width");
    }

    @Test
    void theFaceInFrontOfTheHairStopsAtTheBrows() {
        float[] lm = new float[3 * LandmarkModel.POINTS];
        // An oval of radius 100 about (200, 200), the brows' top at y = 150.
        int[] oval = app.maskai.core.layout.FaceLayout.FACE_OVAL;
        for (int j = 0; j < oval.length; j++) {
            double angle = 2 * Math.PI * j / oval.length;
            lm[3 * oval[j]] = (float) (200 + 100 * Math.sin(angle));
            lm[3 * oval[j] + 1] = (float) (200 - 100 * Math.cos(angle));
        }
        for (int brow : new int[] {70, 63, 105, 66, 107, 336, 296, 334, 293, 300}) {
            lm[3 * brow] = 200;
            lm[3 * brow + 1] = 150 + (brow % 7);
        }
        float[] polygon = HairstyleFit.faceInFront(lm);
        assertEquals(2 * oval.length, polygon.length);
        float top = Float.POSITIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < oval.length; j++) {
            top = Math.min(top, polygon[2 * j + 1]);
            bottom = Math.max(bottom, polygon[2 * j + 1]);
            assertEquals(lm[3 * oval[j]], polygon[2 * j], 1e-6f, "x kept");
        }
        assertEquals(150, top, 1e-4, "the forehead above the brows is the hair's");
        assertEquals(300, bottom, 1e-3, "the chin kept");
    }

    @Test
    void theOwnHairsMeanColourIsWeightedByTheMatte() {
        byte[] rgba = {(byte) 200, 100, 50, (byte) 255, 0, 0, 0, (byte) 255, 10, 20, 30, (byte) 255};
        byte[] alpha = {(byte) 255, 0, (byte) 255};
        assertEquals((105 << 16) | (60 << 8) | 40, HairShade.meanColour(rgba, alpha));
        assertEquals(-1, HairShade.meanColour(rgba, new byte[3]));
    }

    @Test
    void degenerateLandmarksGiveNoFit() {
        assertNull(HairstyleFit.affine(bob(), new float[3 * LandmarkModel.POINTS]));
        float[] nan = moved(1, 0, 0, 0);
        nan[3 * 33] = Float.NaN;
        assertNull(HairstyleFit.affine(bob(), nan));
    }

    @Test
    void theLightFollowsTheSidesWithinItsBounds() {
        float[] even = HairstyleLight.gains(0.5f, 0.5f);
        assertArrayEquals(new float[] {1, 1}, even, 1e-6f);
        float[] oneSide = HairstyleLight.gains(0.6f, 0.2f);
        assertEquals(1 + HairstyleLight.FOLLOW * 0.5f, oneSide[0], 1e-5);
        assertEquals(1 - HairstyleLight.FOLLOW * 0.5f, oneSide[1], 1e-5);
        float[] dark = HairstyleLight.gains(0.8f, 0);
        assertEquals(HairstyleLight.MIN_GAIN, dark[1], 1e-6);
        assertEquals(HairstyleLight.MAX_GAIN, dark[0], 1e-6);
    }

    @Test
    void theFillTakesTheColoursRoundTheHair() {
        int w = 300;
        int h = 200;
        byte[] rgba = new byte[4 * w * h];
        byte[] hair = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                boolean isHair = x >= 100 && x < 200 && y < 150;
                // Sky blue left, green right, the hair dark brown between them.
                int[] c = isHair ? new int[] {60, 40, 30} : x < 150 ? new int[] {120, 170, 230} : new int[] {40, 160, 60};
                rgba[4 * p] = (byte) c[0];
                rgba[4 * p + 1] = (byte) c[1];
                rgba[4 * p + 2] = (byte) c[2];
                rgba[4 * p + 3] = (byte) 255;
                hair[p] = (byte) (isHair ? 255 : 0);
            }
        }
        HairFill.Picture fill = HairFill.fill(rgba, w, h, hair);
        assertNotNull(fill);
        assertTrue(fill.width <= HairFill.SIDE && fill.height <= HairFill.SIDE);
        assertTrue(fill.width * fill.cell >= w && fill.height * fill.cell >= h);
        // Well outside the hair: its own colour; inside, near the left edge, the sky's; near the right, the green.
        int[] away = pixel(fill, 20, 100);
        assertArrayEquals(new int[] {120, 170, 230}, away);
        int[] leftIn = pixel(fill, 108, 60);
        int[] rightIn = pixel(fill, 192, 60);
        assertTrue(leftIn[2] > leftIn[1] && leftIn[0] > 80, "near the sky: " + java.util.Arrays.toString(leftIn));
        assertTrue(rightIn[1] > rightIn[2] + 40, "near the green: " + java.util.Arrays.toString(rightIn));
        // No hair colour anywhere in the fill.
        for (int i = 0; i < fill.width * fill.height; i++) {
            int r = fill.rgba[4 * i] & 0xFF;
            int g = fill.rgba[4 * i + 1] & 0xFF;
            int b = fill.rgba[4 * i + 2] & 0xFF;
            assertTrue(Math.abs(r - 60) + Math.abs(g - 40) + Math.abs(b - 30) > 60, "hair colour at " + i);
        }
    }

    @Test
    void nothingToFillFromGivesNoFill() {
        byte[] hair = new byte[16 * 16];
        java.util.Arrays.fill(hair, (byte) 255);
        assertNull(HairFill.fill(new byte[4 * 16 * 16], 16, 16, hair));
    }

    /** The fill's colour over region pixel (x, y). */
    private static int[] pixel(HairFill.Picture fill, int x, int y) {
        int i = (y / fill.cell) * fill.width + x / fill.cell;
        return new int[] {fill.rgba[4 * i] & 0xFF, fill.rgba[4 * i + 1] & 0xFF, fill.rgba[4 * i + 2] & 0xFF};
    }
}
