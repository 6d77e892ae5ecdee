package app.maskai.core.settings;

import app.maskai.core.fit.FitSensitivity;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the person chose, kept between visits: how results are encoded, how readily faces are
 * found, which mask is picked at start, the theme, and which version of the privacy policy they
 * have seen (a number, not personal data). Immutable; every field is valid by construction.
 *
 * <p>Deliberately no place for a photo, a face, landmarks or a custom mask: settings outlive the
 * session, those must not (PRIVACY.md §3).
 */
public final class Settings {
    /** A mask id as docs/CONTRACTS.md allows it. */
    private static final Pattern MASK_ID = Pattern.compile("[a-z0-9-]{1,40}");

    public static final Settings DEFAULT =
            new Settings(ImageQuality.DEFAULT, FitSensitivity.DEFAULT, null, Theme.DEFAULT, 0, RecordingLength.DEFAULT);

    public final ImageQuality imageQuality;
    public final FitSensitivity sensitivity;
    /** The mask picked in the gallery at start, or null for the gallery's first. */
    public final String defaultMask;
    public final Theme theme;
    /** The privacy policy's version last acknowledged; 0 = never. */
    public final int privacySeen;
    /** The longest a live recording runs. */
    public final RecordingLength recordingLength;

    private Settings(ImageQuality imageQuality, FitSensitivity sensitivity, String defaultMask, Theme theme,
            int privacySeen, RecordingLength recordingLength) {
        this.imageQuality = Objects.requireNonNull(imageQuality, "imageQuality");
        this.sensitivity = Objects.requireNonNull(sensitivity, "sensitivity");
        if (defaultMask != null && !isMaskId(defaultMask)) {
            throw new IllegalArgumentException("not a mask id: " + defaultMask);
        }
        this.defaultMask = defaultMask;
        this.theme = Objects.requireNonNull(theme, "theme");
        if (privacySeen < 0) {
            throw new IllegalArgumentException("privacySeen < 0: " + privacySeen);
        }
        this.privacySeen = privacySeen;
        this.recordingLength = Objects.requireNonNull(recordingLength, "recordingLength");
    }

    /** Whether {@code id} has the form of a mask id ([a-z0-9-]{1,40}). */
    public static boolean isMaskId(String id) {
        return id != null && MASK_ID.matcher(id).matches();
    }

    public Settings withImageQuality(ImageQuality value) {
        return new Settings(value, sensitivity, defaultMask, theme, privacySeen, recordingLength);
    }

    public Settings withSensitivity(FitSensitivity value) {
        return new Settings(imageQuality, value, defaultMask, theme, privacySeen, recordingLength);
    }

    /** {@code value} null: the gallery's first mask. */
    public Settings withDefaultMask(String value) {
        return new Settings(imageQuality, sensitivity, value == null || value.isEmpty() ? null : value, theme,
                privacySeen, recordingLength);
    }

    public Settings withTheme(Theme value) {
        return new Settings(imageQuality, sensitivity, defaultMask, value, privacySeen, recordingLength);
    }

    public Settings withPrivacySeen(int value) {
        return new Settings(imageQuality, sensitivity, defaultMask, theme, value, recordingLength);
    }

    public Settings withRecordingLength(RecordingLength value) {
        return new Settings(imageQuality, sensitivity, defaultMask, theme, privacySeen, value);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Settings)) {
            return false;
        }
        Settings s = (Settings) o;
        return imageQuality == s.imageQuality && sensitivity == s.sensitivity
                && Objects.equals(defaultMask, s.defaultMask) && theme == s.theme && privacySeen == s.privacySeen
                && recordingLength == s.recordingLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(imageQuality, sensitivity, defaultMask, theme, privacySeen, recordingLength);
    }

    @Override
    public String toString() {
        return SettingsJson.write(this);
    }
}
