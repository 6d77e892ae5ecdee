package app.maskai.core.detect;

/**
 * One face found by the detector, in image pixels.
 *
 * <p>Key points, (x, y) pairs in this order (the BlazeFace model card; "right" is the subject's):
 * {@link #RIGHT_EYE}, {@link #LEFT_EYE}, {@link #NOSE_TIP}, {@link #MOUTH},
 * {@link #RIGHT_EAR_TRAGION}, {@link #LEFT_EAR_TRAGION}.
 */
public final class Detection {
    public static final int RIGHT_EYE = 0;
    public static final int LEFT_EYE = 1;
    public static final int NOSE_TIP = 2;
    public static final int MOUTH = 3;
    public static final int RIGHT_EAR_TRAGION = 4;
    public static final int LEFT_EAR_TRAGION = 5;
    /** Number of key points. */
    public static final int KEYPOINTS = 6;

    /** Detector confidence, 0..1 (sigmoid of the clipped logit). */
    public final float score;
    public final float xMin;
    public final float yMin;
    public final float width;
    public final float height;
    /** 12 floats: 6 key points × (x, y), image pixels. */
    public final float[] keypoints;

    public Detection(float score, float xMin, float yMin, float width, float height,
            float[] keypoints) {
        if (keypoints.length != 2 * KEYPOINTS) {
            throw new IllegalArgumentException("expected " + 2 * KEYPOINTS + " key point values, got "
                    + keypoints.length);
        }
        this.score = score;
        this.xMin = xMin;
        this.yMin = yMin;
        this.width = width;
        this.height = height;
        this.keypoints = keypoints;
    }

    public float keypointX(int index) {
        return keypoints[2 * index];
    }

    public float keypointY(int index) {
        return keypoints[2 * index + 1];
    }

    /**
     * Intersection over union of the two boxes, computed as tf.image.nonMaxSuppression does
     * (tfjs-core non_max_suppression_impl.ts): 0 when either box has no area.
     */
    public float iou(Detection other) {
        return iou(xMin, yMin, xMin + width, yMin + height,
                other.xMin, other.yMin, other.xMin + other.width, other.yMin + other.height);
    }

    /** Intersection over union of two axis-aligned boxes given by their corners. */
    public static float iou(float ax0, float ay0, float ax1, float ay1,
            float bx0, float by0, float bx1, float by1) {
        float areaA = (ay1 - ay0) * (ax1 - ax0);
        float areaB = (by1 - by0) * (bx1 - bx0);
        if (areaA <= 0 || areaB <= 0) {
            return 0f;
        }
        float ix = Math.max(Math.min(ax1, bx1) - Math.max(ax0, bx0), 0f);
        float iy = Math.max(Math.min(ay1, by1) - Math.max(ay0, by0), 0f);
        float intersection = ix * iy;
        return intersection / (areaA + areaB - intersection);
    }

    @Override
    public String toString() {
        return "Detection(score=" + score + ", box=" + xMin + "," + yMin + " " + width + "x" + height
                + ")";
    }
}
