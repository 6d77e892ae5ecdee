package app.maskai.core.detect;

import app.maskai.core.geometry.RotatedRect;

/**
 * The detector's input region: the whole image letterboxed into a square.
 *
 * <p>MediaPipe's ImageToTensorCalculator with keep_aspect_ratio (tfjs-models image_utils.ts
 * padRoi) grows the whole-image rectangle to a square of side max(width, height) about the image
 * centre; the part outside the image is zero padding. A rotation by a multiple of 90° lets the
 * detector see a sideways or upside-down image upright.
 */
public final class Letterbox {
    private Letterbox() {
    }

    /** The square of side max(W, H) centred on the image, turned by {@code rotation} radians. */
    public static RotatedRect square(int imageWidth, int imageHeight, float rotation) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + imageWidth + "x"
                    + imageHeight);
        }
        float side = Math.max(imageWidth, imageHeight);
        return new RotatedRect(0.5f * imageWidth, 0.5f * imageHeight, side, side, rotation);
    }
}
