package app.maskai.web.live;

import app.maskai.core.fit.Drape;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.fit.MaskFit;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.hands.Hand;
import app.maskai.core.occlusion.HandSearchPace;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.occlusion.Occlusion;
import app.maskai.core.track.Tracker;
import app.maskai.web.dom.Clock;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MaskedFace;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tf.TfFaceModels;
import app.maskai.web.tryon.Failures;
import app.maskai.web.tryon.HandMattes;
import app.maskai.web.tryon.TryOnEngine;
import app.maskai.web.worker.InferenceClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.AnimationFrameCallback;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The per-frame loop of the live view: video frame → {@link Tracker} (landmark model on the last
 * frame's region, detector only when needed) → mask fit → {@link MeshWarpRenderer} on the live
 * canvas. Frames come from {@code requestVideoFrameCallback} (one call per new camera frame) where
 * the browser has it, else {@code requestAnimationFrame}.
 *
 * <p>Where the browser can, the models run in the inference worker ({@link InferenceClient}): each
 * frame is copied to an ImageBitmap and moved to the worker, which follows the faces and moves it
 * back with their landmarks; the page's thread then fits and draws that very frame, so the mask
 * never lags the picture and the page's thread never waits for a model. A frame back is drawn at
 * the browser's next animation frame, not at once: the view is drawn at the pace the screen is
 * shown, and a frame a newer one overtakes before then is let go undrawn ("skipped"). Drawn as each
 * came, the loop kept the GPU's thread (SwiftShader on this project's machines) so busy that
 * Chromium showed the page about once a second once anything else on it changed, while the loop
 * drew 30 frames a second unseen (README, "Recording the live view"). Up to
 * {@link #MAX_IN_FLIGHT} frames are on their way at once, so the worker is never idle while the
 * page draws. Until the worker is ready the bare video is drawn; where it cannot start, the models
 * run on the page's thread as before, one tensor scope per frame, dropping frames that arrive
 * while one is processed.
 */
final class LiveLoop {
    /** Frames sent to the worker and not yet back. */
    static final int MAX_IN_FLIGHT = 2;
    /** Failed frames in a row after which the live view gives up. */
    private static final int MAX_FAILURES = 3;

    private final TfFaceModels models;
    private final InferenceClient worker;
    private final FaceLayout layout;
    /** How masks stand off the face (null without a layout). */
    private final Drape drape;
    private final MeshWarpRenderer renderer;
    /** Run before each frame is drawn (the page's portrait style set on the renderer). */
    private Runnable beforeDraw = () -> { };
    private final HTMLElement video;
    private final Supplier<MaskLibrary.Entry> maskChoice;
    private final Consumer<String> onFailure;
    private final LiveStats stats;
    private final Tracker tracker = new Tracker(Tracker.LIVE_MAX_FACES, Tracker.DEFAULT_DETECT_EVERY);
    /*
     * Per face, reused frame after frame: the mask's vertices and the face to draw; and the lists
     * of this frame's faces and of what is drawn.
     */
    private final float[][] vertices = new float[Tracker.LIVE_MAX_FACES][];
    private final MaskedFace[] masked = new MaskedFace[Tracker.LIVE_MAX_FACES];
    private final List<float[]> faces = new ArrayList<>();
    private final List<MaskedFace> drawn = new ArrayList<>();
    /** Bumped by start and stop, so a callback of an earlier run ends its chain. */
    private int run;
    private boolean busy;
    private MaskLibrary.Entry textureOf;
    private ImageBitmap texture;
    private MaskLibrary.Entry loading;
    private int inFlight;
    private double lastSent;
    /** When each frame in flight was sent to the worker, by id modulo its length (at most MAX_IN_FLIGHT are in flight). */
    private final double[] sentAt = new double[8];
    /** Replies to frames sent before this id belong to an earlier run. */
    private double runStartId;
    private int failures;
    private boolean running;
    /** Whether this run takes the camera track's frames (pull) already. */
    private boolean pulling;
    /**
     * "Keep hands in front of the mask" (the live view's own switch), thinned out: hands are looked
     * for (in the hands worker) at the pace the live view's frame rate allows (core.occlusion.
     * HandSearchPace: every 0.4 s where it keeps up, up to every 3.2 s where it would fall below 30
     * frames/s), and those found are matted on each frame until the next search has had its time;
     * hair is not looked for live.
     */
    private final HandSearchPace handPace = new HandSearchPace();
    private final BooleanSupplier handsWanted;
    private final Supplier<TryOnEngine> engine;
    private List<Hand> hands = List.of();
    private double handsFoundAt;
    private double handSearchAt = -HandSearchPace.MAX_INTERVAL_MS;
    private boolean handSearching;
    /** The camera track's frames as they come (MediaStreamTrackProcessor), or null. */
    private JSObject frames;
    /** The newest frame back from the worker, to be drawn at the next animation frame; or null. */
    private InferenceClient.Tracked pending;
    /** Whether an animation frame is asked for, to draw {@link #pending}. */
    private boolean drawAsked;
    private final AnimationFrameCallback drawPending = this::drawPending;

    LiveLoop(TfFaceModels models, InferenceClient worker, FaceLayout layout, MeshWarpRenderer renderer, HTMLElement video,
            Supplier<MaskLibrary.Entry> maskChoice, LiveStats stats, Consumer<String> onFailure,
            BooleanSupplier handsWanted, Supplier<TryOnEngine> engine) {
        this.handsWanted = handsWanted;
        this.engine = engine;
        this.models = models;
        this.worker = worker;
        if (worker != null) {
            worker.onTracked(this::tracked);
        }
        this.layout = layout;
        this.drape = layout != null ? new Drape(layout.canonical(), layout.faceTriangles()) : null;
        this.renderer = renderer;
        this.video = video;
        this.maskChoice = maskChoice;
        this.stats = stats;
        this.onFailure = onFailure;
    }

    void setSensitivity(FitSensitivity sensitivity) {
        tracker.setSensitivity(sensitivity);
        if (worker != null) {
            worker.setSensitivity(sensitivity);
        }
    }

    /** Starts following the video's frames, forgetting faces of an earlier stream. */
    void start() {
        int current = ++run;
        tracker.reset();
        if (worker != null) {
            worker.reset();
        }
        runStartId = lastSent + 1;
        handPace.reset();
        running = true;
        inFlight = 0;
        failures = 0;
        closeFrames();
        frames = worker != null ? VideoFrames.reader(video) : null;
        stats.frameSource(frames != null ? "track" : "video");
        pulling = false;
        next(current);
    }

    private void startPulling(int current) {
        if (!pulling) {
            pulling = true;
            stats.frameSource("track, pulling");
            pull(current, frames);
        }
    }

    /** Ends the worker, which this loop no longer uses (it ends with the camera: LiveSection.ensureLoop). */
    void endWorker() {
        if (worker != null) {
            worker.terminate();
        }
    }

    /** Whether the models run in the worker now. */
    boolean inWorker() {
        return worker != null && worker.isReady();
    }

    void stop() {
        run++;
        running = false;
        closeFrames();
        letPendingGo();
    }

    private void letPendingGo() {
        if (pending != null) {
            close(pending.frame);
            pending = null;
        }
    }

    private static void close(ImageBitmap frame) {
        if (frame != null) {
            frame.close();
        }
    }

    private void closeFrames() {
        if (frames != null) {
            VideoFrames.cancel(frames);
            frames = null;
        }
    }

    private void next(int current) {
        VideoFrames.onNext(video, now -> {
            if (current != run) {
                return;
            }
            if (worker != null && worker.isReady() && frames != null) {
                startPulling(current);
                return;
            }
            next(current);
            try {
                if (worker != null && worker.isReady()) {
                    send(current, now);
                } else if (worker != null && !worker.hasFailed()) {
                    drawBare();
                } else if (!busy) {
                    busy = true;
                    try {
                        frame();
                    } finally {
                        busy = false;
                    }
                }
            } catch (Throwable failure) {
                run++;
                onFailure.accept("The live view stopped: " + Failures.message(failure));
            }
        });
    }

    /**
     * Takes the camera's frames as they come and moves each to the worker, unless enough are on
     * their way (the frame is then dropped). These frames are in memory as the camera gave them, so
     * the worker draws one in about a millisecond; a frame copied from the video element lives on
     * the GPU, and reading it back cost 14 to 16 ms (measured in the worker, 640×480).
     */
    private void pull(int current, JSObject source) {
        VideoFrames.read(source).then(frame -> {
            if (current != run || frame == null) {
                if (frame != null) {
                    VideoFrames.close(frame);
                }
                return null;
            }
            if (inFlight >= MAX_IN_FLIGHT) {
                VideoFrames.close(frame);
                stats.dropped();
            } else {
                inFlight++;
                stats.captured(0);
                worker.track(sent(), frame, Clock.now(), true, handsToMatte());
            }
            pull(current, source);
            return null;
        }, error -> {
            if (current == run) {
                // The processor failed (the track ended, or the browser gave up on it): go on with
                // copies of the video element's frames.
                frames = null;
                next(current);
            }
            return null;
        });
    }

    /** The next frame's id, its sending time noted (the round trip's start). */
    private double sent() {
        stats.sent();
        lastSent++;
        sentAt[(int) (lastSent % sentAt.length)] = Clock.now();
        return lastSent;
    }

    /** Copies the current frame and moves it to the worker, unless enough are on their way. */
    private void send(int current, double now) {
        int width = VideoFrames.width(video);
        int height = VideoFrames.height(video);
        if (inFlight >= MAX_IN_FLIGHT || width == 0 || height == 0) {
            return;
        }
        inFlight++;
        double start = Clock.now();
        JSObject frame = Images.videoFrame(video);
        if (frame != null) {
            stats.captured(Clock.now() - start);
            worker.track(sent(), frame, now, false, handsToMatte());
            return;
        }
        Images.bitmapOf(video).then(bitmap -> {
            if (current != run) {
                bitmap.close();
                inFlight--;
                return null;
            }
            stats.captured(Clock.now() - start);
            worker.track(sent(), bitmap, now, false, handsToMatte());
            return null;
        }, error -> {
            inFlight--;
            return null;
        });
    }

    /**
     * A frame back from the worker: kept to be drawn with its faces at the next animation frame
     * (one that was waiting for it is let go undrawn), or let go.
     */
    private void tracked(InferenceClient.Tracked tracked, String problem, ImageBitmap frame) {
        inFlight = Math.max(0, inFlight - 1);
        if (tracked == null) {
            close(frame);
            if (++failures >= MAX_FAILURES) {
                run++;
                onFailure.accept("The live view stopped: " + problem);
            }
            return;
        }
        if (!running || tracked.id < runStartId) {
            close(tracked.frame);
            return;
        }
        failures = 0;
        stats.roundTrip(Clock.now() - sentAt[(int) (tracked.id % sentAt.length)]);
        if (pending != null) {
            close(pending.frame);
            stats.skipped();
        }
        pending = tracked;
        if (!drawAsked) {
            drawAsked = true;
            Window.requestAnimationFrame(drawPending);
        }
    }

    /** Draws {@link #pending} at an animation frame (one callback for every frame: nothing made per frame). */
    private void drawPending(double timestamp) {
        drawAsked = false;
        if (running && pending != null) {
            InferenceClient.Tracked next = pending;
            pending = null;
            draw(next);
        }
    }

    /** Fits and draws a frame back from the worker with its faces, then lets it go. */
    private void draw(InferenceClient.Tracked tracked) {
        ImageBitmap back = tracked.frame;
        try {
            double start = Clock.now();
            faces.clear();
            for (int i = 0; i < tracked.count && i < vertices.length; i++) {
                faces.add(tracked.face(i));
            }
            fitMasks(faces);
            renderer.setMatte(handsInFront(tracked.frame, tracked.width, tracked.height)
                    ? tracked.occlusion : null);
            stats.handsInFront(tracked.occlusion == null || drawn.isEmpty() ? 0 : tracked.occlusion.hands);
            double fitted = Clock.now();
            renderer.setPhoto(tracked.frame, tracked.width, tracked.height);
            beforeDraw.run();
            renderer.draw(drawn);
            stats.masksDrawn(drawn.size());
            double end = Clock.now();
            stats.frame(tracked.width, tracked.height, tracked.pixelsMs,
                    tracked.modelMs, fitted - start, end - fitted, tracked.detected, tracked.frames,
                    tracked.detectorRuns, faces);
        } catch (Throwable failure) {
            run++;
            onFailure.accept("The live view stopped: " + Failures.message(failure));
        } finally {
            close(back);
        }
    }

    /** The video as it is, no mask: while the worker starts. */
    private void drawBare() {
        int width = VideoFrames.width(video);
        int height = VideoFrames.height(video);
        if (width == 0 || height == 0) {
            return;
        }
        drawn.clear();
        renderer.setMatte(null);
        VideoFrames.matchSize(video, width, height);
        renderer.setPhoto(VideoFrames.asBitmap(video));
        beforeDraw.run();
        renderer.draw(drawn);
        stats.masksDrawn(0);
    }

    /**
     * The frame's largest upright square (its shorter side), as near centred on the face as the
     * frame allows: the hand detector's input, a third sharper than the whole frame letterboxed.
     */
    static RotatedRect squareAbout(float[] landmarks, int width, int height) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (int i = 0; i + 2 < landmarks.length; i += 3) {
            x0 = Math.min(x0, landmarks[i]);
            x1 = Math.max(x1, landmarks[i]);
            y0 = Math.min(y0, landmarks[i + 1]);
            y1 = Math.max(y1, landmarks[i + 1]);
        }
        float side = Math.min(width, height);
        float cx = Math.max(side / 2, Math.min(width - side / 2, (x0 + x1) / 2));
        float cy = Math.max(side / 2, Math.min(height - side / 2, (y0 + y1) / 2));
        return new RotatedRect(cx, cy, side, side, 0);
    }

    /**
     * Whether hands are to be kept in front of this frame's masks (the switch is on and a mask is
     * drawn on a face); if so, a new search for them is started when the last is old enough.
     */
    private boolean handsInFront(ImageBitmap frame, int width, int height) {
        TryOnEngine tryOn = engine.get();
        if (!handsWanted.getAsBoolean() || tryOn == null || faces.isEmpty() || drawn.isEmpty()) {
            hands = List.of();
            return false;
        }
        double now = Clock.now();
        if (!handSearching && now - handSearchAt >= handPace.intervalMs()) {
            handPace.update(stats.fps());
            handSearching = true;
            handSearchAt = now;
            int current = run;
            tryOn.hands(frame, width, height, squareAbout(faces.get(0), width, height)).then(found -> {
                handSearching = false;
                if (current == run) {
                    hands = found;
                    handsFoundAt = Clock.now();
                }
                return null;
            }, failure -> {
                handSearching = false;
                return null;
            });
        }
        return true;
    }

    /** The hands found a moment ago, to be matted on the next frame; null: none, or too old. */
    private List<Hand> handsToMatte() {
        return hands.isEmpty() || Clock.now() - handsFoundAt > handPace.keptMs() ? null : hands;
    }

    /**
     * What is in front of this frame's faces where the page runs the models itself (no worker):
     * the hands found a moment ago, matted here on this frame. Null: nothing.
     */
    private Occlusion occluders(ImageBitmap frame, int width, int height) {
        List<Hand> kept = handsInFront(frame, width, height) ? handsToMatte() : null;
        Occlusion found = kept == null ? null : HandMattes.ofLandmarks(frame, width, height, faces, kept);
        stats.handsInFront(found == null ? 0 : found.hands);
        return found;
    }

    /** Fits the chosen mask to each face's landmarks into {@link #drawn} (empty while its texture loads). */
    private void fitMasks(List<float[]> faces) {
        drawn.clear();
        MaskLibrary.Entry mask = wantedMask();
        if (mask == null || texture == null || textureOf != mask) {
            return;
        }
        int size = mask.spec().vertexCount() * 3;
        for (int i = 0; i < faces.size() && i < vertices.length; i++) {
            if (vertices[i] == null || vertices[i].length != size) {
                vertices[i] = new float[size];
            }
            float[] points = faces.get(i);
            MaskFit.vertices(mask.spec(), layout, drape, points, FitAdjustment.NONE, vertices[i]);
            if (masked[i] == null) {
                masked[i] = new MaskedFace();
            }
            drawn.add(masked[i].set(mask.spec(), mask.textureKey, texture, vertices[i], points, mask.spec().opacity));
        }
    }

    private void frame() {
        int width = VideoFrames.width(video);
        int height = VideoFrames.height(video);
        if (width == 0 || height == 0) {
            return;
        }
        double start = Clock.now();
        int faces = models.withImage(video, width, height,
                frameModels -> tracker.update(frameModels, width, height, start / 1000));
        double tracked = Clock.now();
        double cropMs = models.cropMilliseconds();

        this.faces.clear();
        for (int i = 0; i < faces; i++) {
            this.faces.add(tracker.landmarks(i));
        }
        fitMasks(this.faces);
        renderer.setOccluders(occluders(VideoFrames.asBitmap(video), width, height));
        double fitted = Clock.now();

        VideoFrames.matchSize(video, width, height);
        renderer.setPhoto(VideoFrames.asBitmap(video));
        beforeDraw.run();
        renderer.draw(drawn);
        stats.masksDrawn(drawn.size());
        double end = Clock.now();
        stats.frame(width, height, cropMs, tracked - start - cropMs, fitted - tracked, end - fitted,
                tracker.detectedLastFrame(), tracker.frames(), tracker.detectorRuns(), this.faces);
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

    /** {@code action} runs before each frame is drawn (LiveSection: the portrait style chosen). */
    void beforeDraw(Runnable action) {
        this.beforeDraw = action;
    }
}
