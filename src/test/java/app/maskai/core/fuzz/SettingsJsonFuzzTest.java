package app.maskai.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.settings.Settings;
import app.maskai.core.settings.SettingsJson;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The stored settings are the person's to damage: {@link SettingsJson#read} never throws, on any
 * text, and always gives valid settings; those write and read back to the same settings.
 */
class SettingsJsonFuzzTest {
    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"schema\"", "\"maskai.settings\"", "\"version\"", "\"imageQuality\"",
        "\"PNG\"", "\"JPEG_HIGH\"", "\"JPEG_MEDIUM\"", "\"sensitivity\"", "\"RELAXED\"",
        "\"BALANCED\"", "\"PRECISE\"", "\"defaultMask\"", "\"theme\"", "\"SYSTEM\"", "\"LIGHT\"",
        "\"DARK\"", "\"privacySeen\"", "1000000"})
    void readsAnythingToValidSettings(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Settings settings = SettingsJson.read(text);
        assertNotNull(settings);
        assertTrue(settings.defaultMask == null || Settings.isMaskId(settings.defaultMask),
            settings.defaultMask);
        assertTrue(settings.privacySeen >= 0 && settings.privacySeen <= 1_000_000);
        assertEquals(settings, SettingsJson.read(SettingsJson.write(settings)));
    }
}
