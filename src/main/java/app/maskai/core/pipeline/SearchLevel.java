package app.maskai.core.pipeline;

import app.maskai.core.detect.DetectorSpec;

/**
 * One step of the upright search for faces ({@link FacePipeline#detect}): a detector run on the
 * whole letterboxed photo or on a grid of tiles ({@link Tiles}), and the smallest face it finds.
 *
 * <p>The floors are the face width, as a fraction of the detector input's side, at which each
 * detector's best score crosses its own threshold (0.5 short range, 0.6 full range). Measured
 * (2026-12-02, TF.js 4.22 wasm, models/): the astronaut test photo drawn on grey so that its face
 * (the landmark box's width) is 3 to 20 % of the input's side, the best anchor's score:
 *
 * <pre>
 *   face / side   3 %    4 %    5 %    6 %    8 %   10 %   12 %   14 %   17 %   20 %
 *   short range  0.28   0.27   0.36   0.22   0.36   0.38   0.62   0.83   0.93   0.94
 *   full range   0.24   0.44   0.56   0.84   0.88   0.87   0.84   0.78   0.76   0.94
 * </pre>
 *
 * On a clean background the short-range detector sees faces from about 12 % of its input, the
 * full-range one from about 6 %. On the group photos of our own making (EveryFaceIT: soft-edged
 * faces on the coffee photo, 500×375) they need more: the short range missed a 64-px face
 * (12.8 %) that the full range found, and both missed a 48-px one (9.6 %) on the whole photo; so
 * the floors used are 16 % and 10 %. A tile is a smaller input: on a grid g, its side is 1.25/g of
 * the photo's long side, and its floor in the photo's pixels shrinks with it.
 *
 * <p>Cost, measured (TF.js wasm, 2 cores, one execute() of a batch): short range 5 ms for 1 input,
 * 8 for 2, 14–15 for 4 (3.5 ms an input); full range 21–24 ms for 1, 31–35 for 2 (about 11 ms an
 * input). So the search uses the short range on ever finer tiles (a 2×2 grid reaches faces 10 % of
 * the long side for 14 ms, where the full range on the whole photo reaches as far for 21–24 ms).
 *
 * <p>The full range on tiles does not pay either. Measured (2026-12-02, the benchmark's 7 group
 * photos: 500×375, the coffee photo behind, one face each of 20, 24, 32, 40, 48, 64 and 80 px),
 * the best score at each face of 20 and 24 px, per step:
 *
 * <pre>
 *   step              tiles at 4:3   tile side   24-px faces (7)      20-px faces (7)
 *   short 3×3              9            208       0.06–0.42            0.15–0.48
 *   short 4×4             12            156       0.15–0.85            0.27–0.72
 *   short 5×5             20            125       0.60–0.88 (all)      0.68–0.80 (all)
 *   short 6×6             30            104       0.84–0.91 (all)      0.77–0.88 (all)
 *   full 3×3               9            208       0.04–0.87 (3 of 7)   0.03–0.60
 *   full 4×4              12            156       0.33–0.93            0.40–0.87
 * </pre>
 *
 * The full range on 3×3 tiles, the last step before, found 3 of the 7 faces of 24 px; the short
 * range on 5×5 tiles scores every one of them over its threshold, reaches as far (faces 4.0 % of
 * the long side against 4.2 %) and costs less (20 runs of 3.5 ms against 9 of 11). So the full
 * range is no step of the search, and the app does not load it.
 *
 * <p>Whether the whole photo's own scores could tell that a step is needed (and spare a portrait
 * its tiles) was measured too (2026-12-02, the short range on the whole photo, the best anchor
 * away from the faces found): the astronaut 0.24, the camera photo 0.21, the no-face coffee photo
 * 0.39, the cat 0.50; the small faces (24–48 px) of group photos made as EveryFaceIT's, on four
 * backgrounds, 0.00–0.47 at their own anchors, most under 0.1. The scores do not tell, so the
 * sizes of the faces found decide.
 */
final class SearchLevel {
    /** The short-range detector's floor, as a fraction of its input's side (see above). */
    static final float SHORT_RANGE_FLOOR = 0.16f;
    /**
     * The steps, each reaching smaller faces than the one before (in % of the long side: 16, 10,
     * 6.7, 5, 4, 3.3): the short range on the whole photo (the reference's only step), then on 2×2
     * to 6×6 tiles. On a 500-px photo the 5×5 tiles reach faces of 20 px ({@code
     * FacePipeline.MIN_FACE_PIXELS}), so the 6×6 ones run only on larger photos.
     */
    static final SearchLevel[] LEVELS = {
            new SearchLevel(DetectorSpec.SHORT_RANGE, 1, SHORT_RANGE_FLOOR),
            new SearchLevel(DetectorSpec.SHORT_RANGE, 2, SHORT_RANGE_FLOOR),
            new SearchLevel(DetectorSpec.SHORT_RANGE, 3, SHORT_RANGE_FLOOR),
            new SearchLevel(DetectorSpec.SHORT_RANGE, 4, SHORT_RANGE_FLOOR),
            new SearchLevel(DetectorSpec.SHORT_RANGE, 5, SHORT_RANGE_FLOOR),
            new SearchLevel(DetectorSpec.SHORT_RANGE, 6, SHORT_RANGE_FLOOR),
    };

    final DetectorSpec spec;
    /** 1: the whole photo; g ≥ 2: g×g tiles. */
    final int grid;
    /** The smallest face it finds, as a fraction of its input's side. */
    final float floor;

    private SearchLevel(DetectorSpec spec, int grid, float floor) {
        this.spec = spec;
        this.grid = grid;
        this.floor = floor;
    }

    /** The narrowest face, in the photo's pixels, that this step finds in a photo of that long side. */
    float reach(float longSide) {
        float side = grid <= 1 ? longSide : longSide * Tiles.OVERLAP / grid;
        return floor * side;
    }

    @Override
    public String toString() {
        return spec.name + (grid <= 1 ? " whole" : " " + grid + "x" + grid + " tiles");
    }
}
