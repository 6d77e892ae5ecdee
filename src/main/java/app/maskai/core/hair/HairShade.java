package app.maskai.core.hair;

import app.maskai.core.template.SkinTone;

/**
 * How hair is recoloured with its own light kept (issue 15 §3), in YCbCr (core.template.SkinTone's
 * conversion): each strand's luma keeps its difference from the hair's mean, scaled, around the new
 * colour's luma, so highlights and shadows stay where they were: Y' = Y_c + (Y − μ) · k with
 * k = clamp(Y_c / μ, {@link #MIN_CONTRAST}, {@link #MAX_CONTRAST}) (lighter hair shows its strands
 * with more contrast, as bleached hair does); the chroma becomes the colour's, with a little of the
 * hair's own variation (× {@link #CHROMA_KEPT}). The result is mixed with the photo by the matte
 * times the strength.
 *
 * <p>{@link #params} are what the shader needs: the colour's Y, Cb, Cr, the hair's mean luma μ, k,
 * and the strength.
 */
public final class HairShade {
    public static final float MIN_CONTRAST = 0.6f;
    public static final float MAX_CONTRAST = 2.2f;
    public static final float CHROMA_KEPT = 0.35f;
    /** Floats in {@link #params}. */
    public static final int PARAMS = 6;

    private HairShade() {
    }

    /**
     * The shader's parameters for recolouring hair whose mean luma is {@code hairLuma} (0..1) to
     * {@code colour} at {@code strength} (0..1, clamped).
     */
    public static float[] params(HairColour colour, float hairLuma, float strength) {
        float[] ycc = new float[3];
        SkinTone.toYcc(((colour.rgb >> 16) & 0xFF) / 255f, ((colour.rgb >> 8) & 0xFF) / 255f, (colour.rgb & 0xFF) / 255f,
                ycc);
        float mean = Math.max(0.02f, hairLuma);
        float k = Math.max(MIN_CONTRAST, Math.min(MAX_CONTRAST, ycc[0] / mean));
        return new float[] {ycc[0], ycc[1], ycc[2], mean, k, Math.max(0, Math.min(1, strength))};
    }

    /**
     * The mean luma (0..1) of the pixels of {@code rgba} weighted by {@code alpha} (0..255 each, one
     * a pixel); -1 where the matte is empty.
     */
    public static float meanLuma(byte[] rgba, byte[] alpha) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < alpha.length; i++) {
            int a = alpha[i] & 0xFF;
            if (a > 0) {
                float y = (0.299f * (rgba[4 * i] & 0xFF) + 0.587f * (rgba[4 * i + 1] & 0xFF)
                        + 0.114f * (rgba[4 * i + 2] & 0xFF)) / 255f;
                sum += a * y;
                weight += a;
            }
        }
        return weight > 0 ? (float) (sum / weight) : -1;
    }

    /**
     * The mean colour (0xRRGGBB) of the pixels of {@code rgba} weighted by {@code alpha} (0..255
     * each, one a pixel); -1 where the matte is empty.
     */
    public static int meanColour(byte[] rgba, byte[] alpha) {
        double r = 0;
        double g = 0;
        double b = 0;
        double weight = 0;
        for (int i = 0; i < alpha.length; i++) {
            int a = alpha[i] & 0xFF;
            if (a > 0) {
                r += a * (rgba[4 * i] & 0xFF);
                g += a * (rgba[4 * i + 1] & 0xFF);
                b += a * (rgba[4 * i + 2] & 0xFF);
                weight += a;
            }
        }
        if (!(weight > 0)) {
            return -1;
        }
        return (int) Math.round(r / weight) << 16 | (int) Math.round(g / weight) << 8 | (int) Math.round(b / weight);
    }

    /** One pixel recoloured (r, g, b 0..1) by {@code params} with matte {@code alpha} (0..1), into dest: the shader's sum. */
    public static void apply(float[] params, float r, float g, float b, float alpha, float[] dest) {
        float[] ycc = new float[3];
        SkinTone.toYcc(r, g, b, ycc);
        float y = params[0] + (ycc[0] - params[3]) * params[4];
        float cb = params[1] + (ycc[1] - 0.5f) * CHROMA_KEPT;
        float cr = params[2] + (ycc[2] - 0.5f) * CHROMA_KEPT;
        SkinTone.toRgb(y, cb, cr, dest);
        float mix = alpha * params[5];
        dest[0] = r + (Math.max(0, Math.min(1, dest[0])) - r) * mix;
        dest[1] = g + (Math.max(0, Math.min(1, dest[1])) - g) * mix;
        dest[2] = b + (Math.max(0, Math.min(1, dest[2])) - b) * mix;
    }
}
