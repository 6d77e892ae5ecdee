package app.maskai.web.custom;

import app.maskai.core.custom.CustomMaskLimits;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import app.maskai.web.tryon.TryOnEngine;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.file.Blob;

/**
 * Turns what a person chose (a file, or for {@code MaskAI.addMask} also an ImageBitmap, image or
 * canvas) into a {@link CustomPicture}, refusing with a message that says why: the type and size
 * before decoding ({@link CustomMaskLimits}), then the first bytes (a text file named .png is not a
 * picture, whatever its name says), then the dimensions once decoded.
 */
final class PictureLoader {
    /** Bytes read to recognise the format: PNG's signature is 8, WebP's "RIFF....WEBP" 12. */
    private static final int HEAD_BYTES = 16;

    private PictureLoader() {
    }

    /**
     * {@code who} starts each message ("MaskAI.addMask: …"); null for messages shown on the page,
     * which are whole sentences.
     */
    static JSPromise<CustomPicture> load(JSObject image, String who) {
        if (image == null || JsValues.isNullish(image)) {
            return refused(who, "A picture is required (a PNG, JPEG or WebP file or Blob, an ImageBitmap,"
                    + " an HTMLImageElement or an HTMLCanvasElement).");
        }
        if (!JsValues.isBlob(image)) {
            if (JsValues.isImageElement(image) && Images.isSvgSource(image)) {
                return refused(who, "SVG drawings can't be used as masks: save it as a PNG picture first.");
            }
            return decode(image, who);
        }
        Blob blob = (Blob) image;
        if (blob.getSize() == 0) {
            return refused(who, "The file is empty.");
        }
        String refusal = CustomMaskLimits.refusal(blob.getType(), blob.getSize(), 0, 0);
        if (refusal != null) {
            return refused(who, refusal);
        }
        return AppFiles.leadingBytes(blob, HEAD_BYTES).flatThen(bytes -> {
            String content = contentProblem(bytes.copyToJavaArray(), blob.getType());
            if (content != null) {
                return refused(who, content);
            }
            return decode(blob, who);
        });
    }

    private static JSPromise<CustomPicture> decode(JSObject image, String who) {
        return TryOnEngine.decode(image, who != null ? who : "This picture").flatThen(bitmap -> {
            int width = bitmap.getWidth();
            int height = bitmap.getHeight();
            // The type is already known to be fine: only the dimensions are checked here.
            String refusal = CustomMaskLimits.refusal(CustomMaskLimits.ACCEPTED_TYPES[0], 0, width, height);
            if (refusal != null) {
                bitmap.close();
                return refused(who, refusal);
            }
            float scale = Math.min(1f, CustomPicture.WORKING_SIDE / (float) Math.max(width, height));
            if (scale >= 1f) {
                return JSPromise.resolve(picture(width, height, bitmap, bitmap));
            }
            int w = Math.max(1, Math.round(width * scale));
            int h = Math.max(1, Math.round(height * scale));
            return Images.resized(bitmap, w, h).then(small -> picture(width, height, small, bitmap));
        });
    }

    /** Reads the pixels, then frees both bitmaps (they may be one). */
    private static CustomPicture picture(int width, int height, ImageBitmap pixels, ImageBitmap decoded) {
        try {
            return new CustomPicture(width, height, pixels);
        } finally {
            pixels.close();
            decoded.close();
        }
    }

    /**
     * Null when {@code head} starts like a PNG, JPEG or WebP file; else what the file is not. The
     * browser's type comes from the file's name, so a renamed file is caught here, before decoding.
     */
    static String contentProblem(byte[] head, String declaredType) {
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)
                || startsWith(head, 0, 0xFF, 0xD8, 0xFF)
                || startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return null;
        }
        int first = 0;
        while (first < head.length && (head[first] == ' ' || head[first] == '\n' || head[first] == '\r'
                || head[first] == '\t' || (head[first] & 0xFF) == 0xEF || (head[first] & 0xFF) == 0xBB
                || (head[first] & 0xFF) == 0xBF)) {
            first++;
        }
        if (first < head.length && head[first] == '<') {
            return "This file holds markup (SVG or HTML), not a picture: SVG drawings can't be used as masks;"
                    + " save it as a PNG picture first.";
        }
        String named = declaredType == null || declaredType.isEmpty() ? "a PNG, JPEG or WebP picture"
                : "a " + declaredType.substring(declaredType.indexOf('/') + 1).toUpperCase() + " picture";
        return "This file is named like " + named + " but its contents are not one (is it another kind of file,"
                + " renamed?). Choose a PNG, JPEG or WebP picture.";
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static <T> JSPromise<T> refused(String who, String sentence) {
        return JSPromise.reject(JsErrors.error(who == null ? sentence : who + ": " + sentence));
    }
}
