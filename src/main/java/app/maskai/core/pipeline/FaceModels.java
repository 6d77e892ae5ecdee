package app.maskai.core.pipeline;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.geometry.RotatedRect;

/**
 * The two face models run on the current image, synchronously. The browser edge implements this
 * with TF.js; tests implement it with fakes.
 *
 * <p>Both methods resample a {@link RotatedRect} of the image (in the image's pixels) through the
 * crop's matrix ({@link app.maskai.core.geometry.CropTransform}: the points the reference's
 * convert_image_to_tensor.ts samples with tf.image.transform), bilinear, into a size² input;
 * the browser edge draws that crop straight from the photo and reads only its pixels.
 */
public interface FaceModels {
    /**
     * Resamples {@code inputRect} of the current image to spec.inputSize² (fill mode 'constant',
     * zero border), maps pixel values from [0, 255] to [−1, 1], executes the detector and returns
     * its {@code spec.outputNode} output: spec.anchorCount × 17 floats.
     */
    float[] runDetector(DetectorSpec spec, RotatedRect inputRect);

    /**
     * Resamples {@code roi} to 192² (fill mode 'nearest', replicating the border), maps pixel values
     * from [0, 255] to [0, 1], executes the landmark model, writes the 1404 values of output_mesh
     * ("Identity_2:0") to {@code meshDest} and returns output_faceflag ("Identity_1:0") as the model
     * gives it. For the bundled facemesh.json that value is already a probability (the graph ends
     * in a sigmoid); see {@link app.maskai.core.landmarks.FacePresence}.
     */
    float runLandmarks(RotatedRect roi, float[] meshDest);

    /**
     * {@link #runDetector} on each of {@code inputRects}, in order: one batch, where the models can
     * run one (the real ones do, at about 0.7× the cost per input of single runs: see
     * {@link FacePipeline}).
     */
    default float[][] runDetectorBatch(DetectorSpec spec, RotatedRect[] inputRects) {
        float[][] raw = new float[inputRects.length][];
        for (int i = 0; i < inputRects.length; i++) {
            raw[i] = runDetector(spec, inputRects[i]);
        }
        return raw;
    }

    /**
     * {@link #runLandmarks} on each of {@code rois}, in order, as one batch where the model can:
     * writes roi i's mesh to {@code meshDest[i]} and returns the face flags.
     */
    default float[] runLandmarksBatch(RotatedRect[] rois, float[][] meshDest) {
        float[] presence = new float[rois.length];
        for (int i = 0; i < rois.length; i++) {
            presence[i] = runLandmarks(rois[i], meshDest[i]);
        }
        return presence;
    }

    /**
     * Whether {@code spec}'s detector can run now (a model still loading cannot); the pipeline skips
     * the steps of one that cannot.
     */
    default boolean hasDetector(DetectorSpec spec) {
        return true;
    }
}
