package app.maskai.web.render;

import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.template.ColourTransfer;
import app.maskai.core.template.SkinTone;
import app.maskai.core.template.TemplateFit;
import app.maskai.web.dom.ImageBitmap;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Uint16Array;
import org.teavm.jso.typedarrays.Uint8Array;
import org.teavm.jso.webgl.WebGLBuffer;
import org.teavm.jso.webgl.WebGLFramebuffer;
import org.teavm.jso.webgl.WebGLProgram;
import org.teavm.jso.webgl.WebGLSampler;
import org.teavm.jso.webgl.WebGLShader;
import org.teavm.jso.webgl.WebGLTexture;
import org.teavm.jso.webgl.WebGLUniformLocation;
import org.teavm.jso.webgl.WebGLVertexArrayObject;

/**
 * Puts a photo's faces into a template ({@link TemplateScene}) on the GPU, making the picture the
 * renderer then draws masks and styles on as if it were the photo:
 * <ol>
 *   <li>F: the template, and each face's mesh over it, its vertices where core.template.TemplateFit
 *       placed them and its texture the photo, colour-matched to the template's skin
 *       (core.template.ColourTransfer, from the face's colour at its skin landmarks, read back:
 *       2 KB); F's alpha is the blend region (TemplateFit.blendOutline);
 *   <li>Gaussian pyramids of F (mask included) and of the template T (kept while the template and
 *       its copies stay the same);
 *   <li>multi-band blending (Burt and Adelson 1983): each band mixed by the mask at its own level,
 *       collapsed from the top, so fine detail meets along a sharp edge and light and colour over
 *       a wide one, and no seam shows;
 *   <li>what lies in front of the face drawn over, into a picture with mipmaps (the masks' light
 *       reads the photo's mip levels).
 * </ol>
 * Levels are half floats where the GPU renders to them (EXT_color_buffer_float), else 8-bit.
 */
final class TemplatePasses {
    private static final int POSITION = 0;
    private static final int UV = 1;
    private static final int MIDDLE = 2;
    /**
     * How far out (a landmark's distance from the oval's centroid over the oval's mean radius) the
     * face's middle, with its own contrast, ends, and where its edge transfer is reached.
     */
    private static final float MIDDLE_ENDS = 0.6f;
    private static final float EDGE_STARTS = 0.8f;
    private static final float SHARPEN_PER_SCALE = 0.4f;
    private static final float MAX_SHARPEN = 1.2f;
    private static final int MAX_LEVELS = 7;
    /** Each band is mixed by the mask this many levels coarser (TemplateShaders.COLLAPSE). */
    private static final int MASK_LIFT = 3;
    /** The pyramid stops when a level's shorter side is this small. */
    private static final int SMALLEST_SIDE = 12;
    private static final int SAMPLE_COLUMNS = 32;
    private static final int SAMPLE_ROWS = 16;

    private final Gl gl;
    private final int[] faceTriangles;
    private WebGLProgram background;
    private WebGLProgram face;
    private WebGLProgram region;
    private WebGLProgram sample;
    private WebGLProgram down;
    private WebGLProgram collapse;
    private WebGLProgram finish;
    private WebGLVertexArrayObject mesh;
    private WebGLVertexArrayObject empty;
    private WebGLBuffer positions;
    private WebGLBuffer uvs;
    private WebGLBuffer middles;
    private WebGLBuffer indices;
    private WebGLFramebuffer target;
    private WebGLFramebuffer sampleTarget;
    private WebGLSampler mipSampler;
    private boolean halfFloat;
    private WebGLTexture picture;
    private WebGLTexture front;
    private String pictureKey;
    private WebGLTexture[] faceLevels = new WebGLTexture[0];
    private WebGLTexture[] backLevels = new WebGLTexture[0];
    private WebGLTexture[] blendLevels = new WebGLTexture[0];
    private int[] levelWidth = new int[0];
    private int[] levelHeight = new int[0];
    private WebGLTexture composite;
    private int width = -1;
    private int height = -1;
    private String backKey;
    private final Uint8Array samplePixels = new Uint8Array(SAMPLE_COLUMNS * SAMPLE_ROWS * 4);
    private final float[] skin = new float[3 * TemplateFit.SKIN.length];

    TemplatePasses(Gl gl, int[] faceTriangles) {
        this.gl = gl;
        this.faceTriangles = faceTriangles;
    }

