package app.maskai.web.render;

import app.maskai.core.mask.MaskSpec;
import app.maskai.web.dom.Browser;
import app.maskai.web.dom.ImageBitmap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Uint16Array;
import org.teavm.jso.webgl.WebGLBuffer;
import org.teavm.jso.webgl.WebGLProgram;
import org.teavm.jso.webgl.WebGLShader;
import org.teavm.jso.webgl.WebGLTexture;
import org.teavm.jso.webgl.WebGLUniformLocation;
import org.teavm.jso.webgl.WebGLVertexArrayObject;

/**
 * Draws a photo and, over it, each face's mask as a textured triangle mesh whose vertices sit on
 * the face's landmarks, so the mask follows the face's shape and pose. Output is the canvas at the
 * photo's full resolution (up to the GPU's texture limit, see {@link #maxSide()}).
 *
 * <p>Colours are premultiplied by alpha throughout: textures are uploaded premultiplied and
 * blended with (ONE, ONE_MINUS_SRC_ALPHA), which keeps the masks' feathered edges free of fringes.
 * The photo is sampled with NEAREST at 1:1, so pixels the masks do not touch are copied exactly.
 */
public final class MeshWarpRenderer {
    private static final String VERTEX_SHADER = "#version 300 es\n"
            + "in vec2 a_position;\n"        // image pixels
            + "in vec2 a_uv;\n"
            + "uniform vec2 u_size;\n"       // canvas size in pixels
            + "out vec2 v_uv;\n"
            + "void main() {\n"
            + "  vec2 clip = a_position / u_size * 2.0 - 1.0;\n"
            + "  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);\n"
            + "  v_uv = a_uv;\n"
            + "}\n";
    private static final String FRAGMENT_SHADER = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "uniform sampler2D u_texture;\n"
            + "uniform float u_opacity;\n"
            + "out vec4 outColor;\n"
            + "void main() {\n"
            + "  outColor = texture(u_texture, v_uv) * u_opacity;\n"
            + "}\n";

    private final HTMLCanvasElement canvas;
    private final Gl gl;
    private final WebGLProgram program;
    private final int positionAttribute;
    private final int uvAttribute;
    private final WebGLUniformLocation sizeUniform;
    private final WebGLUniformLocation opacityUniform;
    private final WebGLUniformLocation textureUniform;
    private final WebGLVertexArrayObject vertexArray;
    private final WebGLBuffer positionBuffer;
    private final WebGLBuffer uvBuffer;
    private final WebGLBuffer indexBuffer;
    private final Map<String, WebGLTexture> maskTextures = new HashMap<>();
    private WebGLTexture photoTexture;
    private int width;
    private int height;

