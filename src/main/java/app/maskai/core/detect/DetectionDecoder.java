package app.maskai.core.detect;

import app.maskai.core.geometry.RotatedRect;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the detector's raw output into {@link Detection}s in image pixels.
 *
 * <p>Follows tfjs-models shared/calculators/tensors_to_detections.ts (MediaPipe's
 * TensorsToDetectionsCalculator with reverse_output_order, no exponential on box size, fixed
 * anchor size 1) and detection_projection.ts:
 * <ul>
 *   <li>score = sigmoid(clip(logit, ±100)); anchors scoring below the minimum score ({@code spec.minScore} unless given) are skipped;
 *   <li>box centre = raw / inputSize + anchor centre, box size = raw / inputSize (normalised input
 *       coordinates; x over the input's width, y over its height, which for the trained 128² input
 *       is the reference's 128 for both); boxes with negative width or height are skipped;
 *   <li>key points = raw / inputSize + anchor centre;
 *   <li>everything is mapped from the input square to the image through {@code inputRect}; the
 *       box becomes the axis-aligned bounds of its four mapped corners.
 * </ul>
 * The decode arithmetic is done in float, as the reference does it in float32 tensors; the
 * mapping to the image in double, as the reference does it in JavaScript numbers.
 */
public final class DetectionDecoder {
    private DetectionDecoder() {
    }

    /**
     * Decodes {@code raw} (anchorCount × 17 floats, the model's output) for a detector input that
     * resampled {@code inputRect} of an imageWidth×imageHeight image. Returns detections in anchor
     * order, unsuppressed.
     */
    public static List<Detection> decode(float[] raw, DetectorSpec spec, RotatedRect inputRect,
            int imageWidth, int imageHeight) {
        return decode(raw, spec, spec.minScore, inputRect, imageWidth, imageHeight);
    }

    /** As {@link #decode(float[], DetectorSpec, RotatedRect, int, int)}, keeping scores ≥ minScore. */
    public static List<Detection> decode(float[] raw, DetectorSpec spec, float minScore,
            RotatedRect inputRect, int imageWidth, int imageHeight) {
        int stride = DetectorSpec.VALUES_PER_ANCHOR;
        if (raw.length < spec.anchorCount * stride) {
            throw new IllegalArgumentException(spec.name + ": raw output has " + raw.length
                    + " values, expected " + spec.anchorCount * stride);
        }
        float[] anchors = spec.anchors();
        float scaleX = spec.inputWidth;
        float scaleY = spec.inputHeight;
        float[] point = new float[2];
        List<Detection> detections = new ArrayList<>();
        for (int i = 0; i < spec.anchorCount; i++) {
            int offset = i * stride;
            float score = sigmoid(clip(raw[offset], spec.scoreClip));
            if (score < minScore) {
                continue;
            }
            float anchorX = anchors[2 * i];
            float anchorY = anchors[2 * i + 1];
            float xCenter = raw[offset + 1] / scaleX + anchorX;
            float yCenter = raw[offset + 2] / scaleY + anchorY;
            float w = raw[offset + 3] / scaleX;
            float h = raw[offset + 4] / scaleY;
            float xMin = xCenter - w / 2;
            float yMin = yCenter - h / 2;
            float xMax = xCenter + w / 2;
            float yMax = yCenter + h / 2;
            if (xMax - xMin < 0 || yMax - yMin < 0) {
                continue;
            }

            float[] keypoints = new float[2 * Detection.KEYPOINTS];
            for (int k = 0; k < Detection.KEYPOINTS; k++) {
                float kx = raw[offset + 5 + 2 * k] / scaleX + anchorX;
                float ky = raw[offset + 6 + 2 * k] / scaleY + anchorY;
                inputRect.cropToImage(kx, ky, 1, 1, point);
                keypoints[2 * k] = point[0];
                keypoints[2 * k + 1] = point[1];
            }

            float boxMinX = Float.POSITIVE_INFINITY;
            float boxMinY = Float.POSITIVE_INFINITY;
            float boxMaxX = Float.NEGATIVE_INFINITY;
            float boxMaxY = Float.NEGATIVE_INFINITY;
            for (int corner = 0; corner < 4; corner++) {
                float u = corner == 1 || corner == 2 ? xMax : xMin;
                float v = corner >= 2 ? yMax : yMin;
                inputRect.cropToImage(u, v, 1, 1, point);
                boxMinX = Math.min(boxMinX, point[0]);
                boxMinY = Math.min(boxMinY, point[1]);
                boxMaxX = Math.max(boxMaxX, point[0]);
                boxMaxY = Math.max(boxMaxY, point[1]);
            }
            detections.add(new Detection(score, boxMinX, boxMinY, boxMaxX - boxMinX, boxMaxY - boxMinY,
                    keypoints));
        }
        return detections;
    }

    /** The logistic function, in float as tf.sigmoid computes it on float32 tensors. */
    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    private static float clip(float value, float limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
