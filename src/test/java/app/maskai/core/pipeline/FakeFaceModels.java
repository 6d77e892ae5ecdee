package app.maskai.core.pipeline;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.landmarks.LandmarkModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Face models for a made-up scene: each face is a square of known size, position and roll, with
 * known key points and 468 known landmarks.
 *
 * <p>Like the real models (measured: see FacePipeline), the fakes are confidently wrong about
 * faces that are not upright in their input. The detector reports a face turned up to 100° from
 * upright, large enough for that detector, encoded at the nearest anchor exactly as BlazeFace's
 * output layout says; its logit drops by 2 per quarter turn, and beyond 45° its key points are
 * those of an upright face (so the region comes out unturned). The landmark model answers for the
 * face nearest the region's centre; if the region is turned more than 30° from the face, it
 * returns the landmarks of a face turned like the region, still with a high face flag. So the
 * pipeline's answer can be checked against the scene to float precision, and a wrong choice of
 * orientation shows.
 */
public final class FakeFaceModels implements FaceModels {
    /** Smallest face (fraction of the letterbox side) the detector reports. */
    static final float MIN_SIZE = 0.1f;
    static final float PRESENCE_FACE = 0.95f;
    static final float PRESENCE_NONE = 0.05f;

    /** Key points in the face's own frame, units of its size: the BlazeFace order. */
    static final float[] KEYPOINTS = {-0.18f, -0.1f, 0.18f, -0.1f, 0f, 0.05f, 0f, 0.25f,
            -0.45f, 0f, 0.45f, 0f};

    public static final class SceneFace {
        final float cx;
        final float cy;
        final float size;
        final float roll;
        float logit = 3f;
        /** False: the detectors see it, the landmark model does not (a false detection). */
        boolean real = true;
        /** Also report a smaller, offset second detection of this face. */
        boolean ghost;
        /** The landmark model rejects this many runs on this face before it sees it. */
        int rejectedLandmarkRuns;
        /**
         * The detector reports it only on inputs that show at most this many image pixels per
         * input pixel: a texture that looks like a face only close up. Unlimited by default.
         */
        float seenOnInputsUpTo = Float.MAX_VALUE;

        SceneFace(float cx, float cy, float size, float roll) {
            this.cx = cx;
            this.cy = cy;
            this.size = size;
            this.roll = roll;
        }

        /** Image point of face-frame point (lx, ly), in units of the size. */
        void point(float lx, float ly, float[] dest) {
            point(lx, ly, roll, dest);
        }

        /** The same as if the face were turned by {@code turn}. */
        void point(float lx, float ly, double turn, float[] dest) {
            double c = Math.cos(turn);
            double s = Math.sin(turn);
            dest[0] = (float) (cx + size * (c * lx - s * ly));
            dest[1] = (float) (cy + size * (s * lx + c * ly));
        }

        /** Landmark i in the image, (x, y). */
        void landmark(int i, float[] dest) {
            point(landmarkX(i), landmarkY(i), dest);
        }
    }

    /**
     * A grid of points over the face, except the eyes' outer corners (33 and 263), which lie level
     * as a face's do, so that the roll read from them (refinement) is the face's.
     */
    static float landmarkX(int i) {
        if (i == LandmarkModel.RIGHT_EYE_OUTER_CORNER || i == LandmarkModel.LEFT_EYE_OUTER_CORNER) {
            return i == LandmarkModel.RIGHT_EYE_OUTER_CORNER ? -0.3f : 0.3f;
        }
        return -0.4f + 0.8f * (i % 22) / 21f;
    }

    static float landmarkY(int i) {
        if (i == LandmarkModel.RIGHT_EYE_OUTER_CORNER || i == LandmarkModel.LEFT_EYE_OUTER_CORNER) {
            return -0.15f;
        }
        return -0.45f + 0.9f * (i / 22) / 21f;
    }

    /** Raw z the fake mesh gives landmark i, in crop pixels. */
    static float rawZ(int i) {
        return -12f + (i % 7);
    }

    public final List<SceneFace> scene = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** The size of each landmark batch, in order. */
    final List<Integer> landmarkBatches = new ArrayList<>();

    public SceneFace add(float cx, float cy, float size, float roll) {
        SceneFace face = new SceneFace(cx, cy, size, roll);
        scene.add(face);
        return face;
    }

