package app.maskai.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    private static void assertAnchor(float[] anchors, int index, float x, float y) {
        assertEquals(x, anchors[2 * index], 1e-7f, "x of anchor " + index);
        assertEquals(y, anchors[2 * index + 1], 1e-7f, "y of anchor " + index);
    }
}
