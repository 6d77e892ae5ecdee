package app.maskai.core.pipeline;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.detect.Letterbox;
import app.maskai.core.geometry.RotatedRect;

/**
 * The scales at which the upright search for faces ({@link FacePipeline#detect}) runs the
 * short-range detector: first the reference's own step, the whole photo letterboxed into the
 * detector's trained 128² input; then, for smaller faces, the whole photo again at a larger
 * scale, on an input of the photo's own shape whose long side is chosen for the narrowest face
 * the search looks for.
 *
 * <p><b>Why larger inputs, not tiles.</b> The short-range graph is fully convolutional: it runs
 * on any input whose sides are multiples of 16 once its input shape is opened
 * ({@link DetectorSpec#atInput}), and a face gives the same outputs at the same size in the
 * input's pixels. Its cost is the input's pixels, whatever their layout. Measured (2026-12-07,
 * TF.js 4.22 wasm, 2 cores, the benchmark's floor part, medians): 2.65 ms for one 128² input;
 * batches of 4, 9 and 20 of them 2.09–2.11 ms per 128² of pixels; single inputs of 224², 208×160,
 * 320×240, 512×384 and 640×480 2.07–2.28 ms per 128². The tiles this replaces (2×2 to 6×6 grids of
 * 128² inputs, each tile 1.25/g of the long side) paid for their overlap and for their whole
 * number of steps: a medium shot's face (about 100 px wide in a 512-px photo) needs faces half as
 * wide looked for, which 2×2 tiles (51 px) did not quite reach, so it paid 3×3 tiles, 9 inputs,
 * 18.7 ms; the same reach at a scale chosen for it is one 224² input, 6.7 ms. A larger input also
 * has no tile edges to cut a face and no overlaps to find it twice.
 *
 * <p><b>The floor.</b> The face width, in the input's pixels, at which the short range's best
 * score crosses its threshold (0.5). Measured (2026-12-02, models/): the astronaut drawn on grey
 * so that its face is 3 to 20 % of the 128² input's side, the best anchor's score:
 *
 * <pre>
 *   face / side   3 %    4 %    5 %    6 %    8 %   10 %   12 %   14 %   17 %   20 %
 *   short range  0.28   0.27   0.36   0.22   0.36   0.38   0.62   0.83   0.93   0.94
 * </pre>
 *
 * On a clean background it sees faces from about 12 % of its input (15 px); on the group photos of
 * our own making (EveryFaceIT: soft-edged faces on the coffee photo, 500×375) it missed a 64-px
 * face at 12.8 %; so the floor used is 16 %: {@link #FLOOR_PIXELS}, 20.5 px. On tiles (2026-12-02,
 * the benchmark's 7 group photos, faces of 20 and 24 px) the best scores were 0.06–0.42 for 24-px
 * faces at 13 px in the input (3×3 tiles), 0.15–0.85 at 20 px (4×4), 0.60–0.88, every one found,
 * at 25 px (5×5) and 0.84–0.91 at 29 px (6×6). So the floor holds where a face is whole in the
 * input, and a step's input is sized to put the narrowest face looked for at
 * {@link #FLOOR_PIXELS}.
 *
 * <p>Whether the whole photo's own scores could tell that a step is needed (and spare a portrait
 * its search) was measured too (2026-12-02, the best anchor away from the faces found): the
 * astronaut 0.24, the camera photo 0.21, the no-face coffee photo 0.39, the cat 0.50; the small
 * faces (24–48 px) of group photos, on four backgrounds, 0.00–0.47 at their own anchors, most under
 * 0.1. The scores do not tell, so the sizes of the faces found decide ({@link FacePipeline#target}).
 */
final class SearchScale {
    /** The short-range detector's floor, as a fraction of its trained input's side (see above). */
    static final float SHORT_RANGE_FLOOR = 0.16f;
    /** The narrowest face the short range finds, in its input's pixels: 16 % of 128. */
    static final float FLOOR_PIXELS = SHORT_RANGE_FLOOR * 128;
    /**
     * The largest input side the search uses by default: faces down to 3.2 % of the photo's long
     * side (the 6×6 tiles it replaces reached 3.3 %), for at most 18.75× a 128² run (a 4:3 photo at
     * 640×480, about 39 ms) where the 6×6 tiles took 30 inputs.
     */
    static final int DEFAULT_MAX_SIDE = 640;

    /**
     * A step's input side is at least this many times the last one's: one that would look for
     * faces less than a fifth narrower than the last step saw costs at least 1.56× its pixels
     * for little (the cap, {@link PipelineOptions#searchSide}, can leave such a step).
     */
    static final float MIN_STEP = 1.25f;

    private SearchScale() {
    }

    /** The narrowest face, in the photo's pixels, the first (letterboxed 128²) step finds. */
    static float wholeReach(float longSide) {
        return SHORT_RANGE_FLOOR * longSide;
    }

    /** The narrowest face, in the photo's pixels, a step of input long side {@code side} finds. */
    static float reach(int side, float longSide) {
        return FLOOR_PIXELS * longSide / side;
    }

    /**
     * The input long side that puts faces {@code target} pixels wide (in a photo of that long side)
     * at the floor: rounded up to the detector's stride, so that it reaches at least that far.
     */
    static int sideFor(float target, float longSide) {
        int step = DetectorSpec.SHORT_RANGE.largestStride();
        double side = FLOOR_PIXELS * (double) longSide / target;
        return (int) Math.ceil(side / step - 1e-6) * step;
    }

    /** The detector's input for the whole image at long side {@code side}: each side rounded up to 16. */
    static DetectorSpec spec(int side, int imageWidth, int imageHeight) {
        int step = DetectorSpec.SHORT_RANGE.largestStride();
        double scale = (double) side / Math.max(imageWidth, imageHeight);
        int width = Math.max(step, (int) Math.ceil(imageWidth * scale / step - 1e-6) * step);
        int height = Math.max(step, (int) Math.ceil(imageHeight * scale / step - 1e-6) * step);
        return DetectorSpec.SHORT_RANGE.atInput(width, height);
    }

    /**
     * The region of the image that {@code spec}'s input (from {@link #spec}) shows: centred on the
     * image, at the input's scale; what the rounding adds lies outside the image (black, as the
     * letterbox's border).
     */
    static RotatedRect region(DetectorSpec spec, int side, int imageWidth, int imageHeight) {
        float perPixel = (float) Math.max(imageWidth, imageHeight) / side;
        return new RotatedRect(0.5f * imageWidth, 0.5f * imageHeight, spec.inputWidth * perPixel,
                spec.inputHeight * perPixel, 0f);
    }

    /** The first step's region: the whole image letterboxed into the trained square. */
    static RotatedRect whole(int imageWidth, int imageHeight) {
        return Letterbox.square(imageWidth, imageHeight, 0f);
    }
}
