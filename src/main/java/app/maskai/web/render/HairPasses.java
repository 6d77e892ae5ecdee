package app.maskai.web.render;

import app.maskai.core.hair.HairShade;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;
import org.teavm.jso.webgl.WebGLBuffer;
import org.teavm.jso.webgl.WebGLFramebuffer;
import org.teavm.jso.webgl.WebGLProgram;
import org.teavm.jso.webgl.WebGLShader;
import org.teavm.jso.webgl.WebGLTexture;
import org.teavm.jso.webgl.WebGLVertexArrayObject;

/**
 * Recolours a photo's hair ({@link HairPaint}) on the GPU: the photo copied into a picture of its
 * size, then over each face's hair matte the photo recoloured as core.hair.HairShade says, mixed
 * by the matte times the strength. The picture (row 0 at the top, with mipmaps) is what the
 * renderer then puts in a template, or draws masks and styles on, as if it were the photo.
 */
final class HairPasses {
    private static final int POSITION = 0;

    /** The photo, texel for texel (one triangle over the target). */
    private static final String COPY = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "uniform sampler2D u_photo;\n"
            + "out vec4 outColor;\n"
            + "void main() { outColor = texture(u_photo, v_uv); }\n";

    /** A matte's rectangle (image pixels, row 0 at the top of the target); its own uv 0..1. */
    private static final String QUAD_VERTEX = "#version 300 es\n"
            + "in vec2 a_position;\n"
            + "uniform vec4 u_rect;\n"   // x, y, width, height in pixels
            + "uniform vec2 u_size;\n"
            + "out vec2 v_matte;\n"
            + "void main() {\n"
            + "  v_matte = a_position;\n"
            + "  gl_Position = vec4((u_rect.xy + a_position * u_rect.zw) / u_size * 2.0 - 1.0, 0.0, 1.0);\n"
            + "}\n";

    /**
     * core.hair.HairShade.apply's colour, in GLSL: {@code hairShade(c, colour, shade)} recolours c
     * (rgb 0..1) to colour (Y, Cb, Cr) from the hair's mean luma and contrast k (shade.xy). Shared
     * by this recolouring and the hairstyle overlay's (Shaders.HAIRSTYLE).
     */
    static final String HAIR_SHADE = "vec3 hairShade(vec3 c, vec3 colour, vec2 shade) {\n"
            + "  float y = dot(c, vec3(0.299, 0.587, 0.114));\n"
            + "  float cb = 0.5 + dot(c, vec3(-0.168736, -0.331264, 0.5));\n"
            + "  float cr = 0.5 + dot(c, vec3(0.5, -0.418688, -0.081312));\n"
            + "  float ny = colour.x + (y - shade.x) * shade.y;\n"
            + "  float ncb = colour.y + (cb - 0.5) * " + HairShade.CHROMA_KEPT + ";\n"
            + "  float ncr = colour.z + (cr - 0.5) * " + HairShade.CHROMA_KEPT + ";\n"
            + "  return clamp(vec3(ny + 1.402 * (ncr - 0.5), ny - 0.344136 * (ncb - 0.5) - 0.714136 * (ncr - 0.5),\n"
            + "      ny + 1.772 * (ncb - 0.5)), 0.0, 1.0);\n"
            + "}\n";

    /** core.hair.HairShade.apply, premultiplied by the matte × strength (blended over the copy). */
    private static final String RECOLOUR = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_matte;\n"
            + "uniform sampler2D u_photo;\n"
            + "uniform sampler2D u_matte;\n"
            + "uniform vec2 u_size;\n"
            + "uniform vec3 u_colour;\n"   // Y, Cb, Cr
            + "uniform vec3 u_shade;\n"    // the hair's mean luma, contrast k, strength
            + "out vec4 outColor;\n"
            + HAIR_SHADE
            + "void main() {\n"
            + "  vec3 rgb = hairShade(texture(u_photo, gl_FragCoord.xy / u_size).rgb, u_colour, u_shade.xy);\n"
            + "  float a = texture(u_matte, v_matte).r * u_shade.z;\n"
            + "  outColor = vec4(rgb * a, a);\n"
            + "}\n";

    private final Gl gl;
    private WebGLProgram copy;
    private WebGLProgram recolour;
    private WebGLVertexArrayObject empty;
    private WebGLVertexArrayObject quad;
    private WebGLFramebuffer target;
    private WebGLTexture picture;
    private WebGLTexture matte;
    private int width = -1;
    private int height = -1;

    HairPasses(Gl gl) {
        this.gl = gl;
    }

    /** Forgets every GL object (the context was lost and restored): made again on the next use. */
    void reset() {
        copy = null;
        width = -1;
        height = -1;
    }

