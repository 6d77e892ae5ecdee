package app.maskai.web.tf;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.geometry.CropTransform;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.pipeline.Face;
import app.maskai.core.pipeline.FaceModels;
import app.maskai.core.pipeline.FacePipeline;
import app.maskai.core.pipeline.PipelineOptions;
import app.maskai.web.dom.Images;
import java.util.List;
import java.util.function.Function;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * Runs the core's {@link FacePipeline} with TF.js. Every model input is a crop drawn straight from
 * the image (a bitmap, canvas, video frame or video) through the crop's matrix into a canvas of
 * the model's input size, and only those 128² or 192² pixels are read: the image's own pixels are
 * never read into JavaScript or a tensor, whatever its size. Every model call is scoped so that no
 * tensor outlives it, on success or failure.
 */
public final class TfFaceModels implements FaceModels {
    /** Detector input: (v / 127.5) − 1, so a zero border becomes −1 as in the reference. */
    private static final double DETECTOR_SCALE = 1 / 127.5;
    private static final double DETECTOR_OFFSET = -1;
    /** Landmark model input: v / 255. */
    private static final double LANDMARK_SCALE = 1 / 255.0;
    /**
     * Below this magnification a crop is drawn smoothed (mipmapped) rather than by bilinear
     * sampling alone, which reads only 2×2 of every n×n pixels and aliases.
     */
    private static final double MAX_BILINEAR_SHRINK = 0.5;
    /**
     * An image of at most this many pixels is drawn once into memory and cropped there; a larger
     * one is cropped where it is. Measured (2 cores, SwiftShader): reading a source back from the
     * GPU costs about 5.5 ms a megapixel, a crop drawn on the GPU side 3.5 ms, one from memory
     * 0.3 ms, one straight from a camera frame about 1 ms (the frame is converted from YUV whole
     * each time); a detect takes 2 to 5 crops, a tracked video frame 1 or 2.
     */
    private static final long MAX_STAGED_PIXELS = 2_000_000;

    private final GraphModel shortRange;
    private final GraphModel mesh;
    private final JSArrayReader<JSString> meshOutputs;
    private final JSObject inMemoryCrop = Tf.cropContext(true);
    private final JSObject gpuCrop = Tf.cropContext(false);
    private final JSObject stage = Tf.cropContext(true);

    /** The current image, whether its pixels are in memory, and its size; only set inside {@link #withImage}. */
    private JSObject image;
    private boolean inMemory;
    /** Milliseconds spent drawing and reading crops in the current (or last) {@link #withImage}. */
    private double cropMs;
    private int imageWidth;
    private int imageHeight;
    /**
     * Reused on every call, so that a tracked video frame makes no new crop arrays: the models'
     * input values (one array per model, kept while the batch size stays; TF.js's wasm backend
     * copies them into its own memory, and every tensor made from them is disposed before they are
     * written again), the crop's coefficients and matrix, a rectangle's corners, and the
     * one-region batch of {@link #runLandmarks}.
     */
    private Float32Array detectorValues;
    private Float32Array landmarkValues;
    private final float[] coefficients = new float[8];
    private final double[] matrix = new double[6];
    private final Float64Array matrixValues = new Float64Array(6);
    private final float[] corners = new float[8];
    private final RotatedRect[] oneRegion = new RotatedRect[1];
    private final float[][] oneMesh = new float[1][];

    public TfFaceModels(GraphModel shortRange, GraphModel mesh) {
        this.shortRange = shortRange;
        this.mesh = mesh;
        JSArray<JSString> outputs = JSArray.create();
        outputs.push(JSString.valueOf(LandmarkModel.MESH_OUTPUT));
        outputs.push(JSString.valueOf(LandmarkModel.FACE_FLAG_OUTPUT));
        this.meshOutputs = outputs;
    }

    /**
     * Finds the faces in {@code source} (an ImageBitmap or canvas), drawn at width×height for
     * inference. Coordinates come back multiplied by {@code toOriginal}.
     */
    public List<Face> detect(JSObject source, int width, int height, float toOriginal, PipelineOptions options) {
        return withImage(source, width, height, models -> FacePipeline.detect(models, width, height, toOriginal,
                options));
    }

    /**
     * Runs {@code work} with {@code source} (an ImageBitmap, canvas, VideoFrame or playing video),
     * drawn at width×height, as these models' current image: the live tracker's way in.
     */
    public <T> T withImage(JSObject source, int width, int height, Function<FaceModels, T> work) {
        image = source;
        inMemory = Images.inMemory(source);
        cropMs = 0;
        if ((long) width * height <= MAX_STAGED_PIXELS) {
            // Read (or convert) it once, and draw every crop from memory.
            double start = Tf.now();
            image = Tf.stage(stage, source, width, height);
            inMemory = true;
            cropMs = Tf.now() - start;
        }
        imageWidth = width;
        imageHeight = height;
        Tf.startScope();
        try {
            return work.apply(this);
        } finally {
            image = null;
            Tf.endScope();
        }
    }

    /**
     * {@code rect} of {@code source} (drawn at width × height) as a new size × size RGB array of
     * 0..255 values, the part outside the image black: another model's input, cropped as the
     * face models' are.
     */
    public Float32Array pixels(JSObject source, int width, int height, RotatedRect rect, int size) {
        return pixels(source, width, height, rect, size, 1, 0);
    }

