package app.maskai.web.worker;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.hands.Hand;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.occlusion.Occlusion;
import app.maskai.core.pipeline.Face;
import app.maskai.core.pipeline.PipelineOptions;
import app.maskai.core.track.Tracker;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import app.maskai.web.tf.Backends;
import app.maskai.web.tf.GraphModel;
import app.maskai.web.tf.Tf;
import app.maskai.web.tf.TfFaceModels;
import app.maskai.web.tf.TfHandModel;
import app.maskai.web.tryon.Failures;
import app.maskai.web.tryon.HandMattes;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The inference worker's program (compiled on its own to js/maskai-worker.js): picks a TF.js
 * backend (wasm, else cpu: a worker has no WebGL canvas here), loads the two face models,
 * and then follows the faces of each video frame it is sent with one {@link Tracker}, so that
 * the page's thread only draws. Messages in: init, track, reset, sensitivity; out: progress,
 * ready, failed, tracked, trackFailed (docs/CONTRACTS.md). A batch's instance (BatchRun) finds
 * each photo's faces instead: in, detect; out, detected or detectFailed.
 *
 * <p>An instance of its own (HandWorker) runs the hand detector instead, so that a photo's hands are
 * looked for on another core while the page finds its faces: in, hands (staged pixels); out,
 * handsFound or handsFailed. It loads the detector and picks a backend on the first hands message.
 */
public final class InferenceWorker {
    private static final int FLOATS_PER_FACE = LandmarkModel.MESH_VALUES;

    private final Tracker tracker = new Tracker(Tracker.LIVE_MAX_FACES, Tracker.DEFAULT_DETECT_EVERY);
    private final double startedAt = WorkerScope.now();
    private TfFaceModels models;
    /** The hand detector, loading or loaded, once a hands message came. */
    private JSPromise<TfHandModel> handModel;
    private boolean starting;

    private InferenceWorker() {
    }

    public static void main(String[] args) {
        InferenceWorker worker = new InferenceWorker();
        WorkerScope.onMessage(worker::handle);
    }

    private void handle(JSObject message) {
        String type = WorkerScope.string(message, "type");
        switch (type) {
            case "init":
                init();
                break;
            case "track":
                track(message);
                break;
            case "reset":
                tracker.reset();
                break;
            case "hands":
                hands(message);
                break;
            case "detect":
                detect(message);
                break;
            case "sensitivity":
                try {
                    tracker.setSensitivity(FitSensitivity.valueOf(WorkerScope.string(message, "value")));
                } catch (IllegalArgumentException unknown) {
                    // An unknown name keeps the current sensitivity.
                }
                break;
            default:
                WorkerScope.post(WorkerScope.failure("failed", "unknown message type: " + type));
        }
    }

    private void init() {
        if (models != null || starting) {
            return;
        }
        starting = true;
        String root = WorkerScope.siteRoot();
        // Single-threaded: the worker's models run beside the page's own thread, and a pool of
        // threads more would compete with both (core.pipeline.WasmThreads).
        Backends.choose(root + "vendor/tfjs/", false, choice -> {
            String[] files = {DetectorSpec.SHORT_RANGE.modelFile, LandmarkModel.MODEL_FILE};
            GraphModel[] loaded = new GraphModel[files.length];
            load(root, files, loaded, 0, () -> {
                TfFaceModels faceModels = new TfFaceModels(loaded[0], loaded[1]);
                try {
                    faceModels.warmUp();
                } catch (Throwable failure) {
                    fail("the face models could not run in the worker: " + Failures.message(failure));
                    return;
                }
                models = faceModels;
                WorkerScope.post(WorkerScope.ready(choice.backend, choice.simd, choice.skipped, Tf.version(),
                        WorkerScope.now() - startedAt));
            });
        }, this::fail);
    }

