package app.maskai.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Which photo formats the app accepts, and why others are refused. */
final class ImageTypes {
    private ImageTypes() {
    }

    /** Null when the type may be decodable; otherwise a message for people. */
    static String unsupportedReason(String mimeType) {
        String type = mimeType == null ? "" : mimeType.toLowerCase();
        if (type.equals("image/heic") || type.equals("image/heif")) {
            return "HEIC/HEIF photos are not supported by this browser. Export the photo as JPEG or PNG and try again.";
        }
        if (type.equals("image/svg+xml")) {
            return "SVG files are not accepted as photos. Choose a JPEG, PNG or WebP photo.";
        }
        if (!type.isEmpty() && !type.startsWith("image/") && !type.equals("application/octet-stream")) {
            return "this is not an image file (" + type + "). Choose a JPEG, PNG or WebP photo.";
        }
        return null;
    }

    @JSBody(params = "img", script = "return img.complete && img.naturalWidth > 0;")
    static native boolean isLoaded(JSObject img);
}
