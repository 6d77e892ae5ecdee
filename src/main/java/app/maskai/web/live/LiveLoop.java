package app.maskai.web.live;

import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.fit.MaskFit;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.track.Tracker;
import app.maskai.web.Failures;
import app.maskai.web.dom.Browser;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MaskedFace;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tf.TfFaceModels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The per-frame loop of the live view: video frame → {@link Tracker} (landmark model on the last
 * frame's region, detector only when needed) → mask fit → {@link MeshWarpRenderer} on the live
 * canvas. Frames come from {@code requestVideoFrameCallback} (one call per new camera frame) where
 * the browser has it, else {@code requestAnimationFrame}. The models run synchronously (TF.js wasm)
 * inside one tensor scope per frame, so no tensor outlives a frame; a camera frame that arrives
 * while one is being processed is not queued: the next callback gets the newest frame.
 */
final class LiveLoop {
    /** Faces followed at once; each costs one landmark-model run a frame. */
    static final int MAX_FACES = 4;

    @JSFunctor
    interface FrameCallback extends JSObject {
        void onFrame(double now);
    }

    private final TfFaceModels models;
    private final FaceLayout layout;
    private final MeshWarpRenderer renderer;
    private final HTMLElement video;
    private final Supplier<MaskLibrary.Entry> maskChoice;
    private final Consumer<String> onFailure;
    private final LiveStats stats;
    private final Tracker tracker = new Tracker(MAX_FACES, Tracker.DEFAULT_DETECT_EVERY);
    private final float[][] vertices = new float[MAX_FACES][];
    private final List<MaskedFace> drawn = new ArrayList<>();
    /** Bumped by start and stop, so a callback of an earlier run ends its chain. */
    private int run;
    private boolean busy;
    private MaskLibrary.Entry textureOf;
    private ImageBitmap texture;
    private MaskLibrary.Entry loading;

    LiveLoop(TfFaceModels models, FaceLayout layout, MeshWarpRenderer renderer, HTMLElement video,
            Supplier<MaskLibrary.Entry> maskChoice, LiveStats stats, Consumer<String> onFailure) {
        this.models = models;
        this.layout = layout;
        this.renderer = renderer;
        this.video = video;
        this.maskChoice = maskChoice;
        this.stats = stats;
        this.onFailure = onFailure;
    }

    void setSensitivity(FitSensitivity sensitivity) {
        tracker.setSensitivity(sensitivity);
    }

    /** Starts following the video's frames, forgetting faces of an earlier stream. */
    void start() {
        int current = ++run;
        tracker.reset();
        next(current);
    }

    void stop() {
        run++;
    }

    private void next(int current) {
        requestFrame(video, now -> {
            if (current != run) {
                return;
            }
            next(current);
            if (!busy) {
                busy = true;
                try {
                    frame();
                } catch (Throwable failure) {
                    run++;
                    onFailure.accept("The live view stopped: " + Failures.message(failure));
                } finally {
                    busy = false;
                }
            }
        });
    }

    private void frame() {
        int width = videoWidth(video);
        int height = videoHeight(video);
        if (width == 0 || height == 0) {
            return;
        }
        double start = Browser.now();
        double[] modelStart = {start};
        int faces = models.withImage(video, width, height, frameModels -> {
            modelStart[0] = Browser.now();
            return tracker.update(frameModels, width, height, modelStart[0] / 1000);
        });
        double tracked = Browser.now();

        drawn.clear();
        MaskLibrary.Entry mask = wantedMask();
        if (mask != null && texture != null && textureOf == mask) {
            int size = mask.spec.vertexCount() * 3;
            for (int i = 0; i < faces; i++) {
                if (vertices[i] == null || vertices[i].length != size) {
                    vertices[i] = new float[size];
                }
                float[] landmarks = tracker.landmarks(i);
                MaskFit.vertices(mask.spec, layout, landmarks, FitAdjustment.NONE, vertices[i]);
                drawn.add(new MaskedFace(mask.spec, texture, vertices[i], landmarks, mask.spec.opacity));
            }
        }
        double fitted = Browser.now();

        matchSize(video, width, height);
        renderer.setPhoto(asBitmap(video));
        renderer.draw(drawn);
        double end = Browser.now();
        stats.frame(width, height, modelStart[0] - start, tracked - modelStart[0], fitted - tracked, end - fitted,
                tracker);
    }

    /** The gallery's mask; its texture is fetched once, and the loop draws the bare frame meanwhile. */
    private MaskLibrary.Entry wantedMask() {
        MaskLibrary.Entry mask = maskChoice.get();
        if (mask == textureOf) {
            loading = null;
        } else if (mask != null && mask != loading) {
            loading = mask;
            mask.texture().then(bitmap -> {
                if (loading == mask) {
                    texture = bitmap;
                    textureOf = mask;
                    loading = null;
                }
                return null;
            }, error -> {
                // Stays "loading": a texture that failed is not fetched again every frame; going
                // back to the mask on show and then to this one again retries.
                return null;
            });
        }
        return mask;
    }

    /** Calls back once for the next video frame (or display frame, where the browser cannot say). */
    @JSBody(params = {"video", "callback"}, script = "if (video.requestVideoFrameCallback) {"
            + " video.requestVideoFrameCallback(function (now) { callback(now); }); }"
            + " else { requestAnimationFrame(function (now) { callback(now); }); }")
    private static native void requestFrame(HTMLElement video, FrameCallback callback);

    @JSBody(params = "video", script = "return video.videoWidth | 0;")
    static native int videoWidth(HTMLElement video);

    @JSBody(params = "video", script = "return video.videoHeight | 0;")
    static native int videoHeight(HTMLElement video);

    /**
     * Sets the video element's width and height attributes to the frame's size (its layout size is
     * fixed by CSS), so that as a bitmap it reports the frame's size as an ImageBitmap would.
     */
    @JSBody(params = {"video", "width", "height"}, script = "if (video.width !== width) video.width = width;"
            + " if (video.height !== height) video.height = height;")
    private static native void matchSize(HTMLElement video, int width, int height);

    /** A playing video is a texture source as good as a bitmap for WebGL's texImage2D. */
    @JSBody(params = "video", script = "return video;")
    private static native ImageBitmap asBitmap(HTMLElement video);
}
