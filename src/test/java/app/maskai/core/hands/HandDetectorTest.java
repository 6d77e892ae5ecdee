package app.maskai.core.hands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.detect.Letterbox;
import app.maskai.core.geometry.RotatedRect;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandDetectorTest {
    private static final int K = HandDetector.KINDS.length;

    private static void anchor(float[] scores, float[] boxes, int a, int kind, float score, float y0, float x0,
            float y1, float x1) {
        scores[a * K + kind] = score;
        boxes[4 * a] = y0;
        boxes[4 * a + 1] = x0;
        boxes[4 * a + 2] = y1;
        boxes[4 * a + 3] = x1;
    }

    @Test
    void aSureHandComesBackInTheImagesPixelsThroughTheLetterbox() {
        float[] scores = new float[HandDetector.ANCHORS * K];
        float[] boxes = new float[HandDetector.ANCHORS * 4];
        // A 400 × 200 photo letterboxed into a 400 square: it fills y 100..300 of the square.
        RotatedRect square = Letterbox.square(400, 200, 0);
        anchor(scores, boxes, 17, 1, 0.9f, 0.30f, 0.25f, 0.50f, 0.50f);
        List<Hand> hands = HandDetector.decode(scores, boxes, square, 400, 200);
        assertEquals(1, hands.size());
        Hand hand = hands.get(0);
        assertEquals("fist", hand.kind);
        assertEquals(0.9f, hand.score, 1e-6);
        assertEquals(100, hand.x, 1e-3);
        assertEquals(20, hand.y, 1e-3); // 0.30 × 400 − 100
        assertEquals(100, hand.width, 1e-3);
        assertEquals(80, hand.height, 1e-3);
    }

    @Test
    void facesUnsureHandsAndOverlapsAreLeftOut() {
        float[] scores = new float[HandDetector.ANCHORS * K];
        float[] boxes = new float[HandDetector.ANCHORS * 4];
        RotatedRect square = Letterbox.square(100, 100, 0);
        anchor(scores, boxes, 1, HandDetector.FACE_CLASS, 0.99f, 0.1f, 0.1f, 0.6f, 0.6f);
        anchor(scores, boxes, 2, 0, 0.49f, 0.1f, 0.1f, 0.3f, 0.3f);
        anchor(scores, boxes, 3, 3, 0.8f, 0.5f, 0.5f, 0.9f, 0.9f);
        anchor(scores, boxes, 4, 0, 0.7f, 0.52f, 0.5f, 0.9f, 0.92f);
        anchor(scores, boxes, 5, 0, 0.6f, 0.0f, 0.0f, 0.2f, 0.2f);
        List<Hand> hands = HandDetector.decode(scores, boxes, square, 100, 100);
        assertEquals(2, hands.size(), "" + hands);
        assertEquals("point", hands.get(0).kind);
        assertEquals(0.6f, hands.get(1).score, 1e-6);
        assertTrue(hands.get(0).overlaps(60, 60, 70, 70));
        assertTrue(!hands.get(1).overlaps(60, 60, 70, 70));
    }

    @Test
    void outputsOfTheWrongSizeAreRefused() {
        RotatedRect square = Letterbox.square(10, 10, 0);
        assertThrows(IllegalArgumentException.class, () -> HandDetector.decode(new float[7], new float[4], square,
                10, 10));
    }
}