    private MeshWarpRenderer(HTMLCanvasElement canvas, Gl gl) {
        this.canvas = canvas;
        this.gl = gl;
        program = link(compile(Gl.VERTEX_SHADER, VERTEX_SHADER), compile(Gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
        positionAttribute = gl.getAttribLocation(program, "a_position");
        uvAttribute = gl.getAttribLocation(program, "a_uv");
        sizeUniform = gl.getUniformLocation(program, "u_size");
        opacityUniform = gl.getUniformLocation(program, "u_opacity");
        textureUniform = gl.getUniformLocation(program, "u_texture");
        vertexArray = gl.createVertexArray();
        gl.bindVertexArray(vertexArray);
        positionBuffer = gl.createBuffer();
        gl.bindBuffer(Gl.ARRAY_BUFFER, positionBuffer);
        gl.enableVertexAttribArray(positionAttribute);
        gl.vertexAttribPointer(positionAttribute, 2, Gl.FLOAT, false, 0, 0);
        uvBuffer = gl.createBuffer();
        gl.bindBuffer(Gl.ARRAY_BUFFER, uvBuffer);
        gl.enableVertexAttribArray(uvAttribute);
        gl.vertexAttribPointer(uvAttribute, 2, Gl.FLOAT, false, 0, 0);
        indexBuffer = gl.createBuffer();
        gl.bindBuffer(Gl.ELEMENT_ARRAY_BUFFER, indexBuffer);
        gl.bindVertexArray(null);
    }

    /** A renderer on {@code canvas}, or null where the browser has no WebGL2. */
    public static MeshWarpRenderer create(HTMLCanvasElement canvas) {
        JSObject context = webgl2(canvas);
        if (context == null || Browser.isNullish(context)) {
            return null;
        }
        return new MeshWarpRenderer(canvas, (Gl) context);
    }

    @JSBody(params = "canvas", script = "try { return canvas.getContext('webgl2', {alpha: true, premultipliedAlpha: true,"
            + " preserveDrawingBuffer: true, antialias: true}); } catch (e) { return null; }")
    private static native JSObject webgl2(HTMLCanvasElement canvas);

    public HTMLCanvasElement canvas() {
        return canvas;
    }

    /** The largest photo side this GPU can render at full resolution. */
    public int maxSide() {
        return Math.min(gl.getParameteri(Gl.MAX_TEXTURE_SIZE), gl.getParameteri(Gl.MAX_RENDERBUFFER_SIZE));
    }

    public boolean isContextLost() {
        return gl.isContextLost();
    }

    /** Uploads the photo and sizes the canvas to it. The photo must fit {@link #maxSide()}. */
    public void setPhoto(ImageBitmap photo) {
        width = photo.getWidth();
        height = photo.getHeight();
        canvas.setWidth(width);
        canvas.setHeight(height);
        if (photoTexture == null) {
            photoTexture = gl.createTexture();
        }
        upload(photoTexture, photo, Gl.NEAREST);
    }

    /** Draws the photo and every mask. */
    public void draw(List<MaskedFace> faces) {
        gl.viewport(0, 0, width, height);
        gl.disable(Gl.BLEND);
        gl.useProgram(program);
        gl.uniform2f(sizeUniform, width, height);
        gl.uniform1i(textureUniform, 0);
        gl.activeTexture(Gl.TEXTURE0);
        gl.bindVertexArray(vertexArray);

        float w = width;
        float h = height;
        drawTriangles(photoTexture, 1f,
                new float[] {0, 0, w, 0, 0, h, w, h},
                new float[] {0, 0, 1, 0, 0, 1, 1, 1},
                new char[] {0, 1, 2, 2, 1, 3});

        gl.enable(Gl.BLEND);
        gl.blendFunc(Gl.ONE, Gl.ONE_MINUS_SRC_ALPHA);
        for (MaskedFace face : faces) {
            MaskSpec spec = face.spec;
            float[] positions = new float[spec.vertexCount() * 2];
            for (int i = 0; i < spec.vertexCount(); i++) {
                positions[2 * i] = face.vertices[3 * i];
                positions[2 * i + 1] = face.vertices[3 * i + 1];
            }
            char[] indices = new char[spec.triangles.length];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = (char) spec.triangles[i];
            }
            drawTriangles(maskTexture(spec.id, face.texture), spec.opacity, positions, spec.uv, indices);
        }
        gl.bindVertexArray(null);
    }

    private void drawTriangles(WebGLTexture texture, float opacity, float[] positions, float[] uv, char[] indices) {
        gl.bindTexture(Gl.TEXTURE_2D, texture);
        gl.uniform1f(opacityUniform, opacity);
        gl.bindBuffer(Gl.ARRAY_BUFFER, positionBuffer);
        gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(positions), Gl.STREAM_DRAW);
        gl.bindBuffer(Gl.ARRAY_BUFFER, uvBuffer);
        gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(uv), Gl.STREAM_DRAW);
        gl.bufferData(Gl.ELEMENT_ARRAY_BUFFER, Uint16Array.copyFromJavaArray(indices), Gl.STREAM_DRAW);
        gl.drawElements(Gl.TRIANGLES, indices.length, Gl.UNSIGNED_SHORT, 0);
    }

    private WebGLTexture maskTexture(String id, ImageBitmap image) {
        WebGLTexture texture = maskTextures.get(id);
        if (texture == null) {
            texture = gl.createTexture();
            upload(texture, image, Gl.LINEAR);
            gl.generateMipmap(Gl.TEXTURE_2D);
            gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MIN_FILTER, Gl.LINEAR_MIPMAP_LINEAR);
            maskTextures.put(id, texture);
        }
        return texture;
    }

    private void upload(WebGLTexture texture, ImageBitmap image, int filter) {
        gl.bindTexture(Gl.TEXTURE_2D, texture);
        gl.pixelStorei(Gl.UNPACK_FLIP_Y_WEBGL, 0);
        gl.pixelStorei(Gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, 1);
        gl.pixelStorei(Gl.UNPACK_COLORSPACE_CONVERSION_WEBGL, Gl.NONE);
        gl.texImage2D(Gl.TEXTURE_2D, 0, Gl.RGBA, Gl.RGBA, Gl.UNSIGNED_BYTE, image);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MIN_FILTER, filter);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MAG_FILTER, filter);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_S, Gl.CLAMP_TO_EDGE);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_T, Gl.CLAMP_TO_EDGE);
    }

    private WebGLShader compile(int type, String source) {
        WebGLShader shader = gl.createShader(type);
        gl.shaderSource(shader, source);
        gl.compileShader(shader);
        if (!gl.getShaderParameterb(shader, Gl.COMPILE_STATUS) && !gl.isContextLost()) {
            throw new IllegalStateException("WebGL shader failed to compile: " + gl.getShaderInfoLog(shader));
        }
        return shader;
    }

    private WebGLProgram link(WebGLShader vertex, WebGLShader fragment) {
        WebGLProgram linked = gl.createProgram();
        gl.attachShader(linked, vertex);
        gl.attachShader(linked, fragment);
        gl.linkProgram(linked);
        if (!gl.getProgramParameterb(linked, Gl.LINK_STATUS) && !gl.isContextLost()) {
            throw new IllegalStateException("WebGL program failed to link: " + gl.getProgramInfoLog(linked));
        }
        return linked;
    }
}
