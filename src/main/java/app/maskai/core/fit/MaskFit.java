package app.maskai.core.fit;

import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskSpec;

/**
 * Places a mask's vertices on a face (docs/CONTRACTS.md, "Version 2").
 *
 * <ol>
 *   <li>A landmark vertex sits on its landmark (x, y, z).
 *   <li>An extra vertex is its affine combination of landmarks, so it follows the face under any
 *       affine map of the landmarks.
 *   <li>With a {@link FaceLayout}, every vertex of a rigid part is instead the canonical model's
 *       position of that vertex (the same combination of canonical landmark positions) carried by
 *       the 3D similarity that best fits the canonical {@link #STABLE_LANDMARKS} to the face's
 *       ({@link SimilarityFit}, Umeyama/Horn). Those landmarks leave out the mouth and jaw, so an
 *       open mouth moves no rigid vertex. Without a layout rigid parts follow their landmarks.
 *   <li>With a {@link Drape} as well, every vertex then stands off the face by its drape offset
 *       (carried by the same similarity's rotation and scale): the mask has a little ease and
 *       spans the hollows of the lower face as a real one does.
 *   <li>A {@link FitAdjustment} then scales, rotates and shifts every vertex about their centroid.
 * </ol>
 * Output is (x, y, z) per vertex in the landmarks' space (image pixels; z as FaceMesh gives it,
 * smaller = nearer the camera, the canonical model is turned to match: see FaceLayout).
 *
 * <p>Allocates nothing. The static methods share one instance's scratch space, so call them from
 * one thread (the browser's); on other threads use an instance each and {@link #place}.
 */
public final class MaskFit {
    /**
     * Landmarks that keep their places on a face whatever its expression: outer and inner eye
     * corners (33, 133, 362, 263), nose bridge (168, 6, 197, 195), forehead (10, 151, 9, 108, 337),
     * cheekbones (116, 345, 118, 347) and the face's edge at the temples and ears (127, 356, 234,
     * 454). Nothing of the mouth, lips or jaw (MediaPipe face mesh landmark map, mesh_map.jpg).
     */
    public static final int[] STABLE_LANDMARKS = {
            33, 133, 362, 263, 168, 6, 197, 195, 10, 151, 9, 108, 337, 116, 345, 118, 347, 127, 356,
            234, 454};

    private static final MaskFit SHARED = new MaskFit();

    private final SimilarityFit similarity = new SimilarityFit();
    private final FaceFrame frame = new FaceFrame();

    /**
     * Writes (x, y, z) per mask vertex into {@code dest} (3 × vertexCount floats) from the face's
     * {@code landmarks} (468 × (x, y, z), image pixels): landmark and extra vertices only; rigid
     * parts follow their landmarks (no layout), no adjustment.
     */
    public static void vertices(MaskSpec spec, float[] landmarks, float[] dest) {
        SHARED.place(spec, null, landmarks, FitAdjustment.NONE, dest);
    }

    /**
     * As {@link #vertices(MaskSpec, float[], float[])}, with rigid parts placed through
     * {@code layout} (may be null: rigid parts then follow their landmarks) and {@code adjustment}
     * applied (null = {@link FitAdjustment#NONE}).
     */
    public static void vertices(MaskSpec spec, FaceLayout layout, float[] landmarks,
            FitAdjustment adjustment, float[] dest) {
        SHARED.place(spec, layout, landmarks, adjustment, dest);
    }

    /**
     * As {@link #vertices(MaskSpec, FaceLayout, float[], FitAdjustment, float[])}, each vertex
     * standing off the face by {@code drape} (may be null: none; needs {@code layout}).
     */
    public static void vertices(MaskSpec spec, FaceLayout layout, Drape drape, float[] landmarks,
            FitAdjustment adjustment, float[] dest) {
        SHARED.place(spec, layout, drape, landmarks, adjustment, dest);
    }

    /** The instance form of {@link #vertices(MaskSpec, FaceLayout, float[], FitAdjustment, float[])}. */
    public void place(MaskSpec spec, FaceLayout layout, float[] landmarks,
            FitAdjustment adjustment, float[] dest) {
        place(spec, layout, null, landmarks, adjustment, dest);
    }

