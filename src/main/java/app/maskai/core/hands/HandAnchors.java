package app.maskai.core.hands;

/**
 * The hand detector's anchors, for a square input of any side that is a multiple of 32.
 *
 * <p>HandTrack is an SSD with a MobileNetV2 FPN-lite feature extractor, trained and exported by
 * the TensorFlow Object Detection API at 320 × 320. Its anchors come from that API's
 * multiscale grid generator: feature levels 3 to 7 (strides 8 to 128), at each cell six anchors,
 * for the aspect ratios (width / height) 1, 2 and 0.5 in turn, each at the scales 1 and √2 (two
 * scales an octave) of four times the level's stride; a level's cell centres lie half a stride
 * in where the input's side is a multiple of the stride, on the grid's lines otherwise. The
 * exported graph holds them as constants for 320 only, quantized to 8 bits as every weight of
 * the TF.js conversion is (centres to 1.2 px, sizes to 3.9 px); {@code HandAnchorsTest} checks
 * that these anchors, quantized the same way, are those constants value for value. MaskAI
 * decodes the detector's raw outputs against these exact anchors instead, which lets it run the
 * same weights on a smaller input ({@link HandDetector#INPUT_SIZE}).
 */
public final class HandAnchors {
    static final int MIN_LEVEL = 3;
    static final int MAX_LEVEL = 7;
    static final float ANCHOR_SCALE = 4;
    static final float[] SCALES = {1, (float) Math.sqrt(2)};
    static final float[] ASPECT_RATIOS = {1, 2, 0.5f};
    /** Anchors at each cell of each level. */
    public static final int PER_CELL = SCALES.length * ASPECT_RATIOS.length;

    private HandAnchors() {
    }

    /** How many anchors an input of {@code side} pixels has. */
    public static int count(int side) {
        int cells = 0;
        for (int level = MIN_LEVEL; level <= MAX_LEVEL; level++) {
            int n = cellsAcross(side, level);
            cells += n * n;
        }
        return cells * PER_CELL;
    }

    /**
     * Every anchor of an input of {@code side} pixels, in the detector's order (level, row,
     * column, aspect ratio, scale): centre y, centre x, height, width, as fractions of the side.
     */
    public static float[] of(int side) {
        if (side <= 0 || side % (1 << (MIN_LEVEL + 2)) != 0) {
            throw new IllegalArgumentException("the hand detector's input side must be a positive multiple of 32: "
                    + side);
        }
        float[] anchors = new float[4 * count(side)];
        int i = 0;
        for (int level = MIN_LEVEL; level <= MAX_LEVEL; level++) {
            int stride = 1 << level;
            int n = cellsAcross(side, level);
            float offset = side % stride == 0 ? stride / 2f : 0;
            float base = stride * ANCHOR_SCALE;
            for (int row = 0; row < n; row++) {
                for (int column = 0; column < n; column++) {
                    for (float ratio : ASPECT_RATIOS) {
                        float root = (float) Math.sqrt(ratio);
                        for (float scale : SCALES) {
                            anchors[i++] = (row * stride + offset) / side;
                            anchors[i++] = (column * stride + offset) / side;
                            anchors[i++] = scale / root * base / side;
                            anchors[i++] = scale * root * base / side;
                        }
                    }
                }
            }
        }
        return anchors;
    }

    /** Cells across one side at {@code level}: the side halved level times, rounded up (SAME padding). */
    static int cellsAcross(int side, int level) {
        int stride = 1 << level;
        return (side + stride - 1) / stride;
    }
}
