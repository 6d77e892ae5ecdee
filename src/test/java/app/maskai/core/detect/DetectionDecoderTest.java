package app.maskai.core.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.geometry.RotatedRect;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionDecoderTest {
    private static final DetectorSpec SHORT = DetectorSpec.SHORT_RANGE;
    private static final int V = DetectorSpec.VALUES_PER_ANCHOR;
    private static final float EPS = 1e-3f;

    /** Sets anchor {@code index}'s row: logit, box (x, y, w, h), then 6 key points. */
    private static void put(float[] raw, int index, float logit, float[] box, float[] keypoints) {
        int o = index * V;
        raw[o] = logit;
        System.arraycopy(box, 0, raw, o + 1, 4);
        System.arraycopy(keypoints, 0, raw, o + 5, 12);
    }

    private static float[] emptyOutput(DetectorSpec spec) {
        float[] raw = new float[spec.anchorCount * V];
        for (int i = 0; i < spec.anchorCount; i++) {
            raw[i * V] = -10; // score 0.00005: nothing
        }
        return raw;
    }

    @Test
    void decodesBoxRelativeToAnchor() {
        // Image 256×128, letterboxed into a 256-pixel square at (128, 64): input pixel (u, v) is image
        // pixel (2u, 2v − 64). Anchor 34 is the stride-8 cell (1, 1): centre (12, 12) input pixels.
        int anchor = 34;
        assertEquals(1.5f / 16, SHORT.anchors()[2 * anchor]);
        float[] raw = emptyOutput(SHORT);
        put(raw, anchor, 2.0f, new float[] {4, -2, 20, 30},
                new float[] {-5, -6, 5, -6, 0, 0, 0, 8, -9, -1, 9, -1});
        RotatedRect letterbox = Letterbox.square(256, 128, 0);

        List<Detection> detections = DetectionDecoder.decode(raw, SHORT, letterbox, 256, 128);

        assertEquals(1, detections.size());
        Detection d = detections.get(0);
        assertEquals((float) (1 / (1 + Math.exp(-2))), d.score, 1e-6f);
        // Box centre (16, 10), size 20×30 in input pixels: (6, −5)..(26, 25) → image ×2, y − 64.
        assertEquals(12, d.xMin, EPS);
        assertEquals(-74, d.yMin, EPS);
        assertEquals(40, d.width, EPS);
        assertEquals(60, d.height, EPS);
        assertArrayEquals(new float[] {14, -52, 34, -52, 24, -40, 24, -24, 6, -42, 42, -42},
                d.keypoints, EPS);
    }

    @Test
    void decodesANonSquareInputInItsOwnPixels() {
        // A 400×300 image seen at 0.52 on a 208×160 input (the search's larger scale): the region is
        // 400 × 307.7 about the image centre, input pixel (u, v) is image pixel (u, v) / 0.52 − (0, 3.85).
        DetectorSpec spec = SHORT.atInput(208, 160);
        float perPixel = 400f / 208;
        RotatedRect region = new RotatedRect(200, 150, 208 * perPixel, 160 * perPixel, 0);
        // Stride-8 cell (3, 2): anchor index (2 × 26 + 3) × 2, centre (28, 20) input pixels.
        int anchor = (2 * 26 + 3) * 2;
        float[] raw = emptyOutput(spec);
        put(raw, anchor, 3f, new float[] {2, -4, 20, 24}, new float[] {-5, -6, 5, -6, 0, 0, 0, 8, -9, -1, 9, -1});

        List<Detection> detections = DetectionDecoder.decode(raw, spec, region, 400, 300);

        assertEquals(1, detections.size());
        Detection d = detections.get(0);
        float top = 150 - 80 * perPixel;
        // Box centre (30, 16), 20×24 input pixels: (20, 4)..(40, 28).
        assertEquals(20 * perPixel, d.xMin, EPS);
        assertEquals(top + 4 * perPixel, d.yMin, EPS);
        assertEquals(20 * perPixel, d.width, EPS);
        assertEquals(24 * perPixel, d.height, EPS);
        assertEquals(23 * perPixel, d.keypoints[0], EPS);
        assertEquals(top + 14 * perPixel, d.keypoints[1], EPS);
    }

    @Test
    void mapsThroughAQuarterTurnedInputRect() {
        // A 100×100 image turned 90°: input pixel (u, v) of the 128 input is image point
        // (50 − (v/128 − 0.5)·100, 50 + (u/128 − 0.5)·100).
        float[] raw = emptyOutput(SHORT);
        int anchor = 512; // first stride-16 anchor: centre (8, 8)
        put(raw, anchor, 3f, new float[] {56, 24, 32, 16}, new float[12]);
        RotatedRect turned = Letterbox.square(100, 100, (float) (Math.PI / 2));

        Detection d = DetectionDecoder.decode(raw, SHORT, turned, 100, 100).get(0);

        // Box centre (64, 32), 32 wide, 16 high in the input → centre (75, 50) in the image,
        // 12.5 wide and 25 high (the axes swap).
        assertEquals(75 - 6.25f, d.xMin, EPS);
        assertEquals(50 - 12.5f, d.yMin, EPS);
        assertEquals(12.5f, d.width, EPS);
        assertEquals(25f, d.height, EPS);
        // Key points at the anchor centre (8, 8): image (50 − (1/16 − 1/2)·100, 50 + (1/16 − 1/2)·100).
        assertEquals(93.75f, d.keypointX(Detection.RIGHT_EYE), EPS);
        assertEquals(6.25f, d.keypointY(Detection.RIGHT_EYE), EPS);
    }

    @Test
    void keepsScoresFromTheThresholdUp() {
        float[] raw = emptyOutput(SHORT);
        put(raw, 10, 0f, new float[] {0, 0, 10, 10}, new float[12]); // exactly 0.5: kept
        put(raw, 20, -0.01f, new float[] {0, 0, 10, 10}, new float[12]); // just below: dropped
        put(raw, 30, 1000f, new float[] {0, 0, 10, 10}, new float[12]); // clipped to 100: score 1
        List<Detection> detections =
                DetectionDecoder.decode(raw, SHORT, Letterbox.square(128, 128, 0), 128, 128);
        assertEquals(2, detections.size());
        assertEquals(0.5f, detections.get(0).score);
        assertEquals(1f, detections.get(1).score);
    }

    @Test
    void dropsBoxesWithNegativeSize() {
        float[] raw = emptyOutput(SHORT);
        put(raw, 5, 4f, new float[] {0, 0, -3, 10}, new float[12]);
        put(raw, 6, 4f, new float[] {0, 0, 3, -10}, new float[12]);
        assertTrue(DetectionDecoder.decode(raw, SHORT, Letterbox.square(128, 128, 0), 128, 128)
                .isEmpty());
    }

    @Test
    void refusesAShortOutput() {
        assertThrows(IllegalArgumentException.class, () -> DetectionDecoder.decode(new float[16],
                SHORT, Letterbox.square(128, 128, 0), 128, 128));
    }
}
