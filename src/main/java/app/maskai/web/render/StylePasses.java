package app.maskai.web.render;

import app.maskai.core.style.PortraitStyle;
import app.maskai.core.style.StyleRegions;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.webgl.WebGLFramebuffer;
import org.teavm.jso.webgl.WebGLProgram;
import org.teavm.jso.webgl.WebGLShader;
import org.teavm.jso.webgl.WebGLTexture;
import org.teavm.jso.webgl.WebGLUniformLocation;
import org.teavm.jso.webgl.WebGLVertexArrayObject;

/**
 * A portrait style (core.style.PortraitStyle) drawn over what the renderer has just drawn, so
 * that the masks take the style too. The drawn result is copied from the canvas into a texture;
 * then, at the result's size: the detail map (a quarter of the size each way, from
 * core.style.StyleRegions), the luminance at two widths for the edges (XDoG), the colour blurred
 * (ink, watercolour, halftone, duotone), or the structure tensor for the oil's Kuwahara filter;
 * then the style itself into the canvas, mixed with the result by the strength. Blur widths follow
 * the detail map, so eyes, brows and lips keep fine detail, the face some, and the background is
 * simplified most. Intermediate textures are half floats where the GPU can render to them
 * (EXT_color_buffer_float), else 8-bit.
 *
 * <p>A result larger than the working size (PortraitStyle.workPixels, or a share of it: {@link #setWorkShare}) is styled at the largest size of
 * its shape within it: copied down (StyleShaders.DOWN), styled there, and brought back by joint
 * bilateral upsampling (StyleShaders.UP), whose weights follow the full-size result's colours so the
 * style's edges stay on the photo's. The passes' cost grows faster than the pixels (their widths
 * follow the size), and on a software GPU a 12 MP oil painting took tens of seconds (the benchmark's
 * "effects"); a style is a look, and it is the same look at the working size.
 */
final class StylePasses {
    private final Gl gl;
    private WebGLProgram detail;
    private WebGLProgram blur;
    private WebGLProgram styleProgram;
    private WebGLVertexArrayObject empty;
    private WebGLFramebuffer target;
    private WebGLTexture source;
    private WebGLTexture scratch;
    private WebGLTexture dog;
    private WebGLTexture soft;
    private WebGLTexture tensor;
    private WebGLTexture detailMap;
    private WebGLProgram down;
    private WebGLProgram up;
    private WebGLTexture full;
    private WebGLTexture styled;
    private int width = -1;
    private int height = -1;
    private int fullWidth = -1;
    private int fullHeight = -1;
    private boolean halfFloat;
    /** The share of a style's own working size (PortraitStyle.workPixels) it is made at here. */
    private float workShare = 1;
    private final Float32Array ellipses = new Float32Array(StyleRegions.MAX_REGIONS * 4);
    private final Float32Array shapes = new Float32Array(StyleRegions.MAX_REGIONS * 2);

    StylePasses(Gl gl) {
        this.gl = gl;
    }

    /** Forgets every GL object (the context was lost and restored): made again on the next use. */
    void reset() {
        detail = null;
        width = -1;
        height = -1;
        fullWidth = -1;
        fullHeight = -1;
    }

    /** The share (0..1] of each style's own working size (PortraitStyle.workPixels) it is made at from now on. */
    void setWorkShare(float share) {
        this.workShare = Math.max(0.01f, Math.min(1, share));
    }

