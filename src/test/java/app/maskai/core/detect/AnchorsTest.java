package app.maskai.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AnchorsTest {
    @Test
    void generates896AnchorsAtTheRightCentres() {
        float[] a = Anchors.generate(DetectorSpec.SHORT_RANGE);
        assertEquals(2 * 896, a.length);
        // Stride 8: a 16×16 map, 2 anchors per cell (aspect 1 + interpolated scale), row by row.
        assertAnchor(a, 0, 0.5f / 16, 0.5f / 16);
        assertAnchor(a, 1, 0.5f / 16, 0.5f / 16);
        assertAnchor(a, 2, 1.5f / 16, 0.5f / 16);
        assertAnchor(a, 31, 15.5f / 16, 0.5f / 16);
        assertAnchor(a, 32, 0.5f / 16, 1.5f / 16);
        assertAnchor(a, 511, 15.5f / 16, 15.5f / 16);
        // Strides 16, 16, 16 merge into one 8×8 map with 3 × 2 = 6 anchors per cell.
        for (int k = 0; k < 6; k++) {
            assertAnchor(a, 512 + k, 0.5f / 8, 0.5f / 8);
        }
        assertAnchor(a, 518, 1.5f / 8, 0.5f / 8);
        assertAnchor(a, 512 + 8 * 6, 0.5f / 8, 1.5f / 8);
        assertAnchor(a, 895, 7.5f / 8, 7.5f / 8);
    }

    @Test
    void specCachesItsAnchors() {
        assertSame(DetectorSpec.SHORT_RANGE.anchors(), DetectorSpec.SHORT_RANGE.anchors());
        assertEquals(2 * DetectorSpec.SHORT_RANGE.anchorCount, DetectorSpec.SHORT_RANGE.anchors().length);
    }

    @Test
    void coversALargerNonSquareInputRowByRow() {
        // 208×160: a 26×20 stride-8 map (2 a cell) and a 13×10 stride-16 map (6 a cell).
        DetectorSpec spec = DetectorSpec.SHORT_RANGE.atInput(208, 160);
        assertEquals(26 * 20 * 2 + 13 * 10 * 6, spec.anchorCount);
        float[] a = spec.anchors();
        assertEquals(2 * spec.anchorCount, a.length);
        assertAnchor(a, 0, 0.5f / 26, 0.5f / 20);
        assertAnchor(a, 2, 1.5f / 26, 0.5f / 20);
        assertAnchor(a, 2 * 26, 0.5f / 26, 1.5f / 20);
        int second = 26 * 20 * 2;
        assertAnchor(a, second - 1, 25.5f / 26, 19.5f / 20);
        assertAnchor(a, second, 0.5f / 13, 0.5f / 10);
        assertAnchor(a, second + 6, 1.5f / 13, 0.5f / 10);
        assertAnchor(a, spec.anchorCount - 1, 12.5f / 13, 9.5f / 10);
    }

    @Test
    void aLargerInputKeepsTheTrainedSpecsConstants() {
        DetectorSpec spec = DetectorSpec.SHORT_RANGE.atInput(256, 256);
        assertEquals(4 * 896, spec.anchorCount);
        assertEquals(128, spec.inputSize);
        assertEquals(256, spec.inputWidth);
        assertEquals(DetectorSpec.SHORT_RANGE.minScore, spec.minScore);
        assertEquals(DetectorSpec.SHORT_RANGE.modelFile, spec.modelFile);
        assertSame(DetectorSpec.SHORT_RANGE, DetectorSpec.SHORT_RANGE.atInput(128, 128));
        assertThrows(IllegalArgumentException.class, () -> DetectorSpec.SHORT_RANGE.atInput(200, 160));
        assertThrows(IllegalArgumentException.class, () -> DetectorSpec.SHORT_RANGE.atInput(0, 160));
    }

    private static void assertAnchor(float[] anchors, int index, float x, float y) {
        assertEquals(x, anchors[2 * index], 1e-7f, "x of anchor " + index);
        assertEquals(y, anchors[2 * index + 1], 1e-7f, "y of anchor " + index);
    }
}
