package app.maskai.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.fit.FitSensitivity;
import org.junit.jupiter.api.Test;

class SettingsJsonTest {
    private static final Settings CHOSEN = Settings.DEFAULT.withImageQuality(ImageQuality.JPEG_MEDIUM)
            .withSensitivity(FitSensitivity.PRECISE).withDefaultMask("n95-white").withTheme(Theme.DARK)
            .withPrivacySeen(3).withRecordingLength(RecordingLength.MINUTE_1);

    @Test
    void readsBackWhatItWrote() {
        assertEquals(CHOSEN, SettingsJson.read(SettingsJson.write(CHOSEN)));
        assertEquals(Settings.DEFAULT, SettingsJson.read(SettingsJson.write(Settings.DEFAULT)));
    }

    @Test
    void writesItsSchemaAndVersion() {
        String json = SettingsJson.write(CHOSEN);
        assertTrue(json.startsWith("{\"schema\":\"maskai.settings\",\"version\":1,"), json);
        assertTrue(json.contains("\"imageQuality\":\"JPEG_MEDIUM\""), json);
        assertTrue(json.contains("\"defaultMask\":\"n95-white\""), json);
    }

    @Test
    void defaultsArePngBalancedFirstMaskSystemThemeNothingSeen() {
        Settings d = Settings.DEFAULT;
        assertEquals(ImageQuality.PNG, d.imageQuality);
        assertEquals(FitSensitivity.BALANCED, d.sensitivity);
        assertNull(d.defaultMask);
        assertEquals(Theme.SYSTEM, d.theme);
        assertEquals(0, d.privacySeen);
    }

    @Test
    void givesDefaultsForNothingOrNonsense() {
        for (String text : new String[] {null, "", "{", "[]", "42", "{}", "{\"schema\":\"other\",\"version\":1}",
                "{\"schema\":\"maskai.settings\"}", "{\"schema\":\"maskai.settings\",\"version\":0}"}) {
            assertEquals(Settings.DEFAULT, SettingsJson.read(text), String.valueOf(text));
        }
    }

    @Test
    void replacesOnlyTheFieldsThatAreInvalid() {
        Settings s = SettingsJson.read("{\"schema\":\"maskai.settings\",\"version\":1,\"imageQuality\":\"GIF\","
                + "\"sensitivity\":\"RELAXED\",\"defaultMask\":\"<script>\",\"theme\":\"DARK\",\"privacySeen\":-2}");
        assertEquals(ImageQuality.PNG, s.imageQuality);
        assertEquals(FitSensitivity.RELAXED, s.sensitivity);
        assertNull(s.defaultMask);
        assertEquals(Theme.DARK, s.theme);
        assertEquals(0, s.privacySeen);
        assertEquals(0, SettingsJson.read("{\"schema\":\"maskai.settings\",\"version\":1,\"privacySeen\":1.5}")
                .privacySeen);
    }

    @Test
    void readsTheFieldsItKnowsFromALaterVersion() {
        Settings s = SettingsJson.read("{\"schema\":\"maskai.settings\",\"version\":7,\"theme\":\"LIGHT\","
                + "\"somethingNew\":[1,2]}");
        assertEquals(Settings.DEFAULT.withTheme(Theme.LIGHT), s);
    }

    @Test
    void refusesAnInvalidValueInCode() {
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withDefaultMask("Not An Id"));
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withPrivacySeen(-1));
        assertThrows(NullPointerException.class, () -> Settings.DEFAULT.withTheme(null));
        assertNull(Settings.DEFAULT.withDefaultMask("").defaultMask);
    }

    @Test
    void imageQualityNamesTypeAndExtension() {
        assertEquals("image/png", ImageQuality.PNG.mimeType);
        assertEquals("png", ImageQuality.PNG.extension);
        assertEquals("image/jpeg", ImageQuality.JPEG_HIGH.mimeType);
        assertEquals("jpg", ImageQuality.JPEG_MEDIUM.extension);
        assertTrue(ImageQuality.JPEG_HIGH.quality > ImageQuality.JPEG_MEDIUM.quality);
        assertNull(Theme.SYSTEM.attribute());
        assertEquals("dark", Theme.DARK.attribute());
        assertFalse(Settings.isMaskId("a".repeat(41)));
    }
}
