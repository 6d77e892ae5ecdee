package app.maskai.web.worker;

import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.hands.Hand;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.occlusion.Occlusion;
import app.maskai.web.render.Matte;
import app.maskai.core.pipeline.Face;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.function.JSConsumer;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The page's side of the inference worker (js/worker.js). Started on first use; until it says
 * "ready" (or if it cannot start: no Worker, no OffscreenCanvas, a model that fails) callers
 * keep to the page's own models. Replies come back in the order frames were sent.
 */
public final class InferenceClient {

    /** A frame's faces, as the worker followed them; the frame comes back to be drawn and closed. */
    public static final class Tracked {
        /** The id the frame was sent with. */
        public final double id;
        /** The frame sent: a VideoFrame or an ImageBitmap (both draw with texImage2D and close()). */
        public final ImageBitmap frame;
        /** The frame's size in pixels, as the models saw it. */
        public final int width;
        public final int height;
        public final int count;
        /** count × 1404 floats: each face's smoothed landmarks in the frame's pixels. */
        public final Float32Array landmarks;

        /**
         * Face {@code index}'s 1404 landmark values, copied into a new array. One array per face
         * and frame is the least garbage the Wasm build allows: reading the values one by one into
         * a reused array boxed each number (the live bench measured 16.7 KB per frame that way).
         */
        public float[] face(int index) {
            return Float32Array.create(landmarks.getBuffer(), index * LandmarkModel.MESH_VALUES * 4,
                    LandmarkModel.MESH_VALUES).copyToJavaArray();
        }
        public final boolean detected;
        public final long frames;
        public final long detectorRuns;
        public final double pixelsMs;
        public final double modelMs;
        /** The hands in front of the faces, matted on this frame (null: none, or none were sent). */
        public final Matte occlusion;
        /** How long the worker took to matte them (0: none). */
        public final double occlusionMs;

        Tracked(JSObject reply) {
            id = WorkerScope.number(reply, "id");
            frame = (ImageBitmap) WorkerScope.object(reply, "frame");
            width = (int) WorkerScope.number(reply, "width");
            height = (int) WorkerScope.number(reply, "height");
            count = (int) WorkerScope.number(reply, "count");
            landmarks = (Float32Array) WorkerScope.object(reply, "landmarks");
            detected = JsValues.isTrue(JsValues.get(reply, "detected"));
            frames = (long) WorkerScope.number(reply, "frames");
            detectorRuns = (long) WorkerScope.number(reply, "detectorRuns");
            pixelsMs = WorkerScope.number(reply, "pixelsMs");
            modelMs = WorkerScope.number(reply, "modelMs");
            JSObject matte = WorkerScope.object(reply, "occlusion");
            if (JsValues.isNullish(matte)) {
                occlusion = null;
                occlusionMs = 0;
            } else {
                occlusion = new Matte((int) WorkerScope.number(matte, "x"), (int) WorkerScope.number(matte, "y"),
                        (int) WorkerScope.number(matte, "width"), (int) WorkerScope.number(matte, "height"),
                        (int) WorkerScope.number(matte, "hands"), (Int8Array) WorkerScope.object(matte, "alpha"));
                occlusionMs = WorkerScope.number(matte, "milliseconds");
            }
        }

    }

    /** A photo's faces, as the worker found them (see {@link #detect}); the photo comes back with them. */
    public static final class Detected {
        public final ImageBitmap photo;
        public final List<Face> faces;
        public final double milliseconds;

        public Detected(ImageBitmap photo, List<Face> faces, double milliseconds) {
            this.photo = photo;
            this.faces = faces;
            this.milliseconds = milliseconds;
        }
    }

    public interface TrackHandler {
        /** {@code tracked} is null when the frame failed; {@code problem} then says why. */
        void onTracked(Tracked tracked, String problem, ImageBitmap frame);
    }

    private final JSObject worker;
    private String state = "starting";
    private String backend = "";
    private String problem;
    private TrackHandler handler;
    private Consumer<InferenceClient> onSettled;
    /** The photos sent to {@link #detect} and not yet answered, by id. */
    private final Map<Integer, PendingDetect> pending = new HashMap<>();
    private int lastDetectId;

    private InferenceClient(JSObject worker) {
        this.worker = worker;
    }

    /**
     * Starts the worker at {@code url}; {@code onSettled} is called once it is ready or has failed
     * ({@link #isReady()}, {@link #problem()}). Null where this browser cannot run it.
     */
    public static InferenceClient start(String url, Consumer<InferenceClient> onSettled) {
        if (!WorkerChannel.supported()) {
            return null;
        }
        InferenceClient[] self = new InferenceClient[1];
        JSObject worker = WorkerChannel.create(url, data -> self[0].receive(data), message -> self[0].failed(message));
        if (worker == null) {
            return null;
        }
        self[0] = new InferenceClient(worker);
        self[0].onSettled = onSettled;
        WorkerChannel.post(worker, "init");
        return self[0];
    }

    public boolean isReady() {
        return "ready".equals(state);
    }

    public boolean hasFailed() {
        return "failed".equals(state);
    }

