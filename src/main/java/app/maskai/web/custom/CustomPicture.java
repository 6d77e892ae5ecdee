package app.maskai.web.custom;

import app.maskai.core.custom.AlphaMap;
import app.maskai.core.custom.BackgroundRemoval;
import app.maskai.web.dom.ImageBitmap;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * A person's mask picture, decoded and checked, as pixels the core can edit. Anchors are in the
 * picture's own pixels ({@link #width} × {@link #height}); the pixels are kept at most
 * {@link #WORKING_SIDE} a side ({@link #pixelWidth} × {@link #pixelHeight}), the built-in masks'
 * texture size, which keeps the memory, the background removal and the mesh binding on every
 * anchor move small for an 8,000 px picture.
 *
 * <p>The original pixels are kept, so removing the flat background can be undone; both arrays
 * live only as long as this object (the session's memory).
 */
final class CustomPicture {
    /** Longest side of the pixels kept, and of the mask's texture. */
    static final int WORKING_SIDE = 1536;

    final int width;
    final int height;
    final int pixelWidth;
    final int pixelHeight;
    private final int[] original;
    private int[] removed;
    private boolean backgroundRemoved;
    private HTMLCanvasElement canvas;

    CustomPicture(int width, int height, ImageBitmap pixels) {
        this.width = width;
        this.height = height;
        this.pixelWidth = pixels.getWidth();
        this.pixelHeight = pixels.getHeight();
        this.original = Pixels.read(pixels);
    }

    /** Scale from picture pixels to kept pixels (≤ 1). */
    float scale() {
        return pixelWidth / (float) width;
    }

    boolean backgroundRemoved() {
        return backgroundRemoved;
    }

    /**
     * Removes the flat background (the core's flood fill from the border) or puts it back.
     * Returns null, or why it cannot be done; the pixels are then unchanged.
     */
    String setBackgroundRemoved(boolean remove) {
        if (remove == backgroundRemoved) {
            return null;
        }
        if (remove) {
            if (removed == null) {
                removed = BackgroundRemoval.remove(original, pixelWidth, pixelHeight);
            }
            if (!hasOpaquePixel(removed)) {
                return "Removing the background left nothing: the whole picture is one flat colour.";
            }
        }
        backgroundRemoved = remove;
        canvas = null;
        return null;
    }

    /** Null when some pixel can be seen, else why the picture cannot be a mask. */
    String emptiness() {
        return hasOpaquePixel(pixels()) ? null : "The picture is fully transparent: there is no mask to see.";
    }

    int[] pixels() {
        return backgroundRemoved ? removed : original;
    }

    AlphaMap alpha() {
        return AlphaMap.fromArgb(pixels(), pixelWidth, pixelHeight);
    }

    /** The current pixels on a canvas (made once per state). */
    HTMLCanvasElement canvas() {
        if (canvas == null) {
            canvas = Pixels.canvas(pixels(), pixelWidth, pixelHeight);
        }
        return canvas;
    }

    private static boolean hasOpaquePixel(int[] argb) {
        for (int p : argb) {
            if ((p >>> 24) != 0) {
                return true;
            }
        }
        return false;
    }
}
