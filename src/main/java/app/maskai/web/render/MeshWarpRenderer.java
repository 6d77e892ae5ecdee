package app.maskai.web.render;

import app.maskai.core.style.PortraitStyle;
import app.maskai.core.style.StyleRegions;
import app.maskai.core.fit.FaceFrame;
import app.maskai.core.hair.HairFill;
import app.maskai.core.hair.HairstyleFit;
import app.maskai.core.hair.HairstyleLight;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.light.FaceLight;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.occlusion.Occlusion;
import app.maskai.web.dom.Clock;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.JsValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.ArrayBufferView;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Uint16Array;
import org.teavm.jso.typedarrays.Int8Array;
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
 * Draws a photo and, over it, each face's mask as a textured triangle mesh whose vertices sit on
 * the face's landmarks, so the mask follows the face's shape and pose. Output is the canvas at the
 * photo's full resolution (up to the GPU's limit, {@link #maxSide()}).
 *
 * <p>Per face, in order: the face mesh into the depth buffer only (an occluder, pushed back a
 * third of the inter-ocular distance, so a mask lying on it still passes), a soft contact shadow
 * just below the mask's edge, then the mask, depth-tested so the far side of a turned head hides what lies behind it,
 * and lit by the photo (see {@link Shaders#MASK}).
 *
 * <p>Colours are premultiplied by alpha throughout. The photo is copied with NEAREST at 1:1, so
 * pixels the masks do not touch come out exactly as they went in.
 */
public final class MeshWarpRenderer {
    private static final int POSITION = 0;
    private static final int UV = 1;
    private static final int NORMAL = 2;
    /** The light samples' target: one pixel a landmark (468 of 512). */
    private static final int SAMPLE_COLUMNS = 32;
    private static final int SAMPLE_ROWS = 16;
    private static final int[] SKIN_POINTS = {151, 50, 280, 4, 199};
    /** How far behind its landmarks the face occluder sits, in inter-ocular distances. */
    private static final float OCCLUDER_DEPTH_BIAS = 0.33f;

    private final HTMLCanvasElement canvas;
    private final Gl gl;
    // GL objects: made by init(), again after the context is restored.
    private Program copy;
    private Program occlude;
    private WebGLTexture matteTexture;
    /** The matte of what is in front of the masks for the photo drawn next, or null. */
    private Matte occluders;
    /** The portrait style drawn over everything, or null; its strength (0..1). */
    private PortraitStyle style;
    private float styleStrength = PortraitStyle.DEFAULT_STRENGTH;
    private final StylePasses stylePasses;
    private Program depthOnly;
    private Program hairstyle;
    private Program hideHair;
    private WebGLTexture hideMatte;
    private WebGLTexture hideFill;
    /** The hairstyle overlays drawn over the next photo's faces ({@link #setHairstyles}). */
    private List<HairstyleOverlay> hairstyles = new ArrayList<>();
    /** Each overlay's picture on the GPU (with mipmaps), by hairstyle id. */
    private final Map<String, WebGLTexture> hairstyleTextures = new HashMap<>();
    private WebGLBuffer hairstyleCorners;
    private final Float32Array hairstyleSides = new Float32Array(8);
    /** Whether the photo's faces were put in a template ({@link #setTemplate}): no hairstyles then. */
    private boolean inTemplate;
    private Program shadow;
    private Program mask;
    private Program sample;
    private WebGLFramebuffer sampleTarget;
    private WebGLVertexArrayObject vertexArray;
    /** The mask's normals, written for each face whose material has a highlight. */
    private WebGLBuffer normalBuffer;
    /** Vertex positions, written for each face (the one thing that changes every frame). */
    private WebGLBuffer positionBuffer;
    /** The photo's quad: corners (rewritten when the photo's size changes), texture corners, indices. */
    private WebGLBuffer quadPositions;
    private WebGLBuffer quadUv;
    private WebGLBuffer quadIndices;
    private int quadWidth = -1;
    private int quadHeight = -1;
    /** The face occluder's triangles (landmark indices), uploaded once. */
    private WebGLBuffer occluderIndices;
    private WebGLSampler photoMipSampler;
    private Runnable onRestored;
    private int restorations;
    /** Each mask's texture and mesh on the GPU, by mask id (see {@link MaskOnGpu}). */
    private final Map<String, MaskOnGpu> masksOnGpu = new HashMap<>();
    /** The light samples' positions, reused every face. */
    private final Float32Array skin = new Float32Array(SKIN_POINTS.length * 2);
    /** The face being drawn's axes and inter-ocular distance, reused. */
    private final FaceFrame faceFrame = new FaceFrame();
    /** The light on the face being drawn, from the photo's luma at its landmarks (read back, reused). */
    private final FaceLight light = new FaceLight();
    private final Uint8Array samplePixels = new Uint8Array(SAMPLE_COLUMNS * SAMPLE_ROWS * 4);
    private final Uint8Array onePixel = new Uint8Array(4);
    private final float[] landmarkLuma = new float[LandmarkModel.POINTS];
    private float[] maskNormals = new float[0];
    /** Milliseconds between light estimates (0: every face drawn), and when the last was made. */
    private double lightEvery;
    private double lightEstimatedAt = Double.NEGATIVE_INFINITY;
    private final int[] faceTriangles;
    private WebGLTexture photoTexture;
    /** What {@link #draw} draws the masks on: the photo, or the template the photo's faces were put in. */
    private WebGLTexture sceneTexture;
    /**
     * What lights the masks: the photo (its hair recoloured or not: dyeing hair changes no light on
     * the face), or the template picture.
     */
    private WebGLTexture lightTexture;
    private int photoWidth;
    private int photoHeight;
    private final TemplatePasses templatePasses;
    private final HairPasses hairPasses;
    /** The photo as masks and templates see it: the photo, or the photo with its hair recoloured. */
    private WebGLTexture paintedPhoto;
    private int width;
    private int height;
    private long maxPixels;
    /** The largest drawing-buffer area granted in full so far. */
    private long grantedPixels;

    /**
     * A mask as the GPU holds it, made the first time it is drawn: its texture, and its texture
     * coordinates and triangle indices, which never change for a mask. Kept under the mask's id
     * with the texture key it was made from: a face drawn with another key (the mask's picture
     * changed) replaces it.
     */
    private static final class MaskOnGpu {
        final String key;
        final WebGLTexture texture;
        final WebGLBuffer uv;
        final WebGLBuffer indices;
        final int indexCount;

        MaskOnGpu(String key, WebGLTexture texture, WebGLBuffer uv, WebGLBuffer indices, int indexCount) {
            this.key = key;
            this.texture = texture;
            this.uv = uv;
            this.indices = indices;
            this.indexCount = indexCount;
        }
    }

    /** A linked program and its uniforms, each looked up once. */
    private final class Program {
        final WebGLProgram program;
        private final Map<String, WebGLUniformLocation> uniforms = new HashMap<>();
        final WebGLUniformLocation size;
        final WebGLUniformLocation offset;
        final WebGLUniformLocation depthScale;
        final WebGLUniformLocation depthBias;

        Program(WebGLShader vertex, String fragmentSource) {
            program = gl.createProgram();
            gl.attachShader(program, vertex);
            gl.attachShader(program, compile(Gl.FRAGMENT_SHADER, fragmentSource));
            gl.bindAttribLocation(program, POSITION, "a_position");
            gl.bindAttribLocation(program, UV, "a_uv");
            gl.bindAttribLocation(program, NORMAL, "a_normal");
            gl.linkProgram(program);
            if (!gl.getProgramParameterb(program, Gl.LINK_STATUS) && !gl.isContextLost()) {
                throw new IllegalStateException("WebGL program failed to link: " + gl.getProgramInfoLog(program));
            }
            size = uniform("u_size");
            offset = uniform("u_offset");
            depthScale = uniform("u_depthScale");
            depthBias = uniform("u_depthBias");
        }

        WebGLUniformLocation uniform(String name) {
            WebGLUniformLocation location = uniforms.get(name);
            if (location == null) {
                location = gl.getUniformLocation(program, name);
                uniforms.put(name, location);
            }
            return location;
        }

        void use(float dx, float dy) {
            gl.useProgram(program);
            gl.uniform2f(size, width, height);
            gl.uniform2f(offset, dx, dy);
            gl.uniform1f(depthScale, Math.max(width, height));
            gl.uniform1f(depthBias, 0);
        }
    }

    private MeshWarpRenderer(HTMLCanvasElement canvas, Gl gl, int[] faceTriangles) {
        this.canvas = canvas;
        this.gl = gl;
        this.faceTriangles = faceTriangles;
        this.stylePasses = new StylePasses(gl);
        this.templatePasses = new TemplatePasses(gl, faceTriangles);
        this.hairPasses = new HairPasses(gl);
        init();
        // A lost context (the GPU was reset, or the browser reclaimed it) is restored only if the
        // loss is "handled"; then every GL object is made again and the owner redraws.
        GlContext.listen(canvas, "webglcontextlost", () -> { });
        GlContext.listen(canvas, "webglcontextrestored", () -> {
            masksOnGpu.clear();
            hairstyleTextures.clear();
            quadWidth = -1;
            quadHeight = -1;
            photoTexture = null;
            sceneTexture = null;
            lightTexture = null;
            stylePasses.reset();
            templatePasses.reset();
            hairPasses.reset();
            paintedPhoto = null;
            restorations++;
            init();
            if (onRestored != null) {
                onRestored.run();
            }
        });
    }

    /**
     * Estimates the light at most every {@code milliseconds} (the live view: the light changes
     * slowly, and each estimate reads 2 KB back from the GPU); 0, the default, for every face drawn.
     */
    public void setLightEvery(double milliseconds) {
        this.lightEvery = milliseconds;
    }

    /** Called after a lost WebGL context came back and the renderer is usable again: draw again. */
    public void onRestored(Runnable redraw) {
        this.onRestored = redraw;
    }

    /** How many times the context was lost and restored (diagnostics and tests). */
    public int restorations() {
        return restorations;
    }

    private void init() {
        WebGLShader vertex = compile(Gl.VERTEX_SHADER, Shaders.VERTEX);
        copy = new Program(vertex, Shaders.COPY);
        occlude = new Program(vertex, Shaders.OCCLUDE);
        matteTexture = null;
        depthOnly = new Program(vertex, Shaders.DEPTH_ONLY);
        hairstyle = new Program(vertex, Shaders.HAIRSTYLE);
        hideHair = new Program(vertex, Shaders.HIDE_HAIR);
        hideMatte = null;
        hideFill = null;
        shadow = new Program(vertex, Shaders.SHADOW);
        mask = new Program(vertex, Shaders.MASK);
        sample = new Program(compile(Gl.VERTEX_SHADER, Shaders.SAMPLE_VERTEX), Shaders.SAMPLE);
        WebGLTexture sampleTexture = gl.createTexture();
        gl.bindTexture(Gl.TEXTURE_2D, sampleTexture);
        gl.texImage2D(Gl.TEXTURE_2D, 0, Gl.RGBA, SAMPLE_COLUMNS, SAMPLE_ROWS, 0, Gl.RGBA, Gl.UNSIGNED_BYTE,
                (ArrayBufferView) null);
        sampleTarget = gl.createFramebuffer();
        gl.bindFramebuffer(Gl.FRAMEBUFFER, sampleTarget);
        gl.framebufferTexture2D(Gl.FRAMEBUFFER, Gl.COLOR_ATTACHMENT0, Gl.TEXTURE_2D, sampleTexture, 0);
        gl.bindFramebuffer(Gl.FRAMEBUFFER, null);
        gl.bindTexture(Gl.TEXTURE_2D, null);
        vertexArray = gl.createVertexArray();
        gl.bindVertexArray(vertexArray);
        gl.enableVertexAttribArray(POSITION);
        positionBuffer = gl.createBuffer();
        normalBuffer = gl.createBuffer();
        hairstyleCorners = gl.createBuffer();
        quadPositions = gl.createBuffer();
        quadUv = staticBuffer(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(new float[] {0, 0, 1, 0, 0, 1, 1, 1}));
        quadIndices = indexBuffer(new int[] {0, 1, 2, 2, 1, 3});
        occluderIndices = faceTriangles == null ? null : indexBuffer(faceTriangles);
        gl.bindVertexArray(null);
        photoMipSampler = gl.createSampler();
        gl.samplerParameteri(photoMipSampler, Gl.TEXTURE_MIN_FILTER, Gl.LINEAR_MIPMAP_LINEAR);
        gl.samplerParameteri(photoMipSampler, Gl.TEXTURE_MAG_FILTER, Gl.LINEAR);
        gl.samplerParameteri(photoMipSampler, Gl.TEXTURE_WRAP_S, Gl.CLAMP_TO_EDGE);
        gl.samplerParameteri(photoMipSampler, Gl.TEXTURE_WRAP_T, Gl.CLAMP_TO_EDGE);
    }

    /**
     * A renderer on {@code canvas}, or null where the browser has no WebGL2.
     * {@code faceTriangles} (landmark index triples) draw the face occluder; null draws none.
     */
    public static MeshWarpRenderer create(HTMLCanvasElement canvas, int[] faceTriangles) {
        JSObject context = GlContext.webgl2(canvas);
        if (context == null || JsValues.isNullish(context)) {
            return null;
        }
        return new MeshWarpRenderer(canvas, (Gl) context, faceTriangles);
    }

    public HTMLCanvasElement canvas() {
        return canvas;
    }

    /** The largest photo side this GPU can render at full resolution. */
    public int maxSide() {
        return Math.min(gl.getParameteri(Gl.MAX_TEXTURE_SIZE), gl.getParameteri(Gl.MAX_RENDERBUFFER_SIZE));
    }

    /**
     * The browser's cap on this canvas's drawing-buffer area, in pixels, as far as a result of
     * width×height tells it; 0 while no size asked for was cut. Browsers cap it below maxSide²
     * (Chromium at about 33 MP) and shrink a larger canvas silently, which would crop or blur the
     * result. So a size larger than any granted before is tried on the canvas itself, as the
     * drawing will size it: a smaller buffer is the cap, kept from then on. (Asking for the
     * largest square once, 8192² or more, froze the page for 0.8-1.1 s after start on a software
     * GPU.)
     */
    public long maxPixels(int width, int height) {
        long asked = (long) width * height;
        if (maxPixels == 0 && asked > grantedPixels && !gl.isContextLost()) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            long got = (long) gl.getDrawingBufferWidth() * gl.getDrawingBufferHeight();
            if (got < asked) {
                maxPixels = got;
            } else {
                grantedPixels = asked;
            }
        }
        return maxPixels;
    }

    public boolean isContextLost() {
        return gl.isContextLost();
    }

    /** Uploads the photo (with mipmaps, for the light lookups) and sizes the canvas to it. */
    public void setPhoto(ImageBitmap photo) {
        setPhoto(photo, photo.getWidth(), photo.getHeight());
    }

    /**
     * As {@link #setPhoto(ImageBitmap)} for any texture source of width×height: an ImageBitmap, a
     * VideoFrame or a playing video. The canvas is resized only when the size changes (resizing
     * reallocates its buffers; the live view calls this every frame).
     */
    public void setPhoto(ImageBitmap photo, int width, int height) {
        if (gl.isContextLost()) {
            return;
        }
        this.photoWidth = width;
        this.photoHeight = height;
        size(width, height);
        if (photoTexture == null) {
            photoTexture = gl.createTexture();
        }
        upload(photoTexture, photo);
        gl.generateMipmap(Gl.TEXTURE_2D);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MIN_FILTER, Gl.NEAREST);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MAG_FILTER, Gl.NEAREST);
        sceneTexture = photoTexture;
        paintedPhoto = photoTexture;
        lightTexture = photoTexture;
        inTemplate = false;
    }

    /**
     * Recolours the hair of the photo just set ({@link #setPhoto}; null or empty: as it is): what
     * follows (a template, the masks, a style) sees the recoloured photo. Call before {@link
     * #setTemplate}.
     */
    public void setHair(HairPaint paint) {
        if (gl.isContextLost() || photoTexture == null) {
            return;
        }
        paintedPhoto = paint == null || paint.count() == 0 ? photoTexture
                : hairPasses.paint(paint, photoTexture, photoWidth, photoHeight);
        sceneTexture = paintedPhoto;
    }

    /** Sizes the drawing (and the canvas, when it changes) to width × height. */
    private void size(int width, int height) {
        this.width = width;
        this.height = height;
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        if (gl.getDrawingBufferWidth() != width || gl.getDrawingBufferHeight() != height) {
            throw new IllegalStateException("the browser gave a " + gl.getDrawingBufferWidth() + "×"
                    + gl.getDrawingBufferHeight() + " drawing buffer for a " + width + "×" + height + " picture");
        }
    }

    /**
     * Puts the photo's faces into a template (after {@link #setPhoto}): the next {@link #draw}
     * draws its masks, in the template's pixels, on that picture instead of the photo, and the
     * canvas takes the template's size. Null: the photo again.
     */
    public void setTemplate(TemplateScene scene) {
        if (gl.isContextLost() || photoTexture == null) {
            return;
        }
        inTemplate = scene != null;
        if (scene == null) {
            size(photoWidth, photoHeight);
            sceneTexture = paintedPhoto;
            lightTexture = photoTexture;
            return;
        }
        sceneTexture = templatePasses.compose(scene, paintedPhoto, photoWidth, photoHeight);
        lightTexture = sceneTexture;
        size(scene.width(), scene.height());
    }

    /** Makes the GPU draw what it was given now, by reading one pixel back (the warm-up's first draw). */
    public void finish() {
        if (!gl.isContextLost()) {
            gl.readPixels(0, 0, 1, 1, Gl.RGBA, Gl.UNSIGNED_BYTE, onePixel);
        }
    }

    /** Draws the photo and every mask. */
    public void draw(List<MaskedFace> faces) {
        if (gl.isContextLost()) {
            return;
        }
        gl.viewport(0, 0, width, height);
        gl.disable(Gl.BLEND);
        gl.disable(Gl.DEPTH_TEST);
        gl.disable(Gl.CULL_FACE);
        gl.bindVertexArray(vertexArray);

        copy.use(0, 0);
        gl.uniform1i(copy.uniform("u_texture"), 0);
        bindTexture(0, sceneTexture, null);
        if (quadWidth != width || quadHeight != height) {
            quadWidth = width;
            quadHeight = height;
            float w = width;
            float h = height;
            gl.bindBuffer(Gl.ARRAY_BUFFER, quadPositions);
            gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(new float[] {0, 0, 0, w, 0, 0, 0, h, 0, w, h, 0}),
                    Gl.STATIC_DRAW);
        }
        positions(quadPositions);
        drawIndexed(quadUv, quadIndices, 6);

        if (!inTemplate) {
            for (HairstyleOverlay overlay : hairstyles) {
                if (overlay.behind != null) {
                    hideHair(overlay);
                }
            }
        }
        for (MaskedFace face : faces) {
            drawFace(face);
        }
        gl.disable(Gl.DEPTH_TEST);
        if (!inTemplate) {
            for (HairstyleOverlay overlay : hairstyles) {
                drawHairstyle(overlay);
            }
        }
        if (occluders != null && !faces.isEmpty()) {
            drawOccluders();
        }
        gl.disable(Gl.BLEND);
        gl.bindVertexArray(null);
        if (style != null && styleStrength > 0) {
            List<float[]> landmarks = new ArrayList<>();
            for (MaskedFace face : faces) {
                landmarks.add(face.landmarks);
            }
            stylePasses.apply(style, styleStrength, StyleRegions.of(landmarks), width, height);
        }
    }

    /**
     * The share of each portrait style's own working size (PortraitStyle.workPixels) it is made at
     * here: 1, the default, for photos; less for the live view, which must keep its frame rate. A
     * larger result is styled at the largest size of its shape within it and brought back by joint
     * bilateral upsampling (see StylePasses).
     */
    public void setStyleWorkShare(float share) {
        stylePasses.setWorkShare(share);
    }

    /**
     * The portrait style drawn over the photo and its masks from the next draw on (null: none),
     * at {@code strength} (0..1: how much of the style, mixed with the result).
     */
    public void setStyle(PortraitStyle style, float strength) {
        this.style = style;
        this.styleStrength = PortraitStyle.clampStrength(strength);
    }

    /**
     * The hairstyle overlays drawn over the photo's faces from the next draw on (empty or null:
     * none): over the masks (a fringe falls over a masquerade's brow, hair over a loop), under what
     * is in front of them (a hand) and under the style. Not drawn on a template (its helmets and
     * frames are the template's hair).
     */
    public void setHairstyles(List<HairstyleOverlay> overlays) {
        this.hairstyles = overlays == null ? new ArrayList<>() : overlays;
    }

    /** The overlay's picture on the GPU (uploaded with mipmaps the first time it is drawn). */
    private WebGLTexture hairstyleTexture(HairstyleOverlay overlay) {
        WebGLTexture texture = hairstyleTextures.get(overlay.id);
        if (texture == null) {
            texture = gl.createTexture();
            upload(texture, overlay.picture);
            gl.generateMipmap(Gl.TEXTURE_2D);
            gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MIN_FILTER, Gl.LINEAR_MIPMAP_LINEAR);
            gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MAG_FILTER, Gl.LINEAR);
            hairstyleTextures.put(overlay.id, texture);
        }
        return texture;
    }

    /** Hides the person's own hair under the overlay (Shaders#HIDE_HAIR). */
    private void hideHair(HairstyleOverlay overlay) {
        if (hideMatte == null) {
            hideMatte = gl.createTexture();
            hideFill = gl.createTexture();
        }
        int[] r = overlay.hairRect;
        HairFill.Picture fill = overlay.behind;
        gl.pixelStorei(Gl.UNPACK_ALIGNMENT, 1);
        gl.pixelStorei(Gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, 0);
        gl.pixelStorei(Gl.UNPACK_FLIP_Y_WEBGL, 0);
        bindTexture(2, hideMatte, null);
        gl.texImage2D(Gl.TEXTURE_2D, 0, Gl.R8, r[2], r[3], 0, Gl.RED, Gl.UNSIGNED_BYTE,
                Uint8Array.create(Int8Array.copyFromJavaArray(overlay.hairMatte)));
        GlTextures.filtered(gl, Gl.LINEAR);
        bindTexture(3, hideFill, null);
        gl.texImage2D(Gl.TEXTURE_2D, 0, Gl.RGBA, fill.width, fill.height, 0, Gl.RGBA, Gl.UNSIGNED_BYTE,
                Uint8Array.create(Int8Array.copyFromJavaArray(fill.rgba)));
        GlTextures.filtered(gl, Gl.LINEAR);
        gl.pixelStorei(Gl.UNPACK_ALIGNMENT, 4);
        float x0 = r[0];
        float y0 = r[1];
        float x1 = r[0] + r[2];
        float y1 = r[1] + r[3];
        upload(hairstyleCorners, new float[] {x0, y0, 0, x1, y0, 0, x0, y1, 0, x1, y1, 0});
        hideHair.use(0, 0);
        gl.uniform1i(hideHair.uniform("u_matte"), 2);
        gl.uniform1i(hideHair.uniform("u_fill"), 3);
        gl.uniform2f(hideHair.uniform("u_fillScale"), r[2] / (float) (fill.cell * fill.width),
                r[3] / (float) (fill.cell * fill.height));
        gl.enable(Gl.BLEND);
        gl.blendFunc(Gl.ONE, Gl.ONE_MINUS_SRC_ALPHA);
        drawIndexed(quadUv, quadIndices, 6);
        gl.disable(Gl.BLEND);
        bindTexture(3, null, null);
        bindTexture(2, null, null);
        gl.activeTexture(Gl.TEXTURE0);
    }

    private void drawHairstyle(HairstyleOverlay overlay) {
        WebGLTexture texture = hairstyleTexture(overlay);
        // The face in front of the hair: its polygon in the depth buffer, nearer than the overlay.
        float[] face = HairstyleFit.faceInFront(overlay.landmarks);
        int n = face.length / 2;
        float[] fan = new float[3 * (n + 2)];
        float near = -Math.max(width, height);
        for (int j = 0; j < n; j++) {
            fan[0] += face[2 * j] / n;
            fan[1] += face[2 * j + 1] / n;
            fan[3 * (j + 1)] = face[2 * j];
            fan[3 * (j + 1) + 1] = face[2 * j + 1];
            fan[3 * (j + 1) + 2] = near;
        }
        fan[2] = near;
        System.arraycopy(fan, 3, fan, 3 * (n + 1), 3);
        upload(hairstyleCorners, fan);
        gl.clearDepth(1f);
        gl.clear(Gl.DEPTH_BUFFER_BIT);
        gl.enable(Gl.DEPTH_TEST);
        gl.depthFunc(Gl.LESS);
        depthOnly.use(0, 0);
        gl.colorMask(false, false, false, false);
        gl.disableVertexAttribArray(UV);
        gl.drawArrays(Gl.TRIANGLE_FAN, 0, n + 2);
        gl.colorMask(true, true, true, true);
        gl.depthMask(false);
        float[] c = overlay.corners;
        upload(hairstyleCorners, new float[] {c[0], c[1], 0, c[2], c[3], 0, c[4], c[5], 0, c[6], c[7], 0});
        hairstyle.use(0, 0);
        gl.uniform1i(hairstyle.uniform("u_hair"), 0);
        gl.uniform1i(hairstyle.uniform("u_photo"), 1);
        bindTexture(0, texture, null);
        bindTexture(1, lightTexture, photoMipSampler);
        float iod = faceFrame.set(overlay.landmarks).interOcular;
        gl.uniform1f(hairstyle.uniform("u_lod"), log2(Math.max(1f, iod / 4f)));
        int[] sides = {HairstyleLight.IMAGE_LEFT[0], HairstyleLight.IMAGE_LEFT[1], HairstyleLight.IMAGE_RIGHT[0],
            HairstyleLight.IMAGE_RIGHT[1]};
        for (int i = 0; i < sides.length; i++) {
            hairstyleSides.set(2 * i, overlay.landmarks[3 * sides[i]] / width);
            hairstyleSides.set(2 * i + 1, overlay.landmarks[3 * sides[i] + 1] / height);
        }
        gl.uniform2fv(hairstyle.uniform("u_sides"), hairstyleSides);
        float[] p = overlay.shade;
        gl.uniform3f(hairstyle.uniform("u_colour"), p[0], p[1], p[2]);
        gl.uniform3f(hairstyle.uniform("u_shade"), p[3], p[4], p[5]);
        gl.enable(Gl.BLEND);
        gl.blendFunc(Gl.ONE, Gl.ONE_MINUS_SRC_ALPHA);
        drawIndexed(quadUv, quadIndices, 6);
        bindTexture(1, null, null);
        gl.disable(Gl.BLEND);
        gl.depthMask(true);
        gl.disable(Gl.DEPTH_TEST);
    }

    /**
     * What is in front of the masks in the next photo drawn ({@link #setPhoto}): its pixels are
     * drawn again over them through the matte. Null: nothing in front.
     */
    public void setOccluders(Occlusion occluders) {
        this.occluders = Matte.of(occluders);
    }

    /** As {@link #setOccluders(Occlusion)}, the matte given as the renderer keeps it (the live view's, from its worker). */
    public void setMatte(Matte occluders) {
        this.occluders = occluders;
    }

    private void drawOccluders() {
        if (matteTexture == null) {
            matteTexture = gl.createTexture();
        }
        gl.activeTexture(Gl.TEXTURE1);
        gl.bindTexture(Gl.TEXTURE_2D, matteTexture);
        gl.pixelStorei(Gl.UNPACK_ALIGNMENT, 1);
        gl.pixelStorei(Gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, 0);
        gl.texImage2D(Gl.TEXTURE_2D, 0, Gl.R8, occluders.width, occluders.height, 0, Gl.RED, Gl.UNSIGNED_BYTE,
                Uint8Array.create(occluders.alpha.getBuffer(), occluders.alpha.getByteOffset(), occluders.alpha.getLength()));
        gl.pixelStorei(Gl.UNPACK_ALIGNMENT, 4);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MIN_FILTER, Gl.LINEAR);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MAG_FILTER, Gl.LINEAR);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_S, Gl.CLAMP_TO_EDGE);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_T, Gl.CLAMP_TO_EDGE);
        occlude.use(0, 0);
        gl.uniform1i(occlude.uniform("u_texture"), 0);
        gl.uniform1i(occlude.uniform("u_matte"), 1);
        gl.uniform4f(occlude.uniform("u_matteRect"), (float) occluders.x / width, (float) occluders.y / height,
                (float) occluders.width / width, (float) occluders.height / height);
        bindTexture(0, sceneTexture, null);
        gl.enable(Gl.BLEND);
        gl.blendFunc(Gl.ONE, Gl.ONE_MINUS_SRC_ALPHA);
        positions(quadPositions);
        drawIndexed(quadUv, quadIndices, 6);
        gl.activeTexture(Gl.TEXTURE1);
        gl.bindTexture(Gl.TEXTURE_2D, null);
        gl.activeTexture(Gl.TEXTURE0);
    }

    private void drawFace(MaskedFace face) {
        MaskSpec spec = face.spec;
        float iod = faceFrame.set(face.landmarks).interOcular;
        MaskOnGpu onGpu = onGpu(face);

        upload(positionBuffer, face.landmarks);
        boolean glints = spec.specular > 0 && spec.lighting > 0;
        if (glints && Clock.now() - lightEstimatedAt >= lightEvery) {
            estimateLight(face, log2(Math.max(1f, iod / 4f)));
            lightEstimatedAt = Clock.now();
        }

        // 1. The face as an occluder: depth only, pushed back so the mask on its surface passes.
        gl.clearDepth(1f);
        gl.clear(Gl.DEPTH_BUFFER_BIT);
        gl.enable(Gl.DEPTH_TEST);
        gl.depthFunc(Gl.LEQUAL);
        if (faceTriangles != null) {
            depthOnly.use(0, 0);
            // Pushed back by a third of the inter-ocular distance (about 2 cm on a real face): a
            // mask on the face's surface, and a rigid shell on the canonical face that the person's
            // nose or lips poke through, still pass; the far side of a turned head, centimetres
            // behind the near side, is still hidden.
            gl.uniform1f(depthOnly.depthBias, iod * OCCLUDER_DEPTH_BIAS);
            gl.colorMask(false, false, false, false);
            drawIndexed(null, occluderIndices, faceTriangles.length);
            gl.colorMask(true, true, true, true);
        }

        WebGLTexture texture = onGpu.texture;
        upload(positionBuffer, face.vertices);
        gl.enable(Gl.BLEND);
        gl.depthMask(false);

        // 2. Contact shadow: the blurred silhouette, shifted a little down the face.
        shadow.use(0, iod * 0.03f);
        gl.uniform1i(shadow.uniform("u_mask"), 0);
        gl.uniform1f(shadow.uniform("u_strength"), 0.28f * face.opacity * spec.lighting);
        bindTexture(0, texture, null);
        gl.blendFunc(Gl.ONE, Gl.ONE_MINUS_SRC_ALPHA);
        drawIndexed(onGpu.uv, onGpu.indices, onGpu.indexCount);

        // 3. The mask, lit by the photo.
        mask.use(0, 0);
        gl.uniform1i(mask.uniform("u_mask"), 0);
        gl.uniform1i(mask.uniform("u_photo"), 1);
        bindTexture(0, texture, null);
        bindTexture(1, lightTexture, photoMipSampler);
        gl.uniform1f(mask.uniform("u_opacity"), face.opacity);
        gl.uniform1f(mask.uniform("u_lighting"), spec.lighting);
        gl.uniform4f(mask.uniform("u_recolour"), face.recolourR, face.recolourG, face.recolourB, face.recolourStrength);
        gl.uniform1f(mask.uniform("u_shadeLod"), log2(Math.max(1f, iod / 4f)));
        gl.uniform1f(mask.uniform("u_sceneLod"), log2(Math.max(width, height)) + 1f);
        for (int i = 0; i < SKIN_POINTS.length; i++) {
            skin.set(2 * i, face.landmarks[3 * SKIN_POINTS[i]] / width);
            skin.set(2 * i + 1, face.landmarks[3 * SKIN_POINTS[i] + 1] / height);
        }
        gl.uniform2fv(mask.uniform("u_skin"), skin);
        gl.uniform1f(mask.uniform("u_specular"), glints ? spec.specular : 0);
        if (glints) {
            gl.uniform1f(mask.uniform("u_shininess"), spec.shininess);
            gl.uniform3f(mask.uniform("u_light"), light.x, light.y, light.z);
            gl.uniform1f(mask.uniform("u_lightShare"), light.strength / Math.max(1e-6f, light.ambient + light.strength));
            if (maskNormals.length != face.vertices.length) {
                maskNormals = new float[face.vertices.length];
            }
            FaceLight.normals(face.vertices, spec.triangles, maskNormals);
            gl.enableVertexAttribArray(NORMAL);
            gl.bindBuffer(Gl.ARRAY_BUFFER, normalBuffer);
            gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(maskNormals), Gl.STREAM_DRAW);
            gl.vertexAttribPointer(NORMAL, 3, Gl.FLOAT, false, 0, 0);
        }
        if ("multiply".equals(spec.blend)) {
            gl.blendFunc(Gl.DST_COLOR, Gl.ONE_MINUS_SRC_ALPHA);
        } else {
            gl.blendFunc(Gl.ONE, Gl.ONE_MINUS_SRC_ALPHA);
        }
        drawIndexed(onGpu.uv, onGpu.indices, onGpu.indexCount);
        gl.disableVertexAttribArray(NORMAL);
        bindTexture(1, null, null);
        gl.depthMask(true);
    }

    /**
     * Reads the photo's luma at each of the face's landmarks (blurred to mip level {@code lod}, as
     * the mask's shading reads it) into {@link #landmarkLuma}, and estimates {@link #light} from
     * it: 468 points drawn into a 32 × 16 target and read back (2 KB), the landmark positions
     * already in the position buffer.
     */
    private void estimateLight(MaskedFace face, float lod) {
        if (faceTriangles == null) {
            return; // no mesh, no normals: the light stays as it is (even light, no highlight, at first)
        }
        gl.bindFramebuffer(Gl.FRAMEBUFFER, sampleTarget);
        gl.viewport(0, 0, SAMPLE_COLUMNS, SAMPLE_ROWS);
        sample.use(0, 0);
        gl.uniform1i(sample.uniform("u_photo"), 1);
        gl.uniform1f(sample.uniform("u_lod"), lod);
        bindTexture(1, lightTexture, photoMipSampler);
        gl.disableVertexAttribArray(UV);
        gl.drawArrays(Gl.POINTS, 0, LandmarkModel.POINTS);
        gl.readPixels(0, 0, SAMPLE_COLUMNS, SAMPLE_ROWS, Gl.RGBA, Gl.UNSIGNED_BYTE, samplePixels);
        gl.bindFramebuffer(Gl.FRAMEBUFFER, null);
        gl.viewport(0, 0, width, height);
        for (int i = 0; i < landmarkLuma.length; i++) {
            landmarkLuma[i] = samplePixels.get(4 * i) / 255f;
        }
        light.estimate(face.landmarks, faceTriangles, landmarkLuma);
    }

    private static float log2(float value) {
        return (float) (Math.log(value) / Math.log(2));
    }

    private void bindTexture(int unit, WebGLTexture texture, WebGLSampler sampler) {
        gl.activeTexture(Gl.TEXTURE0 + unit);
        gl.bindTexture(Gl.TEXTURE_2D, texture);
        gl.bindSampler(unit, sampler);
    }

    /** Points the position attribute at {@code buffer} (x, y, z floats). */
    private void positions(WebGLBuffer buffer) {
        gl.bindBuffer(Gl.ARRAY_BUFFER, buffer);
        gl.vertexAttribPointer(POSITION, 3, Gl.FLOAT, false, 0, 0);
    }

    /** Writes {@code values} (x, y, z per vertex) into {@code buffer} and points the positions at it. */
    private void upload(WebGLBuffer buffer, float[] values) {
        gl.bindBuffer(Gl.ARRAY_BUFFER, buffer);
        gl.bufferData(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(values), Gl.STREAM_DRAW);
        gl.vertexAttribPointer(POSITION, 3, Gl.FLOAT, false, 0, 0);
    }

    /**
     * Draws {@code count} indices of {@code indices} over the current positions, with texture
     * coordinates from {@code uv} (null: none, the depth-only pass).
     */
    private void drawIndexed(WebGLBuffer uv, WebGLBuffer indices, int count) {
        if (uv != null) {
            gl.enableVertexAttribArray(UV);
            gl.bindBuffer(Gl.ARRAY_BUFFER, uv);
            gl.vertexAttribPointer(UV, 2, Gl.FLOAT, false, 0, 0);
        } else {
            gl.disableVertexAttribArray(UV);
        }
        gl.bindBuffer(Gl.ELEMENT_ARRAY_BUFFER, indices);
        gl.drawElements(Gl.TRIANGLES, count, Gl.UNSIGNED_SHORT, 0);
    }

    private WebGLBuffer staticBuffer(int target, org.teavm.jso.typedarrays.ArrayBufferView data) {
        WebGLBuffer buffer = gl.createBuffer();
        gl.bindBuffer(target, buffer);
        gl.bufferData(target, data, Gl.STATIC_DRAW);
        return buffer;
    }

    /** Triangle indices as a 16-bit index buffer (the parser checks they fit). */
    private WebGLBuffer indexBuffer(int[] triangles) {
        char[] indices = new char[triangles.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = (char) triangles[i];
        }
        return staticBuffer(Gl.ELEMENT_ARRAY_BUFFER, Uint16Array.copyFromJavaArray(indices));
    }

    /**
     * The face's mask on the GPU: made on its first drawing, and again when the face's texture
     * key is not the one it was made from (the old one is deleted).
     */
    private MaskOnGpu onGpu(MaskedFace face) {
        MaskOnGpu known = masksOnGpu.get(face.spec.id);
        if (known != null && known.key.equals(face.textureKey)) {
            return known;
        }
        if (known != null) {
            delete(known);
        }
        WebGLTexture texture = gl.createTexture();
        upload(texture, face.texture);
        gl.generateMipmap(Gl.TEXTURE_2D);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MIN_FILTER, Gl.LINEAR_MIPMAP_LINEAR);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_MAG_FILTER, Gl.LINEAR);
        // The element array binding is the vertex array's: this mesh is made while it is bound.
        MaskOnGpu made = new MaskOnGpu(face.textureKey, texture,
                staticBuffer(Gl.ARRAY_BUFFER, Float32Array.copyFromJavaArray(face.spec.uv)),
                indexBuffer(face.spec.triangles), face.spec.triangles.length);
        masksOnGpu.put(face.spec.id, made);
        return made;
    }

    private void delete(MaskOnGpu onGpu) {
        gl.deleteTexture(onGpu.texture);
        gl.deleteBuffer(onGpu.uv);
        gl.deleteBuffer(onGpu.indices);
    }

    /** Forgets a mask's texture and mesh (a custom mask that was removed). */
    public void forgetMask(String id) {
        MaskOnGpu onGpu = masksOnGpu.remove(id);
        if (onGpu != null) {
            delete(onGpu);
        }
    }

    private void upload(WebGLTexture texture, ImageBitmap image) {
        gl.activeTexture(Gl.TEXTURE0);
        gl.bindTexture(Gl.TEXTURE_2D, texture);
        gl.pixelStorei(Gl.UNPACK_FLIP_Y_WEBGL, 0);
        gl.pixelStorei(Gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, 1);
        gl.pixelStorei(Gl.UNPACK_COLORSPACE_CONVERSION_WEBGL, Gl.NONE);
        gl.texImage2D(Gl.TEXTURE_2D, 0, Gl.RGBA, Gl.RGBA, Gl.UNSIGNED_BYTE, image);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_S, Gl.CLAMP_TO_EDGE);
        gl.texParameteri(Gl.TEXTURE_2D, Gl.TEXTURE_WRAP_T, Gl.CLAMP_TO_EDGE);
    }

    private WebGLShader compile(int type, String source) {
        return GlShaders.compile(gl, type, source);
    }
}
