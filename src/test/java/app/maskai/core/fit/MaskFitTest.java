package app.maskai.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.maskai.core.mask.MaskSpec;
import org.junit.jupiter.api.Test;

class MaskFitTest {
    private static MaskSpec spec(int... landmarks) {
        return new MaskSpec("t", "T", "custom", "t.png", "t.thumb.png", 1f, landmarks,
                new float[2 * landmarks.length], new int[] {0, 0, 0});
    }

    @Test
    void placesEachVertexOnItsLandmark() {
        float[] landmarks = new float[1404];
        for (int i = 0; i < 468; i++) {
            landmarks[3 * i] = i;
            landmarks[3 * i + 1] = 1000 + i;
            landmarks[3 * i + 2] = -i;
        }
        float[] dest = new float[9];
        MaskFit.vertices(spec(152, 0, 467), landmarks, dest);
        assertArrayEquals(new float[] {152, 1152, -152, 0, 1000, 0, 467, 1467, -467}, dest);
    }

    @Test
    void refusesShortArrays() {
        assertThrows(IllegalArgumentException.class,
                () -> MaskFit.vertices(spec(1, 2), new float[1404], new float[5]));
        assertThrows(IllegalArgumentException.class,
                () -> MaskFit.vertices(spec(1, 2), new float[100], new float[6]));
    }
}