    /** The instance form of {@link #vertices(MaskSpec, FaceLayout, Drape, float[], FitAdjustment, float[])}. */
    public void place(MaskSpec spec, FaceLayout layout, Drape drape, float[] landmarks,
            FitAdjustment adjustment, float[] dest) {
        int count = spec.vertexCount();
        if (landmarks.length < LandmarkModel.MESH_VALUES) {
            throw new IllegalArgumentException("expected " + LandmarkModel.MESH_VALUES
                    + " landmark values, got " + landmarks.length);
        }
        if (dest.length < 3 * count) {
            throw new IllegalArgumentException("dest holds " + dest.length + " values, need "
                    + 3 * count);
        }
        followLandmarks(spec, landmarks, dest);
        boolean needsFrame = spec.hasRigidParts() || drape != null;
        if (layout != null && needsFrame && similarity.fit(layout.canonical(), landmarks, STABLE_LANDMARKS)) {
            if (spec.hasRigidParts()) {
                placeRigid(spec, layout.canonical(), dest);
            }
            if (drape != null) {
                standOff(drape.offsets(spec), dest, count);
            }
        }
        if (adjustment != null && !adjustment.movesNothing()) {
            adjust(adjustment, landmarks, dest, count);
        }
    }

    private static void followLandmarks(MaskSpec spec, float[] landmarks, float[] dest) {
        int[] bound = spec.landmarks;
        int first = bound.length;
        for (int v = 0; v < first; v++) {
            int from = 3 * bound[v];
            int to = 3 * v;
            dest[to] = landmarks[from];
            dest[to + 1] = landmarks[from + 1];
            dest[to + 2] = landmarks[from + 2];
        }
        int[][] terms = spec.extraTerms;
        float[][] weights = spec.extraWeights;
        for (int e = 0; e < terms.length; e++) {
            combine(terms[e], weights[e], landmarks, dest, 3 * (first + e));
        }
    }

    /** dest[to..to+2] = Σ w_t · points[3 terms_t ..]; summed in double. */
    static void combine(int[] terms, float[] weights, float[] points, float[] dest,
            int to) {
        double x = 0;
        double y = 0;
        double z = 0;
        for (int t = 0; t < terms.length; t++) {
            int o = 3 * terms[t];
            double w = weights[t];
            x += w * points[o];
            y += w * points[o + 1];
            z += w * points[o + 2];
        }
        dest[to] = (float) x;
        dest[to + 1] = (float) y;
        dest[to + 2] = (float) z;
    }

    private void placeRigid(MaskSpec spec, float[] canonical, float[] dest) {
        int first = spec.landmarks.length;
        int count = spec.vertexCount();
        for (int v = 0; v < count; v++) {
            if (!spec.isRigid(v)) {
                continue;
            }
            double x = 0;
            double y = 0;
            double z = 0;
            if (v < first) {
                int o = 3 * spec.landmarks[v];
                x = canonical[o];
                y = canonical[o + 1];
                z = canonical[o + 2];
            } else {
                int[] terms = spec.extraTerms[v - first];
                float[] weights = spec.extraWeights[v - first];
                for (int t = 0; t < terms.length; t++) {
                    int o = 3 * terms[t];
                    double w = weights[t];
                    x += w * canonical[o];
                    y += w * canonical[o + 1];
                    z += w * canonical[o + 2];
                }
            }
            similarity.apply(x, y, z, dest, 3 * v);
        }
    }

    /** Moves each vertex by its canonical offset carried by the fitted rotation and scale (s·R·offset). */
    private void standOff(float[] offsets, float[] dest, int count) {
        double[] r = similarity.rotation;
        double s = similarity.scale;
        for (int v = 0; v < count; v++) {
            int o = 3 * v;
            double x = offsets[o];
            double y = offsets[o + 1];
            double z = offsets[o + 2];
            dest[o] = (float) (dest[o] + s * (r[0] * x + r[1] * y + r[2] * z));
            dest[o + 1] = (float) (dest[o + 1] + s * (r[3] * x + r[4] * y + r[5] * z));
            dest[o + 2] = (float) (dest[o + 2] + s * (r[6] * x + r[7] * y + r[8] * z));
        }
    }

    private void adjust(FitAdjustment adjustment, float[] landmarks, float[] dest, int count) {
        double cx = 0;
        double cy = 0;
        double cz = 0;
        for (int v = 0; v < count; v++) {
            cx += dest[3 * v];
            cy += dest[3 * v + 1];
            cz += dest[3 * v + 2];
        }
        cx /= count;
        cy /= count;
        cz /= count;
        double s = adjustment.scale;
        double angle = adjustment.rotationRadians();
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double shiftX = 0;
        double shiftY = 0;
        if (adjustment.offsetY != 0) {
            frame.set(landmarks);
            shiftX = adjustment.offsetY * frame.interOcular * frame.downX;
            shiftY = adjustment.offsetY * frame.interOcular * frame.downY;
        }
        for (int v = 0; v < count; v++) {
            int o = 3 * v;
            double x = s * (dest[o] - cx);
            double y = s * (dest[o + 1] - cy);
            dest[o] = (float) (cx + cos * x - sin * y + shiftX);
            dest[o + 1] = (float) (cy + sin * x + cos * y + shiftY);
            dest[o + 2] = (float) (cz + s * (dest[o + 2] - cz));
        }
    }
}
