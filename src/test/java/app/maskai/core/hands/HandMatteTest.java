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

    @Test
    void nothingOutsideTheGrownBoxIsTaken() {
        boolean[] truth = new boolean[W * H];
        byte[] rgba = scene(truth);
        byte[] matte = HandMatte.matte(rgba, W, H, 40, 30, 60, 50);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                // The box grown by 8 % (1.6 px), then by the pixel of growth and the softening's.
                if (x < 36 || x > 64 || y < 26 || y > 54) {
                    assertEquals(0, matte[y * W + x], "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void tooFewPixelsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HandMatte.matte(new byte[8], 3, 3, 0, 0, 1, 1));
    }
}
