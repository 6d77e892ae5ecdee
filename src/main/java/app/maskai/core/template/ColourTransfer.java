package app.maskai.core.template;

/**
 * Matches a face's colour to a template's skin, channel by channel in YCbCr, as Reinhard et al.
 * (2001) do: out = (in − μ_face) · σ_template / σ_face + μ_template, mixed with the face's own
 * colour by a strength. The gain σ_template / σ_face is held to {@link #MIN_GAIN}..{@link
 * #MAX_GAIN}: a painted template's skin is smoother than a photo's, and matching its spread fully
 * would flatten the face's own modelling (a gain of 0.3 erases the shading that makes it a face).
 * A channel that is flat in the face (a grey or tinted photo) keeps its spread.
 *
 * <p>{@link #gain} and {@link #offset} are what a shader needs: out_c = in_c · gain_c + offset_c in
 * YCbCr, per channel.
 */
public final class ColourTransfer {
    public static final float MIN_GAIN = 0.6f;
    public static final float MAX_GAIN = 1.5f;

    private final float[] gain = new float[3];
    private final float[] offset = new float[3];

    /**
     * The transfer taking {@code face} to {@code template} at {@code strength} (0: the face as it
     * is, 1: matched; clamped to 0..1).
     */
    public ColourTransfer(SkinTone face, SkinTone template, float strength) {
        float k = Math.min(1, Math.max(0, strength));
        for (int c = 0; c < 3; c++) {
            float g = face.spread(c) < SkinTone.FLAT ? 1
                    : Math.min(MAX_GAIN, Math.max(MIN_GAIN, template.spread(c) / face.spread(c)));
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
