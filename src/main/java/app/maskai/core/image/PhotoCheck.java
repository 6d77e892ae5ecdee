package app.maskai.core.image;

/**
 * Whether a file offered as a photo may be decoded, decided from its declared type and then its
 * header, with the message people see when not: the one place for those messages.
 */
public final class PhotoCheck {
    /**
     * The most pixels a photo may declare: twice a 50 MP camera's. Decoding takes 4 bytes a pixel
     * (400 MB here) before anything can be scaled down; beyond this, browsers fail or the tab dies.
     */
    public static final long MAX_PIXELS = 100_000_000L;

    private static final String HEIC = "HEIC/HEIF photos are not supported by this browser. Export the photo as JPEG"
            + " or PNG and try again.";
    private static final String SVG = "SVG files are not accepted as photos. Choose a JPEG, PNG or WebP photo.";

    private PhotoCheck() {
    }

    /**
     * Null when a file of this declared MIME type may be a photo (an image type, none, or
     * application/octet-stream: the header decides); else a sentence for people.
     */
    public static String problemWithType(String mimeType) {
        String type = mimeType == null ? "" : mimeType.toLowerCase(java.util.Locale.ROOT);
        if (type.equals("image/heic") || type.equals("image/heif")) {
            return HEIC;
        }
        if (type.equals("image/svg+xml")) {
            return SVG;
        }
        if (!type.isEmpty() && !type.startsWith("image/") && !type.equals("application/octet-stream")) {
            return "this is not an image file (" + type + "). Choose a JPEG, PNG or WebP photo.";
        }
        return null;
    }

    /** Null when the file may be decoded; else a sentence for people. */
    public static String problem(ImageHeader header) {
        switch (header.format) {
            case HEIC:
                return HEIC;
            case SVG:
                return SVG;
            case HTML:
                return "this is a web page (HTML), not an image. Choose a JPEG, PNG or WebP photo.";
            case TEXT:
                return "this is a text file, not an image. Choose a JPEG, PNG or WebP photo.";
            default:
                break;
        }
        if (header.pixels() > MAX_PIXELS || header.width > 65_535 || header.height > 65_535) {
            return "this image declares " + header.width + "×" + header.height + " pixels ("
                    + megapixels(header.pixels()) + " megapixels); MaskAI opens photos up to " + megapixels(MAX_PIXELS)
                    + " megapixels. Choose a smaller copy.";
        }
        return null;
    }

    private static String megapixels(long pixels) {
        return Long.toString(Math.round(pixels / 1e6));
    }
}
