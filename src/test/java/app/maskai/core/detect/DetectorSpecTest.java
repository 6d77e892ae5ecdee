package app.maskai.core.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DetectorSpecTest {
    @Test
    void shortRangeMatchesTheReferenceConstants() {
        DetectorSpec s = DetectorSpec.SHORT_RANGE;
        assertEquals(128, s.inputSize);
        assertEquals(896, s.anchorCount);
        assertEquals(0.5f, s.minScore);
        assertEquals(0.3f, s.iouThreshold);
        assertEquals(100f, s.scoreClip);
        assertArrayEquals(new int[] {8, 16, 16, 16}, s.strides());
        assertEquals("facemesh-detection-short.json", s.modelFile);
        assertEquals("Identity:0", s.outputNode);
    }
}
