package app.maskai.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordingFormatTest {
    @Test
    void webmInVp8IsPreferredAndMp4TakenWhereItIsAllTheBrowserRecords() {
        RecordingFormat chromium = RecordingFormat.choose(Set.of("video/webm;codecs=vp8", "video/webm",
                "video/webm;codecs=vp9", "video/mp4")::contains);
        assertEquals("video/webm;codecs=vp8", chromium.mimeType);
        assertEquals("video/webm", chromium.containerType());
        assertTrue(chromium.isWebm());
        RecordingFormat safari = RecordingFormat.choose(Set.of("video/mp4")::contains);
        assertEquals("mp4", safari.extension);
        assertFalse(safari.isWebm());
        assertEquals("maskai-recording-20261206-173000.mp4", safari.fileName("20261206-173000"));
        assertNull(RecordingFormat.choose(type -> false));
    }

    @Test
    void progressShowsTheTimeOfTheLongestAndTheSize() {
        assertEquals("0:07 of 0:30 · 840 KB", RecordingFormat.progress(7900, 30, 840_400));
        assertEquals("1:05 of 2:00 · 2.1 MB", RecordingFormat.progress(65_000, 120, 2_080_000));
        assertEquals("0:00 of 0:15 · 0 KB", RecordingFormat.progress(-3, 15, 0));
    }
}
