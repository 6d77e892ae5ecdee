package app.maskai.core.hands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HandMatteTest {
    private static final int W = 100;
    private static final int H = 80;

    /** Skin-toned face everywhere, a dark collar below y 65, and a pale hand: an ellipse with a dark crease. */
    private static byte[] scene(boolean[] truth) {
        byte[] rgba = new byte[4 * W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int[] c = y >= 65 ? new int[] {20, 20, 24} : new int[] {196, 146, 122};
                double e = Math.pow((x - 50) / 22.0, 2) + Math.pow((y - 40) / 16.0, 2);
                if (e <= 1) {
                    truth[y * W + x] = true;
                    c = Math.abs(x - 50) < 1 && y < 48 ? new int[] {150, 100, 90} : new int[] {242, 204, 192};
                }
                int i = 4 * (y * W + x);
                rgba[i] = (byte) c[0];
                rgba[i + 1] = (byte) c[1];
                rgba[i + 2] = (byte) c[2];
                rgba[i + 3] = (byte) 255;
            }
        }
        return rgba;
    }

    @Test
    void thePaleHandIsTakenAndTheSkinAroundItIsNot() {
        boolean[] truth = new boolean[W * H];
        byte[] rgba = scene(truth);
        // The detector's box: the hand's own, a little loose.
        byte[] matte = HandMatte.matte(rgba, W, H, 26, 22, 74, 58);
        int handKept = 0;
        int handTotal = 0;
        int restTaken = 0;
        for (int p = 0; p < truth.length; p++) {
            boolean on = (matte[p] & 0xFF) >= 128;
            if (truth[p]) {
                handTotal++;
                handKept += on ? 1 : 0;
            } else if (on && !besideTheHand(truth, p)) {
                restTaken++;
            }
        }
        assertTrue(handKept == handTotal, "hand pixels in the matte: " + handKept + " of " + handTotal);
        // The matte reaches one pixel past the hand's edge (so that its softened edge covers it), no further.
        assertEquals(0, restTaken, "other pixels in the matte, away from the hand's edge");
        // The crease inside the hand is a hole, filled.
        assertEquals(255, matte[40 * W + 50] & 0xFF);
    }

    private static boolean besideTheHand(boolean[] truth, int p) {
        int x = p % W;
        int y = p / W;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                int yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < W && yy < H && truth[yy * W + xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Skin everywhere; a pale hand filling (30, 30)-(60, 55) with a finger 8 px wide stretched to
     * x {@code fingerEnd} at y 38-45; a pale patch not joined to it at (64, 17)-(72, 23), within
     * the finger's reach; and another at x 88-95, beyond it.
     */
    private static byte[] fingerScene(boolean[] finger, boolean[] patches, int fingerEnd) {
        byte[] rgba = new byte[4 * W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean hand = x >= 30 && x < 60 && y >= 30 && y < 55;
                boolean onFinger = x >= 60 && x < fingerEnd && y >= 38 && y < 46;
                boolean patch = x >= 64 && x < 72 && y >= 17 && y < 23 || x >= 88 && x < 96 && y >= 38 && y < 46;
                finger[y * W + x] = onFinger;
                patches[y * W + x] = patch;
                int[] c = hand || onFinger || patch ? new int[] {242, 204, 192} : new int[] {196, 146, 122};
                int i = 4 * (y * W + x);
                rgba[i] = (byte) c[0];
                rgba[i + 1] = (byte) c[1];
                rgba[i + 2] = (byte) c[2];
                rgba[i + 3] = (byte) 255;
            }
        }
        return rgba;
    }

    @Test
    void aFingerStretchedPastTheBoxIsTakenAndPaleSkinNotJoinedToTheHandIsNot() {
        boolean[] finger = new boolean[W * H];
        boolean[] patches = new boolean[W * H];
        // The detector's box ends at the knuckles (x 60); the finger reaches 15 px (half the box) past it.
        byte[] matte = HandMatte.matte(fingerScene(finger, patches, 75), W, H, 30, 30, 60, 55);
        int fingerKept = 0;
        int fingerTotal = 0;
        for (int p = 0; p < finger.length; p++) {
            if (finger[p]) {
                fingerTotal++;
                fingerKept += (matte[p] & 0xFF) >= 128 ? 1 : 0;
            }
            if (patches[p]) {
                assertEquals(0, matte[p], "a pale patch not joined to the hand, at " + p % W + "," + p / W);
            }
        }
        assertEquals(fingerTotal, fingerKept, "finger pixels in the matte");
    }

    @Test
    void nothingPastTheReachIsTaken() {
        boolean[] finger = new boolean[W * H];
        boolean[] patches = new boolean[W * H];
        // A finger (or an arm) running on to the region's edge: taken up to 0.6 of the box past it
        // (x 78), then the pixel of growth and the softening's.
        byte[] matte = HandMatte.matte(fingerScene(finger, patches, W), W, H, 30, 30, 60, 55);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (x > 80 || x < 10 || y < 13 || y > 72) {
                    assertEquals(0, matte[y * W + x], "pixel " + x + "," + y);
                }
            }
        }
        assertEquals(255, matte[42 * W + 76] & 0xFF, "the finger within the reach");
    }

    @Test
    void tooFewPixelsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HandMatte.matte(new byte[8], 3, 3, 0, 0, 1, 1));
    }
}
