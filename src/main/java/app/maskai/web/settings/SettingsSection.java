package app.maskai.web.settings;

import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.settings.Choice;
import app.maskai.core.settings.ImageQuality;
import app.maskai.core.settings.Markdown;
import app.maskai.core.settings.RecordingLength;
import app.maskai.core.settings.Settings;
import app.maskai.core.settings.Theme;
import app.maskai.web.dom.Dialogs;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.tryon.TryOnEngine;
import app.maskai.web.ui.Page;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The Settings panel (#settings): image quality, fitting sensitivity, default mask, the longest
 * live recording (a {@link Choice} the live view reads) and theme,
 * each saved the moment it changes and applied at the next start; the privacy policy; and
 * "Clear all app data" behind a confirmation (#clear-dialog).
 *
 * <p>The theme and the privacy notice apply at once (before the models load); the default mask
 * once the engine is ready ({@link #ready}). The sensitivity is a {@link Choice} that the page and
 * the live view apply: this panel offers it (#sensitivity) and remembers it.
 */
public final class SettingsSection {
    private final HTMLDocument document = HTMLDocument.current();
    private final Page page;
    private final HTMLSelectElement quality = (HTMLSelectElement) document.getElementById("image-quality");
    private final HTMLSelectElement sensitivitySelect = (HTMLSelectElement) document.getElementById("sensitivity");
    private final Choice<FitSensitivity> sensitivity;
    private final HTMLSelectElement defaultMask = (HTMLSelectElement) document.getElementById("default-mask");
    private final HTMLSelectElement theme = (HTMLSelectElement) document.getElementById("theme");
    private final HTMLSelectElement recordingSelect = (HTMLSelectElement) document.getElementById("recording-length");
    private final Choice<RecordingLength> recordingLength;
    private final HTMLElement clearDialog = document.getElementById("clear-dialog");
    /** Messages about settings stay beside them (#status is busy with the photo). */
    private final HTMLElement status = document.getElementById("settings-status");
    private Settings settings = SettingsStore.load();

    public SettingsSection(Page page, Choice<FitSensitivity> sensitivity, Choice<RecordingLength> recordingLength) {
        this.page = page;
        this.sensitivity = sensitivity;
        this.recordingLength = recordingLength;
        sensitivity.set(settings.sensitivity);
        recordingLength.set(settings.recordingLength);
        sensitivity.listen(chosen -> {
            sensitivitySelect.setValue(chosen.name());
            save(settings.withSensitivity(chosen));
        });
        ThemeSwitch.apply(settings.theme);
        showValues();
        page.export().useQuality(settings.imageQuality);
        new PrivacyPage(settings.privacySeen, version -> save(settings.withPrivacySeen(version)));
        quality.addEventListener("change", event -> {
            save(settings.withImageQuality(ImageQuality.valueOf(quality.getValue())));
            page.export().useQuality(settings.imageQuality);
        });
        sensitivitySelect.addEventListener("change", event -> sensitivity.set(
                FitSensitivity.valueOf(sensitivitySelect.getValue())));
        defaultMask.addEventListener("change", event -> save(settings.withDefaultMask(defaultMask.getValue())));
        recordingSelect.addEventListener("change", event -> {
            recordingLength.set(RecordingLength.valueOf(recordingSelect.getValue()));
            save(settings.withRecordingLength(recordingLength.value()));
        });
        theme.addEventListener("change", event -> {
            save(settings.withTheme(Theme.valueOf(theme.getValue())));
            ThemeSwitch.apply(settings.theme);
        });
        document.getElementById("clear-data").addEventListener("click", event -> Dialogs.showModal(clearDialog));
        document.getElementById("clear-cancel").addEventListener("click", event -> Dialogs.close(clearDialog));
        document.getElementById("clear-confirm").addEventListener("click", event -> {
            Dialogs.close(clearDialog);
            clearAll();
        });
    }

    /** The engine is ready: the default mask is picked. */
    public void ready(TryOnEngine engine) {
        fillMaskChoices(engine.masks());
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
        defaultMask.setValue(settings.defaultMask == null ? "" : settings.defaultMask);
        defaultMask.removeAttribute("disabled");
    }

    private void clearAll() {
        AppData.clear(problem -> {
            settings = Settings.DEFAULT;
            ThemeSwitch.apply(settings.theme);
            showValues();
            page.export().useQuality(settings.imageQuality);
            sensitivity.set(settings.sensitivity);
            recordingLength.set(settings.recordingLength);
            say(problem == null ? "All app data was cleared: settings, the offline copy of the app and your own masks."
                    + " Nothing of your photos was ever stored." : "Some app data could not be cleared (" + problem
                    + "). Your browser's \"clear site data\" removes it.", problem != null);
        });
    }

    private void showValues() {
        quality.setValue(settings.imageQuality.name());
        sensitivitySelect.setValue(sensitivity.value().name());
        theme.setValue(settings.theme.name());
        recordingSelect.setValue(settings.recordingLength.name());
        defaultMask.setValue(settings.defaultMask == null ? "" : settings.defaultMask);
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
        return Markdown.escape(text);
    }
}
