package app.maskai.core.landmarks;

import app.maskai.core.detect.Detection;
import app.maskai.core.geometry.RotatedRect;

/**
 * The rotated square of the image that the landmark model looks at.
 *
 * <p>Follows MediaPipe's face_detection_front_detection_to_roi and face_landmark_landmarks_to_roi
 * graphs as ported in face-landmarks-detection 1.0.6 (tfjs/detector.ts with
 * shared/calculators/detection_to_rect.ts and transform_rect.ts):
 * <ol>
 *   <li>DetectionsToRects, bounding-box mode: the rectangle is the detection box (centre and
 *       size); rotation = normalise(0 − atan2(−(y1 − y0), x1 − x0)) from the start to the end key
 *       point, in pixels, so the line between the eyes becomes horizontal;
 *   <li>RectTransformation (shift 0, scale 1.5, square_long): the long side of the box, measured
 *       in pixels, becomes both sides, then both are scaled by 1.5.
 * </ol>
 * The reference works in image-normalised coordinates but measures the long side and the angle
 * in pixels (width × imageWidth against height × imageHeight), so working in pixels is the same
 * computation.
 */
public final class RegionOfInterest {
    /** RECT_TRANSFORMATION_CONFIG scaleX/scaleY. */
    public static final float SCALE = 1.5f;

    private RegionOfInterest() {
    }

    /** The landmark model's region for a detector result (key points 0 → 1: right eye → left eye). */
    public static RotatedRect fromDetection(Detection d, int imageWidth, int imageHeight) {
        checkSize(imageWidth, imageHeight);
        float rotation = rotation(d.keypointX(Detection.RIGHT_EYE), d.keypointY(Detection.RIGHT_EYE),
                d.keypointX(Detection.LEFT_EYE), d.keypointY(Detection.LEFT_EYE));
        return squareAndScale(d.xMin + d.width / 2, d.yMin + d.height / 2, d.width, d.height,
                rotation, new RotatedRect());
    }

    /**
     * The region for the next video frame from this frame's landmarks (468 × (x, y, z), image
     * pixels): the bounding box of all points, turned by the line from landmark 33 to 263 (the eyes'
     * outer corners), squared on the long side and scaled 1.5× as for a detection.
     */
    public static RotatedRect fromLandmarks(float[] landmarks, int imageWidth, int imageHeight) {
        return fromLandmarks(landmarks, imageWidth, imageHeight, new RotatedRect());
    }

    /**
     * {@link #fromLandmarks(float[], int, int)} into {@code dest}, which it returns: the live view's
     * per-frame path, which allocates nothing.
     */
    public static RotatedRect fromLandmarks(float[] landmarks, int imageWidth, int imageHeight,
            RotatedRect dest) {
        checkSize(imageWidth, imageHeight);
        if (landmarks.length < LandmarkModel.MESH_VALUES) {
            throw new IllegalArgumentException("expected " + LandmarkModel.MESH_VALUES
                    + " landmark values, got " + landmarks.length);
        }
        float xMin = LandmarkBounds.min(landmarks, LandmarkModel.POINTS, 0);
        float yMin = LandmarkBounds.min(landmarks, LandmarkModel.POINTS, 1);
        float xMax = LandmarkBounds.max(landmarks, LandmarkModel.POINTS, 0);
        float yMax = LandmarkBounds.max(landmarks, LandmarkModel.POINTS, 1);
        float rotation = roll(landmarks);
        float width = xMax - xMin;
        float height = yMax - yMin;
        return squareAndScale(xMin + width / 2, yMin + height / 2, width, height, rotation, dest);
    }

    /**
     * The face's roll in radians, [−π, π): the angle of the line from landmark 33 to 263 (the eyes'
     * outer corners) in the image, 0 for an upright face, π/2 for one turned a quarter clockwise.
     */
    public static float roll(float[] landmarks) {
        int start = 3 * LandmarkModel.RIGHT_EYE_OUTER_CORNER;
        int end = 3 * LandmarkModel.LEFT_EYE_OUTER_CORNER;
        return rotation(landmarks[start], landmarks[start + 1], landmarks[end], landmarks[end + 1]);
    }

    /** Angle that turns the vector (x0, y0) → (x1, y1) onto +x, normalised to [−π, π). */
    static float rotation(float x0, float y0, float x1, float y1) {
        // Target angle 0 (rotationVectorTargetAngleDegree: 0).
        return (float) normalizeRadians(0.0 - Math.atan2(-((double) y1 - y0), (double) x1 - x0));
    }

    /** image_utils.ts normalizeRadians: angle − 2π·floor((angle + π) / 2π). */
    static double normalizeRadians(double angle) {
        return angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
    }

    private static RotatedRect squareAndScale(float cx, float cy, float width, float height,
            float rotation, RotatedRect dest) {
        float side = Math.max(width, height) * SCALE;
        return dest.set(cx, cy, side, side, rotation);
    }

    private static void checkSize(int imageWidth, int imageHeight) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + imageWidth + "x"
                    + imageHeight);
        }
    }
}