    /** Names a run "short-range@0", with the input's size when it is not the trained 128²: "short-range@0 208x160". */
    @Override
    public float[] runDetector(DetectorSpec spec, RotatedRect inputRect) {
        boolean trained = spec.inputWidth == spec.inputSize && spec.inputHeight == spec.inputSize;
        calls.add(spec.name + "@" + Math.round(Math.toDegrees(inputRect.rotation))
                + (trained ? "" : " " + spec.inputWidth + "x" + spec.inputHeight));
        int v = DetectorSpec.VALUES_PER_ANCHOR;
        float[] raw = new float[spec.anchorCount * v];
        for (int i = 0; i < spec.anchorCount; i++) {
            raw[i * v] = -20;
        }
        boolean[] used = new boolean[spec.anchorCount];
        for (SceneFace face : scene) {
            double relative = face.roll - inputRect.rotation;
            relative -= 2 * Math.PI * Math.floor((relative + Math.PI) / (2 * Math.PI));
            if (Math.abs(relative) > Math.toRadians(100)) {
                continue;
            }
            float[] centre = new float[2];
            inputRect.imageToCrop(face.cx, face.cy, 1, 1, centre);
            if (centre[0] < 0 || centre[0] > 1 || centre[1] < 0 || centre[1] > 1) {
                continue; // not in this input
            }
            // Seen from MIN_SIZE of the trained input's side, in the input's pixels.
            float pixels = face.size * spec.inputWidth / inputRect.width;
            if (pixels < MIN_SIZE * spec.inputSize || inputRect.width / spec.inputWidth > face.seenOnInputsUpTo) {
                continue;
            }
            float logit = face.logit - (float) (2 * Math.abs(relative) / (Math.PI / 2));
            // Beyond 45° the detector takes the face for an upright one: key points turned like the input.
            double seenRoll = Math.abs(relative) <= Math.PI / 4 ? face.roll : inputRect.rotation;
            encode(raw, used, spec, inputRect, face, seenRoll, 0f, 1f, logit);
            if (face.ghost) {
                encode(raw, used, spec, inputRect, face, seenRoll, 0.4f, 0.6f, logit - 1);
            }
        }
        return raw;
    }

    /** Writes one detection of {@code face}, its box centre shifted by {@code shift} sizes in x. */
    private static void encode(float[] raw, boolean[] used, DetectorSpec spec, RotatedRect rect,
            SceneFace face, double seenRoll, float shift, float boxScale, float logit) {
        int w = spec.inputWidth;
        int h = spec.inputHeight;
        float[] p = new float[2];
        float[] c = new float[2];
        face.point(shift, 0, p);
        rect.imageToCrop(p[0], p[1], w, h, c);
        float[] anchors = spec.anchors();
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < spec.anchorCount; i++) {
            double dx = anchors[2 * i] * w - c[0];
            double dy = anchors[2 * i + 1] * h - c[1];
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        if (used[best]) {
            throw new IllegalStateException("two scene faces share anchor " + best);
        }
        used[best] = true;
        float ax = anchors[2 * best] * w;
        float ay = anchors[2 * best + 1] * h;
        int o = best * DetectorSpec.VALUES_PER_ANCHOR;
        float size = face.size * boxScale / rect.width * w;
        raw[o] = logit;
        raw[o + 1] = c[0] - ax;
        raw[o + 2] = c[1] - ay;
        raw[o + 3] = size;
        raw[o + 4] = size;
        for (int k = 0; k < 6; k++) {
            face.point(KEYPOINTS[2 * k], KEYPOINTS[2 * k + 1], seenRoll, p);
            rect.imageToCrop(p[0], p[1], w, h, c);
            raw[o + 5 + 2 * k] = c[0] - ax;
            raw[o + 6 + 2 * k] = c[1] - ay;
        }
    }

    @Override
    public float[] runLandmarksBatch(RotatedRect[] rois, float[][] meshDest) {
        landmarkBatches.add(rois.length);
        return FaceModels.super.runLandmarksBatch(rois, meshDest);
    }

    @Override
    public float runLandmarks(RotatedRect roi, float[] meshDest) {
        calls.add("landmarks");
        SceneFace nearest = null;
        double nearestDistance = 0.5 * roi.width;
        for (SceneFace face : scene) {
            double d = Math.hypot(face.cx - roi.cx, face.cy - roi.cy);
            if (d < nearestDistance) {
                nearestDistance = d;
                nearest = face;
            }
        }
        if (nearest != null && nearest.rejectedLandmarkRuns > 0) {
            nearest.rejectedLandmarkRuns--;
            nearest = null;
        }
        if (nearest == null || !nearest.real) {
            for (int i = 0; i < meshDest.length; i++) {
                meshDest[i] = 96;
            }
            return PRESENCE_NONE;
        }
        float[] p = new float[2];
        float[] c = new float[2];
        int n = LandmarkModel.INPUT_SIZE;
        double off = roi.rotation - nearest.roll;
        off -= 2 * Math.PI * Math.floor((off + Math.PI) / (2 * Math.PI));
        // Within 30° of the face's roll the model is right; a face lying across the crop (up to 100°
        // off) comes out only partly turned with it (measured on the astronaut turned 90°: its eye
        // line read 73° instead of 90°, points 12 px off), so that a refinement pass sets it right;
        // beyond, the model reads it as upright in the crop.
        double seenRoll = Math.abs(off) <= Math.toRadians(30) ? nearest.roll
                : Math.abs(off) <= Math.toRadians(100) ? nearest.roll + 0.2 * off : roi.rotation;
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            nearest.point(landmarkX(i), landmarkY(i), seenRoll, p);
            roi.imageToCrop(p[0], p[1], n, n, c);
            meshDest[3 * i] = c[0];
            meshDest[3 * i + 1] = c[1];
            meshDest[3 * i + 2] = rawZ(i);
        }
        return PRESENCE_FACE;
    }
}
