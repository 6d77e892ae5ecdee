package app.maskai.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.mask.MaskManifest;
import app.maskai.core.mask.MaskSpecException;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * masks/manifest.json: {@link MaskManifest#parse} on any text either refuses it with a
 * {@link MaskSpecException} or returns a non-empty list of masks with distinct ids and distinct
 * relative ".json" file names, whose files and thumbnails cannot leave the masks folder (no "..",
 * no leading "/", no URL, no backslash, no control character).
 */
class MaskManifestFuzzTest {
    private static final String FILE = "masks/manifest.json";

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"schema\"", "\"maskai.manifest\"", "\"version\"", "\"masks\"", ".json",
        "\"file\"", "\"id\"", "\"name\"", "\"category\"", "\"thumbnail\"", "\"surgical\"",
        "..", "/", "://", "\\\\", "\\u0000"})
    void parsesOrRefuses(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<MaskManifest.Item> items;
        try {
            items = MaskManifest.parse(text, FILE);
        } catch (MaskSpecException e) {
            assertEquals(FILE, e.fileName());
            return;
        }
        assertFalse(items.isEmpty());
        List<String> files = items.stream().map(item -> item.file).toList();
        List<String> ids = items.stream().map(item -> item.id).toList();
        assertEquals(files.size(), new HashSet<>(files).size(), "distinct files " + files);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "distinct ids " + ids);
        for (MaskManifest.Item item : items) {
            assertTrue(item.file.endsWith(".json"), item.file);
            assertStaysInTheFolder(item.file);
            assertStaysInTheFolder(item.thumbnail);
            assertTrue(item.id.matches("[a-z0-9-]{1,40}"), item.id);
            assertFalse(item.name.isBlank(), "blank name");
        }
    }

    private static void assertStaysInTheFolder(String name) {
        assertFalse(name.startsWith("/"), name);
        assertFalse(name.contains(".."), name);
        assertFalse(name.contains("://"), name);
        assertFalse(name.contains("\\"), name);
        assertTrue(name.chars().allMatch(c -> c >= 0x20 && c != 0x7f), name);
    }
}
