package app.maskai.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonMaxSuppressionTest {
    private static Detection box(float score, float x, float y, float w, float h) {
        return new Detection(score, x, y, w, h, new float[12]);
    }

    @Test
    void suppressesOverlappingDetections() {
        Detection strong = box(0.9f, 0, 0, 10, 10);
        Detection overlapping = box(0.8f, 1, 1, 10, 10); // IoU 81 / 119 = 0.68
        Detection apart = box(0.7f, 50, 50, 10, 10);
        List<Detection> kept = NonMaxSuppression.suppress(
                Arrays.asList(overlapping, apart, strong), 0.3f, 10);
        assertEquals(Arrays.asList(strong, apart), kept);
    }

    @Test
    void suppressesAtExactlyTheThreshold() {
        Detection big = box(0.9f, 0, 0, 10, 10);
        Detection inside = box(0.8f, 0, 0, 10, 3); // IoU exactly 30 / 100
        assertEquals(0.3f, inside.iou(big));
        assertEquals(Arrays.asList(big),
                NonMaxSuppression.suppress(Arrays.asList(big, inside), 0.3f, 10));
        Detection lessInside = box(0.8f, 0, 0, 10, 2.9f); // IoU 0.29: kept
        assertEquals(2, NonMaxSuppression.suppress(Arrays.asList(big, lessInside), 0.3f, 10).size());
    }

    @Test
    void breaksScoreTiesByInputOrder() {
        Detection first = box(0.75f, 0, 0, 10, 10);
        Detection second = box(0.75f, 2, 0, 10, 10);
        assertSame(first, NonMaxSuppression.suppress(Arrays.asList(first, second), 0.3f, 10).get(0));
        assertSame(second, NonMaxSuppression.suppress(Arrays.asList(second, first), 0.3f, 10).get(0));
    }

    @Test
    void stopsAtMaxCount() {
        List<Detection> grid = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            grid.add(box(0.5f + i * 0.01f, i * 20, 0, 10, 10));
        }
        List<Detection> kept = NonMaxSuppression.suppress(grid, 0.3f, 10);
        assertEquals(10, kept.size());
        assertSame(grid.get(11), kept.get(0));
        assertSame(grid.get(2), kept.get(9));
    }

    @Test
    void ignoresBoxesWithoutArea() {
        Detection flat = box(0.9f, 0, 0, 10, 0);
        Detection other = box(0.8f, 0, 0, 10, 10);
        assertEquals(0f, flat.iou(other));
        assertEquals(2, NonMaxSuppression.suppress(Arrays.asList(flat, other), 0.3f, 10).size());
    }
}