    private void load(String root, String[] files, GraphModel[] loaded, int index, Runnable done) {
        if (index == files.length) {
            done.run();
            return;
        }
        Tf.loadGraphModel(root + "models/" + files[index], fraction -> { },
                files[index].equals(DetectorSpec.SHORT_RANGE.modelFile)).then(model -> {
            loaded[index] = model;
            WorkerScope.post(WorkerScope.progress((index + 1) / (double) files.length));
            load(root, files, loaded, index + 1, done);
            return null;
        }, error -> {
            fail("a face model could not be loaded (models/" + files[index] + "): "
                    + JsErrors.messageOf((JSObject) error));
            return null;
        });
    }

    /**
     * {type: 'hands', id, pixels, cx, cy, side, width, height}: the hand detector run on pixels
     * staged by TfHandModel.stage (their square at cx, cy of side in a photo of width × height);
     * replies handsFound {id, hands: six values a hand} or handsFailed {id, message}. A detector
     * that could not be loaded is tried again on the next message.
     */
    private void hands(JSObject message) {
        double id = WorkerScope.number(message, "id");
        float side = (float) WorkerScope.number(message, "side");
        TfHandModel.Staged staged = new TfHandModel.Staged((Float32Array) WorkerScope.object(message, "pixels"),
                new RotatedRect((float) WorkerScope.number(message, "cx"), (float) WorkerScope.number(message, "cy"),
                        side, side, 0),
                (int) WorkerScope.number(message, "width"), (int) WorkerScope.number(message, "height"));
        if (handModel == null) {
            handModel = loadHandModel();
        }
        JSPromise<TfHandModel> loading = handModel;
        loading.flatThen(model -> model.detect(staged)).then(found -> {
            float[] values = Occlusion.pack(found);
            WorkerScope.post(WorkerScope.handsFound(id, Float32Array.copyFromJavaArray(values)));
            return null;
        }, failure -> {
            loading.then(loaded -> null, notLoaded -> {
                handModel = null;
                return null;
            });
            WorkerScope.post(WorkerScope.handsFailed(id, JsErrors.messageOf((JSObject) failure)));
            return null;
        });
    }

    private JSPromise<TfHandModel> loadHandModel() {
        String root = WorkerScope.siteRoot();
        JSPromise<Object> backend = models != null ? JSPromise.resolve(null) : new JSPromise<>((resolve, reject) ->
                Backends.choose(root + "vendor/tfjs/", false, choice -> resolve.accept(null),
                        problem -> reject.accept(JsErrors.error(problem))));
        return backend.flatThen(chosen -> TfHandModel.load(root + "models/handtrack.json"));
    }

    private void fail(String message) {
        starting = false;
        WorkerScope.post(WorkerScope.failure("failed", message));
    }

    /**
     * {type: 'track', id, frame: VideoFrame or ImageBitmap, time (ms), inMemory, hands}: the frame goes back
     * with the reply. Frames are processed one after another in the order they came, so the
     * tracker sees them in order. {@code hands} (null, or six values a hand: Occlusion#pack): hands
     * found a moment ago, matted on this frame where they reach a face, here where the frame's
     * pixels are in memory rather than on the page, which would read them back from the GPU.
     */
    private void track(JSObject message) {
        double id = WorkerScope.number(message, "id");
        JSObject frame = WorkerScope.object(message, "frame");
        if (models == null) {
            WorkerScope.post(WorkerScope.trackFailed(id, "the worker is not ready", frame), frame);
            return;
        }
        if (WorkerScope.flag(message, "inMemory")) {
            Images.markInMemory(frame);
        }
        JSObject hands = WorkerScope.object(message, "hands");
        process(id, frame, WorkerScope.number(message, "time"),
                JsValues.isNullish(hands) ? null : Occlusion.unpack(((Float32Array) hands).copyToJavaArray()));
    }

