package app.maskai.core.hands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.detect.Letterbox;
import app.maskai.core.geometry.RotatedRect;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandDetectorTest {
    private static final int SIDE = HandDetector.INPUT_SIZE;
    private static final int N = HandAnchors.count(SIDE);
    private static final int L = HandDetector.LOGITS;

    /** Raw outputs where no anchor holds anything (every logit far below the threshold, no offsets). */
    private static float[][] nothing() {
        float[] logits = new float[N * L];
        Arrays.fill(logits, -12);
        return new float[][] {logits, new float[N * 4]};
    }

    /** The first level's anchor of aspect ratio 1 and scale 1 at the cell in {@code row}, {@code column}. */
    private static int cell(int row, int column) {
        return (row * (SIDE / 8) + column) * HandAnchors.PER_CELL;
    }

    private static float logit(double score) {
        return (float) Math.log(score / (1 - score));
    }

    @Test
    void anAnchorWithNoOffsetsIsItsOwnBoxInTheImagesPixelsThroughTheLetterbox() {
        float[][] out = nothing();
        // A 2:1 photo letterboxed into the square: it fills its middle half, rows 64..192 of 256.
        RotatedRect square = Letterbox.square(2 * SIDE, SIDE, 0);
        int a = cell(12, 10);
        out[0][a * L + 1 + 1] = logit(0.9);
        List<Hand> hands = HandDetector.decode(out[0], out[1], SIDE, square, 2 * SIDE, SIDE);
        assertEquals(1, hands.size());
        Hand hand = hands.get(0);
        assertEquals("fist", hand.kind);
        assertEquals(0.9f, hand.score, 1e-5);
        // Centre (10 × 8 + 4, 12 × 8 + 4) of the square, 32 px wide; the square is twice the photo's scale.
        assertEquals(2 * (84 - 16), hand.x, 1e-3);
        assertEquals(2 * (100 - 16) - SIDE / 2f, hand.y, 1e-3);
        assertEquals(64, hand.width, 1e-3);
        assertEquals(64, hand.height, 1e-3);
    }

    @Test
    void offsetsMoveAndScaleTheAnchorAsTheSsdBoxCoderDoes() {
        float[][] out = nothing();
        RotatedRect square = Letterbox.square(SIDE, SIDE, 0);
        int a = cell(16, 16);
        out[0][a * L + 1] = logit(0.8);
        // Down a tenth of the anchor's height and left a fifth of its width; twice as high, half as wide.
        out[1][4 * a] = 10 * 0.1f;
        out[1][4 * a + 1] = -10 * 0.2f;
        out[1][4 * a + 2] = (float) (5 * Math.log(2));
        out[1][4 * a + 3] = (float) (5 * Math.log(0.5));
        Hand hand = HandDetector.decode(out[0], out[1], SIDE, square, SIDE, SIDE).get(0);
        assertEquals("hand", hand.kind);
        float cx = 16 * 8 + 4 - 0.2f * 32;
        float cy = 16 * 8 + 4 + 0.1f * 32;
        assertEquals(cx - 8, hand.x, 1e-3);
        assertEquals(cy - 32, hand.y, 1e-3);
        assertEquals(16, hand.width, 1e-3);
        assertEquals(64, hand.height, 1e-3);
    }

    @Test
    void facesUnsureHandsAndOverlapsAreLeftOut() {
        float[][] out = nothing();
        RotatedRect square = Letterbox.square(SIDE, SIDE, 0);
        out[0][cell(4, 4) * L + 1 + HandDetector.FACE_CLASS] = logit(0.99);
        out[0][cell(8, 8) * L + 1] = logit(0.49);
        out[0][cell(20, 20) * L + 1 + 3] = logit(0.8);
        out[0][(cell(20, 20) + 1) * L + 1] = logit(0.7); // the same cell's larger anchor: overlaps, suppressed
        out[0][cell(2, 28) * L + 1] = logit(0.6);
        // The background's logit is not a kind.
        out[0][cell(30, 2) * L] = logit(0.99);
        List<Hand> hands = HandDetector.decode(out[0], out[1], SIDE, square, SIDE, SIDE);
        assertEquals(2, hands.size(), "" + hands);
        assertEquals("point", hands.get(0).kind);
        assertEquals(0.8f, hands.get(0).score, 1e-5);
        assertEquals(0.6f, hands.get(1).score, 1e-5);
        assertTrue(hands.get(0).overlaps(160, 160, 170, 170));
        assertTrue(!hands.get(1).overlaps(160, 160, 170, 170));
    }

    @Test
    void upsampleShapesFollowTheInput() {
        assertEquals(List.of(1, 20, 20, 128), Arrays.stream(HandDetector.upsampleShape(0, 320)).boxed().toList());
        assertEquals(List.of(1, 40, 40, 128), Arrays.stream(HandDetector.upsampleShape(1, 320)).boxed().toList());
        assertEquals(List.of(1, 16, 16, 128), Arrays.stream(HandDetector.upsampleShape(0, 256)).boxed().toList());
    }

    @Test
    void outputsOfTheWrongSizeAreRefused() {
        RotatedRect square = Letterbox.square(10, 10, 0);
        // The outputs of another input size: one cell's anchors fewer.
        int fewer = N - HandAnchors.PER_CELL;
        assertThrows(IllegalArgumentException.class, () -> HandDetector.decode(new float[fewer * L],
                new float[fewer * 4], SIDE, square, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> HandDetector.decode(new float[N * L],
                new float[fewer * 4], SIDE, square, 10, 10));
    }
}
