package app.maskai.core.custom;

/**
 * What a custom mask picture may be (docs/CONTRACTS.md, "Custom masks"): a PNG, JPEG or WebP
 * file of at most 25 MB (25 × 1024 × 1024 bytes) and at most 8000 pixels a side. SVG is refused:
 * it is a program, not a picture, and may load other files. {@link #refusal} says why a picture is
 * refused, in words for the person.
 */
public final class CustomMaskLimits {
    public static final long MAX_BYTES = 25L * 1024 * 1024;
    public static final int MAX_SIDE = 8000;
    /** Accepted MIME types. */
    public static final String[] ACCEPTED_TYPES = {"image/png", "image/jpeg", "image/webp"};

    private CustomMaskLimits() {
    }

    /**
     * Null when the picture may be used, otherwise why not (one sentence ending in a full stop).
     * Pass width and height 0 when they are not known yet (before decoding): only the type and size
     * are then checked. MIME type parameters (";…") and case are ignored.
     */
    public static String refusal(String mimeType, long bytes, int width, int height) {
        String type = mimeType == null ? "" : mimeType;
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            type = type.substring(0, semicolon);
        }
        type = asciiLowerCase(type.trim());
        if (type.equals("image/svg+xml")) {
            return "SVG drawings can't be used as masks: save it as a PNG picture first.";
        }
        if (!isAccepted(type)) {
            return (type.isEmpty() ? "This file's type is unknown" : "A " + type + " file can't be"
                    + " used") + ": choose a PNG, JPEG or WebP picture.";
        }
        if (bytes > MAX_BYTES) {
            return "This picture is " + megabytesRoundedUp(bytes) + " MB; pictures up to "
                    + MAX_BYTES / (1024 * 1024) + " MB can be used.";
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            return "This picture is " + width + " × " + height + " pixels; pictures up to " + MAX_SIDE
                    + " pixels a side can be used.";
        }
        if (width < 0 || height < 0) {
            return "This picture has no pixels.";
        }
        return null;
    }

    private static String asciiLowerCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    /** Whether {@code type} (lower case, no parameters) is one of {@link #ACCEPTED_TYPES}. */
    public static boolean isAccepted(String type) {
        for (String accepted : ACCEPTED_TYPES) {
            if (accepted.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** bytes in MB (2^20) to one decimal, rounded up so that over the limit never reads as it. */
    static String megabytesRoundedUp(long bytes) {
        long mb = 1024 * 1024;
        // Whole megabytes and the rest apart: bytes * 10 overflows above 2^63 / 10 (found by
        // PictureHeaderFuzzTest, which printed "-625551328048.-4 MB").
        long tenths = bytes / mb * 10 + (bytes % mb * 10 + mb - 1) / mb;
        return tenths / 10 + "." + tenths % 10;
    }
}
