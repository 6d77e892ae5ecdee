package app.maskai.core.custom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackgroundRemovalTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLUE = 0xFF2040A0;

    /**
     * 12 × 10, white background with slight noise; a blue mask in x 2..9, y 2..7 with a white
     * eye hole at (5..6, 4..5) enclosed by the blue.
     */
    private static int[] picture() {
        int w = 12;
        int h = 10;
        int[] p = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int noise = (x * 7 + y * 3) % 9; // JPEG-like noise, within the tolerance
                int grey = 255 - noise;
                p[y * w + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
                if (x >= 2 && x <= 9 && y >= 2 && y <= 7) {
                    p[y * w + x] = BLUE;
                }
            }
        }
        for (int y = 4; y <= 5; y++) {
            for (int x = 5; x <= 6; x++) {
                p[y * 12 + x] = WHITE;
            }
        }
        return p;
    }

    @Test
    void removesTheWhiteBorderAndKeepsAnEnclosedWhiteHole() {
        byte[] alpha = BackgroundRemoval.flatBackgroundAlpha(picture(), 12, 10, 32);
        assertEquals(0, alpha[0] & 0xFF);
        assertEquals(0, alpha[11 * 1 + 1] & 0xFF);
        assertEquals(0, alpha[9 * 12 + 11] & 0xFF);
        // The enclosed hole is not reached from the border.
        assertEquals(255, alpha[4 * 12 + 5] & 0xFF);
        // Blue interior opaque; blue edge next to the background feathered.
        assertEquals(255, alpha[4 * 12 + 3] & 0xFF);
        assertEquals(128, alpha[2 * 12 + 2] & 0xFF);
        assertEquals(128, alpha[7 * 12 + 9] & 0xFF);
        int removed = 0;
        for (byte a : alpha) {
            removed += a == 0 ? 1 : 0;
        }
        assertEquals(12 * 10 - 8 * 6, removed);
    }

    @Test
    void keepsEverythingWithZeroToleranceOnANoisyBorderExceptTheDominantShade() {
        byte[] alpha = BackgroundRemoval.flatBackgroundAlpha(picture(), 12, 10, 0);
        int removed = 0;
        for (byte a : alpha) {
            removed += a == 0 ? 1 : 0;
        }
        assertTrue(removed < 12 * 10 - 8 * 6, "only exact matches go: " + removed);
    }

    @Test
    void removesIntoACopyKeepingColoursAndTheOriginal() {
        int[] original = picture();
        original[4 * 12 + 3] = 0x80123456; // half-transparent blue-ish pixel inside the mask
        int[] before = original.clone();
        int[] removed = BackgroundRemoval.remove(original, 12, 10);
        assertArrayEquals(before, original);
        assertEquals(original[0] & 0xFFFFFF, removed[0]);
        assertEquals(0x80123456, removed[4 * 12 + 3]);
        assertEquals(0x802040A0, removed[2 * 12 + 2]); // feathered edge
        assertEquals(WHITE, removed[4 * 12 + 5]); // the enclosed hole
    }

    @Test
    void findsTheBordersDominantColour() {
        int[] p = new int[16];
        java.util.Arrays.fill(p, 0xFF102030);
        p[0] = 0xFFFFFFFF;
        assertEquals(0x102030, BackgroundRemoval.dominantBorderColour(p, 4, 4));
    }

    @Test
    void judgesWhetherTheBackgroundLooksFlat() {
        assertTrue(BackgroundRemoval.looksFlat(picture(), 12, 10, 32));
        // A photo-like border: every pixel a different colour.
        int[] busy = new int[12 * 10];
        for (int i = 0; i < busy.length; i++) {
            busy[i] = 0xFF000000 | (i * 2654435761L > 0 ? (int) (i * 2654435761L) & 0xFFFFFF : 0);
        }
        assertFalse(BackgroundRemoval.looksFlat(busy, 12, 10, 8));
    }

    @Test
    void treatsTransparentPixelsAsBackground() {
        int[] p = picture();
        for (int x = 0; x < 12; x++) {
            p[x] = 0x00000000;
        }
        byte[] alpha = BackgroundRemoval.flatBackgroundAlpha(p, 12, 10, 32);
        assertEquals(0, alpha[3] & 0xFF);
        assertEquals(0, alpha[12] & 0xFF);
    }

    @Test
    void fillsALargePictureWithoutRecursion() {
        int w = 2000;
        int h = 2000;
        int[] p = new int[w * h];
        java.util.Arrays.fill(p, WHITE);
        byte[] alpha = BackgroundRemoval.flatBackgroundAlpha(p, w, h, 10);
        assertEquals(0, alpha[w * h / 2 + w / 2]);
    }

    @Test
    void walksTheBorderOnce() {
        assertEquals(2 * 12 + 2 * 8, BackgroundRemoval.borderLength(12, 10));
        boolean[] seen = new boolean[120];
        for (int b = 0; b < 40; b++) {
            int i = BackgroundRemoval.borderPixel(b, 12, 10);
            assertFalse(seen[i]);
            seen[i] = true;
            int x = i % 12;
            int y = i / 12;
            assertTrue(x == 0 || x == 11 || y == 0 || y == 9);
        }
        assertEquals(3, BackgroundRemoval.borderLength(1, 3));
    }
}
