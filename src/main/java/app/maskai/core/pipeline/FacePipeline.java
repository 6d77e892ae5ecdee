package app.maskai.core.pipeline;

import app.maskai.core.detect.Detection;
import app.maskai.core.detect.DetectionDecoder;
import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.detect.Letterbox;
import app.maskai.core.detect.NonMaxSuppression;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.landmarks.FacePresence;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.landmarks.LandmarkProjection;
import app.maskai.core.landmarks.LandmarkSymmetry;
import app.maskai.core.landmarks.RegionOfInterest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the faces in one photo and their 468 landmarks. Stateless: nothing is carried between
 * calls.
 *
 * <ol>
 *   <li><b>Detect,</b> in steps that go on only while the photo may hold faces not yet seen
 *       ({@link #detect}): the short-range detector on the upright letterboxed image (the
 *       reference's only step), then for smaller faces the short range on the whole image again
 *       at larger scales ({@link SearchScale}), then the image turned by 90°, 180° and 270°. Each run
 *       is decoded and suppressed (NMS at IoU 0.3), as the reference does.
 *   <li><b>Group.</b> The detectors also fire on faces turned 90° or even 180° from upright in
 *       their input, with wrong key points, and the landmark model then reports a face (flag ≈ 1)
 *       with landmarks 13 to 55 pixels off: measured on the astronaut test photo turned by quarter
 *       turns, the 0° pass "finds" the face in all four. The pass in which a face is upright scores
 *       highest (short range 0.91–0.93 there, against 0.61–0.84 in the other passes). So all
 *       detections are pooled in tiers, one per search step (scores of different detectors and
 *       inputs are not comparable),
 *       each tier by descending score; each detection joins the first group whose leader it
 *       overlaps with IoU &gt; 0.3, or leads a new group. Later tiers thus only add faces where no
 *       earlier one found any, and an upright photo's faces keep their 0° short-range detection:
 *       exactly the reference's path. Detections from turned passes need
 *       {@link #TURNED_MIN_SCORE}. At most maxFaces groups go on.
 *   <li><b>Landmarks.</b> Per group, candidates in order: region of interest, landmark model; the
 *       first whose face flag is ≥ 0.5 gives the face, projected back to the image. A group with
 *       none is dropped.
 *   <li><b>Deduplicate.</b> A face whose landmark box overlaps a higher-scoring face's with IoU
 *       &gt; 0.5 is dropped (MIN_SIMILARITY_THRESHOLD 0.5 of the reference's
 *       AssociationNormRect step; the reference compares regions, we compare what the landmarks
 *       found).
 * </ol>
 * Results are in the original image's pixels (× toOriginal), sorted by score (descending), then x,
 * then y.
 */
public final class FacePipeline {
    /** IoU above which detections from different orientations are taken to be the same face. */
    static final float SAME_DETECTION_IOU = 0.3f;
    /** IoU above which two faces' landmark boxes are taken to be the same face. */
    public static final float SAME_FACE_IOU = 0.5f;
    /**
     * Lowest detector score accepted from a turned (90°, 180°, 270°) pass. Measured on the test
     * photos turned by quarter turns: the face in its upright pass scored 0.68–0.93 (short or full
     * range); the hard negative (no-face/chelsea.png, a cat) gave a 0.52 detection at 90° that the
     * landmark model accepted (flag 0.68). The 0° pass keeps the reference's 0.5 / 0.6.
     */
    static final float TURNED_MIN_SCORE = 0.6f;
    /**
     * Lowest score accepted from a finer search step for a detection as wide as the steps before
     * it already see, whose better-placed view showed nothing there: as for a turned pass. (A 4×4
     * short-range tile, in the search's tiles before SearchScale, took a space suit's chest for a
     * 136-px face, score 0.54, landmark flag accepting, on 2 of LiveCameraIT's 30 camera frames,
     * where the whole photo sees faces from 102 px. Dropping such detections whatever their score
     * also lost one 24-px face of the benchmark's 42 on the group photos: its box was wider than its
     * landmarks'.)
     */
    static final float WIDE_ON_TILES_MIN_SCORE = TURNED_MIN_SCORE;
    /**
     * Short-range score at 0° above which a face is taken as upright and no turned pass runs.
     * Measured on the astronaut test photo: upright 0.92; the same face turned by 90°, 180° or 270°
     * scored at most 0.84 in the 0° pass. The 0° pass's landmarks, refined, are right for the face
     * turned 90° or 270° (median 1.5 and 1.0 px from the turned reference, against 0.8 from the
     * turned pass) but not for it upside down (56 px: the detector's key points point the crop the
     * wrong way, and the landmark model does not turn it round; its face flag stays at 0.997, so it
     * cannot tell either). So an unsure face costs one more short-range run, at 180°. A photo with
     * no face at all gets all
     * four passes, as issue 3 asks ("when no face is found, retry at 90°, 180°, 270°"). An unsure
     * face whose landmarks lie on their side also gets the pass that turns it upright.
     */
    static final float UPRIGHT_CONFIDENT = 0.9f;
    /**
     * The narrowest face, in pixels, the search looks for: a step whose reach is this or less ends
     * it (the landmark model reads a 20-pixel face from a 192² crop scaled up 6×).
     */
    static final float MIN_FACE_PIXELS = 20;
    /**
     * How much smaller than the smallest face found another face in the same photo may be, for the
     * search to look for it: faces in a group photo differ by up to about 2× (near and far).
     */
    static final float SMALLER_FACES = 2;
    /**
     * A face found with a lower score than this (the detector's threshold, 0.5, barely passed) does
     * not tell how small the photo's other faces may be ({@link #target}): on a group photo of our
     * own making whose six faces are all 24–38 px (EveryFaceIT), the whole photo's step took a 26-px
     * face and the coffee cup around it for a 171-px face (score 0.53, the landmark model
     * accepting it), and the search, looking then for faces down to 85 px, ended with none of the
     * six. The real faces of the group photos score 0.56–0.95, the test photos' 0.8–0.93.
     */
    static final float SCALE_MIN_SCORE = TURNED_MIN_SCORE;
    /**
     * With no face found (or none above {@link #SCALE_MIN_SCORE}), the search first looks for faces
     * down to this share of the long side (51 px on a 512-px photo: a 208-px input, twice a 128²
     * run), and only if that finds none either, down to {@link #MIN_FACE_PIXELS}. Going straight to
     * 20 px found the same faces but, on the camera test photo mirrored (whose face the first step
     * misses), also a 21-px "face" beside the real one (score 0.62) that a step sized by the real
     * face (30 px and up) never sees.
     */
    static final float EMPTY_REACH = 0.1f;
    /**
     * A face whose landmark box holds another face's centre and is this many times wider is a
     * false one made round the smaller or a part of the larger (faces do not nest): the lower
     * scoring of the two is dropped. (The 171-px "face" round the 26-px one above, 0.53, against
     * the 26-px face's own detection.)
     */
    static final float NESTED_WIDTH_RATIO = 2;
    /** From pixel-index coordinates to the API's, where pixel i's centre is at i + 0.5. */
    public static final float PIXEL_CENTRE = 0.5f;

    /** Tier (the search step: the 128² whole image first, then ever larger scales), then score. */
    private static final Comparator<Candidate> CANDIDATE_ORDER = new Comparator<Candidate>() {
        @Override
        public int compare(Candidate a, Candidate b) {
            if (a.tier != b.tier) {
                return a.tier < b.tier ? -1 : 1;
            }
            return Float.compare(b.detection.score, a.detection.score);
        }
    };

    private static final Comparator<Face> FACES_BY_SCORE = new Comparator<Face>() {
        @Override
        public int compare(Face a, Face b) {
            return Float.compare(b.score, a.score);
        }
    };

    private static final Comparator<Face> RESULT_ORDER = new Comparator<Face>() {
        @Override
        public int compare(Face a, Face b) {
            int c = Float.compare(b.score, a.score);
            if (c == 0) {
                c = Float.compare(a.x, b.x);
            }
            if (c == 0) {
                c = Float.compare(a.y, b.y);
            }
            return c;
        }
    };

    /**
     * Candidates are tiered by the search step that found them (0 the first, 128²; each larger
     * scale the next); the turned passes, whole-image short range, share step 0's.
     */
    private static final int TURNED_TIER = 0;

    /** A detection, where it came from (tier) and in which orientation (quarter turns). */
    private static final class Candidate {
        final Detection detection;
        final int tier;
        final int quarterTurns;

        Candidate(Detection detection, int tier, int quarterTurns) {
            this.detection = detection;
            this.tier = tier;
            this.quarterTurns = quarterTurns;
        }
    }

    private FacePipeline() {
    }

    /**
     * Detects faces in the models' current image, which is imageWidth×imageHeight pixels.
     * Coordinates are multiplied by {@code toOriginal} (for an image the models see at another size
     * than the caller's).
     *
     * <p>The search does only the work the photo needs, cheapest step first:
     * <ol>
     *   <li>The reference's own step: the short-range detector on the upright image.
     *   <li>Smaller faces: the short range on the whole image again, at the scale that puts the
     *       narrowest face the search looks for at its floor ({@link SearchScale}), chosen by the
     *       sizes of the faces already found ({@link #target}): faces down to half the smallest one
     *       found may be there, so the search goes on at the scale that sees them, and so on while
     *       it finds smaller ones, down to {@link #MIN_FACE_PIXELS}. A portrait's large face (twice
     *       what the short range sees at 128²: a third of a 500-px photo) ends the search after
     *       step 1; a medium shot's face pays one input of about 3× 128² (224² for a 100-px face
     *       in 512 px); a group photo's faces, near the floor, send it on. With no face found,
     *       faces down to {@link #EMPTY_REACH} of the long side are looked for, and if there are
     *       still none, faces down to {@link #MIN_FACE_PIXELS}, whatever the photo's size: a group
     *       photo of people round a table may have no face the first steps see (EveryFaceIT's
     *       fourth photo, six faces 24–38 px wide in 500×375: none found when the search ended
     *       there). On a 500×375 photo that last step is 512×384, 12× a 128² run (about 25 ms),
     *       which a photo with no face at all pays.
     *       Measured on 3 group photos of our own making (EveryFaceIT: 6 faces 24–80 px each, 500×375; with the
     *       tiles that came before): 18 of 18 faces found, against 8 when the search stopped at
     *       the first sure face; with faces down to 1/1.5 of the smallest instead of 1/2, 13 (a
     *       step that finds nothing new ends the search).
     *   <li>Orientation. A face the short range is sure of (score ≥ {@link #UPRIGHT_CONFIDENT})
     *       is upright. A face it is less sure of may be an upside-down face read the wrong way up,
     *       so the image turned by 180° is tried too, and by 90° or 270° where the face's landmarks
     *       lie on their side. No face at all: the image turned by 90°, 180° and 270°, short range.
     * </ol>
     * The turned passes are one batch, and so are the landmark model's runs
     * over all faces of a step (see {@link #landmarks}).
     */
    public static List<Face> detect(FaceModels models, int imageWidth, int imageHeight,
            float toOriginal, PipelineOptions options) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + imageWidth + "x"
                    + imageHeight);
        }
        Search search = new Search(models, imageWidth, imageHeight, toOriginal, options);
        float longSide = Math.max(imageWidth, imageHeight) * toOriginal;
        search.whole();
        List<Face> faces = search.finish();
        float reached = SearchScale.wholeReach(longSide);
        int side = DetectorSpec.SHORT_RANGE.inputSize;
        for (int tier = 1; ; tier++) {
            int next = nextSide(faces, reached, longSide, side, options);
            if (next < 0) {
                break;
            }
            // Faces as wide as the steps before reach were theirs to find: a finer step's detection
            // that wide must be sure (WIDE_ON_TILES_MIN_SCORE).
            float seen = reached / toOriginal;
            side = next;
            reached = SearchScale.reach(side, longSide);
            search.scaled(side, tier, seen);
            faces = search.finish();
        }
        if (!options.retryRotations()) {
            return faces;
        }
        if (faces.isEmpty()) {
            search.turnedBy(1, 2, 3);
            return search.finish();
        }
        if (hasSureFace(faces)) {
            return faces;
        }
        // These passes look again at the faces found, the other way up; they do not look for more.
        search.reorientOnly = true;
        boolean[] turns = new boolean[4];
        turns[2] = true;
        for (int i = 0; i < faces.size(); i++) {
            // The landmarks of a face lying on its side point the way even when they are off (the
            // astronaut turned 90°: eye line at 73° and points 12 px off; refined, 1.5 px), and its
            // own upright pass does better still (0.8 px): one more run, the right one.
            int quarterTurns = Math.floorMod(Math.round(
                    RegionOfInterest.roll(faces.get(i).landmarks) / (float) (Math.PI / 2)), 4);
            if (faces.get(i).score < UPRIGHT_CONFIDENT && quarterTurns % 2 == 1) {
                turns[quarterTurns] = true;
            }
        }
        search.turnedBy(turns[1] ? 1 : 0, 2, turns[3] ? 3 : 0);
        return search.finish();
    }

    /**
     * The narrowest face the search still looks for, given the faces found and how far the steps
     * so far reach ({@code reached}, in the faces' pixels, on a photo of long side {@code longSide}):
     * faces down to 1/{@link #SMALLER_FACES} of the smallest found with a score of
     * {@link #SCALE_MIN_SCORE} or more, never below {@link #MIN_FACE_PIXELS}. With no such face,
     * first faces down to {@link #EMPTY_REACH} of the long side (a medium face found there sends
     * the search on by its size), and once that has been looked at, {@link #MIN_FACE_PIXELS}.
     */
    static float target(List<Face> faces, float reached, float longSide) {
        float smallest = Float.POSITIVE_INFINITY;
        for (int i = 0; i < faces.size(); i++) {
            if (faces.get(i).score >= SCALE_MIN_SCORE) {
                smallest = Math.min(smallest, faces.get(i).width);
            }
        }
        if (smallest == Float.POSITIVE_INFINITY) {
            float coarse = Math.max(MIN_FACE_PIXELS, EMPTY_REACH * longSide);
            return reached > coarse ? coarse : MIN_FACE_PIXELS;
        }
        return Math.max(MIN_FACE_PIXELS, smallest / SMALLER_FACES);
    }

    /**
     * The next search step's input long side, or -1 when the steps run so far (the last on an
     * input of long side {@code side}, reaching faces {@code reached} px wide) already see every
     * face the search looks for ({@link #target}): the side that puts that face at the detector's
     * floor ({@link SearchScale#sideFor}), at most {@link PipelineOptions#searchSide}; -1 too when
     * that is less than {@link SearchScale#MIN_STEP} times the last.
     */
    private static int nextSide(List<Face> faces, float reached, float longSide, int side, PipelineOptions options) {
        float target = target(faces, reached, longSide);
        if (reached <= target) {
            return -1;
        }
        int next = Math.min(SearchScale.sideFor(target, longSide), options.searchSide());
        return next >= SearchScale.MIN_STEP * side ? next : -1;
    }

    /**
     * One detect call's state: the detections pooled so far, and what the landmark model made of
     * each one already tried (a face, or turned down), so that no detection is tried twice.
     */
    private static final class Search {
        final FaceModels models;
        final int imageWidth;
        final int imageHeight;
        final float toOriginal;
        final PipelineOptions options;
        final List<Candidate> pooled = new ArrayList<>();
        final Map<Detection, Face> tried = new IdentityHashMap<>();
        /** Per quarter turn, whether the short-range detector has seen the whole image so turned. */
        final boolean[] shortRangeRan = new boolean[4];
        /**
         * Whether new detections are kept only where they overlap a face already found (IoU &gt;
         * {@link #SAME_DETECTION_IOU}): a second look at it the other way up. Measured: the camera
         * test video's frame, the astronaut at 400 px on grey, unsure at 0° (0.58); a turned pass
         * found a "face" (0.65) on its suit, which the landmark model accepted.
         */
        boolean reorientOnly;

        Search(FaceModels models, int imageWidth, int imageHeight, float toOriginal,
                PipelineOptions options) {
            this.models = models;
            this.imageWidth = imageWidth;
            this.imageHeight = imageHeight;
            this.toOriginal = toOriginal;
            this.options = options;
        }

        /** The reference's own step: the whole image letterboxed into the detector's 128², tier 0. */
        void whole() {
            pool(DetectorSpec.SHORT_RANGE, new RotatedRect[] {SearchScale.whole(imageWidth, imageHeight)}, 0,
                    new int[1], Float.MAX_VALUE);
            shortRangeRan[0] = true;
        }

        /**
         * One finer search step: the whole upright image at input long side {@code side}; its
         * detections form tier {@code tier}, those wider than {@code maxWidth} (image pixels: what
         * earlier steps already see) only when sure.
         */
        void scaled(int side, int tier, float maxWidth) {
            DetectorSpec spec = SearchScale.spec(side, imageWidth, imageHeight);
            pool(spec, new RotatedRect[] {SearchScale.region(spec, side, imageWidth, imageHeight)}, tier, new int[1],
                    maxWidth);
        }

        /**
         * The short-range detector, in one batch, on the whole image turned by each of
         * {@code quarterTurns} that is not 0 and has not run yet (0 means none).
         */
        void turnedBy(int... quarterTurns) {
            List<RotatedRect> inputs = new ArrayList<>();
            int[] turns = new int[quarterTurns.length];
            for (int i = 0; i < quarterTurns.length; i++) {
                int q = quarterTurns[i];
                if (q != 0 && !shortRangeRan[q]) {
                    shortRangeRan[q] = true;
                    turns[inputs.size()] = q;
                    inputs.add(Letterbox.square(imageWidth, imageHeight, (float) (q * Math.PI / 2)));
                }
            }
            if (!inputs.isEmpty()) {
                pool(DetectorSpec.SHORT_RANGE, inputs.toArray(new RotatedRect[0]), TURNED_TIER, turns, Float.MAX_VALUE);
            }
        }

        /**
         * Runs one detector on input regions, in one batch, and pools their suppressed detections;
         * one wider than {@code maxWidth} only with a score of {@link #WIDE_ON_TILES_MIN_SCORE}.
         */
        void pool(DetectorSpec spec, RotatedRect[] inputRects, int tier, int[] quarterTurns, float maxWidth) {
            float[][] raw = models.runDetectorBatch(spec, inputRects);
            for (int r = 0; r < inputRects.length; r++) {
                List<Detection> decoded = DetectionDecoder.decode(raw[r], spec,
                        options.minDetectionScoreFor(spec), inputRects[r], imageWidth, imageHeight);
                List<Detection> kept = NonMaxSuppression.suppress(decoded, spec.iouThreshold,
                        options.maxFaces());
                for (int i = 0; i < kept.size(); i++) {
                    Detection d = kept.get(i);
                    if ((quarterTurns[r] == 0 || d.score >= TURNED_MIN_SCORE)
                            && (d.width <= maxWidth || d.score >= WIDE_ON_TILES_MIN_SCORE)
                            && (!reorientOnly || overlapsAFace(d))) {
                        pooled.add(new Candidate(d, tier, quarterTurns[r]));
                    }
                }
            }
        }

        private boolean overlapsAFace(Detection d) {
            for (Map.Entry<Detection, Face> entry : tried.entrySet()) {
                if (entry.getValue() != null && d.iou(entry.getKey()) > SAME_DETECTION_IOU) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Groups the pooled detections, takes per group the first candidate the landmark model
         * accepts (trying each detection once per call), drops duplicates. The groups' candidates
         * are tried side by side: one landmark batch per round, a round per candidate rank.
         */
        List<Face> finish() {
            List<List<Candidate>> groups = group(pooled, options.maxFaces());
            Face[] chosen = new Face[groups.size()];
            int[] next = new int[groups.size()];
            while (true) {
                List<Candidate> round = new ArrayList<>();
                for (int g = 0; g < groups.size(); g++) {
                    List<Candidate> group = groups.get(g);
                    // Candidates already tried answer at once; the first untried one joins this round.
                    while (chosen[g] == null && next[g] < group.size()
                            && tried.containsKey(group.get(next[g]).detection)) {
                        chosen[g] = tried.get(group.get(next[g]).detection);
                        next[g]++;
                    }
                    if (chosen[g] == null && next[g] < group.size()) {
                        round.add(group.get(next[g]));
                    }
                }
                if (round.isEmpty()) {
                    break;
                }
                Face[] found = landmarks(models, round, imageWidth, imageHeight, toOriginal,
                        options.refinePasses(), options.mirrorAverage());
                for (int i = 0; i < found.length; i++) {
                    tried.put(round.get(i).detection, found[i]);
                }
            }
            List<Face> found = new ArrayList<>();
            for (int g = 0; g < chosen.length; g++) {
                if (chosen[g] != null) {
                    found.add(chosen[g]);
                }
            }
            List<Face> faces = dropDuplicates(found);
            Collections.sort(faces, RESULT_ORDER);
            return faces;
        }
    }

    /** True when a face kept its sure upright detection (the landmark model accepted it). */
    private static boolean hasSureFace(List<Face> faces) {
        for (int i = 0; i < faces.size(); i++) {
            if (faces.get(i).score >= UPRIGHT_CONFIDENT && faces.get(i).rotationDegrees == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Groups candidates that overlap, in {@link #CANDIDATE_ORDER}: each joins the first group whose
     * leader it overlaps with IoU &gt; {@link #SAME_DETECTION_IOU}, or leads a new one (at most
     * maxFaces groups). Ties keep pool order: 0° first.
     */
    private static List<List<Candidate>> group(List<Candidate> pooled, int maxFaces) {
        List<Candidate> sorted = new ArrayList<>(pooled);
        Collections.sort(sorted, CANDIDATE_ORDER);
        List<List<Candidate>> groups = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Candidate candidate = sorted.get(i);
            List<Candidate> home = null;
            for (int g = 0; g < groups.size() && home == null; g++) {
                Detection leader = groups.get(g).get(0).detection;
                if (candidate.detection.iou(leader) > SAME_DETECTION_IOU) {
                    home = groups.get(g);
                }
            }
            if (home != null) {
                home.add(candidate);
            } else if (groups.size() < maxFaces) {
                List<Candidate> group = new ArrayList<>();
                group.add(candidate);
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * The landmark model for each candidate, all of them in each batch: a candidate whose face flag
     * is below 0.5 gives null. Then, for each refine pass, the model runs again on the region
     * recomputed from the landmarks just found (centred on them, turned by the eye line 33 → 263):
     * the detector's box and key points are coarse, the landmarks are not, so the second crop is
     * better centred and levelled. A pass whose face flag drops below 0.5 is not kept, and that face
     * refines no further. With {@code mirrorAverage}, the final region is then read mirrored
     * ({@link #averageWithMirror}). Every step runs all faces in one batch. Measured (TF.js wasm,
     * 2 cores): the landmark model on a batch of 2 takes 1.25–1.4× one run, a batch of 6 3.1–3.4×;
     * so six faces cost 3 model calls, as one face does, instead of 18.
     */
    private static Face[] landmarks(FaceModels models, List<Candidate> candidates, int imageWidth,
            int imageHeight, float toOriginal, int refinePasses, boolean mirrorAverage) {
        int n = candidates.size();
        RotatedRect[] rois = new RotatedRect[n];
        for (int i = 0; i < n; i++) {
            rois[i] = RegionOfInterest.fromDetection(candidates.get(i).detection, imageWidth,
                    imageHeight);
        }
        float[][] meshes = meshes(n);
        float[] flags = models.runLandmarksBatch(rois, meshes);
        float[][] landmarks = new float[n][];
        float[] presence = new float[n];
        boolean[] refining = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (FacePresence.isFace(flags[i])) {
                landmarks[i] = new float[LandmarkModel.MESH_VALUES];
                LandmarkProjection.project(meshes[i], rois[i], LandmarkModel.INPUT_SIZE, landmarks[i]);
                presence[i] = flags[i];
                refining[i] = true;
            }
        }
        // The mirror's region comes from the final landmarks, so it runs after the last refine pass
        // rather than beside it: beside it (the region from the pass before), the mirrored copy's
        // mask corners in MaskFitInvarianceIT moved 2.02 % of the inter-ocular distance from the
        // original's, over its 2 % tolerance; the region from the refined landmarks is the better
        // centred and levelled one, and mirrored photos then agree.
        int passes = refinePasses + (mirrorAverage ? 1 : 0);
        for (int pass = 0; pass < passes; pass++) {
            boolean direct = pass < refinePasses;
            boolean last = !direct;
            List<RotatedRect> regions = new ArrayList<>();
            int[] directAt = new int[n];
            int[] mirrorAt = new int[n];
            RotatedRect[] region = new RotatedRect[n];
            for (int i = 0; i < n; i++) {
                directAt[i] = -1;
                mirrorAt[i] = -1;
                if (landmarks[i] == null) {
                    continue;
                }
                region[i] = RegionOfInterest.fromLandmarks(landmarks[i], imageWidth, imageHeight);
                if (direct && refining[i]) {
                    directAt[i] = regions.size();
                    regions.add(region[i]);
                }
                if (last && mirrorAverage) {
                    mirrorAt[i] = regions.size();
                    regions.add(mirrored(region[i]));
                }
            }
            if (regions.isEmpty()) {
                break;
            }
            RotatedRect[] batch = regions.toArray(new RotatedRect[0]);
            float[][] out = meshes(batch.length);
            float[] again = models.runLandmarksBatch(batch, out);
            for (int i = 0; i < n; i++) {
                if (directAt[i] >= 0) {
                    if (FacePresence.isFace(again[directAt[i]])) {
                        presence[i] = again[directAt[i]];
                        LandmarkProjection.project(out[directAt[i]], region[i], LandmarkModel.INPUT_SIZE,
                                landmarks[i]);
                    } else {
                        refining[i] = false;
                    }
                }
                if (mirrorAt[i] >= 0 && FacePresence.isFace(again[mirrorAt[i]])) {
                    averageWithMirror(landmarks[i], out[mirrorAt[i]], batch[mirrorAt[i]]);
                }
            }
        }
        Face[] faces = new Face[n];
        for (int i = 0; i < n; i++) {
            if (landmarks[i] == null) {
                continue;
            }
            float[] points = landmarks[i];
            // The crops and projections work, as MediaPipe's do, in pixel-index coordinates (pixel i
            // spans i - 0.5 .. i + 0.5); the API's convention puts pixel i's centre at i + 0.5.
            // Measured before this shift: a mean offset of about -0.5 px in x and y, which mirroring or
            // turning the photo turned into 1 px of disagreement.
            for (int k = 0; k < points.length; k += 3) {
                points[k] = (points[k] + PIXEL_CENTRE) * toOriginal;
                points[k + 1] = (points[k + 1] + PIXEL_CENTRE) * toOriginal;
                points[k + 2] *= toOriginal;
            }
            faces[i] = new Face(candidates.get(i).detection.score, presence[i], points,
                    candidates.get(i).quarterTurns * 90);
        }
        return faces;
    }

    private static float[][] meshes(int count) {
        float[][] meshes = new float[count][];
        for (int i = 0; i < count; i++) {
            meshes[i] = new float[LandmarkModel.MESH_VALUES];
        }
        return meshes;
    }

    /** The mirror image of {@code region}: a region of negative width. */
    private static RotatedRect mirrored(RotatedRect region) {
        return new RotatedRect(region.cx, region.cy, -region.width, region.height, region.rotation);
    }

    /**
     * Averages each landmark with its mirror partner's ({@link LandmarkSymmetry#MIRROR}) from the
     * model's run on the mirrored region {@code mirrored}: in the mirrored crop the model's "right
     * eye" lies on the person's left. The result is then equivariant under mirroring the photo, and
     * the model's noise averages down.
     */
    private static void averageWithMirror(float[] landmarks, float[] mesh, RotatedRect mirrored) {
        float[] other = new float[LandmarkModel.MESH_VALUES];
        LandmarkProjection.project(mesh, mirrored, LandmarkModel.INPUT_SIZE, other);
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            int j = LandmarkSymmetry.MIRROR[i];
            for (int c = 0; c < 3; c++) {
                landmarks[3 * i + c] = 0.5f * (landmarks[3 * i + c] + other[3 * j + c]);
            }
        }
    }

    /**
     * Keeps faces in descending score (stable), dropping each whose landmark box overlaps an already
     * kept one with IoU &gt; {@link #SAME_FACE_IOU}, or nests with one ({@link #NESTED_WIDTH_RATIO}).
     */
    private static List<Face> dropDuplicates(List<Face> found) {
        List<Face> sorted = new ArrayList<>(found);
        Collections.sort(sorted, FACES_BY_SCORE);
        List<Face> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Face face = sorted.get(i);
            boolean duplicate = false;
            for (int j = 0; j < kept.size() && !duplicate; j++) {
                Face other = kept.get(j);
                duplicate = Detection.iou(face.x, face.y, face.x + face.width, face.y + face.height,
                        other.x, other.y, other.x + other.width, other.y + other.height) > SAME_FACE_IOU
                        || nested(face, other) || nested(other, face);
            }
            if (!duplicate) {
                kept.add(face);
            }
        }
        return kept;
    }

    /** Whether {@code outer} holds {@code inner}'s centre and is {@link #NESTED_WIDTH_RATIO} times wider or more. */
    private static boolean nested(Face outer, Face inner) {
        float cx = inner.x + inner.width / 2;
        float cy = inner.y + inner.height / 2;
        return outer.width >= NESTED_WIDTH_RATIO * inner.width && cx > outer.x && cx < outer.x + outer.width
                && cy > outer.y && cy < outer.y + outer.height;
    }
}