    /**
     * {type: 'detect', id, image: ImageBitmap, minScore}: every face of a photo, found as the page
     * finds them (core.pipeline.FacePipeline, refined, the same models), so that a batch's photos
     * are searched here while the page stays free. Replies detected {id, image, width, height,
     * count, landmarks (1404 values a face), faces (score, presence, rotation a face),
     * milliseconds} or detectFailed {id, message, image}; the image goes back either way.
     */
    private void detect(JSObject message) {
        double id = WorkerScope.number(message, "id");
        JSObject image = WorkerScope.object(message, "image");
        if (models == null) {
            WorkerScope.post(WorkerScope.detectFailed(id, "the worker is not ready", image), image);
            return;
        }
        int width = WorkerScope.frameWidth(image);
        int height = WorkerScope.frameHeight(image);
        PipelineOptions options = new PipelineOptions()
                .setMinDetectionScore((float) WorkerScope.number(message, "minScore"));
        double start = WorkerScope.now();
        List<Face> faces;
        try {
            faces = models.detect(image, width, height, 1f, options);
        } catch (Throwable failure) {
            WorkerScope.post(WorkerScope.detectFailed(id, Failures.message(failure), image), image);
            return;
        }
        float[] all = new float[faces.size() * FLOATS_PER_FACE];
        float[] about = new float[faces.size() * 3];
        for (int i = 0; i < faces.size(); i++) {
            Face face = faces.get(i);
            System.arraycopy(face.landmarks, 0, all, i * FLOATS_PER_FACE, FLOATS_PER_FACE);
            about[3 * i] = face.score;
            about[3 * i + 1] = face.presence;
            about[3 * i + 2] = face.rotationDegrees;
        }
        Float32Array landmarks = Float32Array.copyFromJavaArray(all);
        WorkerScope.post(WorkerScope.detected(id, image, width, height, faces.size(), landmarks,
                Float32Array.copyFromJavaArray(about), WorkerScope.now() - start), image, WorkerScope.bufferOf(landmarks));
    }

    /**
     * Follows the frame's faces (the models read only their crops of it, never the whole frame) and
     * replies with the time spent on the crops' pixels and on the rest.
     */
    private void process(double id, JSObject frame, double timeMs, List<Hand> hands) {
        int width = WorkerScope.frameWidth(frame);
        int height = WorkerScope.frameHeight(frame);
        double start = WorkerScope.now();
        int count;
        try {
            count = models.withImage(frame, width, height,
                    frameModels -> tracker.update(frameModels, width, height, timeMs / 1000));
        } catch (Throwable failure) {
            tracker.reset();
            WorkerScope.post(WorkerScope.trackFailed(id, Failures.message(failure), frame), frame);
            return;
        }
        double end = WorkerScope.now();
        float[] all = new float[count * FLOATS_PER_FACE];
        for (int i = 0; i < count; i++) {
            System.arraycopy(tracker.landmarks(i), 0, all, i * FLOATS_PER_FACE, FLOATS_PER_FACE);
        }
        Float32Array faces = Float32Array.copyFromJavaArray(all);
        JSObject reply = WorkerScope.tracked(id, frame, width, height, count, faces, tracker.detectedLastFrame(),
                tracker.frames(), tracker.detectorRuns(), models.cropMilliseconds(),
                end - start - models.cropMilliseconds());
        if (hands != null && !hands.isEmpty() && count > 0) {
            double matteStart = WorkerScope.now();
            List<float[]> landmarks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                landmarks.add(tracker.landmarks(i));
            }
            Occlusion occlusion = HandMattes.ofLandmarks(frame, width, height, landmarks, hands);
            if (occlusion != null) {
                WorkerScope.setOcclusion(reply, occlusion.x, occlusion.y, occlusion.width, occlusion.height,
                        Int8Array.copyFromJavaArray(occlusion.alpha), occlusion.hands,
                        WorkerScope.now() - matteStart);
            }
        }
        WorkerScope.post(reply, frame, WorkerScope.bufferOf(faces));
    }
}
