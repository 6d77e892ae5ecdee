package app.maskai.core.detect;

/**
 * One BlazeFace detector model and the constants its weights were trained with.
 *
 * <p>Numbers from MediaPipe's face_detection_short_range graph as
 * ported in @tensorflow-models/face-detection 1.0.3 (src/tfjs/constants.ts: anchor configs,
 * TensorsToDetections configs, NMS config) and shared/models/README.md.
 *
 * <p>Raw output layout per anchor ({@link #VALUES_PER_ANCHOR} floats): the score logit first, then
 * box x centre, y centre, width, height, then 6 key points (x, y), all in input pixels relative to
 * the anchor centre. The logit comes first because the graph concatenates the classifier head
 * before the regressor head (facemesh-detection-*.json: .../classificators/concat, then
 * .../regressors/concat; tfjs-models split_detection_result.ts reads the logit at index 0).
 */
public final class DetectorSpec {
    /** Floats per anchor in the raw output: 1 logit + 4 box values + 6 key points × 2. */
    public static final int VALUES_PER_ANCHOR = 17;

    /**
     * The short-range detector: 128×128 input, 4 layers with strides 8, 16, 16, 16 and an
     * interpolated scale (2 anchors per cell): 16×16×2 + 8×8×6 = 896 anchors; keeps scores ≥ 0.5.
     */
    public static final DetectorSpec SHORT_RANGE = new DetectorSpec("short-range", 128,
            new int[] {8, 16, 16, 16}, 1.0f, 896, 0.5f, "facemesh-detection-short.json", "Identity:0");

    /** A short name for diagnostics. */
    public final String name;
    /** Side of the square input the weights were trained on, in pixels. */
    public final int inputSize;
    /**
     * This spec's input, in pixels: the trained square ({@link #inputSize}), or another size given
     * by {@link #atInput}.
     */
    public final int inputWidth;
    public final int inputHeight;
    /** Number of anchors, equal to the number of rows in the raw output. */
    public final int anchorCount;
    /** Detections scoring below this (after the sigmoid) are dropped. */
    public final float minScore;
    /** Model file name in the models folder. */
    public final String modelFile;
    /** Graph node to execute and read. */
    public final String outputNode;
    /** Non-maximum suppression IoU threshold (DETECTOR_NON_MAX_SUPPRESSION_CONFIG: 0.3). */
    public final float iouThreshold;
    /** Logits are clipped to ±this before the sigmoid (scoreClippingThresh: 100). */
    public final float scoreClip;

    private final int[] strides;
    private final float interpolatedScaleAspectRatio;
    private final float[] anchors;

    private DetectorSpec(String name, int inputSize, int[] strides,
            float interpolatedScaleAspectRatio, int anchorCount, float minScore, String modelFile,
            String outputNode) {
        this(name, inputSize, inputSize, inputSize, strides, interpolatedScaleAspectRatio, anchorCount, minScore,
                modelFile, outputNode);
    }

    private DetectorSpec(String name, int inputSize, int inputWidth, int inputHeight, int[] strides,
            float interpolatedScaleAspectRatio, int anchorCount, float minScore, String modelFile,
            String outputNode) {
        this.name = name;
        this.inputSize = inputSize;
        this.inputWidth = inputWidth;
        this.inputHeight = inputHeight;
        this.strides = strides;
        this.interpolatedScaleAspectRatio = interpolatedScaleAspectRatio;
        this.anchorCount = anchorCount;
        this.minScore = minScore;
        this.modelFile = modelFile;
        this.outputNode = outputNode;
        this.iouThreshold = 0.3f;
        this.scoreClip = 100f;
        this.anchors = Anchors.generate(this);
        if (anchors.length != 2 * anchorCount) {
            throw new IllegalStateException(name + ": anchor config gives " + anchors.length / 2
                    + " anchors, expected " + anchorCount);
        }
    }

    /**
     * The same detector on a width × height input. The graph is fully convolutional (its reshapes
     * take the anchor count from the feature maps), so it runs on any input whose sides are
     * multiples of its largest stride, once the model's input shape is opened
     * (web.tf.ModelFiles); the anchors then cover that input's grid, and a face of a given size
     * in the input's pixels gives the same outputs as in the 128² one. Anchors are made anew for
     * each size (16,800 at 640×480: well under a millisecond).
     *
     * @throws IllegalArgumentException unless both sides are positive multiples of the largest stride
     */
    public DetectorSpec atInput(int width, int height) {
        if (width == inputWidth && height == inputHeight) {
            return this;
        }
        int step = largestStride();
        if (width <= 0 || height <= 0 || width % step != 0 || height % step != 0) {
            throw new IllegalArgumentException(name + ": input sides must be positive multiples of " + step + ", got "
                    + width + "x" + height);
        }
        int count = 0;
        int layer = 0;
        while (layer < strides.length) {
            int perCell = 0;
            int last = layer;
            while (last < strides.length && strides[last] == strides[layer]) {
                perCell += interpolatedScaleAspectRatio > 0 ? 2 : 1;
                last++;
            }
            count += (width / strides[layer]) * (height / strides[layer]) * perCell;
            layer = last;
        }
        return new DetectorSpec(name, inputSize, width, height, strides, interpolatedScaleAspectRatio, count, minScore,
                modelFile, outputNode);
    }

    /** The largest anchor stride: input sides must be multiples of it. */
    public int largestStride() {
        int largest = 0;
        for (int stride : strides) {
            largest = Math.max(largest, stride);
        }
        return largest;
    }

    /** Strides of the anchor layers, in input pixels (a copy). */
    public int[] strides() {
        return strides.clone();
    }

    int stride(int layer) {
        return strides[layer];
    }

    int layerCount() {
        return strides.length;
    }

    /** Aspect ratio of the extra interpolated-scale anchor per layer; 0 means none. */
    public float interpolatedScaleAspectRatio() {
        return interpolatedScaleAspectRatio;
    }

    /**
     * Anchor centres as (x, y) pairs normalised to 0..1 of the input, in the model's output order.
     * Anchor size is fixed at 1 (fixedAnchorSize), so only centres are kept. Computed once; the
     * array is shared: do not modify it.
     */
    public float[] anchors() {
        return anchors;
    }

    @Override
    public String toString() {
        return inputWidth == inputSize && inputHeight == inputSize ? name
                : name + " " + inputWidth + "x" + inputHeight;
    }
}
