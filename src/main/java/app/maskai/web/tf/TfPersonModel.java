package app.maskai.web.tf;

import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.hair.HairMatte;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The person segmentation (MediaPipe's selfie segmentation, models/selfie.json, 0.3 MB), loaded
 * the first time a photo's hair is looked for and kept offline after. Runs on the page's TF.js
 * backend, with the face models' image staging.
 */
public final class TfPersonModel {
    private final GraphModel model;

    private TfPersonModel(GraphModel model) {
        this.model = model;
    }

    /** Loads the model from {@code url} (models/selfie.json). */
    public static JSPromise<TfPersonModel> load(String url) {
        return Tf.loadGraphModel(url, fraction -> { }).then(TfPersonModel::new);
    }

    /**
     * The person's probability on a {@link HairMatte#SEGMENTATION_SIZE}² raster over {@code square}
     * (upright) of {@code source} (drawn at width × height), its tensors freed however it ends.
     */
    public float[] segment(TfFaceModels faces, JSObject source, int width, int height, RotatedRect square) {
        int size = HairMatte.SEGMENTATION_SIZE;
        Float32Array values = faces.pixels(source, width, height, square, size, 1 / 255.0, 0);
        Tf.startScope();
        try {
            return model.execute(Tf.batch(values, 1, size), HairMatte.SEGMENTATION_OUTPUT).dataSync()
                    .copyToJavaArray();
        } finally {
            Tf.endScope();
        }
    }
}
