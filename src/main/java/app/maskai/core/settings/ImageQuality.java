package app.maskai.core.settings;

/**
 * How a result is encoded for Download and Share. PNG is lossless (and the default, so a result
 * is exactly what the screen shows); JPEG is smaller. Qualities are the canvas {@code toBlob}
 * quality argument: 0.92 is Chromium's and Firefox's own default for JPEG, 0.8 about halves the
 * file again with artefacts visible only on close inspection.
 */
public enum ImageQuality {
    PNG("image/png", "png", 1.0),
    JPEG_HIGH("image/jpeg", "jpg", 0.92),
    JPEG_MEDIUM("image/jpeg", "jpg", 0.8);

    public static final ImageQuality DEFAULT = PNG;

    /** MIME type for {@code canvas.toBlob}. */
    public final String mimeType;
    /** File name extension, without the dot. */
    public final String extension;
    /** {@code toBlob}'s quality argument (ignored for PNG). */
    public final double quality;

    ImageQuality(String mimeType, String extension, double quality) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.quality = quality;
    }

    /** The short name people see on the Download button ("PNG", "JPEG"). */
    public String label() {
        return this == PNG ? "PNG" : "JPEG";
    }
}
