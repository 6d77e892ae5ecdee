package app.maskai.web.live;

import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.settings.Choice;
import app.maskai.core.settings.RecordingLength;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.Clock;
import app.maskai.web.dom.Console;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.core.style.PortraitStyle;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tf.TfFaceModels;
import app.maskai.web.ui.Page;
import app.maskai.web.ui.StatusLine;
import app.maskai.web.worker.InferenceClient;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The #live section: "Use camera" starts the camera and the live view (a toggle: pressed while on),
 * the front/back switch shows where the device lists more than one camera, and Capture takes the
 * current frame into the photo path (detect → #result → adjust → Download).
 *
 * <p>Mirroring: the front camera's preview is shown mirrored, as a mirror would show the person;
 * the captured still is not mirrored (what the camera saw: writing reads the right way round, and
 * the result matches what others see), which is the convention of the phones' own camera apps
 * by default. A device that does not report where its camera faces (most laptop webcams) is taken
 * to be a front camera.
 */
public final class LiveSection {
    /** Milliseconds between estimates of the light on the faces (MeshWarpRenderer.setLightEvery). */
    private static final double LIGHT_EVERY_MS = 250;

    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLButtonElement toggle = (HTMLButtonElement) document.getElementById("live-toggle");
    private final HTMLButtonElement flip = (HTMLButtonElement) document.getElementById("live-switch");
    private final HTMLButtonElement capture = (HTMLButtonElement) document.getElementById("live-capture");
    private final HTMLCanvasElement view = (HTMLCanvasElement) document.getElementById("live-view");
    private final HTMLElement video = document.getElementById("live-video");
    /** "Keep hands in front of the mask" for the live view (off until turned on). */
    private final HTMLInputElement handsInFront = (HTMLInputElement) document.getElementById("live-hands-in-front");
    private final StatusLine status;
    private final Page page;
    private final TfFaceModels models;
    private final FaceLayout layout;
    private final Choice<FitSensitivity> sensitivity;
    private final LiveStats stats = new LiveStats();
    private final LiveRecorder recorder;
    private LiveLoop loop;
    /** Whether {@link #loop} has followed a camera already (a camera switch then needs a new one). */
    private boolean loopStarted;
    /** The live view's renderer, made on the first start and kept. */
    private MeshWarpRenderer renderer;
    private JSObject stream;
    private String facing = Camera.FRONT;
    /** Bumped on every start and stop, so a camera that opens after the person gave up is released. */
    private int attempt;

    public LiveSection(Page page, StatusLine status, TfFaceModels models, FaceLayout layout, Choice<FitSensitivity> sensitivity,
            Choice<RecordingLength> recordingLength) {
        this.status = status;
        this.recorder = new LiveRecorder(view, recordingLength, this::say);
        this.page = page;
        this.sensitivity = sensitivity;
        this.models = models;
        this.layout = layout;
        toggle.setDisabled(false);
        toggle.addEventListener("click", event -> {
            if (stream != null) {
                stop("Camera off.");
            } else {
                start(facing);
            }
        });
        flip.addEventListener("click", event -> start(Camera.FRONT.equals(facing) ? Camera.BACK : Camera.FRONT));
        capture.addEventListener("click", event -> capture());
        sensitivity.listen(chosen -> {
            if (loop != null) {
                loop.setSensitivity(chosen);
            }
        });
    }

    /** The live statistics now, a frozen copy (PublicApi's MaskAI.live). */
    public JSObject stats() {
        return stats.snapshot();
    }

    private void start(String wanted) {
        int current = ++attempt;
        if (!ensureLoop()) {
            return;
        }
        say("Starting the camera…", false);
        toggle.setDisabled(true);
        Camera.open(wanted).flatThen(opened -> {
            if (current != attempt) {
                Camera.release(opened);
                return JSPromise.resolve(null);
            }
            releaseStream();
            stream = opened;
            // A camera unplugged, switched off or taken by another app ends its track.
            Camera.onEnded(opened, () -> {
                if (stream == opened) {
                    stop(null);
                    say("The camera stopped: it may have been unplugged or taken by another app. Press \"Use camera\""
                            + " to try again, or choose a photo.", true);
                }
            });
            return Camera.play(video, opened).then(played -> {
                if (current == attempt) {
                    facing = wanted;
                    showRunning(opened);
                }
                return null;
            });
        }).catchError(error -> {
            if (current == attempt) {
                stop(null);
                say(Camera.problem(Camera.errorName((JSObject) error)), true);
            }
            return null;
        });
    }

    private void showRunning(JSObject opened) {
        String reported = Camera.facingMode(opened);
        boolean front = reported.isEmpty() ? !Camera.BACK.equals(facing) : Camera.FRONT.equals(reported);
        toggle.setDisabled(false);
        toggle.setAttribute("aria-pressed", "true");
        toggle.setInnerText("Stop camera");
        capture.setDisabled(false);
        view.setHidden(false);
        if (front) {
            view.getClassList().add("mirrored");
        } else {
            view.getClassList().remove("mirrored");
        }
        stats.started(opened, front ? Camera.FRONT : Camera.BACK, front);
        if (loopStarted) {
            // The other camera, switched to while running: a new loop and worker, as for a new start.
            endLoop();
            ensureLoop();
        }
        loopStarted = true;
        loop.setSensitivity(sensitivity.value());
        loop.start();
        recorder.cameraOn();
        Camera.count().then(count -> {
            flip.setHidden(stream == null || count.intValue() < 2);
            return null;
        });
        say("Camera on: the mask follows your face. Capture takes a still to adjust and download.", false);
    }

    /** Stops the loop and releases the camera; {@code message} (may be null) goes to #status. */
    private void stop(String message) {
        attempt++;
        endLoop();
        recorder.cameraOff();
        releaseStream();
        stats.stopped();
        toggle.setDisabled(false);
        toggle.setAttribute("aria-pressed", "false");
        toggle.setInnerText("Use camera");
        capture.setDisabled(true);
        flip.setHidden(true);
        view.setHidden(true);
        if (message != null) {
            say(message, false);
        }
    }

    private void releaseStream() {
        if (stream != null) {
            Camera.release(stream);
            Camera.detach(video);
            stream = null;
        }
    }

    /** The live renderer and loop, made on first use; false (with a message) without WebGL2. */
    /**
     * The live loop and its inference worker, made for each camera start (and ended at each stop);
     * the renderer is made once. A worker kept from one start to the next stalled the page: with the
     * camera started a second time, the page's animation frames stopped (3 s and more) in 15 of 16
     * probes (a fresh browser each, both builds) and ran at 9 a second in the other, so the live
     * view drew nothing or little;
     * with a new worker each start, 16 of 16 second runs drew 52-57 frames a second. (It happens only
     * with the camera track's own frames, MediaStreamTrackProcessor, moved to the worker; which of
     * the worker's holdings keeps the camera's frames is not known.) A start costs the worker's own
     * start, about half a second, while the bare video shows.
     */
    /** The loop and its worker end with the camera; the next start makes new ones (see {@link #ensureLoop}). */
    private void endLoop() {
        if (loop != null) {
            loop.stop();
            loop.endWorker();
            loop = null;
        }
        loopStarted = false;
    }

    private boolean ensureLoop() {
        if (loop != null) {
            return true;
        }
        if (renderer == null) {
            renderer = MeshWarpRenderer.create(view, layout != null ? layout.faceTriangles() : null);
            if (renderer == null) {
                say("This browser has no WebGL2, so the live view cannot be drawn. You can still choose a photo.", true);
                return false;
            }
            // The light on a face changes slowly; each estimate reads back from the GPU.
            renderer.setLightEvery(LIGHT_EVERY_MS);
            // A style chosen in "Style and more" is drawn live too, made small enough for the frame rate.
            renderer.setStyleWorkShare(PortraitStyle.LIVE_WORK_SHARE);
        }
        // The models run in a worker where the browser can; the page's own models otherwise.
        InferenceClient worker = InferenceClient.start(AppFiles.absoluteUrl("js/worker.js"), client -> {
            if (client.hasFailed() && "ended".equals(client.problem())) {
                return;
            }
            stats.inference(client.isReady() ? "worker" : "page");
            if (client.hasFailed()) {
                Console.warn("The inference worker could not start (" + client.problem() + "); the live view runs the"
                        + " models on the page.");
            }
        });
        stats.inference(worker == null ? "page" : "starting");
        loop = new LiveLoop(models, worker, layout, renderer, video, this::chosenMask, stats, problem -> {
            stop(null);
            say(problem, true);
        }, handsInFront::isChecked, page::engine);
        MeshWarpRenderer drawing = renderer;
        loop.beforeDraw(() -> drawing.setStyle(page.style(), page.styleStrength()));
        return true;
    }

    private MaskLibrary.Entry chosenMask() {
        return page.engine() == null ? null : page.engine().masks().find(page.maskId());
    }

    /** The current camera frame, unmirrored, into the photo path. */
    private void capture() {
        if (stream == null || VideoFrames.width(video) == 0) {
            return;
        }
        say("Capturing…", false);
        Images.bitmapOf(video).then(bitmap -> {
            page.openCapture(bitmap, "camera-" + Clock.localTimestamp());
            return null;
        }, error -> {
            say("The camera frame could not be captured: " + JsErrors.messageOf((JSObject) error), true);
            return null;
        });
    }

    private void say(String message, boolean error) {
        if (error) {
            status.sayError(message);
        } else {
            status.say(message);
        }
    }
}
