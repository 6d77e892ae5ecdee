package app.maskai.core.style;

import app.maskai.core.layout.FaceLayout;
import java.util.List;

/**
 * Where a portrait style keeps detail: per face, an ellipse around each eye with its brow, one
 * around the lips (weight 1: full detail) and one around the face's oval (weight {@link
 * #FACE_WEIGHT}: the face stays recognisable), the background getting the style's full
 * simplification. Each ellipse is fitted to its landmarks: centred on their mean, its axes the
 * principal axes of their spread, scaled until the farthest landmark lies on it, then grown by
 * {@link #FEATURE_MARGIN} (features) or {@link #FACE_MARGIN} (the face). The renderer fades each
 * ellipse's weight out over its outer quarter.
 *
 * <p>Packed for the renderer as {@link #VALUES} floats a region: centre x, y, semi-axes a, b (a
 * along the angle), angle (radians), weight; in the photo's pixels. At most {@link #MAX_FACES}
 * faces (the first ones given).
 */
public final class StyleRegions {
    public static final int VALUES = 6;
    public static final int REGIONS_PER_FACE = 4;
    public static final int MAX_FACES = 8;
    public static final int MAX_REGIONS = REGIONS_PER_FACE * MAX_FACES;
    /** The face oval's weight: between the background's 0 and the features' 1. */
    public static final float FACE_WEIGHT = 0.55f;
    static final float FEATURE_MARGIN = 1.35f;
    static final float FACE_MARGIN = 1.05f;

    /** MediaPipe FaceMesh's right eye (the subject's; the image's left) with its brow. */
    static final int[] RIGHT_EYE_AND_BROW = {33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161,
        246, 46, 53, 52, 65, 55, 70, 63, 105, 66, 107};
    /** The subject's left eye with its brow. */
    static final int[] LEFT_EYE_AND_BROW = {263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387,
        388, 466, 276, 283, 282, 295, 285, 300, 293, 334, 296, 336};
    /** The lips' outer contour. */
    static final int[] LIPS = {61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291, 409, 270, 269, 267, 0, 37, 39, 40,
        185};

    private StyleRegions() {
    }

    /**
     * The regions of {@code faces} (468 × (x, y, z) landmarks each, the photo's pixels), packed; an
     * empty array for none.
     */
    public static float[] of(List<float[]> faces) {
        int count = Math.min(faces.size(), MAX_FACES);
        float[] out = new float[count * REGIONS_PER_FACE * VALUES];
        for (int f = 0; f < count; f++) {
            float[] landmarks = faces.get(f);
            int at = f * REGIONS_PER_FACE * VALUES;
            ellipse(landmarks, RIGHT_EYE_AND_BROW, FEATURE_MARGIN, 1f, out, at);
            ellipse(landmarks, LEFT_EYE_AND_BROW, FEATURE_MARGIN, 1f, out, at + VALUES);
            ellipse(landmarks, LIPS, FEATURE_MARGIN, 1f, out, at + 2 * VALUES);
            ellipse(landmarks, FaceLayout.FACE_OVAL, FACE_MARGIN, FACE_WEIGHT, out, at + 3 * VALUES);
        }
        return out;
    }

    /** The ellipse through the farthest of {@code points}, grown by {@code margin}, into out[at..at+6). */
    static void ellipse(float[] landmarks, int[] points, float margin, float weight, float[] out, int at) {
        double mx = 0;
        double my = 0;
        for (int p : points) {
            mx += landmarks[3 * p];
            my += landmarks[3 * p + 1];
        }
        mx /= points.length;
        my /= points.length;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int p : points) {
            double dx = landmarks[3 * p] - mx;
            double dy = landmarks[3 * p + 1] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        sxx /= points.length;
        syy /= points.length;
        sxy /= points.length;
        // Principal axes of the 2×2 covariance.
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double half = (sxx + syy) / 2;
        double root = Math.sqrt(Math.max(0, (sxx - syy) * (sxx - syy) / 4 + sxy * sxy));
        double a = Math.sqrt(Math.max(half + root, 1e-6));
        double b = Math.sqrt(Math.max(half - root, 1e-6));
        // Never thinner than a tenth of its length (an eye seen edge-on still has a region).
        b = Math.max(b, a / 10);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double farthest = 0;
        for (int p : points) {
            double dx = landmarks[3 * p] - mx;
            double dy = landmarks[3 * p + 1] - my;
            double u = (dx * cos + dy * sin) / a;
            double v = (-dx * sin + dy * cos) / b;
            farthest = Math.max(farthest, Math.sqrt(u * u + v * v));
        }
        double scale = Math.max(farthest, 1e-3) * margin;
        out[at] = (float) mx;
        out[at + 1] = (float) my;
        out[at + 2] = (float) (a * scale);
        out[at + 3] = (float) (b * scale);
        out[at + 4] = (float) angle;
        out[at + 5] = weight;
    }

    /**
     * The detail weight at (x, y), as the renderer computes it: the greatest over the regions of
     * weight × (1 − smoothstep(0.75, 1, distance)), distance 1 on the ellipse.
     */
    public static float weightAt(float[] regions, float x, float y) {
        float best = 0;
        for (int at = 0; at + VALUES <= regions.length; at += VALUES) {
            double cos = Math.cos(regions[at + 4]);
            double sin = Math.sin(regions[at + 4]);
            double dx = x - regions[at];
            double dy = y - regions[at + 1];
            double u = (dx * cos + dy * sin) / regions[at + 2];
            double v = (-dx * sin + dy * cos) / regions[at + 3];
            double d = Math.sqrt(u * u + v * v);
            double t = Math.max(0, Math.min(1, (d - 0.75) / 0.25));
            double fade = 1 - t * t * (3 - 2 * t);
            best = (float) Math.max(best, regions[at + 5] * fade);
        }
        return best;
    }
}
