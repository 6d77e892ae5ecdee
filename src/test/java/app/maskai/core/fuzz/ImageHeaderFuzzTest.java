package app.maskai.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.image.ImageHeader;
import app.maskai.core.image.PhotoCheck;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ImageHeader#read} on any bytes never throws and declares no negative size; its answer
 * depends only on the first {@link ImageHeader#BYTES_NEEDED} bytes (what the page reads); and
 * {@link PhotoCheck#problem} refuses every declared size over the limit and every SVG, HTML,
 * text or HEIC file.
 */
class ImageHeaderFuzzTest {
    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"PNG", "IHDR", "GIF89a", "RIFF", "WEBP", "VP8 ", "VP8L", "VP8X", "BM", "ftypheic", "ftypavif", "<svg", "<?xml", "<!doctype html"})
    void readsAnyBytesWithoutThrowing(byte[] input) {
        ImageHeader header = ImageHeader.read(input);
        assertNotNull(header.format);
        assertTrue(header.width >= 0 && header.height >= 0, header.toString());
        if (input.length > ImageHeader.BYTES_NEEDED) {
            ImageHeader prefix = ImageHeader.read(Arrays.copyOf(input, ImageHeader.BYTES_NEEDED));
            assertEquals(header.toString(), prefix.toString(), "depends on bytes past BYTES_NEEDED");
        }
        String problem = PhotoCheck.problem(header);
        switch (header.format) {
            case SVG: case HTML: case TEXT: case HEIC:
                assertNotNull(problem, header.toString());
                break;
            default:
                if (header.pixels() > PhotoCheck.MAX_PIXELS) {
                    assertNotNull(problem, header.toString());
                }
        }
    }
}
