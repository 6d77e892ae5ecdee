package app.maskai.web.render;

import org.teavm.jso.typedarrays.ArrayBufferView;
import org.teavm.jso.webgl.WebGLTexture;

/**
 * The textures the render passes make alike: clamped at the edges, filtered by one filter both
 * ways, sized as 8-bit RGBA or half floats (intermediates where the GPU renders to them).
 */
final class GlTextures {
    private GlTextures() {
    }

    /** A new texture filtered by {@code filter} (Gl.LINEAR or Gl.NEAREST), clamped; nothing bound after. */
    static WebGLTexture make(Gl gl, int filter) {
        WebGLTexture t = gl.createTexture();
        gl.bindTexture(Gl.TEXTURE_2D, t);
        filtered(gl, filter);
        gl.bindTexture(Gl.TEXTURE_2D, null);
        return t;
    }

    /** Sets the bound texture's filter (both ways) and clamps it at the edges. */
    static void filtered(Gl gl, int filter) {
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MIN_FILTER, filter);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MAG_FILTER, filter);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_S, Gl.CLAMP_TO_EDGE);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_T, Gl.CLAMP_TO_EDGE);
    }

    /** Gives {@code t} w × h texels of no content: half floats ({@code half}) or 8-bit RGBA. */
    static void size(Gl gl, WebGLTexture t, int w, int h, boolean half) {
        gl.bindTexture(Gl.TEXTURE_2D, t);
        gl.texImage2D(Gl.TEXTURE_2D, 0, half ? Gl.RGBA16F : Gl.RGBA, w, h, 0, Gl.RGBA,
                half ? Gl.HALF_FLOAT : Gl.UNSIGNED_BYTE, (ArrayBufferView) null);
        gl.bindTexture(Gl.TEXTURE_2D, null);
    }
}
