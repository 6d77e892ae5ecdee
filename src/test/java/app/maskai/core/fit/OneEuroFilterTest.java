package app.maskai.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OneEuroFilterTest {
    private static final double DT = 1 / 30.0;

    @Test
    void passesAConstantInputThroughUnchanged() {
        OneEuroFilter filter = new OneEuroFilter(3, 1.0, 0.01);
        float[] in = {12.5f, -3f, 400f};
        float[] out = new float[3];
        for (int i = 0; i < 100; i++) {
            filter.filter(in, i * DT, out);
            assertArrayEquals(in, out);
        }
    }

    @Test
    void followsAStepAsThePaperSays() {
        double minCutoff = 1.0;
        double beta = 0.01;
        OneEuroFilter filter = new OneEuroFilter(1, minCutoff, beta);
        float[] out = new float[1];
        filter.filter(new float[] {0}, 0, out);
        assertEquals(0f, out[0]);
        filter.filter(new float[] {10}, DT, out);
        // dx = 300/s; dx^ = a(1 Hz) dx; fc = 1 + 0.01 |dx^|; x^ = a(fc) * 10.
        double tauD = 1 / (2 * Math.PI);
        double smoothDx = 300 / (1 + tauD / DT);
        double fc = minCutoff + beta * smoothDx;
        double expected = 10 / (1 + 1 / (2 * Math.PI * fc) / DT);
        assertEquals(expected, out[0], 1e-5);
        float previous = out[0];
        for (int i = 2; i < 120; i++) {
            filter.filter(new float[] {10}, i * DT, out);
            assertTrue(out[0] >= previous && out[0] <= 10f, "rises towards the step: " + out[0]);
            previous = out[0];
        }
        assertEquals(10f, out[0], 0.01f);
    }

    @Test
    void smoothsMoreWithALowerCutoff() {
        OneEuroFilter strong = FitSensitivity.RELAXED.newFilter(1);
        OneEuroFilter light = FitSensitivity.PRECISE.newFilter(1);
        float[] a = new float[1];
        float[] b = new float[1];
        strong.filter(new float[] {0}, 0, a);
        light.filter(new float[] {0}, 0, b);
        strong.filter(new float[] {10}, DT, a);
        light.filter(new float[] {10}, DT, b);
        assertTrue(a[0] < b[0], a[0] + " < " + b[0]);
    }

    @Test
    void resetsAndIgnoresTimeThatDoesNotAdvance() {
        OneEuroFilter filter = new OneEuroFilter(2, 1.0, 0.0);
        float[] out = new float[2];
        filter.filter(new float[] {0, 0}, 1.0, out);
        filter.filter(new float[] {10, 10}, 1.0 + DT, out);
        float[] held = out.clone();
        filter.filter(new float[] {50, 50}, 1.0 + DT, out);
        assertArrayEquals(held, out);
        filter.reset();
        filter.filter(new float[] {50, 60}, 2.0, out);
        assertArrayEquals(new float[] {50, 60}, out);
    }

    @Test
    void filtersInPlace() {
        OneEuroFilter filter = new OneEuroFilter(1, 1.0, 0.0);
        float[] v = {0};
        filter.filter(v, 0, v);
        v[0] = 10;
        filter.filter(v, DT, v);
        assertEquals(10 / (1 + 1 / (2 * Math.PI) / DT), v[0], 1e-5);
    }

    @Test
    void refusesBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new OneEuroFilter(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new OneEuroFilter(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new OneEuroFilter(1, 1, -1));
    }
}
