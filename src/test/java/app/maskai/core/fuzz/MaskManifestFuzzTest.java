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
 * {@link MaskSpecException} or returns a non-empty list of distinct relative ".json" names that
 * cannot leave the masks folder (no "..", no leading "/", no URL, no backslash, no control
 * character).
 */
class MaskManifestFuzzTest {
    private static final String FILE = "masks/manifest.json";

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"schema\"", "\"maskai.manifest\"", "\"version\"", "\"masks\"", ".json",
        "..", "/", "://", "\\\\", "\\u0000"})
    void parsesOrRefuses(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<String> names;
        try {
            names = MaskManifest.parse(text, FILE);
        } catch (MaskSpecException e) {
            assertEquals(FILE, e.fileName());
            return;
        }
        assertFalse(names.isEmpty());
        assertEquals(names.size(), new HashSet<>(names).size(), "distinct names " + names);
        for (String name : names) {
            assertTrue(name.endsWith(".json"), name);
            assertFalse(name.startsWith("/"), name);
            assertFalse(name.contains(".."), name);
            assertFalse(name.contains("://"), name);
            assertFalse(name.contains("\\"), name);
            assertTrue(name.chars().allMatch(c -> c >= 0x20 && c != 0x7f), name);
        }
    }
}
