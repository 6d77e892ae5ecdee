package app.maskai.core.landmarks;

import app.maskai.core.geometry.RotatedRect;

/**
 * Maps the landmark model's output from crop pixels back to image pixels.
 *
 * <p>The reference (face-landmarks-detection 1.0.6: tensors_to_landmarks.ts, then
 * calculate_landmark_projection.ts, then normalized_keypoints_to_keypoints.ts) divides x, y and z
 * by the input size (192), turns (x − 0.5, y − 0.5) by the region's rotation, scales by the
 * region's size and adds its centre; z is scaled like x: z / 192 × region width (normalised),
 * then × image width, which is z / 192 × region width in pixels. So z comes out in image pixels,
 * on the same scale as x, negative towards the camera (the astronaut reference: nose tip ≈ −25).
 *
 * <p>x and y go through {@link RotatedRect#cropToImage}, the map the crop was sampled with; for
 * the square regions that {@link RegionOfInterest} makes this equals the reference's formula.
 */
public final class LandmarkProjection {
    private LandmarkProjection() {
    }

    /**
     * Projects {@code rawMesh} (x, y, z triples in inputSize×inputSize crop pixels) sampled from
     * {@code roi} into {@code dest} (same layout, image pixels). Allocates nothing; dest may be
     * rawMesh itself.
     */
    public static void project(float[] rawMesh, RotatedRect roi, int inputSize, float[] dest) {
        if (dest.length < rawMesh.length - rawMesh.length % 3) {
            throw new IllegalArgumentException("dest holds " + dest.length + " values, need "
                    + rawMesh.length);
        }
        double cos = roi.cos();
        double sin = roi.sin();
        // |width|: a mirrored region (negative width) flips x, not depth.
        double zScale = Math.abs((double) roi.width) / inputSize;
        int points = rawMesh.length / 3;
        for (int i = 0; i < points; i++) {
            int o = 3 * i;
            double x = ((double) rawMesh[o] / inputSize - 0.5) * roi.width;
            double y = ((double) rawMesh[o + 1] / inputSize - 0.5) * roi.height;
            double z = rawMesh[o + 2] * zScale;
            dest[o] = (float) (roi.cx + cos * x - sin * y);
            dest[o + 1] = (float) (roi.cy + sin * x + cos * y);
            dest[o + 2] = (float) z;
        }
    }
}
