package app.maskai.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultSizeTest {

    @Test
    void aPhotoWithinEveryLimitKeepsItsSize() {
        ResultSize size = ResultSize.fit(4000, 3000, 8192, 33_177_600, 8);
        assertEquals(4000, size.width);
        assertEquals(3000, size.height);
        assertNull(size.limit);
        assertFalse(size.isReduced());
    }

    @Test
    void aLongSideOverTheGpuLimitIsScaledToIt() {
        ResultSize size = ResultSize.fit(12000, 2000, 8192, 0, 0);
        assertEquals(8192, size.width);
        assertEquals(1365, size.height);
        assertEquals(ResultSize.Limit.GPU_SIDE, size.limit);
    }

    @Test
    void fiftyMegapixelsMeetChromiumsDrawingBufferCap() {
        // 8660 × 5773 fits no GPU side limit of 8192 and no 33.2 MP drawing buffer either.
        ResultSize size = ResultSize.fit(8660, 5773, 8192, 5760L * 5760, 0);
        assertEquals(ResultSize.Limit.GPU_AREA, size.limit);
        assertTrue((long) size.width * size.height <= 5760L * 5760);
        assertTrue((long) size.width * size.height > 0.999 * 5760L * 5760);
        assertEquals(8660 / 5773.0, size.width / (double) size.height, 1e-3);
    }

    @Test
    void aSmallMemoryBudgetWins() {
        ResultSize size = ResultSize.fit(8000, 6000, 16384, 0, 2);
        assertEquals(ResultSize.Limit.MEMORY, size.limit);
        assertTrue((long) size.width * size.height <= 2L * ResultSize.PIXELS_PER_GIGABYTE);
        assertEquals(4 / 3.0, size.width / (double) size.height, 1e-3);
    }

    @Test
    void extremeShapesKeepAtLeastOnePixel() {
        ResultSize size = ResultSize.fit(100_000, 1, 8192, 0, 0);
        assertEquals(8192, size.width);
        assertEquals(1, size.height);
    }

    @Test
    void nonsenseSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ResultSize.fit(0, 10, 8192, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ResultSize.fit(10, 10, 0, 0, 0));
    }

    @Test
    void aScaledFaceMovesItsLandmarksAndBox() {
        float[] landmarks = new float[468 * 3];
        for (int i = 0; i < 468; i++) {
            landmarks[i * 3] = 100 + i;
            landmarks[i * 3 + 1] = 200 + i;
            landmarks[i * 3 + 2] = -i;
        }
        Face face = new Face(0.9f, 0.8f, landmarks, 90).scaled(0.5f, 0.25f);
        assertEquals(50, face.landmarks[0], 1e-6);
        assertEquals(50, face.landmarks[1], 1e-6);
        assertEquals(-0.5f * 467, face.landmarks[467 * 3 + 2], 1e-4);
        assertEquals(50, face.x, 1e-6);
        assertEquals(0.25f * 467, face.height, 1e-4);
        assertEquals(90, face.rotationDegrees);
        assertEquals(0.9f, face.score);
    }
}