    /** Forgets every GL object (the context was lost and restored): made again on the next use. */
    void reset() {
        background = null;
        width = -1;
        height = -1;
        pictureKey = null;
        backKey = null;
    }

    /**
     * Draws {@code scene} from {@code photo} (photoWidth × photoHeight, with mipmaps) and returns
     * the finished picture (scene.width() × scene.height(), row 0 at the top, with mipmaps). The
     * framebuffer, viewport and vertex array are left unbound; the caller sets its own again.
     */
    WebGLTexture compose(TemplateScene scene, WebGLTexture photo, int photoWidth, int photoHeight) {
        if (background == null) {
            init();
        }
        int w = scene.width();
        int h = scene.height();
        if (w != width || h != height) {
            allocate(w, h);
        }
        String key = scene.spec.id + "|" + scene.background.getWidth() + "x" + scene.background.getHeight();
        if (!key.equals(pictureKey)) {
            upload(picture, scene.background);
            if (scene.front != null) {
                upload(front, scene.front);
            }
            pictureKey = key;
            backKey = null;
        }
        gl.disable(Gl.BLEND);
        gl.disable(Gl.DEPTH_TEST);
        gl.disable(Gl.CULL_FACE);

        String back = key + "|" + scene.copies;
        if (!back.equals(backKey)) {
            fullScreen(backLevels[0], w, h, background);
            bind(background, "u_picture", 0, picture);
            gl.uniform1f(uniform(background, "u_copies"), scene.copies);
            gl.drawArrays(Gl.TRIANGLES, 0, 3);
            pyramid(backLevels);
            backKey = back;
        }

        // F: the template, then each face colour-matched, then the blend region in the alpha.
        fullScreen(faceLevels[0], w, h, background);
        bind(background, "u_picture", 0, picture);
        gl.uniform1f(uniform(background, "u_copies"), scene.copies);
        gl.drawArrays(Gl.TRIANGLES, 0, 3);
        for (int i = 0; i < scene.placed.size(); i++) {
            float[] inPhoto = scene.photoLandmarks.get(i);
            SkinTone tone = skinTone(photo, inPhoto, photoWidth, photoHeight);
            float strength = scene.seamless ? scene.colourMatch : 0;
            drawFace(photo, inPhoto, scene.placed.get(i), new ColourTransfer(tone, scene.spec.skin, strength),
                    ColourTransfer.middle(tone, scene.spec.skin, strength), photoWidth, photoHeight, w, h);
        }
        gl.bindVertexArray(mesh);
        gl.useProgram(region);
        gl.uniform2f(uniform(region, "u_size"), w, h);
        gl.colorMask(false, false, false, true);
        gl.disableVertexAttribArray(UV);
        for (float[] placed : scene.placed) {
            float[] outline = TemplateFit.blendOutline(placed);
            gl.bindBuffer(Gl.ARRAY_BUFFER, positions);
            gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(fan(outline)), Gl.STREAM_DRAW);
            gl.vertexAttribPointer(POSITION, 3, Gl.FLOAT, false, 0, 0);
            gl.drawArrays(Gl.TRIANGLES, 0, 3 * outline.length / 2);
        }
        gl.colorMask(true, true, true, true);
        gl.bindVertexArray(null);

        int levels = faceLevels.length;
        if (scene.seamless) {
            pyramid(faceLevels);
            for (int level = levels - 1; level >= 0; level--) {
                fullScreen(blendLevels[level], levelWidth[level], levelHeight[level], collapse);
                boolean top = level == levels - 1;
                gl.uniform1i(uniform(collapse, "u_top"), top ? 1 : 0);
                bind(collapse, "u_face", 0, faceLevels[level]);
                bind(collapse, "u_back", 1, backLevels[level]);
                bind(collapse, "u_faceUp", 2, top ? faceLevels[level] : faceLevels[level + 1]);
                bind(collapse, "u_backUp", 3, top ? backLevels[level] : backLevels[level + 1]);
                bind(collapse, "u_restUp", 4, top ? faceLevels[level] : blendLevels[level + 1]);
                bind(collapse, "u_mask", 5, faceLevels[Math.min(levels - 1, level + MASK_LIFT)]);
                if (!top) {
                    gl.uniform2f(uniform(collapse, "u_coarseTexel"), 1f / levelWidth[level + 1],
                            1f / levelHeight[level + 1]);
                }
                gl.drawArrays(Gl.TRIANGLES, 0, 3);
                unbind(5);
            }
        }

