package app.maskai.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColourTransferTest {
    /** {@code n} colours around (r, g, b) with a spread of ±amp, deterministic. */
    private static float[] patch(float r, float g, float b, float amp, int n) {
        float[] out = new float[3 * n];
        for (int i = 0; i < n; i++) {
            float t = (float) Math.sin(1.7 * i) * amp;
            out[3 * i] = r + t;
            out[3 * i + 1] = g + 0.8f * t;
            out[3 * i + 2] = b + 0.6f * t;
        }
        return out;
    }

    @Test
    void yccRoundTripsToTheSameColour() {
        float[] ycc = new float[3];
        float[] rgb = new float[3];
        SkinTone.toYcc(0.8f, 0.55f, 0.4f, ycc);
        SkinTone.toRgb(ycc[0], ycc[1], ycc[2], rgb);
        assertEquals(0.8f, rgb[0], 1e-5);
        assertEquals(0.55f, rgb[1], 1e-5);
        assertEquals(0.4f, rgb[2], 1e-5);
    }

    @Test
    void atFullStrengthTheFacesMeanBecomesTheTemplatesAndItsSpreadFollowsWithinTheGainLimits() {
        int n = 200;
        float[] face = patch(0.55f, 0.4f, 0.33f, 0.08f, n);
        SkinTone faceTone = SkinTone.of(face, n);
        SkinTone templateTone = SkinTone.of(patch(0.85f, 0.68f, 0.55f, 0.075f, n), n);
        ColourTransfer transfer = new ColourTransfer(faceTone, templateTone, 1);
        float[] out = new float[3 * n];
        float[] one = new float[3];
        for (int i = 0; i < n; i++) {
            transfer.apply(face[3 * i], face[3 * i + 1], face[3 * i + 2], one);
            System.arraycopy(one, 0, out, 3 * i, 3);
        }
        SkinTone matched = SkinTone.of(out, n);
        for (int c = 0; c < 3; c++) {
            assertEquals(templateTone.mean(c), matched.mean(c), 2e-3, "mean of channel " + c);
        }
        assertEquals(templateTone.spread(0), matched.spread(0), 2e-3);
    }

    @Test
    void aSmoothPaintedSkinDoesNotFlattenTheFaceBelowTheLowestGainAndTheMiddleKeepsNearlyItsOwnLight() {
        SkinTone face = new SkinTone(new float[] {0.5f, 0.45f, 0.58f}, new float[] {0.1f, 0.02f, 0.02f});
        SkinTone painted = new SkinTone(new float[] {0.7f, 0.44f, 0.57f}, new float[] {0.01f, 0.005f, 0.005f});
        ColourTransfer transfer = new ColourTransfer(face, painted, 1);
        assertEquals(ColourTransfer.MIN_GAIN, transfer.gain(0), 1e-6);
        assertEquals(0.7f - 0.5f * ColourTransfer.MIN_GAIN, transfer.offset(0), 1e-6);
        ColourTransfer middle = ColourTransfer.middle(face, painted, 1);
        assertEquals(ColourTransfer.MIN_LUMA_GAIN, middle.gain(0), 1e-6);
        assertEquals(0.7f - 0.5f * ColourTransfer.MIN_LUMA_GAIN, middle.offset(0), 1e-6);
        assertEquals(ColourTransfer.MIN_GAIN, middle.gain(1), 1e-6);
    }

    @Test
    void atZeroStrengthColoursComeBackAsTheyWent() {
        SkinTone face = new SkinTone(new float[] {0.5f, 0.45f, 0.58f}, new float[] {0.1f, 0.02f, 0.02f});
        SkinTone other = new SkinTone(new float[] {0.2f, 0.6f, 0.4f}, new float[] {0.05f, 0.05f, 0.05f});
        ColourTransfer transfer = new ColourTransfer(face, other, 0);
        float[] out = new float[3];
        transfer.apply(0.3f, 0.6f, 0.9f, out);
        assertEquals(0.3f, out[0], 1e-5);
        assertEquals(0.6f, out[1], 1e-5);
        assertEquals(0.9f, out[2], 1e-5);
    }

    @Test
    void aFlatChannelKeepsItsSpread() {
        SkinTone grey = new SkinTone(new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.1f, 0, 0});
        SkinTone warm = new SkinTone(new float[] {0.6f, 0.45f, 0.58f}, new float[] {0.05f, 0.02f, 0.02f});
        ColourTransfer transfer = new ColourTransfer(grey, warm, 1);
        assertEquals(1, transfer.gain(1), 0);
        assertEquals(0.45f - 0.5f, transfer.offset(1), 1e-6);
    }
}