    /**
     * Draws {@code style} at {@code strength} (0..1) over the canvas's current resultWidth ×
     * resultHeight drawing (the default framebuffer), keeping detail in {@code regions}
     * (StyleRegions.of, in the result's pixels).
     */
    void apply(PortraitStyle style, float strength, float[] regions, int resultWidth, int resultHeight) {
        if (detail == null) {
            init();
        }
        double budget = style.workPixels() * (double) workShare;
        double shrink = Math.min(1, Math.sqrt(budget / ((double) resultWidth * resultHeight)));
        int width = Math.max(1, (int) Math.round(resultWidth * shrink));
        int height = Math.max(1, (int) Math.round(resultHeight * shrink));
        boolean reduced = width < resultWidth || height < resultHeight;
        if (width != this.width || height != this.height) {
            allocate(width, height);
        }
        if (reduced && (resultWidth != fullWidth || resultHeight != fullHeight)) {
            fullWidth = resultWidth;
            fullHeight = resultHeight;
            GlTextures.size(gl, full, resultWidth, resultHeight, false);
        }
        float scale = Math.max(1f, Math.min(width, height) / 512f);
        int index = style.index();
        gl.disable(Gl.BLEND);
        gl.disable(Gl.DEPTH_TEST);
        gl.disable(Gl.CULL_FACE);
        gl.bindVertexArray(empty);

        // The drawn result, as the canvas holds it (row 0 at the bottom); at the working size.
        gl.activeTexture(Gl.TEXTURE0);
        gl.bindTexture(Gl.TEXTURE_2D, reduced ? full : source);
        gl.bindFramebuffer(Gl.FRAMEBUFFER, null);
        gl.copyTexSubImage2D(Gl.TEXTURE_2D, 0, 0, 0, 0, 0, resultWidth, resultHeight);
        if (reduced) {
            into(source, width, height);
            gl.useProgram(down);
            gl.uniform2f(uniform(down, "u_size"), width, height);
            gl.uniform1i(uniform(down, "u_taps"), Math.min(8, (int) Math.ceil(1 / shrink)));
            bind(down, "u_full", 0, full);
            gl.drawArrays(Gl.TRIANGLES, 0, 3);
            regions = regions.clone();
            for (int at = 0; at + StyleRegions.VALUES <= regions.length; at += StyleRegions.VALUES) {
                for (int k = 0; k < 4; k++) {
                    regions[at + k] *= (float) shrink;
                }
            }
        }

        drawDetail(regions, width, height);
        boolean oil = style == PortraitStyle.OIL;
        if (!oil) {
            float face = (style == PortraitStyle.PENCIL ? 0.8f : 0.7f) * scale;
            float back = 1.5f * scale;
            blurPass(source, scratch, 0, true, face, back, width, height);
            blurPass(scratch, dog, 1, false, face, back, width, height);
        }
        if (style != PortraitStyle.PENCIL && !oil) {
            float face = 1f * scale;
            float back = (style == PortraitStyle.WATERCOLOUR ? 3.5f : style == PortraitStyle.INK ? 3f : 2.5f) * scale;
            blurPass(source, scratch, 2, true, face, back, width, height);
            blurPass(scratch, soft, 2, false, face, back, width, height);
        }
        if (oil) {
            blurPass(source, tensor, 4, true, 0, 0, width, height);
            blurPass(tensor, scratch, 2, true, 2f * scale, 2f * scale, width, height);
            blurPass(scratch, tensor, 2, false, 2f * scale, 2f * scale, width, height);
        }

        if (reduced) {
            into(styled, width, height);
        } else {
            gl.bindFramebuffer(Gl.FRAMEBUFFER, null);
            gl.viewport(0, 0, width, height);
        }
        gl.useProgram(styleProgram);
        gl.uniform2f(uniform(styleProgram, "u_size"), width, height);
        gl.uniform1i(uniform(styleProgram, "u_style"), index);
        gl.uniform1f(uniform(styleProgram, "u_strength"), reduced ? 1 : strength);
        gl.uniform1f(uniform(styleProgram, "u_scale"), scale);
        bind(styleProgram, "u_src", 0, source);
        bind(styleProgram, "u_dog", 1, oil ? source : dog);
        bind(styleProgram, "u_soft", 2, style == PortraitStyle.PENCIL || oil ? source : soft);
        bind(styleProgram, "u_tensor", 3, oil ? tensor : source);
        bind(styleProgram, "u_detail", 4, detailMap);
        gl.drawArrays(Gl.TRIANGLES, 0, 3);
        if (reduced) {
            gl.bindFramebuffer(Gl.FRAMEBUFFER, null);
            gl.viewport(0, 0, resultWidth, resultHeight);
            gl.useProgram(up);
            gl.uniform2f(uniform(up, "u_size"), resultWidth, resultHeight);
            gl.uniform2f(uniform(up, "u_lowSize"), width, height);
            gl.uniform1f(uniform(up, "u_strength"), strength);
            bind(up, "u_full", 0, full);
            bind(up, "u_low", 1, source);
            bind(up, "u_styled", 2, styled);
            gl.drawArrays(Gl.TRIANGLES, 0, 3);
        }
        for (int unit = 4; unit >= 0; unit--) {
            gl.activeTexture(Gl.TEXTURE0 + unit);
            gl.bindTexture(Gl.TEXTURE_2D, null);
        }
        gl.bindVertexArray(null);
    }

    private void drawDetail(float[] regions, int width, int height) {
        int count = Math.min(regions.length / StyleRegions.VALUES, StyleRegions.MAX_REGIONS);
        for (int r = 0; r < count; r++) {
            int at = r * StyleRegions.VALUES;
            for (int k = 0; k < 4; k++) {
                ellipses.set(4 * r + k, regions[at + k]);
            }
            shapes.set(2 * r, regions[at + 4]);
            shapes.set(2 * r + 1, regions[at + 5]);
        }
        into(detailMap, detailWidth(width), detailHeight(height));
        gl.useProgram(detail);
        gl.uniform2f(uniform(detail, "u_size"), width, height);
        gl.uniform4fv(uniform(detail, "u_ellipse"), ellipses);
        gl.uniform2fv(uniform(detail, "u_shape"), shapes);
        gl.uniform1i(uniform(detail, "u_count"), count);
        gl.drawArrays(Gl.TRIANGLES, 0, 3);
    }

