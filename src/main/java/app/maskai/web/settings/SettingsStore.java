package app.maskai.web.settings;

import app.maskai.core.settings.Settings;
import app.maskai.core.settings.SettingsJson;
import org.teavm.jso.JSBody;

/**
 * {@link Settings} in localStorage under one key. Storage can be missing, full or refused
 * (private windows, blocked site data): the app then keeps settings for this visit only, never
 * failing because of them.
 */
public final class SettingsStore {
    static final String KEY = "maskai.settings";

    private SettingsStore() {
    }

    public static Settings load() {
        return SettingsJson.read(getItem(KEY));
    }

    /** Returns false when the browser refused to store them. */
    public static boolean save(Settings settings) {
        return setItem(KEY, SettingsJson.write(settings));
    }

    @JSBody(params = "key", script = "try { return window.localStorage ? localStorage.getItem(key) : null; }"
            + " catch (e) { return null; }")
    private static native String getItem(String key);

    @JSBody(params = {"key", "value"}, script = "try { localStorage.setItem(key, value); return true; }"
            + " catch (e) { return false; }")
    private static native boolean setItem(String key, String value);
}
