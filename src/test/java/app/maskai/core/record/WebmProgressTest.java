package app.maskai.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WebmProgressTest {
    @Test
    void readsTheFramesAsTheFileComesInChunksOfAnySize() {
        byte[] webm = WebmDurationTest.recorded(95, 33, false, false);
        Random random = new Random(6);
        for (int round = 0; round < 200; round++) {
            WebmProgress progress = new WebmProgress();
            int p = 0;
            int maxChunk = 1 + random.nextInt(round < 100 ? 8 : 400);
            while (p < webm.length) {
                int n = Math.min(webm.length - p, 1 + random.nextInt(maxChunk));
                progress.feed(webm, p, n);
                p += n;
            }
            assertFalse(progress.broken());
            assertEquals(95, progress.blocks());
            assertEquals(94 * 33, progress.lastMilliseconds(), 1e-9);
        }
    }

    @Test
    void progressGrowsWithTheFileAndStopsAtItsEnd() {
        byte[] webm = WebmDurationTest.recorded(60, 40, false, true);
        WebmProgress progress = new WebmProgress();
        assertTrue(Double.isNaN(progress.lastMilliseconds()));
        progress.feed(webm, 0, webm.length / 2);
        int half = progress.blocks();
        assertTrue(half > 10 && half < 60, "half the file, " + half + " frames");
        assertEquals((half - 1) * 40, progress.lastMilliseconds(), 1e-9);
        progress.feed(webm, webm.length / 2, webm.length - webm.length / 2);
        assertEquals(60, progress.blocks());
    }

    @Test
    void bytesThatAreNotWebmAreNoticed() {
        WebmProgress progress = new WebmProgress();
        byte[] junk = {0, 0, 0, 0};
        progress.feed(junk, 0, junk.length);
        assertTrue(progress.broken());
        assertEquals(0, progress.blocks());
    }
}