    /** Why the worker cannot be used, or null. */
    public String problem() {
        return problem;
    }

    /** The TF.js backend the worker runs (wasm or cpu), once ready. */
    public String backend() {
        return backend;
    }

    /** Where replies to {@link #track} go. */
    public void onTracked(TrackHandler handler) {
        this.handler = handler;
    }

    /**
     * Sends a frame (a VideoFrame or an ImageBitmap, moved, not copied) to be followed; the reply
     * brings it back. {@code inMemory}: its pixels are in memory (a camera track's own frame), not
     * on the GPU (see Images.inMemory). {@code hands}: hands found a moment ago, to be matted on
     * this frame where they reach a face (see {@link Tracked#occlusion}); null: none.
     */
    public void track(double id, JSObject frame, double timeMs, boolean inMemory, List<Hand> hands) {
        WorkerChannel.postTrack(worker, id, frame, timeMs, inMemory,
                hands == null || hands.isEmpty() ? null : Float32Array.copyFromJavaArray(Occlusion.pack(hands)));
    }

    /**
     * Every face of {@code photo} (moved to the worker, and back in the reply), found as the page
     * finds them, with detections scoring {@code minScore} or more. Rejects where the worker fails;
     * the photo is then closed.
     */
    public JSPromise<Detected> detect(ImageBitmap photo, float minScore) {
        if (problem != null) {
            photo.close();
            return JSPromise.reject(JsErrors.error(problem));
        }
        int id = ++lastDetectId;
        return new JSPromise<>((resolve, reject) -> {
            pending.put(id, new PendingDetect(resolve, reject));
            WorkerChannel.postDetect(worker, id, photo, minScore);
        });
    }

    /**
     * Ends the worker, its models and anything it holds going with it; a request pending is
     * rejected, and problem() is then "ended".
     */
    public void terminate() {
        failed("ended");
    }

    /** Forgets the faces followed so far (a new stream). */
    public void reset() {
        WorkerChannel.post(worker, "reset");
    }

    public void setSensitivity(FitSensitivity sensitivity) {
        WorkerChannel.postValue(worker, "sensitivity", sensitivity.name());
    }

    private void receive(JSObject data) {
        String type = WorkerScope.string(data, "type");
        switch (type) {
            case "ready":
                state = "ready";
                backend = WorkerScope.string(data, "backend");
                settle();
                break;
            case "failed":
                failed(WorkerScope.string(data, "message"));
                break;
            case "tracked":
                if (handler != null) {
                    handler.onTracked(new Tracked(data), null, null);
                } else {
                    ((ImageBitmap) WorkerScope.object(data, "frame")).close();
                }
                break;
            case "trackFailed":
                ImageBitmap frame = (ImageBitmap) WorkerScope.object(data, "frame");
                if (handler != null) {
                    handler.onTracked(null, WorkerScope.string(data, "message"), frame);
                } else if (frame != null) {
                    frame.close();
                }
                break;
            case "detected":
            case "detectFailed":
                answer(type, data);
                break;
            default:
                // progress and anything newer: nothing to do
        }
    }

    private void answer(String type, JSObject data) {
        PendingDetect request = pending.remove((int) WorkerScope.number(data, "id"));
        ImageBitmap photo = (ImageBitmap) WorkerScope.object(data, "image");
        if (request == null) {
            if (photo != null) {
                photo.close();
            }
            return;
        }
        if ("detectFailed".equals(type)) {
            if (photo != null) {
                photo.close();
            }
            request.reject.accept(JsErrors.error(WorkerScope.string(data, "message")));
            return;
        }
        int count = (int) WorkerScope.number(data, "count");
        float[] landmarks = ((Float32Array) WorkerScope.object(data, "landmarks")).copyToJavaArray();
        float[] about = ((Float32Array) WorkerScope.object(data, "faces")).copyToJavaArray();
        List<Face> faces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] face = new float[LandmarkModel.MESH_VALUES];
            System.arraycopy(landmarks, i * LandmarkModel.MESH_VALUES, face, 0, face.length);
            faces.add(new Face(about[3 * i], about[3 * i + 1], face, (int) about[3 * i + 2]));
        }
        request.resolve.accept(new Detected(photo, faces, WorkerScope.number(data, "milliseconds")));
    }

    private void failed(String message) {
        boolean first = !hasFailed();
        state = "failed";
        problem = message;
        WorkerChannel.terminate(worker);
        for (PendingDetect request : pending.values()) {
            request.reject.accept(JsErrors.error(message));
        }
        pending.clear();
        if (first) {
            settle();
        }
    }

    private void settle() {
        if (onSettled != null) {
            Consumer<InferenceClient> callback = onSettled;
            onSettled = null;
            callback.accept(this);
        }
    }

    /** A detect request's promise's two ends, in fields of their own type. */
    private static final class PendingDetect {
        final JSConsumer<Detected> resolve;
        final JSConsumer<Object> reject;

        PendingDetect(JSConsumer<Detected> resolve, JSConsumer<Object> reject) {
            this.resolve = resolve;
            this.reject = reject;
        }
    }
}
