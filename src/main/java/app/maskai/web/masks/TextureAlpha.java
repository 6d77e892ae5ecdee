package app.maskai.web.masks;

import app.maskai.web.dom.ImageBitmap;
import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;

/**
 * Puts a built-in mask's texture back together from its two files (docs/CONTRACTS.md,
 * "textureAlpha"): the colour, a JPEG, and the alpha, a PNG whose alpha channel is the
 * texture's. A 2D canvas keeps the colour where the alpha image is opaque ("destination-in"),
 * on the GPU where the browser has one, so the renderer gets one RGBA bitmap as it would from a
 * PNG with alpha. The canvas stores colours premultiplied, as the decoded PNG was.
 */
final class TextureAlpha {
    private TextureAlpha() {
    }

    /**
     * The colour bitmap with the alpha bitmap's alpha, once both have decoded; both are closed
     * once used. Rejects with the first failure (a rejection of the other is handled too).
     */
    @JSBody(params = {"colourLoad", "alphaLoad"}, script = ""
            + "return Promise.all([colourLoad, alphaLoad]).then(function (bitmaps) {"
            + "var colour = bitmaps[0], alpha = bitmaps[1];"
            + "var width = colour.width, height = colour.height;"
            + "if (alpha.width !== width || alpha.height !== height) {"
            + "  colour.close(); alpha.close();"
            + "  return Promise.reject(new Error('its alpha image is ' + alpha.width + ' x ' + alpha.height"
            + "      + ' pixels, its colour ' + width + ' x ' + height));"
            + "}"
            + "var canvas;"
            + "if (typeof OffscreenCanvas !== 'undefined') {"
            + "  canvas = new OffscreenCanvas(width, height);"
            + "} else {"
            + "  canvas = document.createElement('canvas'); canvas.width = width; canvas.height = height;"
            + "}"
            + "var context = canvas.getContext('2d');"
            + "context.drawImage(colour, 0, 0);"
            + "context.globalCompositeOperation = 'destination-in';"
            + "context.drawImage(alpha, 0, 0);"
            + "colour.close(); alpha.close();"
            + "return createImageBitmap(canvas);"
            + "});")
    static native JSPromise<ImageBitmap> apply(JSPromise<ImageBitmap> colourLoad,
            JSPromise<ImageBitmap> alphaLoad);
}
