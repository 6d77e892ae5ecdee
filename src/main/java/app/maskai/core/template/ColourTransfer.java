package app.maskai.core.template;

/**
 * Matches a face's colour to a template's skin, channel by channel in YCbCr, as Reinhard et al.
 * (2001) do: out = (in − μ_face) · σ_template / σ_face + μ_template, mixed with the face's own
 * colour by a strength. The gain σ_template / σ_face is held to {@link #MIN_GAIN}..{@link
 * #MAX_GAIN}: a painted template's skin is smoother than a photo's, and matching its spread fully
 * would erase the shading that makes a face. A channel that is flat in the face (a grey or tinted
 * photo) keeps its spread.
 *
 * <p>Two transfers are made for a face: one for its edge, matched as far as those limits allow, so
 * that the face's modelling meets the painted skin's at the seam, and one for its middle ({@link
 * #middle}), whose light (Y) keeps nearly its own contrast ({@link #MIN_LUMA_GAIN}..{@link
 * #MAX_LUMA_GAIN}), so the eyes and mouth keep their detail (a gain of 0.6 on Y everywhere kept 0.6
 * of it in TemplatesIT; keeping it everywhere left a step at the temples). The renderer goes from
 * one to the other across the face.
 *
 * <p>{@link #gain} and {@link #offset} are what a shader needs: out_c = in_c · gain_c + offset_c in
 * YCbCr, per channel.
 */
public final class ColourTransfer {
    public static final float MIN_GAIN = 0.6f;
    public static final float MAX_GAIN = 1.5f;
    public static final float MIN_LUMA_GAIN = 0.9f;
    public static final float MAX_LUMA_GAIN = 1.15f;

    private final float[] gain = new float[3];
    private final float[] offset = new float[3];

    /**
     * The transfer taking {@code face} to {@code template} at {@code strength} (0: the face as it
     * is, 1: matched; clamped to 0..1).
     */
    public ColourTransfer(SkinTone face, SkinTone template, float strength) {
        this(face, template, strength, MIN_GAIN, MAX_GAIN);
    }

    /** The transfer for the face's middle: as the edge's, but its light keeps nearly its own contrast. */
    public static ColourTransfer middle(SkinTone face, SkinTone template, float strength) {
        return new ColourTransfer(face, template, strength, MIN_LUMA_GAIN, MAX_LUMA_GAIN);
    }

    private ColourTransfer(SkinTone face, SkinTone template, float strength, float lumaLow, float lumaHigh) {
        float k = Math.min(1, Math.max(0, strength));
        for (int c = 0; c < 3; c++) {
            float low = c == 0 ? lumaLow : MIN_GAIN;
            float high = c == 0 ? lumaHigh : MAX_GAIN;
            float g = face.spread(c) < SkinTone.FLAT ? 1
                    : Math.min(high, Math.max(low, template.spread(c) / face.spread(c)));
            // matched: in·g + (μt − μf·g); mixed with the identity by k.
            float matchedOffset = template.mean(c) - face.mean(c) * g;
            gain[c] = 1 + k * (g - 1);
            offset[c] = k * matchedOffset;
        }
    }

    /** Channel c's gain (0 Y, 1 Cb, 2 Cr). */
    public float gain(int c) {
        return gain[c];
    }

    /** Channel c's offset. */
    public float offset(int c) {
        return offset[c];
    }

    /** Applies the transfer to r, g, b (0..1) and writes the result, clamped to 0..1, in dest. */
    public void apply(float r, float g, float b, float[] dest) {
        SkinTone.toYcc(r, g, b, dest);
        float y = dest[0] * gain[0] + offset[0];
        float cb = dest[1] * gain[1] + offset[1];
        float cr = dest[2] * gain[2] + offset[2];
        SkinTone.toRgb(y, cb, cr, dest);
        for (int c = 0; c < 3; c++) {
            dest[c] = Math.min(1, Math.max(0, dest[c]));
        }
    }
}
