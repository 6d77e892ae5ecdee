package app.maskai.core.detect;

/**
 * SSD anchor centres, as MediaPipe's SsdAnchorsCalculator makes them (ssd_anchors_calculator.cc,
 * ported in tfjs-models shared/calculators/create_ssd_anchors.ts).
 *
 * <p>Consecutive layers with the same stride share one feature map; each cell of that map gets one
 * anchor per (layer × aspect ratio), plus one interpolated-scale anchor per layer when
 * interpolatedScaleAspectRatio &gt; 0. Cells are visited row by row; a cell's centre is
 * ((x + 0.5) / mapWidth, (y + 0.5) / mapHeight) with mapWidth = ceil(inputWidth / stride),
 * mapHeight = ceil(inputHeight / stride). The face
 * detectors use a single aspect ratio (1.0) and a fixed anchor size of 1, so anchor sizes and
 * scales (minScale 0.1484375, maxScale 0.75) do not reach the decoded boxes and are not computed.
 */
public final class Anchors {
    /** anchorOffsetX/Y in the detectors' anchor configs. */
    private static final double OFFSET = 0.5;
    /** aspectRatios: [1.0] in both detectors' anchor configs. */
    private static final int ASPECT_RATIOS = 1;

    private Anchors() {
    }

    /** Anchor centres for the spec: (x, y) pairs normalised to 0..1, in model output order. */
    public static float[] generate(DetectorSpec spec) {
        int layers = spec.layerCount();
        int total = 0;
        for (int pass = 0; pass < 2; pass++) {
            // Pass 0 counts, pass 1 fills.
            float[] out = pass == 0 ? null : new float[2 * total];
            int n = 0;
            int layer = 0;
            while (layer < layers) {
                int perCell = 0;
                int last = layer;
                while (last < layers && spec.stride(last) == spec.stride(layer)) {
                    perCell += ASPECT_RATIOS;
                    if (spec.interpolatedScaleAspectRatio() > 0) {
                        perCell++;
                    }
                    last++;
                }
                int stride = spec.stride(layer);
                int mapHeight = (spec.inputHeight + stride - 1) / stride;
                int mapWidth = (spec.inputWidth + stride - 1) / stride;
                for (int y = 0; y < mapHeight; y++) {
                    for (int x = 0; x < mapWidth; x++) {
                        float cx = (float) ((x + OFFSET) / mapWidth);
                        float cy = (float) ((y + OFFSET) / mapHeight);
                        for (int k = 0; k < perCell; k++) {
                            if (out != null) {
                                out[2 * n] = cx;
                                out[2 * n + 1] = cy;
                            }
                            n++;
                        }
                    }
                }
                layer = last;
            }
            if (out != null) {
                return out;
            }
            total = n;
        }
        throw new AssertionError("unreachable");
    }
}
