package app.maskai.web.settings;

import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.settings.ImageQuality;
import app.maskai.core.settings.Settings;
import app.maskai.core.settings.Theme;
import app.maskai.web.tryon.TryOnEngine;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.ui.Page;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Settings panel (#settings): image quality, fitting sensitivity, default mask and theme,
 * each saved the moment it changes and applied at the next start; the privacy policy; and
 * "Clear all app data" behind a confirmation (#clear-dialog).
 *
 * <p>The theme and the privacy notice apply at once (before the models load); the sensitivity
 * and the default mask once the engine is ready ({@link #ready}). Settings are applied through
 * the page's own controls (#sensitivity's change, the gallery's choice), so there is one path.
 */
public final class SettingsSection {
    private final HTMLDocument document = HTMLDocument.current();
    private final Page page;
    private final HTMLElement quality = document.getElementById("image-quality");
    private final HTMLElement sensitivity = document.getElementById("sensitivity");
    private final HTMLElement defaultMask = document.getElementById("default-mask");
    private final HTMLElement theme = document.getElementById("theme");
    private final HTMLElement clearDialog = document.getElementById("clear-dialog");
    /** Messages about settings stay beside them (#status is busy with the photo). */
    private final HTMLElement status = document.getElementById("settings-status");
    private Settings settings = SettingsStore.load();

    public SettingsSection(Page page) {
        this.page = page;
        ThemeSwitch.apply(settings.theme);
        showValues();
        page.export().useQuality(settings.imageQuality);
        new PrivacyPage(settings.privacySeen, version -> save(settings.withPrivacySeen(version)));
        quality.addEventListener("change", event -> {
            save(settings.withImageQuality(ImageQuality.valueOf(value(quality))));
            page.export().useQuality(settings.imageQuality);
        });
        // Page listens too (it re-detects the photo); this only remembers the choice.
        sensitivity.addEventListener("change", event -> save(settings.withSensitivity(
                FitSensitivity.valueOf(value(sensitivity)))));
        defaultMask.addEventListener("change", event -> save(settings.withDefaultMask(value(defaultMask))));
        theme.addEventListener("change", event -> {
            save(settings.withTheme(Theme.valueOf(value(theme))));
            ThemeSwitch.apply(settings.theme);
        });
        document.getElementById("clear-data").addEventListener("click", event -> PrivacyPage.showModal(clearDialog));
        document.getElementById("clear-cancel").addEventListener("click", event -> PrivacyPage.closeDialog(clearDialog));
        document.getElementById("clear-confirm").addEventListener("click", event -> {
            PrivacyPage.closeDialog(clearDialog);
            clearAll();
        });
    }

    /** The engine is ready: the saved sensitivity applies, the default mask is picked. */
    public void ready(TryOnEngine engine) {
        fillMaskChoices(engine.masks());
        if (settings.sensitivity != FitSensitivity.DEFAULT) {
            applySensitivity();
        }
        if (settings.defaultMask != null && engine.masks().find(settings.defaultMask) != null) {
            page.masksChanged(settings.defaultMask);
        }
    }

    private void fillMaskChoices(MaskLibrary masks) {
        StringBuilder options = new StringBuilder("<option value=\"\">The first in the gallery</option>");
        for (MaskLibrary.Entry entry : masks.entries()) {
            if (!entry.isCustom()) {
                options.append("<option value=\"").append(escape(entry.id)).append("\">")
                        .append(escape(entry.name)).append("</option>");
            }
        }
        defaultMask.setInnerHTML(options.toString());
        setValue(defaultMask, settings.defaultMask == null ? "" : settings.defaultMask);
        defaultMask.removeAttribute("disabled");
    }

    private void clearAll() {
        AppData.clear(problem -> {
            settings = Settings.DEFAULT;
            ThemeSwitch.apply(settings.theme);
            boolean sensitivityChanged = !FitSensitivity.DEFAULT.name().equals(value(sensitivity));
            showValues();
            page.export().useQuality(settings.imageQuality);
            if (sensitivityChanged) {
                applySensitivity();
            }
            say(problem == null ? "All app data was cleared: settings, the offline copy of the app and your own masks."
                    + " Nothing of your photos was ever stored." : "Some app data could not be cleared (" + problem
                    + "). Your browser's \"clear site data\" removes it.", problem != null);
        });
    }

    /** Sets #sensitivity and lets the page apply it, as if the person had chosen it. */
    private void applySensitivity() {
        setValue(sensitivity, settings.sensitivity.name());
        dispatchChange(sensitivity);
    }

    private void showValues() {
        setValue(quality, settings.imageQuality.name());
        setValue(sensitivity, settings.sensitivity.name());
        setValue(theme, settings.theme.name());
        setValue(defaultMask, settings.defaultMask == null ? "" : settings.defaultMask);
    }

    private void save(Settings changed) {
        if (changed.equals(settings)) {
            return;
        }
        settings = changed;
        if (!SettingsStore.save(changed)) {
            say("This browser does not let MaskAI keep settings; they last until you close the tab.", false);
        }
    }

    private void say(String message, boolean error) {
        status.setInnerText(message);
        if (error) {
            status.getClassList().add("error");
        } else {
            status.getClassList().remove("error");
        }
    }

    private static String escape(String text) {
        return app.maskai.core.settings.Markdown.escape(text);
    }

    @JSBody(params = "select", script = "return select.value;")
    private static native String value(HTMLElement select);

    @JSBody(params = {"select", "value"}, script = "select.value = value;")
    private static native void setValue(HTMLElement select, String value);

    @JSBody(params = "element", script = "element.dispatchEvent(new Event('change', {bubbles: true}));")
    private static native void dispatchChange(HTMLElement element);
}
