package app.maskai.web.tf;

import app.maskai.core.detect.Letterbox;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.hands.Hand;
import app.maskai.core.hands.HandDetector;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The hand detector (core.hands.HandDetector), loaded the first time a photo is searched for
 * hands: 3.6 MB that a person who never asks for it never downloads. The service worker keeps it
 * once used. Runs on the page's TF.js backend, with the face models' image staging.
 */
public final class TfHandModel {
    /**
     * Ops the converted graph names inside its unused loop but TF.js has no kernel for (human's
     * handtrack.ts fakeOps list).
     */
    private static final String UNUSED_OPS = "tensorlistreserve,enter,tensorlistfromtensor,merge,loopcond,switch,exit,"
            + "tensorliststack,nextiteration,tensorlistsetitem,tensorlistgetitem,reciprocal,shape,split,where";

    private final GraphModel model;
    private final JSArrayReader<JSString> outputs;

    private TfHandModel(GraphModel model) {
        this.model = model;
        JSArray<JSString> names = JSArray.create();
        names.push(JSString.valueOf(HandDetector.SCORES_OUTPUT));
        names.push(JSString.valueOf(HandDetector.BOXES_OUTPUT));
        this.outputs = names;
    }

    /** Loads the model from {@code url} (models/handtrack.json). */
    public static JSPromise<TfHandModel> load(String url) {
        Tf.registerUnusedKernels(UNUSED_OPS);
        return Tf.loadGraphModel(url, fraction -> { }).then(TfHandModel::new);
    }

    /**
     * The hands in {@code source} (an ImageBitmap or canvas) of {@code width} × {@code height},
     * drawn letterboxed into the detector's square by {@code faces}' staging.
     */
    public JSPromise<List<Hand>> detect(TfFaceModels faces, JSObject source, int width, int height) {
        RotatedRect square = Letterbox.square(width, height, 0);
        Float32Array values = faces.pixels(source, width, height, square, HandDetector.INPUT_SIZE);
        Tensor input = Tf.image(values, HandDetector.INPUT_SIZE);
        return model.executeAsync(input, outputs).then(result -> {
            try {
                float[] scores = result.get(0).dataSync().copyToJavaArray();
                float[] boxes = result.get(1).dataSync().copyToJavaArray();
                return HandDetector.decode(scores, boxes, square, width, height);
            } finally {
                result.get(0).dispose();
                result.get(1).dispose();
            }
        }).onSettled(() -> {
            input.dispose();
            return null;
        });
    }
}
