package app.maskai.core.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThinPlateSplineTest {
    private static final float[] SOURCES = {0.5f, 0.35f, 0.29f, 0.47f, 0.71f, 0.47f, 0.13f, 0.79f,
            0.87f, 0.79f, 0.5f, 0.95f};

    @Test
    void isExactAtTheControlPoints() {
        float[] targets = {310, 95, 180, 240, 455, 230, 90, 470, 520, 480, 300, 610};
        ThinPlateSpline spline = ThinPlateSpline.fit(SOURCES, targets);
        float[] p = new float[2];
        for (int i = 0; i < 6; i++) {
            spline.map(SOURCES[2 * i], SOURCES[2 * i + 1], p);
            assertEquals(targets[2 * i], p[0], 1e-3);
            assertEquals(targets[2 * i + 1], p[1], 1e-3);
        }
    }

    @Test
    void reproducesAnAffineMapEverywhere() {
        // x' = 800 u - 120 v + 40, y' = 50 u + 640 v - 10
        float[] targets = new float[12];
        for (int i = 0; i < 6; i++) {
            float u = SOURCES[2 * i];
            float v = SOURCES[2 * i + 1];
            targets[2 * i] = 800 * u - 120 * v + 40;
            targets[2 * i + 1] = 50 * u + 640 * v - 10;
        }
        ThinPlateSpline spline = ThinPlateSpline.fit(SOURCES, targets);
        float[] p = new float[2];
        for (double u = -0.5; u <= 1.5; u += 0.25) {
            for (double v = -0.5; v <= 1.5; v += 0.25) {
                spline.map(u, v, p);
                assertEquals(800 * u - 120 * v + 40, p[0], 1e-3);
                assertEquals(50 * u + 640 * v - 10, p[1], 1e-3);
            }
        }
    }

    @Test
    void mapsSymmetricAnchorsSymmetrically() {
        // Sources symmetric about u = 0.5; targets symmetric about x = 200, with a bend.
        float[] sources = {0.5f, 0.3f, 0.3f, 0.5f, 0.7f, 0.5f, 0.1f, 0.8f, 0.9f, 0.8f, 0.5f, 0.95f};
        float[] targets = {200, 40, 110, 150, 290, 150, 20, 330, 380, 330, 200, 420};
        ThinPlateSpline spline = ThinPlateSpline.fit(sources, targets);
        float[] left = new float[2];
        float[] right = new float[2];
        for (double d = 0; d <= 0.6; d += 0.1) {
            for (double v = 0; v <= 1.2; v += 0.2) {
                spline.map(0.5 - d, v, left);
                spline.map(0.5 + d, v, right);
                assertEquals(400 - left[0], right[0], 1e-3);
                assertEquals(left[1], right[1], 1e-3);
            }
        }
    }

    @Test
    void refusesDegenerateControlPoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThinPlateSpline.fit(new float[] {0, 0, 1, 1, 2, 2, 3, 3},
                        new float[] {0, 0, 1, 1, 2, 2, 3, 3}));
        assertEquals("control points are degenerate (repeated, or all on one line)", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ThinPlateSpline.fit(new float[] {0, 0, 1, 0, 0, 1, 0, 1},
                        new float[] {0, 0, 1, 0, 0, 1, 5, 5}));
        assertThrows(IllegalArgumentException.class,
                () -> ThinPlateSpline.fit(new float[] {0, 0, 1, 0}, new float[] {0, 0, 1, 0}));
    }

    @Test
    void usesTheBookSteinKernel() {
        assertEquals(0, ThinPlateSpline.kernel(0, 0), 0);
        assertEquals(4 * Math.log(2), ThinPlateSpline.kernel(2, 0), 1e-12); // r² ln r at r = 2
    }
}