    /** The photo ({@code photo}, w × h) with {@code paint}'s hair recoloured: a texture with mipmaps. */
    WebGLTexture paint(HairPaint paint, WebGLTexture photo, int w, int h) {
        if (copy == null) {
            init();
        }
        if (w != width || h != height) {
            width = w;
            height = h;
            GlTextures.size(gl, picture, w, h, false);
        }
        gl.disable(Gl.DEPTH_TEST);
        gl.disable(Gl.CULL_FACE);
        gl.disable(Gl.BLEND);
        gl.bindFramebuffer(Gl.FRAMEBUFFER, target);
        gl.framebufferTexture2D(Gl.FRAMEBUFFER, Gl.COLOR_ATTACHMENT0, Gl.TEXTURE_2D, picture, 0);
        gl.viewport(0, 0, w, h);
        gl.bindVertexArray(empty);
        gl.useProgram(copy);
        gl.activeTexture(Gl.TEXTURE0);
        gl.bindTexture(Gl.TEXTURE_2D, photo);
        gl.bindSampler(0, null);
        gl.uniform1i(gl.getUniformLocation(copy, "u_photo"), 0);
        gl.drawArrays(Gl.TRIANGLES, 0, 3);

        gl.bindVertexArray(quad);
        gl.useProgram(recolour);
        gl.uniform1i(gl.getUniformLocation(recolour, "u_photo"), 0);
        gl.uniform1i(gl.getUniformLocation(recolour, "u_matte"), 1);
        gl.uniform2f(gl.getUniformLocation(recolour, "u_size"), w, h);
        gl.enable(Gl.BLEND);
        gl.blendFunc(Gl.ONE, Gl.ONE_MINUS_SRC_ALPHA);
        for (int i = 0; i < paint.count(); i++) {
            int[] r = paint.rect(i);
            float[] p = paint.params(i);
            gl.activeTexture(Gl.TEXTURE1);
            gl.bindTexture(Gl.TEXTURE_2D, matte);
            gl.pixelStorei(Gl.UNPACK_ALIGNMENT, 1);
            gl.pixelStorei(Gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, 0);
            gl.texImage2D(Gl.TEXTURE_2D, 0, Gl.R8, r[2], r[3], 0, Gl.RED, Gl.UNSIGNED_BYTE,
                    Uint8Array.create(Int8Array.copyFromJavaArray(paint.alpha(i))));
            gl.pixelStorei(Gl.UNPACK_ALIGNMENT, 4);
            gl.uniform4f(gl.getUniformLocation(recolour, "u_rect"), r[0], r[1], r[2], r[3]);
            gl.uniform3f(gl.getUniformLocation(recolour, "u_colour"), p[0], p[1], p[2]);
            gl.uniform3f(gl.getUniformLocation(recolour, "u_shade"), p[3], p[4], p[5]);
            gl.drawArrays(Gl.TRIANGLE_STRIP, 0, 4);
        }
        gl.disable(Gl.BLEND);
        gl.activeTexture(Gl.TEXTURE1);
        gl.bindTexture(Gl.TEXTURE_2D, null);
        gl.activeTexture(Gl.TEXTURE0);
        gl.bindTexture(Gl.TEXTURE_2D, picture);
        gl.generateMipmap(Gl.TEXTURE_2D);
        gl.bindTexture(Gl.TEXTURE_2D, null);
        gl.bindVertexArray(null);
        gl.bindFramebuffer(Gl.FRAMEBUFFER, null);
        return picture;
    }

    private void init() {
        WebGLShader full = GlShaders.compile(gl, Gl.VERTEX_SHADER, StyleShaders.VERTEX);
        copy = link(full, COPY);
        recolour = link(GlShaders.compile(gl, Gl.VERTEX_SHADER, QUAD_VERTEX), RECOLOUR);
        empty = gl.createVertexArray();
        quad = gl.createVertexArray();
        gl.bindVertexArray(quad);
        WebGLBuffer corners = gl.createBuffer();
        gl.bindBuffer(Gl.ARRAY_BUFFER, corners);
        gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(new float[] {0, 0, 1, 0, 0, 1, 1, 1}),
                Gl.STATIC_DRAW);
        gl.enableVertexAttribArray(POSITION);
        gl.vertexAttribPointer(POSITION, 2, Gl.FLOAT, false, 0, 0);
        gl.bindVertexArray(null);
        target = gl.createFramebuffer();
        picture = GlTextures.make(gl, Gl.NEAREST);
        matte = GlTextures.make(gl, Gl.LINEAR);
    }

    private WebGLProgram link(WebGLShader vertex, String fragmentSource) {
        WebGLProgram program = gl.createProgram();
        gl.attachShader(program, vertex);
        gl.attachShader(program, GlShaders.compile(gl, Gl.FRAGMENT_SHADER, fragmentSource));
        gl.bindAttribLocation(program, POSITION, "a_position");
        gl.linkProgram(program);
        if (!gl.getProgramParameterb(program, Gl.LINK_STATUS) && !gl.isContextLost()) {
            throw new IllegalStateException("WebGL hair program failed to link: " + gl.getProgramInfoLog(program));
        }
        return program;
    }
}