    /** The same, each value times {@code scale} plus {@code offset} (another model's own input range). */
    public Float32Array pixels(JSObject source, int width, int height, RotatedRect rect, int size, double scale,
            double offset) {
        Float32Array values = new Float32Array(size * size * 3);
        withImage(source, width, height, models -> {
            crop(rect, size, size, scale, offset, false, values, 0);
            return null;
        });
        return values;
    }

    /** Runs each model once on zeros, so the first real call does not pay for kernel setup. */
    public void warmUp() {
        Tf.startScope();
        try {
            shortRange.execute(Tf.zeros(1, DetectorSpec.SHORT_RANGE.inputSize, DetectorSpec.SHORT_RANGE.inputSize, 3),
                    DetectorSpec.SHORT_RANGE.outputNode).dataSync();
            mesh.execute(Tf.zeros(1, LandmarkModel.INPUT_SIZE, LandmarkModel.INPUT_SIZE, 3), meshOutputs)
                    .get(0).dataSync();
        } finally {
            Tf.endScope();
        }
    }

    @Override
    public float[] runDetector(DetectorSpec spec, RotatedRect inputRect) {
        return runDetectorBatch(spec, new RotatedRect[] {inputRect})[0];
    }

    /** All of {@code inputRects} in one execute(): see FaceModels.runDetectorBatch. */
    @Override
    public float[][] runDetectorBatch(DetectorSpec spec, RotatedRect[] inputRects) {
        int n = inputRects.length;
        Tf.startScope();
        try {
            Float32Array values = detectorValues = sized(detectorValues, n * spec.inputWidth * spec.inputHeight * 3);
            for (int i = 0; i < n; i++) {
                crop(inputRects[i], spec.inputWidth, spec.inputHeight, DETECTOR_SCALE, DETECTOR_OFFSET, false, values,
                        i);
            }
            float[] all = shortRange.execute(Tf.batch(values, n, spec.inputWidth, spec.inputHeight), spec.outputNode)
                    .dataSync()
                    .copyToJavaArray();
            int each = spec.anchorCount * DetectorSpec.VALUES_PER_ANCHOR;
            float[][] raw = new float[n][];
            for (int i = 0; i < n; i++) {
                raw[i] = new float[each];
                System.arraycopy(all, i * each, raw[i], 0, each);
            }
            return raw;
        } finally {
            Tf.endScope();
        }
    }

    @Override
    public float runLandmarks(RotatedRect roi, float[] meshDest) {
        oneRegion[0] = roi;
        oneMesh[0] = meshDest;
        try {
            return runLandmarksBatch(oneRegion, oneMesh)[0];
        } finally {
            oneRegion[0] = null;
            oneMesh[0] = null;
        }
    }

    /** All of {@code rois} in one execute(): see FaceModels.runLandmarksBatch. */
    @Override
    public float[] runLandmarksBatch(RotatedRect[] rois, float[][] meshDest) {
        int n = rois.length;
        int size = LandmarkModel.INPUT_SIZE;
        Tf.startScope();
        try {
            Float32Array values = landmarkValues = sized(landmarkValues, n * size * size * 3);
            for (int i = 0; i < n; i++) {
                crop(rois[i], size, size, LANDMARK_SCALE, 0, !inside(rois[i]), values, i);
            }
            JSArrayReader<Tensor> outputs = mesh.execute(Tf.batch(values, n, size), meshOutputs);
            float[] raw = outputs.get(0).dataSync().copyToJavaArray();
            float[] flags = outputs.get(1).dataSync().copyToJavaArray();
            for (int i = 0; i < n; i++) {
                System.arraycopy(raw, i * LandmarkModel.MESH_VALUES, meshDest[i], 0,
                        Math.min(LandmarkModel.MESH_VALUES, meshDest[i].length));
            }
            return flags;
        } finally {
            Tf.endScope();
        }
    }

    /** Time the last {@link #withImage} spent drawing and reading its crops, in milliseconds. */
    public double cropMilliseconds() {
        return cropMs;
    }

    /** Draws one crop into batch entry {@code entry} of {@code values}. */
    private void crop(RotatedRect rect, int width, int height, double scale, double offset, boolean replicateEdges,
            Float32Array values, int entry) {
        double start = Tf.now();
        CropTransform.forRect(rect, imageWidth, imageHeight, width, height, coefficients);
        CropTransform.canvasMatrix(coefficients, matrix);
        for (int i = 0; i < matrix.length; i++) {
            matrixValues.set(i, matrix[i]);
        }
        // Output pixels per image pixel: the matrix's scale (its columns' length).
        double magnification = Math.sqrt(Math.abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]));
        // Mipmapped smoothing costs little for a source in memory; for one on the GPU it meant
        // reading it all back (35 ms for a 3-megapixel canvas), so there bilinear sampling stays.
        boolean smooth = inMemory && magnification < MAX_BILINEAR_SHRINK;
        Tf.crop(inMemory ? inMemoryCrop : gpuCrop, image, imageWidth, imageHeight,
                matrixValues, width, height, scale, offset, replicateEdges, smooth, values, entry);
        cropMs += Tf.now() - start;
    }

    /** {@code values} if it holds {@code length} floats, else a new array that does. */
    private static Float32Array sized(Float32Array values, int length) {
        return values != null && values.getLength() == length ? values : new Float32Array(length);
    }

    /** Whether {@code rect} lies within the image, so that no border needs filling. */
    private boolean inside(RotatedRect rect) {
        rect.corners(corners);
        for (int i = 0; i < corners.length; i += 2) {
            if (corners[i] < 0 || corners[i] > imageWidth || corners[i + 1] < 0 || corners[i + 1] > imageHeight) {
                return false;
            }
        }
        return true;
    }
}
