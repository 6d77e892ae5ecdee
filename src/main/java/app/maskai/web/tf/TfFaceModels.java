package app.maskai.web.tf;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.geometry.CropTransform;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.pipeline.Face;
import app.maskai.core.pipeline.FaceModels;
import app.maskai.core.pipeline.FacePipeline;
import app.maskai.core.pipeline.PipelineOptions;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * Runs the core's {@link FacePipeline} with TF.js: every crop is a {@code tf.image.transform}
 * of one image tensor (no pixel loops in Java), every model call is scoped so that no tensor
 * outlives it, on success or failure.
 */
public final class TfFaceModels implements FaceModels {
    private final GraphModel shortRange;
    private final GraphModel fullRange;
    private final GraphModel mesh;
    private final JSArrayReader<JSString> meshOutputs;
    private final JSObject pixelReader = Tf.pixelReader();

    /** The image being processed, [1, h, w, 3] float 0..255; only set inside {@link #detect}. */
    private Tensor image;
    private int imageWidth;
    private int imageHeight;

    public TfFaceModels(GraphModel shortRange, GraphModel fullRange, GraphModel mesh) {
        this.shortRange = shortRange;
        this.fullRange = fullRange;
        this.mesh = mesh;
        JSArray<JSString> outputs = JSArray.create();
        outputs.push(JSString.valueOf(LandmarkModel.MESH_OUTPUT));
        outputs.push(JSString.valueOf(LandmarkModel.FACE_FLAG_OUTPUT));
        this.meshOutputs = outputs;
    }

    /**
     * Finds the faces in {@code source} (an ImageBitmap or canvas of the inference size).
     * Coordinates come back multiplied by {@code toOriginal}.
     */
    public java.util.List<Face> detect(JSObject source, int width, int height, float toOriginal,
            PipelineOptions options) {
        return withImage(source, width, height, models -> FacePipeline.detect(models, width, height, toOriginal,
                options));
    }

    /**
     * Runs {@code work} with {@code source} (an ImageBitmap, canvas or playing video of
     * width×height) as these models' current image, inside one tensor scope: the live tracker's
     * way in (app.maskai.web.live).
     */
    public <T> T withImage(JSObject source, int width, int height, java.util.function.Function<FaceModels, T> work) {
        return withPixels(null, source, width, height, work);
    }

    /** As {@link #withImage}, for RGBA bytes (width×height×4) already read. */
    public <T> T withRgba(JSObject rgba, int width, int height, java.util.function.Function<FaceModels, T> work) {
        return withPixels(rgba, null, width, height, work);
    }

    /** This model's 2D context for reading pixels (see {@link Tf#pixelReader()}). */
    public JSObject pixelReader() {
        return pixelReader;
    }

    private <T> T withPixels(JSObject rgba, JSObject source, int width, int height,
            java.util.function.Function<FaceModels, T> work) {
        Tf.startScope();
        try {
            image = rgba != null ? Tf.rgbaTensor(rgba, width, height) : Tf.imageTensor(pixelReader, source, width, height);
            imageWidth = width;
            imageHeight = height;
            return work.apply(this);
        } finally {
            image = null;
            Tf.endScope();
        }
    }

    /** Runs each model once on zeros, so the first real call does not pay for shader or kernel setup. */
    public void warmUp() {
        Tf.startScope();
        try {
            shortRange.execute(Tf.zeros(1, DetectorSpec.SHORT_RANGE.inputSize, DetectorSpec.SHORT_RANGE.inputSize, 3),
                    DetectorSpec.SHORT_RANGE.outputNode).dataSync();
            fullRange.execute(Tf.zeros(1, DetectorSpec.FULL_RANGE.inputSize, DetectorSpec.FULL_RANGE.inputSize, 3),
                    DetectorSpec.FULL_RANGE.outputNode).dataSync();
            mesh.execute(Tf.zeros(1, LandmarkModel.INPUT_SIZE, LandmarkModel.INPUT_SIZE, 3), meshOutputs)
                    .get(0).dataSync();
        } finally {
            Tf.endScope();
        }
    }

    @Override
    public float[] runDetector(DetectorSpec spec, RotatedRect inputRect) {
        Tf.startScope();
        try {
            Tensor crop = crop(inputRect, spec.inputSize, "constant");
            // Detector input range [-1, 1]; the zero border becomes -1 as in the reference.
            Tensor input = Tf.normalize(crop, 127.5, 1);
            GraphModel model = spec == DetectorSpec.FULL_RANGE ? fullRange : shortRange;
            return model.execute(input, spec.outputNode).dataSync().copyToJavaArray();
        } finally {
            Tf.endScope();
        }
    }

    @Override
    public float runLandmarks(RotatedRect roi, float[] meshDest) {
        Tf.startScope();
        try {
            Tensor input = Tf.normalize(crop(roi, LandmarkModel.INPUT_SIZE, "nearest"), 255, 0);
            JSArrayReader<Tensor> outputs = mesh.execute(input, meshOutputs);
            float[] raw = outputs.get(0).dataSync().copyToJavaArray();
            System.arraycopy(raw, 0, meshDest, 0, Math.min(raw.length, meshDest.length));
            return outputs.get(1).dataSync().get(0);
        } finally {
            Tf.endScope();
        }
    }

    private Tensor crop(RotatedRect rect, int size, String fillMode) {
        float[] coefficients = CropTransform.forRect(rect, imageWidth, imageHeight, size, size);
        return Tf.transform(image, Float32Array.copyFromJavaArray(coefficients), fillMode, size, size);
    }
}