    private void blurPass(WebGLTexture from, WebGLTexture to, int mode, boolean across, float sigmaFace,
            float sigmaBack, int width, int height) {
        into(to, width, height);
        gl.useProgram(blur);
        gl.uniform2f(uniform(blur, "u_size"), width, height);
        gl.uniform2f(uniform(blur, "u_step"), across ? 1f / width : 0, across ? 0 : 1f / height);
        gl.uniform1f(uniform(blur, "u_sigmaFace"), sigmaFace);
        gl.uniform1f(uniform(blur, "u_sigmaBack"), sigmaBack);
        gl.uniform1i(uniform(blur, "u_mode"), mode);
        bind(blur, "u_in", 0, from);
        bind(blur, "u_detail", 1, detailMap);
        gl.drawArrays(Gl.TRIANGLES, 0, 3);
        gl.activeTexture(Gl.TEXTURE0);
        gl.bindTexture(Gl.TEXTURE_2D, null);
        gl.activeTexture(Gl.TEXTURE1);
        gl.bindTexture(Gl.TEXTURE_2D, null);
        gl.activeTexture(Gl.TEXTURE0);
    }

    /** Renders into {@code texture} (w × h) from now on. */
    private void into(WebGLTexture texture, int w, int h) {
        gl.bindFramebuffer(Gl.FRAMEBUFFER, target);
        gl.framebufferTexture2D(Gl.FRAMEBUFFER, Gl.COLOR_ATTACHMENT0, Gl.TEXTURE_2D, texture, 0);
        gl.viewport(0, 0, w, h);
    }

    private void bind(WebGLProgram program, String name, int unit, WebGLTexture texture) {
        gl.activeTexture(Gl.TEXTURE0 + unit);
        gl.bindTexture(Gl.TEXTURE_2D, texture);
        gl.bindSampler(unit, null);
        gl.uniform1i(uniform(program, name), unit);
    }

    private WebGLUniformLocation uniform(WebGLProgram program, String name) {
        return gl.getUniformLocation(program, name);
    }

    private void init() {
        halfFloat = gl.getExtension("EXT_color_buffer_float") != null;
        WebGLShader vertex = compile(Gl.VERTEX_SHADER, StyleShaders.VERTEX);
        detail = link(vertex, StyleShaders.DETAIL);
        blur = link(vertex, StyleShaders.BLUR);
        styleProgram = link(vertex, StyleShaders.STYLE);
        down = link(vertex, StyleShaders.DOWN);
        up = link(vertex, StyleShaders.UP);
        full = GlTextures.make(gl, Gl.LINEAR);
        styled = GlTextures.make(gl, Gl.LINEAR);
        fullWidth = -1;
        fullHeight = -1;
        empty = gl.createVertexArray();
        target = gl.createFramebuffer();
        source = GlTextures.make(gl, Gl.LINEAR);
        scratch = GlTextures.make(gl, Gl.LINEAR);
        dog = GlTextures.make(gl, Gl.LINEAR);
        soft = GlTextures.make(gl, Gl.LINEAR);
        tensor = GlTextures.make(gl, Gl.LINEAR);
        detailMap = GlTextures.make(gl, Gl.LINEAR);
    }

    private void allocate(int width, int height) {
        this.width = width;
        this.height = height;
        GlTextures.size(gl, source, width, height, false);
        for (WebGLTexture t : new WebGLTexture[] {scratch, dog, soft, tensor}) {
            GlTextures.size(gl, t, width, height, halfFloat);
        }
        GlTextures.size(gl, detailMap, detailWidth(width), detailHeight(height), false);
        GlTextures.size(gl, styled, width, height, false);
    }

    private static int detailWidth(int width) {
        return Math.max(1, (width + 3) / 4);
    }

    private static int detailHeight(int height) {
        return Math.max(1, (height + 3) / 4);
    }

    private WebGLProgram link(WebGLShader vertex, String fragmentSource) {
        WebGLProgram program = gl.createProgram();
        gl.attachShader(program, vertex);
        gl.attachShader(program, compile(Gl.FRAGMENT_SHADER, fragmentSource));
        gl.linkProgram(program);
        if (!gl.getProgramParameterb(program, Gl.LINK_STATUS) && !gl.isContextLost()) {
            throw new IllegalStateException("WebGL style program failed to link: " + gl.getProgramInfoLog(program));
        }
        return program;
    }

    private WebGLShader compile(int type, String source) {
        return GlShaders.compile(gl, type, source);
    }
}
