package app.maskai.core.fit;

/**
 * A person's adjustment of one face's mask (docs/CONTRACTS.md, "Per-face adjustments"). Immutable;
 * each {@code with} method returns a changed copy and refuses values outside the documented range
 * (IllegalArgumentException naming the field). {@link #NONE} changes nothing.
 *
 * <p>Applied by {@link MaskFit} after fitting, in this order, about the centroid (mean) of the
 * fitted mask vertices: scale (x, y and z), rotation in the image plane (positive turns +x towards
 * +y, clockwise on screen), then a shift of offsetY inter-ocular distances along the face's down
 * axis ({@link FaceFrame}). Opacity, enabled and maskId are for the renderer.
 */
public final class FitAdjustment {
    public static final float MIN_SCALE = 0.5f;
    public static final float MAX_SCALE = 2f;
    public static final float MAX_OFFSET_Y = 0.5f;
    public static final float MAX_ROTATION_DEGREES = 30f;

    /** Nothing changed: scale 1, no offset or rotation, opacity 1, enabled, the photo's mask. */
    public static final FitAdjustment NONE = new FitAdjustment(1f, 0f, 0f, 1f, true, null);

    /** 0.5..2, about the fitted mask's centroid. */
    public final float scale;
    /** −0.5..0.5 inter-ocular distances along the face's down axis (positive = towards the chin). */
    public final float offsetY;
    /** −30..30 degrees in the image plane about the centroid (positive = clockwise on screen). */
    public final float rotationDegrees;
    /** 0..1, multiplies the mask's own opacity. */
    public final float opacity;
    /** False: this face shows no mask. */
    public final boolean enabled;
    /** The mask for this face, or null for the photo's mask. */
    public final String maskId;

    private FitAdjustment(float scale, float offsetY, float rotationDegrees, float opacity,
            boolean enabled, String maskId) {
        this.scale = scale;
        this.offsetY = offsetY;
        this.rotationDegrees = rotationDegrees;
        this.opacity = opacity;
        this.enabled = enabled;
        this.maskId = maskId;
    }

    public FitAdjustment withScale(float scale) {
        check("scale", scale, MIN_SCALE, MAX_SCALE);
        return new FitAdjustment(scale, offsetY, rotationDegrees, opacity, enabled, maskId);
    }

    public FitAdjustment withOffsetY(float offsetY) {
        check("offsetY", offsetY, -MAX_OFFSET_Y, MAX_OFFSET_Y);
        return new FitAdjustment(scale, offsetY, rotationDegrees, opacity, enabled, maskId);
    }

    /** Rotation in degrees (−30..30). */
    public FitAdjustment withRotation(float degrees) {
        check("rotation", degrees, -MAX_ROTATION_DEGREES, MAX_ROTATION_DEGREES);
        return new FitAdjustment(scale, offsetY, degrees, opacity, enabled, maskId);
    }

    public FitAdjustment withOpacity(float opacity) {
        check("opacity", opacity, 0f, 1f);
        return new FitAdjustment(scale, offsetY, rotationDegrees, opacity, enabled, maskId);
    }

    public FitAdjustment withEnabled(boolean enabled) {
        return new FitAdjustment(scale, offsetY, rotationDegrees, opacity, enabled, maskId);
    }

    /** {@code maskId} null means the photo's mask. */
    public FitAdjustment withMaskId(String maskId) {
        return new FitAdjustment(scale, offsetY, rotationDegrees, opacity, enabled, maskId);
    }

    /** Rotation in radians, for the maths. */
    public double rotationRadians() {
        return Math.toRadians(rotationDegrees);
    }

    /** Whether scale, offset and rotation leave the fitted vertices where they are. */
    public boolean movesNothing() {
        return scale == 1f && offsetY == 0f && rotationDegrees == 0f;
    }

    private static void check(String field, float value, float min, float max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " = " + value + " is outside " + min + ".."
                    + max);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FitAdjustment)) {
            return false;
        }
        FitAdjustment other = (FitAdjustment) o;
        return scale == other.scale && offsetY == other.offsetY
                && rotationDegrees == other.rotationDegrees && opacity == other.opacity
                && enabled == other.enabled
                && (maskId == null ? other.maskId == null : maskId.equals(other.maskId));
    }

    @Override
    public int hashCode() {
        int h = Float.floatToIntBits(scale + 0f);
        h = 31 * h + Float.floatToIntBits(offsetY + 0f);
        h = 31 * h + Float.floatToIntBits(rotationDegrees + 0f);
        h = 31 * h + Float.floatToIntBits(opacity + 0f);
        h = 31 * h + (enabled ? 1 : 0);
        return 31 * h + (maskId == null ? 0 : maskId.hashCode());
    }

    @Override
    public String toString() {
        return "FitAdjustment(scale " + scale + ", offsetY " + offsetY + ", rotation "
                + rotationDegrees + "°, opacity " + opacity + (enabled ? "" : ", disabled")
                + (maskId == null ? "" : ", mask " + maskId) + ")";
    }
}
