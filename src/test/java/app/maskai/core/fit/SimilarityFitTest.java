package app.maskai.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityFitTest {
    /** Rotation by angle about the unit axis (ax, ay, az), row-major (Rodrigues). */
    static double[] rotation(double ax, double ay, double az, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double t = 1 - c;
        return new double[] {
                t * ax * ax + c, t * ax * ay - s * az, t * ax * az + s * ay,
                t * ax * ay + s * az, t * ay * ay + c, t * ay * az - s * ax,
                t * ax * az - s * ay, t * ay * az + s * ax, t * az * az + c};
    }

    static float[] transform(float[] points, double scale, double[] r, double tx, double ty,
            double tz) {
        float[] out = new float[points.length];
        for (int i = 0; i < points.length; i += 3) {
            double x = points[i];
            double y = points[i + 1];
            double z = points[i + 2];
            out[i] = (float) (scale * (r[0] * x + r[1] * y + r[2] * z) + tx);
            out[i + 1] = (float) (scale * (r[3] * x + r[4] * y + r[5] * z) + ty);
            out[i + 2] = (float) (scale * (r[6] * x + r[7] * y + r[8] * z) + tz);
        }
        return out;
    }

    @Test
    void recoversAKnownSimilarityFromPerfectPairs() {
        float[] from = {0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 1, 1, 1, -2, 0.5f, 1};
        double n = Math.sqrt(1 + 4 + 9);
        double[] r = rotation(1 / n, -2 / n, 3 / n, 2.5);
        float[] to = transform(from, 17.5, r, 300, -40, 12);
        SimilarityFit fit = new SimilarityFit();
        assertTrue(fit.fit(from, to, new int[] {0, 1, 2, 3, 4, 5}));
        assertEquals(17.5, fit.scale, 1e-5);
        for (int i = 0; i < 9; i++) {
            assertEquals(r[i], fit.rotation[i], 1e-6, "r[" + i + "]");
        }
        assertEquals(300, fit.translation[0], 1e-4);
        assertEquals(-40, fit.translation[1], 1e-4);
        assertEquals(12, fit.translation[2], 1e-4);
    }

    @Test
    void recoversAHalfTurn() {
        // 180 degrees: the quaternion's scalar part is 0, the hardest case for closed forms.
        float[] from = {0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3};
        double[] r = rotation(0, 1, 0, Math.PI);
        float[] to = transform(from, 2, r, 1, 2, 3);
        SimilarityFit fit = new SimilarityFit();
        assertTrue(fit.fit(from, to, new int[] {0, 1, 2, 3}));
        for (int i = 0; i < 9; i++) {
            assertEquals(r[i], fit.rotation[i], 1e-6);
        }
        assertEquals(2, fit.scale, 1e-6);
    }

    @Test
    void usesOnlyTheGivenIndices() {
        float[] from = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 50, 50, 50};
        float[] to = {5, 5, 5, 6, 5, 5, 5, 6, 5, 5, 5, 6, -9, 0, 0};
        SimilarityFit fit = new SimilarityFit();
        assertTrue(fit.fit(from, to, new int[] {0, 1, 2, 3}));
        float[] dest = new float[3];
        fit.apply(1, 1, 1, dest, 0);
        assertEquals(6, dest[0], 1e-6);
        assertEquals(6, dest[1], 1e-6);
        assertEquals(6, dest[2], 1e-6);
    }

    @Test
    void refusesCoincidentPointsAndLeavesTheIdentity() {
        SimilarityFit fit = new SimilarityFit();
        assertFalse(fit.fit(new float[] {1, 1, 1, 1, 1, 1}, new float[] {0, 0, 0, 5, 5, 5},
                new int[] {0, 1}));
        assertEquals(1, fit.scale);
        assertEquals(1, fit.rotation[0]);
        assertEquals(0, fit.translation[0]);
    }

    @Test
    void jacobiFindsEigenpairsOfASymmetricMatrix() {
        double[] a = {4, 1, -2, 2, 1, 2, 0, 1, -2, 0, 3, -2, 2, 1, -2, -1};
        double[] original = a.clone();
        double[] v = new double[16];
        SimilarityFit.jacobi(a, v);
        for (int k = 0; k < 4; k++) {
            double lambda = a[5 * k];
            for (int row = 0; row < 4; row++) {
                double av = 0;
                for (int c = 0; c < 4; c++) {
                    av += original[4 * row + c] * v[4 * c + k];
                }
                assertEquals(lambda * v[4 * row + k], av, 1e-10);
            }
        }
        // Trace is kept: 4 + 2 + 3 - 1.
        assertEquals(8, a[0] + a[5] + a[10] + a[15], 1e-10);
    }
}