        fullScreen(composite, w, h, finish);
        bind(finish, "u_blend", 0, blendLevels[0]);
        bind(finish, "u_face", 1, faceLevels[0]);
        bind(finish, "u_back", 2, backLevels[0]);
        bind(finish, "u_front", 3, scene.front != null ? front : picture);
        gl.uniform1f(uniform(finish, "u_copies"), scene.copies);
        gl.uniform1i(uniform(finish, "u_paste"), scene.seamless ? 0 : 1);
        gl.uniform1i(uniform(finish, "u_hasFront"), scene.front != null ? 1 : 0);
        gl.drawArrays(Gl.TRIANGLES, 0, 3);
        unbind(3);
        gl.bindFramebuffer(Gl.FRAMEBUFFER, null);
        gl.bindVertexArray(null);
        gl.activeTexture(Gl.TEXTURE0);
        gl.bindTexture(Gl.TEXTURE_2D, composite);
        gl.generateMipmap(Gl.TEXTURE_2D);
        gl.bindTexture(Gl.TEXTURE_2D, null);
        return composite;
    }

    /** A triangle fan from the outline's centroid as a triangle list (x, y, 0 per vertex). */
    private static float[] fan(float[] outline) {
        int n = outline.length / 2;
        float cx = 0;
        float cy = 0;
        for (int j = 0; j < n; j++) {
            cx += outline[2 * j] / n;
            cy += outline[2 * j + 1] / n;
        }
        float[] out = new float[9 * n];
        for (int j = 0; j < n; j++) {
            int k = (j + 1) % n;
            float[] tri = {cx, cy, 0, outline[2 * j], outline[2 * j + 1], 0, outline[2 * k], outline[2 * k + 1], 0};
            System.arraycopy(tri, 0, out, 9 * j, 9);
        }
        return out;
    }

    /** The face's skin tone in the photo: its colour at TemplateFit.SKIN, each a little blurred. */
    private SkinTone skinTone(WebGLTexture photo, float[] landmarks, int photoWidth, int photoHeight) {
        float iod = (float) Math.hypot(landmarks[3 * 263] - landmarks[3 * 33],
                landmarks[3 * 263 + 1] - landmarks[3 * 33 + 1]);
        gl.bindFramebuffer(Gl.FRAMEBUFFER, sampleTarget);
        gl.viewport(0, 0, SAMPLE_COLUMNS, SAMPLE_ROWS);
        gl.bindVertexArray(mesh);
        gl.useProgram(sample);
        gl.uniform2f(uniform(sample, "u_size"), photoWidth, photoHeight);
        gl.uniform1f(uniform(sample, "u_lod"), (float) (Math.log(Math.max(1f, iod / 12f)) / Math.log(2)));
        bind(sample, "u_photo", 0, photo);
        gl.bindSampler(0, mipSampler);
        gl.disableVertexAttribArray(UV);
        gl.bindBuffer(Gl.ARRAY_BUFFER, positions);
        gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(landmarks), Gl.STREAM_DRAW);
        gl.vertexAttribPointer(POSITION, 3, Gl.FLOAT, false, 0, 0);
        gl.drawArrays(Gl.POINTS, 0, LandmarkModel.POINTS);
        gl.readPixels(0, 0, SAMPLE_COLUMNS, SAMPLE_ROWS, Gl.RGBA, Gl.UNSIGNED_BYTE, samplePixels);
        gl.bindSampler(0, null);
        gl.bindVertexArray(null);
        int[] points = TemplateFit.SKIN;
        for (int j = 0; j < points.length; j++) {
            for (int c = 0; c < 3; c++) {
                skin[3 * j + c] = samplePixels.get(4 * points[j] + c) / 255f;
            }
        }
        return SkinTone.of(skin, points.length);
    }

    private void drawFace(WebGLTexture photo, float[] inPhoto, float[] placed, ColourTransfer transfer,
            ColourTransfer middle, int photoWidth, int photoHeight, int w, int h) {
        gl.bindFramebuffer(Gl.FRAMEBUFFER, target);
        gl.framebufferTexture2D(Gl.FRAMEBUFFER, Gl.COLOR_ATTACHMENT0, Gl.TEXTURE_2D, faceLevels[0], 0);
        gl.viewport(0, 0, w, h);
        gl.bindVertexArray(mesh);
        gl.useProgram(face);
        gl.uniform2f(uniform(face, "u_size"), w, h);
        gl.uniform3f(uniform(face, "u_gain"), transfer.gain(0), transfer.gain(1), transfer.gain(2));
        gl.uniform3f(uniform(face, "u_offset"), transfer.offset(0), transfer.offset(1), transfer.offset(2));
        gl.uniform3f(uniform(face, "u_middleGain"), middle.gain(0), middle.gain(1), middle.gain(2));
        gl.uniform2f(uniform(face, "u_texel"), 1f / photoWidth, 1f / photoHeight);
        gl.uniform1f(uniform(face, "u_sharpen"), sharpening(inPhoto, placed));
        gl.uniform3f(uniform(face, "u_middleOffset"), middle.offset(0), middle.offset(1), middle.offset(2));
        gl.enableVertexAttribArray(MIDDLE);
        gl.bindBuffer(Gl.ARRAY_BUFFER, middles);
        gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(middleWeights(placed)), Gl.STREAM_DRAW);
        gl.vertexAttribPointer(MIDDLE, 1, Gl.FLOAT, false, 0, 0);
        bind(face, "u_photo", 0, photo);
        gl.bindSampler(0, mipSampler);
        float[] uv = new float[2 * LandmarkModel.POINTS];
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            uv[2 * i] = inPhoto[3 * i] / photoWidth;
            uv[2 * i + 1] = inPhoto[3 * i + 1] / photoHeight;
        }
        gl.enableVertexAttribArray(UV);
        gl.bindBuffer(Gl.ARRAY_BUFFER, uvs);
        gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(uv), Gl.STREAM_DRAW);
        gl.vertexAttribPointer(UV, 2, Gl.FLOAT, false, 0, 0);
        gl.bindBuffer(Gl.ARRAY_BUFFER, positions);
        gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(placed), Gl.STREAM_DRAW);
        gl.vertexAttribPointer(POSITION, 3, Gl.FLOAT, false, 0, 0);
        gl.colorMask(true, true, true, false);
        gl.drawElements(Gl.TRIANGLES, faceTriangles.length, Gl.UNSIGNED_SHORT, 0);
        gl.colorMask(true, true, true, true);
        gl.disableVertexAttribArray(MIDDLE);
        gl.bindSampler(0, null);
        gl.bindVertexArray(null);
    }

    /**
     * The unsharp amount for a face enlarged from {@code inPhoto} to {@code placed}: none at 1:1 or
     * smaller, {@link #SHARPEN_PER_SCALE} a unit of enlargement above that, at most {@link
     * #MAX_SHARPEN} (bilinear enlargement by s spreads a pixel's edge over s pixels).
     */
    private static float sharpening(float[] inPhoto, float[] placed) {
        double photoEyes = Math.hypot(inPhoto[3 * 263] - inPhoto[3 * 33], inPhoto[3 * 263 + 1] - inPhoto[3 * 33 + 1]);
        double placedEyes = Math.hypot(placed[3 * 263] - placed[3 * 33], placed[3 * 263 + 1] - placed[3 * 33 + 1]);
        double scale = placedEyes / Math.max(1e-3, photoEyes);
        return (float) Math.max(0, Math.min(MAX_SHARPEN, (scale - 1) * SHARPEN_PER_SCALE));
    }

    /**
     * Each landmark's share of the middle's transfer: 1 within {@link #MIDDLE_ENDS} of the oval's
     * mean radius from its centroid, 0 beyond {@link #EDGE_STARTS}, linear between.
     */
    private static float[] middleWeights(float[] placed) {
        int[] oval = app.maskai.core.layout.FaceLayout.FACE_OVAL;
        float cx = 0;
        float cy = 0;
        for (int index : oval) {
            cx += placed[3 * index] / oval.length;
            cy += placed[3 * index + 1] / oval.length;
        }
        float radius = 0;
        for (int index : oval) {
            radius += (float) Math.hypot(placed[3 * index] - cx, placed[3 * index + 1] - cy) / oval.length;
        }
        float[] out = new float[LandmarkModel.POINTS];
        for (int i = 0; i < out.length; i++) {
            float r = (float) Math.hypot(placed[3 * i] - cx, placed[3 * i + 1] - cy) / Math.max(1e-3f, radius);
            out[i] = Math.max(0, Math.min(1, (EDGE_STARTS - r) / (EDGE_STARTS - MIDDLE_ENDS)));
        }
        return out;
    }

    /** Fills levels 1.. from level 0 of {@code levels}, each the one below low-passed and halved. */
    private void pyramid(WebGLTexture[] levels) {
        for (int k = 1; k < levels.length; k++) {
            fullScreen(levels[k], levelWidth[k], levelHeight[k], down);
            bind(down, "u_in", 0, levels[k - 1]);
            gl.uniform2f(uniform(down, "u_texel"), 1f / levelWidth[k - 1], 1f / levelHeight[k - 1]);
            gl.drawArrays(Gl.TRIANGLES, 0, 3);
            unbind(0);
        }
    }

    /** Renders {@code program} over all of {@code texture} (w × h) from now on. */
    private void fullScreen(WebGLTexture texture, int w, int h, WebGLProgram program) {
        gl.bindFramebuffer(Gl.FRAMEBUFFER, target);
        gl.framebufferTexture2D(Gl.FRAMEBUFFER, Gl.COLOR_ATTACHMENT0, Gl.TEXTURE_2D, texture, 0);
        gl.viewport(0, 0, w, h);
        gl.bindVertexArray(empty);
        gl.useProgram(program);
    }

    private void bind(WebGLProgram program, String name, int unit, WebGLTexture texture) {
        gl.activeTexture(Gl.TEXTURE0 + unit);
        gl.bindTexture(Gl.TEXTURE_2D, texture);
        gl.bindSampler(unit, null);
        gl.uniform1i(uniform(program, name), unit);
    }

    private void unbind(int lastUnit) {
        for (int unit = lastUnit; unit >= 0; unit--) {
            gl.activeTexture(Gl.TEXTURE0 + unit);
            gl.bindTexture(Gl.TEXTURE_2D, null);
        }
    }

    private WebGLUniformLocation uniform(WebGLProgram program, String name) {
        return gl.getUniformLocation(program, name);
    }

    private void init() {
        halfFloat = gl.getExtension("EXT_color_buffer_float") != null;
        WebGLShader full = compile(Gl.VERTEX_SHADER, StyleShaders.VERTEX);
        WebGLShader meshVertex = compile(Gl.VERTEX_SHADER, TemplateShaders.MESH_VERTEX);
        background = link(full, TemplateShaders.BACKGROUND);
        face = link(meshVertex, TemplateShaders.FACE);
        region = link(meshVertex, TemplateShaders.REGION);
        sample = link(compile(Gl.VERTEX_SHADER, Shaders.SAMPLE_VERTEX), TemplateShaders.SAMPLE);
        down = link(full, TemplateShaders.DOWN);
        collapse = link(full, TemplateShaders.COLLAPSE);
        finish = link(full, TemplateShaders.FINISH);
        empty = gl.createVertexArray();
        mesh = gl.createVertexArray();
        gl.bindVertexArray(mesh);
        gl.enableVertexAttribArray(POSITION);
        positions = gl.createBuffer();
        uvs = gl.createBuffer();
        middles = gl.createBuffer();
        char[] triangles = new char[faceTriangles.length];
        for (int i = 0; i < triangles.length; i++) {
            triangles[i] = (char) faceTriangles[i];
        }
        indices = gl.createBuffer();
        gl.bindBuffer(Gl.ELEMENT_ARRAY_BUFFER, indices);
        gl.bufferData(Gl.ELEMENT_ARRAY_BUFFER, Uint16Array.copyFromJavaArray(triangles), Gl.STATIC_DRAW);
        gl.bindVertexArray(null);
        target = gl.createFramebuffer();
        WebGLTexture sampleTexture = GlTextures.make(gl, Gl.LINEAR);
        GlTextures.size(gl, sampleTexture, SAMPLE_COLUMNS, SAMPLE_ROWS, false);
        sampleTarget = gl.createFramebuffer();
        gl.bindFramebuffer(Gl.FRAMEBUFFER, sampleTarget);
        gl.framebufferTexture2D(Gl.FRAMEBUFFER, Gl.COLOR_ATTACHMENT0, Gl.TEXTURE_2D, sampleTexture, 0);
        gl.bindFramebuffer(Gl.FRAMEBUFFER, null);
        mipSampler = gl.createSampler();
        gl.samplerParameteri(mipSampler, Gl.TEXTURE_MIN_FILTER, Gl.LINEAR_MIPMAP_LINEAR);
        gl.samplerParameteri(mipSampler, Gl.TEXTURE_MAG_FILTER, Gl.LINEAR);
        gl.samplerParameteri(mipSampler, Gl.TEXTURE_WRAP_S, Gl.CLAMP_TO_EDGE);
        gl.samplerParameteri(mipSampler, Gl.TEXTURE_WRAP_T, Gl.CLAMP_TO_EDGE);
        picture = GlTextures.make(gl, Gl.LINEAR);
        front = GlTextures.make(gl, Gl.LINEAR);
        composite = GlTextures.make(gl, Gl.LINEAR);
        gl.bindTexture(Gl.TEXTURE_2D, composite);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MIN_FILTER, Gl.NEAREST);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MAG_FILTER, Gl.NEAREST);
        gl.bindTexture(Gl.TEXTURE_2D, null);
    }

    private void allocate(int w, int h) {
        width = w;
        height = h;
        backKey = null;
        for (WebGLTexture[] set : new WebGLTexture[][] {faceLevels, backLevels, blendLevels}) {
            for (WebGLTexture t : set) {
                gl.deleteTexture(t);
            }
        }
        int levels = 1;
        int lw = w;
        int lh = h;
        while (levels < MAX_LEVELS && Math.min(lw, lh) / 2 >= SMALLEST_SIDE) {
            lw = (lw + 1) / 2;
            lh = (lh + 1) / 2;
            levels++;
        }
        levelWidth = new int[levels];
        levelHeight = new int[levels];
        faceLevels = new WebGLTexture[levels];
        backLevels = new WebGLTexture[levels];
        blendLevels = new WebGLTexture[levels];
        lw = w;
        lh = h;
        for (int k = 0; k < levels; k++) {
            levelWidth[k] = lw;
            levelHeight[k] = lh;
            faceLevels[k] = sized(lw, lh);
            backLevels[k] = sized(lw, lh);
            blendLevels[k] = sized(lw, lh);
            lw = (lw + 1) / 2;
            lh = (lh + 1) / 2;
        }
        GlTextures.size(gl, composite, w, h, false);
    }

    private WebGLTexture sized(int w, int h) {
        WebGLTexture t = GlTextures.make(gl, Gl.LINEAR);
        GlTextures.size(gl, t, w, h, halfFloat);
        return t;
    }

    /** A template picture, premultiplied, repeating across (copies stand side by side). */
    private void upload(WebGLTexture texture, ImageBitmap image) {
        gl.activeTexture(Gl.TEXTURE0);
        gl.bindTexture(Gl.TEXTURE_2D, texture);
        gl.pixelStorei(Gl.UNPACK_FLIP_Y_WEBGL, 0);
        gl.pixelStorei(Gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, 1);
        gl.pixelStorei(Gl.UNPACK_COLORSPACE_CONVERSION_WEBGL, Gl.NONE);
        gl.texImage2D(Gl.TEXTURE_2D, 0, Gl.RGBA, Gl.RGBA, Gl.UNSIGNED_BYTE, image);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_S, Gl.REPEAT);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_T, Gl.CLAMP_TO_EDGE);
        gl.bindTexture(Gl.TEXTURE_2D, null);
    }

    private WebGLProgram link(WebGLShader vertex, String fragmentSource) {
        WebGLProgram program = gl.createProgram();
        gl.attachShader(program, vertex);
        gl.attachShader(program, compile(Gl.FRAGMENT_SHADER, fragmentSource));
        gl.bindAttribLocation(program, POSITION, "a_position");
        gl.bindAttribLocation(program, UV, "a_uv");
        gl.bindAttribLocation(program, MIDDLE, "a_middle");
        gl.linkProgram(program);
        if (!gl.getProgramParameterb(program, Gl.LINK_STATUS) && !gl.isContextLost()) {
            throw new IllegalStateException("WebGL template program failed to link: " + gl.getProgramInfoLog(program));
        }
        return program;
    }

    private WebGLShader compile(int type, String source) {
        return GlShaders.compile(gl, type, source);
    }
}
