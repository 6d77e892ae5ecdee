package app.maskai.web.tf;

import app.maskai.core.detect.Letterbox;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.hands.Hand;
import app.maskai.core.hands.HandDetector;
import app.maskai.web.dom.JsErrors;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The hand detector (core.hands.HandDetector), loaded the first time a photo is searched for
 * hands: 3.6 MB that a person who never asks for it never downloads. The service worker keeps it
 * once used. Runs on the page's TF.js backend (or the hands worker's), with the face models' image
 * staging, on an {@link HandDetector#INPUT_SIZE} square.
 */
public final class TfHandModel {
    /**
     * Ops the converted graph names inside its unused loop but TF.js has no kernel for (human's
     * handtrack.ts fakeOps list).
     */
    private static final String UNUSED_OPS = "tensorlistreserve,enter,tensorlistfromtensor,merge,loopcond,switch,exit,"
            + "tensorliststack,nextiteration,tensorlistsetitem,tensorlistgetitem,reciprocal,shape,split,where";

    private final GraphModel model;

    private TfHandModel(GraphModel model) {
        this.model = model;
    }

    /**
     * Loads the model from {@code url} (models/handtrack.json), its upsampling shapes set for
     * {@link HandDetector#INPUT_SIZE} (the file on disk is unchanged).
     */
    public static JSPromise<TfHandModel> load(String url) {
        Tf.registerUnusedKernels(UNUSED_OPS);
        return Tf.loadGraphModel(url, fraction -> { }).then(model -> {
            for (int i = 0; i < HandDetector.UPSAMPLE_SHAPES.length; i++) {
                int[] shape = HandDetector.upsampleShape(i, HandDetector.INPUT_SIZE);
                if (!replaceShape(model, HandDetector.UPSAMPLE_SHAPES[i], shape[0], shape[1], shape[2], shape[3])) {
                    throw new IllegalStateException("models/handtrack.json has no " + HandDetector.UPSAMPLE_SHAPES[i]);
                }
            }
            return new TfHandModel(model);
        });
    }

    /** Gives the graph's int32 constant {@code name} (a reshape's target shape) new values; false where it has none. */
    @JSBody(params = {"model", "name", "a", "b", "c", "d"}, script = "var weights = model.weights;"
            + " if (!weights[name] || weights[name].length !== 1 || weights[name][0].size !== 4) return false;"
            + " var old = weights[name][0]; weights[name] = [tf.tensor1d([a, b, c, d], 'int32')]; old.dispose();"
            + " return true;")
    private static native boolean replaceShape(GraphModel model, String name, int a, int b, int c, int d);

    /**
     * The detector's input: a photo letterboxed into the detector's square, staged at once (the
     * photo may be closed after), to be run here or in the hands worker.
     */
    public static final class Staged {
        /** INPUT_SIZE × INPUT_SIZE × 3 values, −1..1 (HandDetector.INPUT_SCALE, INPUT_OFFSET). */
        public final Float32Array pixels;
        /** Where the square lies in the photo (an upright square), and the photo's size. */
        public final RotatedRect square;
        public final int width;
        public final int height;

        public Staged(Float32Array pixels, RotatedRect square, int width, int height) {
            this.pixels = pixels;
            this.square = square;
            this.width = width;
            this.height = height;
        }

        /** The same input in pixels of its own (the pixels' buffer moves when sent to a worker). */
        public Staged copy() {
            Float32Array values = new Float32Array(pixels.getLength());
            values.set(pixels);
            return new Staged(values, square, width, height);
        }

        /** The hands in the detector's raw outputs for these pixels, in the photo's own pixels. */
        public List<Hand> decode(float[] logits, float[] offsets) {
            return HandDetector.decode(logits, offsets, HandDetector.INPUT_SIZE, square, width, height);
        }
    }

    /** The detector's two raw outputs for one input: class logits and box offsets (HandDetector.decode). */
    public static final class Outputs {
        public final float[] logits;
        public final float[] offsets;

        public Outputs(float[] logits, float[] offsets) {
            this.logits = logits;
            this.offsets = offsets;
        }
    }

    /**
     * {@code source} (an ImageBitmap or canvas) of {@code width} × {@code height}, drawn
     * letterboxed into the detector's square by {@code faces}' staging.
     */
    public static Staged stage(TfFaceModels faces, JSObject source, int width, int height) {
        return stage(faces, source, width, height, Letterbox.square(width, height, 0));
    }

    /** The same, the detector's square being {@code square} (upright) of the source. */
    public static Staged stage(TfFaceModels faces, JSObject source, int width, int height, RotatedRect square) {
        return new Staged(faces.pixels(source, width, height, square, HandDetector.INPUT_SIZE, HandDetector.INPUT_SCALE,
                HandDetector.INPUT_OFFSET), square, width, height);
    }

    /**
     * Runs the detector on staged pixels (Staged.pixels, already scaled as the graph's
     * preprocessing would), fed past the graph's preprocessing loop
     * (HandDetector.PREPROCESSED_INPUT), synchronously; its tensors freed however it ends.
     */
    public JSPromise<Outputs> run(Float32Array pixels) {
        Tf.startScope();
        try {
            Tensor input = Tf.batch(pixels, 1, HandDetector.INPUT_SIZE);
            JSArrayReader<Tensor> result = Tf.executeFrom(model, HandDetector.PREPROCESSED_INPUT, input,
                    HandDetector.LOGITS_OUTPUT + "," + HandDetector.OFFSETS_OUTPUT);
            return JSPromise.resolve(new Outputs(result.get(0).dataSync().copyToJavaArray(),
                    result.get(1).dataSync().copyToJavaArray()));
        } catch (Throwable failure) {
            return JSPromise.reject(JsErrors.error("the hand detector failed: " + failure.getMessage()));
        } finally {
            Tf.endScope();
        }
    }

    /** The hands in staged pixels, found on this thread. */
    public JSPromise<List<Hand>> detect(Staged staged) {
        return run(staged.pixels).then(found -> staged.decode(found.logits, found.offsets));
    }
}
