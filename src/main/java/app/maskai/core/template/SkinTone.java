package app.maskai.core.template;

/**
 * The colour of a patch of skin as the mean and standard deviation of each channel in YCbCr
 * (ITU-R BT.601, full range, every channel 0..1 with Cb and Cr centred on 0.5): the statistics
 * Reinhard et al. transfer between images ("Color Transfer between Images", IEEE CG&amp;A 21(5),
 * 2001). They used lαβ; YCbCr is close to it for skin, is one matrix each way in a shader, and keeps
 * light (Y) apart from tint (Cb, Cr), which {@link ColourTransfer} treats differently.
 * Immutable.
 */
public final class SkinTone {
    /** Below this a channel's spread counts as flat (1/255): its gain is not computed from it. */
    static final float FLAT = 1f / 255f;

    /** Y, Cb, Cr means. */
    private final float[] mean;
    /** Y, Cb, Cr standard deviations. */
    private final float[] spread;

    public SkinTone(float[] mean, float[] spread) {
        if (mean.length != 3 || spread.length != 3) {
            throw new IllegalArgumentException("a skin tone has 3 means and 3 spreads");
        }
        for (int c = 0; c < 3; c++) {
            if (!(mean[c] >= 0 && mean[c] <= 1 && spread[c] >= 0 && spread[c] <= 1)) {
                throw new IllegalArgumentException("skin tone channel " + c + " out of 0..1");
            }
        }
        this.mean = mean.clone();
        this.spread = spread.clone();
    }

    /** The tone of {@code count} sRGB colours (r, g, b in 0..1, 3 floats each, from offset 0). */
    public static SkinTone of(float[] rgb, int count) {
        if (count < 1 || rgb.length < 3 * count) {
            throw new IllegalArgumentException("a skin tone needs at least one colour");
        }
        double[] sum = new double[3];
        double[] squares = new double[3];
        float[] ycc = new float[3];
        for (int i = 0; i < count; i++) {
            toYcc(rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2], ycc);
            for (int c = 0; c < 3; c++) {
                sum[c] += ycc[c];
                squares[c] += (double) ycc[c] * ycc[c];
            }
        }
        float[] mean = new float[3];
        float[] spread = new float[3];
        for (int c = 0; c < 3; c++) {
            double m = sum[c] / count;
            mean[c] = (float) Math.min(1, Math.max(0, m));
            spread[c] = (float) Math.min(1, Math.sqrt(Math.max(0, squares[c] / count - m * m)));
        }
        return new SkinTone(mean, spread);
    }

    /** Channel c's mean (0 Y, 1 Cb, 2 Cr). */
    public float mean(int c) {
        return mean[c];
    }

    /** Channel c's standard deviation. */
    public float spread(int c) {
        return spread[c];
    }

    /** r, g, b (0..1) to Y, Cb, Cr (0..1, BT.601 full range) in dest[0..2]. */
    public static void toYcc(float r, float g, float b, float[] dest) {
        dest[0] = 0.299f * r + 0.587f * g + 0.114f * b;
        dest[1] = 0.5f - 0.168736f * r - 0.331264f * g + 0.5f * b;
        dest[2] = 0.5f + 0.5f * r - 0.418688f * g - 0.081312f * b;
    }

    /** Y, Cb, Cr to r, g, b (not clamped) in dest[0..2]: the inverse of {@link #toYcc}. */
    public static void toRgb(float y, float cb, float cr, float[] dest) {
        dest[0] = y + 1.402f * (cr - 0.5f);
        dest[1] = y - 0.344136f * (cb - 0.5f) - 0.714136f * (cr - 0.5f);
        dest[2] = y + 1.772f * (cb - 0.5f);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Y %.3f±%.3f Cb %.3f±%.3f Cr %.3f±%.3f",
                mean[0], spread[0], mean[1], spread[1], mean[2], spread[2]);
    }
}
