package app.maskai.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchProgressTest {
    @Test
    void timeLeftIsTheMeanSoFarTimesThePhotosLeft() {
        BatchProgress progress = new BatchProgress(100);
        assertEquals("Photo 1 of 100", progress.countText());
        progress.photoDone(900);
        assertEquals("", progress.timeLeftText());
        progress.photoDone(1100);
        assertEquals(98_000, progress.millisecondsLeft(), 1e-9);
        assertEquals("about 1 min 40 s left", progress.timeLeftText());
        assertEquals("Photo 3 of 100", progress.countText());
        assertEquals(1.0, progress.photosPerSecond(), 1e-9);
    }

    @Test
    void shortAndFinishedBatches() {
        BatchProgress progress = new BatchProgress(3);
        progress.photoDone(200);
        progress.photoDone(200);
        assertEquals("less than a second left", progress.timeLeftText());
        progress.photoDone(200);
        progress.photoDone(200);
        assertEquals(3, progress.done());
        assertEquals("", progress.timeLeftText());
        assertEquals("3 of 3 photos done", progress.countText());
        assertEquals(1.0, progress.fraction());
        BatchProgress seconds = new BatchProgress(10);
        seconds.photoDone(2000);
        seconds.photoDone(2000);
        assertEquals("about 16 s left", seconds.timeLeftText());
        BatchProgress minutes = new BatchProgress(62);
        minutes.photoDone(1000);
        minutes.photoDone(1000);
        assertEquals("about 1 min left", minutes.timeLeftText());
    }
}
