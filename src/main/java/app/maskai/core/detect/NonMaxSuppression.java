package app.maskai.core.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Hard non-maximum suppression, as the reference runs it: tfjs-models
 * shared/calculators/non_max_suppression.ts sorts by score and calls
 * tf.image.nonMaxSuppression (no soft-NMS, no score threshold).
 *
 * <p>Candidates are taken in descending score; equal scores keep input order (a stable sort; the
 * wasm backend's priority queue also prefers the lower index on a tie). A candidate is dropped when
 * its IoU with an already kept detection is ≥ the threshold (tfjs-core
 * non_max_suppression_impl.ts: {@code iou >= iouThreshold}).
 */
public final class NonMaxSuppression {
    private static final Comparator<Detection> BY_SCORE_DESCENDING = new Comparator<Detection>() {
        @Override
        public int compare(Detection a, Detection b) {
            return Float.compare(b.score, a.score);
        }
    };

    private NonMaxSuppression() {
    }

    /**
     * Returns at most {@code maxCount} detections, highest score first, none overlapping a
     * higher-scoring kept one with IoU ≥ {@code iouThreshold}. The input list is not modified.
     */
    public static List<Detection> suppress(List<Detection> detections, float iouThreshold,
            int maxCount) {
        List<Detection> sorted = new ArrayList<>(detections);
        Collections.sort(sorted, BY_SCORE_DESCENDING);
        List<Detection> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size() && kept.size() < maxCount; i++) {
            Detection candidate = sorted.get(i);
            boolean suppressed = false;
            for (int j = kept.size() - 1; j >= 0; j--) {
                if (candidate.iou(kept.get(j)) >= iouThreshold) {
                    suppressed = true;
                    break;
                }
            }
            if (!suppressed) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
