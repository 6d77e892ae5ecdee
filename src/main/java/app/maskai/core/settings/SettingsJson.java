package app.maskai.core.settings;

import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.json.Json;
import app.maskai.core.json.JsonException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored form of {@link Settings}, version {@value #VERSION}:
 * <pre>
 * {"schema": "maskai.settings", "version": 1, "imageQuality": "PNG" | "JPEG_HIGH" | "JPEG_MEDIUM",
 *  "sensitivity": "RELAXED" | "BALANCED" | "PRECISE", "defaultMask": "&lt;mask id&gt;" | null,
 *  "theme": "SYSTEM" | "LIGHT" | "DARK", "privacySeen": 0..,
 *  "recordingLength": "SECONDS_15" | "SECONDS_30" | "MINUTE_1" | "MINUTES_2"}
 * </pre>
 * Reading never fails: storage is the person's to edit or damage, so a value that is missing or
 * not valid falls back to its default on its own, and text that is not a settings object at all
 * gives {@link Settings#DEFAULT}. A later version is read for the fields this one knows.
 */
public final class SettingsJson {
    public static final String SCHEMA = "maskai.settings";
    public static final int VERSION = 1;

    private SettingsJson() {
    }

    public static String write(Settings settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", SCHEMA);
        out.put("version", VERSION);
        out.put("imageQuality", settings.imageQuality.name());
        out.put("sensitivity", settings.sensitivity.name());
        out.put("defaultMask", settings.defaultMask);
        out.put("theme", settings.theme.name());
        out.put("privacySeen", settings.privacySeen);
        out.put("recordingLength", settings.recordingLength.name());
        return Json.write(out);
    }

    /** {@code text} null (nothing stored) or unreadable: the defaults. */
    public static Settings read(String text) {
        if (text == null) {
            return Settings.DEFAULT;
        }
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            return Settings.DEFAULT;
        }
        if (!(parsed instanceof Map) || !SCHEMA.equals(((Map<?, ?>) parsed).get("schema"))) {
            return Settings.DEFAULT;
        }
        Map<?, ?> in = (Map<?, ?>) parsed;
        Object version = in.get("version");
        if (!(version instanceof Double) || (Double) version < 1) {
            return Settings.DEFAULT;
        }
        Settings d = Settings.DEFAULT;
        Object mask = in.get("defaultMask");
        return d.withImageQuality(constant(ImageQuality.values(), in.get("imageQuality"), d.imageQuality))
                .withSensitivity(constant(FitSensitivity.values(), in.get("sensitivity"), d.sensitivity))
                .withDefaultMask(mask instanceof String && Settings.isMaskId((String) mask) ? (String) mask : null)
                .withTheme(constant(Theme.values(), in.get("theme"), d.theme))
                .withPrivacySeen(count(in.get("privacySeen")))
                .withRecordingLength(constant(RecordingLength.values(), in.get("recordingLength"), d.recordingLength));
    }

    private static <E extends Enum<E>> E constant(E[] values, Object value, E fallback) {
        if (value instanceof String) {
            for (E e : values) {
                if (e.name().equals(value)) {
                    return e;
                }
            }
        }
        return fallback;
    }

    /** A whole number 0..1,000,000, else 0. */
    private static int count(Object value) {
        if (value instanceof Double) {
            double d = (Double) value;
            if (d >= 0 && d <= 1_000_000 && d == Math.rint(d)) {
                return (int) d;
            }
        }
        return 0;
    }
}
