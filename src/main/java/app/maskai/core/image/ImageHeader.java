package app.maskai.core.image;

import java.nio.charset.StandardCharsets;

/**
 * A file's format and pixel size, read from its first bytes (the browser decodes the image; this
 * only looks ahead). It lets the app refuse what it must not decode, such as a 30,000 × 30,000
 * "decompression bomb" that a small PNG can declare, or a HEIC photo named .jpg, with a message
 * rather than a frozen tab.
 *
 * <p>Reads PNG (IHDR), JPEG (the first SOF marker), GIF (logical screen), WebP (VP8, VP8L, VP8X)
 * and BMP headers; recognises HEIC/HEIF and AVIF by their ISO-BMFF brand, and SVG, HTML and other
 * text by their first characters. Never throws on any input: what it cannot read is
 * {@link Format#UNKNOWN} with size 0 × 0.
 */
public final class ImageHeader {
    /** How many leading bytes {@link #read} needs at most (JPEG metadata can push SOF this far). */
    public static final int BYTES_NEEDED = 256 * 1024;

    /** What the bytes are. */
    public enum Format {
        PNG, JPEG, GIF, WEBP, BMP, HEIC, AVIF, SVG, HTML, TEXT, UNKNOWN
    }

    public final Format format;
    /** Pixel size as declared (0 when not read). */
    public final long width;
    public final long height;

    private ImageHeader(Format format, long width, long height) {
        this.format = format;
        this.width = width;
        this.height = height;
    }

    /** Declared pixels (width × height), 0 when unknown. */
    public long pixels() {
        return width * height;
    }

    public boolean hasSize() {
        return width > 0 && height > 0;
    }

    @Override
    public String toString() {
        return format + " " + width + "x" + height;
    }

    /** Reads the header from {@code bytes} (the file's first bytes, any length). */
    public static ImageHeader read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return unknown();
        }
        try {
            if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return png(bytes);
            }
            if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
                return jpeg(bytes);
            }
            if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
                return sized(Format.GIF, u16le(bytes, 6), u16le(bytes, 8));
            }
            if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
                return webp(bytes);
            }
            if (startsWith(bytes, 0, 'B', 'M') && bytes.length >= 26) {
                return sized(Format.BMP, Math.abs((int) u32le(bytes, 18)), Math.abs((int) u32le(bytes, 22)));
            }
            if (startsWith(bytes, 4, 'f', 't', 'y', 'p')) {
                return isoBrand(bytes);
            }
            return text(bytes);
        } catch (IndexOutOfBoundsException truncated) {
            return unknown();
        }
    }

    private static ImageHeader png(byte[] b) {
        // Signature (8), then the IHDR chunk: length (4), "IHDR", width (4), height (4).
        if (!startsWith(b, 12, 'I', 'H', 'D', 'R')) {
            return new ImageHeader(Format.PNG, 0, 0);
        }
        return sized(Format.PNG, u32be(b, 16), u32be(b, 20));
    }

    private static ImageHeader jpeg(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return new ImageHeader(Format.JPEG, 0, 0);
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2; // markers without a length
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break; // end of image, or start of scan before any frame header
            }
            int length = u16be(b, i + 2);
            if (length < 2) {
                break;
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return sized(Format.JPEG, u16be(b, i + 7), u16be(b, i + 5));
            }
            i += 2 + length;
        }
        return new ImageHeader(Format.JPEG, 0, 0);
    }

    private static ImageHeader webp(byte[] b) {
        if (startsWith(b, 12, 'V', 'P', '8', ' ')) {
            // Key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
            return sized(Format.WEBP, u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'L')) {
            long bits = u32le(b, 21);
            return sized(Format.WEBP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'X')) {
            return sized(Format.WEBP, u24le(b, 24) + 1, u24le(b, 27) + 1);
        }
        return new ImageHeader(Format.WEBP, 0, 0);
    }

    private static ImageHeader isoBrand(byte[] b) {
        String brand = new String(b, 8, 4, StandardCharsets.ISO_8859_1);
        switch (brand) {
            case "heic": case "heix": case "hevc": case "hevx": case "heim": case "heis": case "mif1": case "msf1":
                return new ImageHeader(Format.HEIC, 0, 0);
            case "avif": case "avis":
                return new ImageHeader(Format.AVIF, 0, 0);
            default:
                return unknown();
        }
    }

    /** SVG, HTML or other text: by the first non-blank characters (after a UTF-8 byte order mark). */
    private static ImageHeader text(byte[] b) {
        int start = startsWith(b, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int end = Math.min(b.length, start + 1024);
        String head = new String(b, start, end - start, StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
            return new ImageHeader(Format.SVG, 0, 0);
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<script") || head.startsWith("<!--")) {
            return new ImageHeader(Format.HTML, 0, 0);
        }
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return unknown(); // a control byte: binary, not text
            }
        }
        return new ImageHeader(Format.TEXT, 0, 0);
    }

    private static ImageHeader sized(Format format, long width, long height) {
        return new ImageHeader(format, Math.max(0, width), Math.max(0, height));
    }

    private static ImageHeader unknown() {
        return new ImageHeader(Format.UNKNOWN, 0, 0);
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (offset + expected.length > b.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16be(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static int u16le(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
    }

    private static long u24le(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((long) (b[i + 2] & 0xFF) << 16);
    }

    private static long u32be(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    private static long u32le(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((b[i + 2] & 0xFF) << 16) | ((long) (b[i + 3] & 0xFF) << 24);
    }
}
