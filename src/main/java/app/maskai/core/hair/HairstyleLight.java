package app.maskai.core.hair;

/**
 * How a hairstyle overlay, painted in even light, takes the photo's light: each side of the face
 * has a gain from its skin's luma (the cheeks {@link #IMAGE_LEFT} and {@link #IMAGE_RIGHT}, blurred
 * at the face's scale) against the two sides' mean, gain = 1 + {@link #FOLLOW} · (side / mean − 1),
 * kept within {@link #MIN_GAIN}..{@link #MAX_GAIN}, and the overlay's colour is multiplied by the
 * gains mixed across its width. The overall level is left to the colour (the person's own hair's,
 * measured in the photo, or the one chosen): the skin's level mixes light with skin tone, the
 * sides' ratio does not. FOLLOW is below 1 because hair scatters light round the head: a face lit
 * from one side still shows the far side's hair lit at its rim.
 */
public final class HairstyleLight {
    public static final float FOLLOW = 0.8f;
    public static final float MIN_GAIN = 0.45f;
    public static final float MAX_GAIN = 1.4f;
    /** Cheek landmarks on the picture's left (the person's right) side. */
    public static final int[] IMAGE_LEFT = {50, 205};
    /** Cheek landmarks on the picture's right (the person's left) side. */
    public static final int[] IMAGE_RIGHT = {280, 425};

    private HairstyleLight() {
    }

    /** Each side's gain (picture left, picture right) for the sides' skin luma {@code left}, {@code right}. */
    public static float[] gains(float left, float right) {
        float mean = Math.max(0.02f, (left + right) / 2);
        return new float[] {gain(left / mean), gain(right / mean)};
    }

    private static float gain(float ratio) {
        return Math.max(MIN_GAIN, Math.min(MAX_GAIN, 1 + FOLLOW * (ratio - 1)));
    }
}
