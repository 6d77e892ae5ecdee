package app.maskai.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.pipeline.FakeFaceModels.SceneFace;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacePipelineTest {
    private static final float HALF_PI = (float) (Math.PI / 2);
    /**
     * A portrait's face in a 640×480 photo: landmarks 224 px wide (0.8 of the size), 35 % of the
     * long side, over twice the short range's floor (16 %).
     */
    private static final float PORTRAIT = 280;

    private static float sigmoid(float logit) {
        return (float) (1 / (1 + Math.exp(-logit)));
    }

    /**
     * Landmarks and box of {@code face} as the pipeline should report them: the fake scene is in
     * pixel-index coordinates, the pipeline reports pixel centres at +0.5.
     */
    private static void assertFaceMatches(SceneFace expected, Face actual, float toOriginal) {
        assertPointsMatch(expected, actual, toOriginal);
        float tolerance = 0.01f * toOriginal;
        // An upright or quarter-turned face gives a square box of its size; the region is 1.5× that.
        float regionWidth = 1.5f * expected.size;
        assertEquals(FakeFaceModels.rawZ(5) / 192f * regionWidth * toOriginal, actual.landmarks[17],
                tolerance);
        assertEquals(FakeFaceModels.PRESENCE_FACE, actual.presence);
    }

    /** As {@link #assertFaceMatches}, x and y only (z scales with the region, which refinement sets). */
    private static void assertPointsMatch(SceneFace expected, Face actual, float toOriginal) {
        float[] p = new float[2];
        float tolerance = 0.01f * toOriginal;
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            expected.landmark(i, p);
            assertEquals((p[0] + 0.5f) * toOriginal, actual.landmarks[3 * i], tolerance,
                    "x of landmark " + i);
            assertEquals((p[1] + 0.5f) * toOriginal, actual.landmarks[3 * i + 1], tolerance,
                    "y of landmark " + i);
        }
    }

    /**
     * Every step of a search that finds nothing on a 640×480 photo: the short range on it at 128²,
     * then at the scale that sees faces a tenth of the long side (64 px at 20.5 px: 208 px across,
     * 480 × 208 / 640 = 156 rounded up to 160 down), then at the scale that sees faces of 20 px
     * (655 px across, capped at 640), then the turns.
     */
    private static final List<String> ALL_PASSES = Arrays.asList("short-range@0", "short-range@0 208x160",
            "short-range@0 640x480", "short-range@90", "short-range@180", "short-range@270");

    private static long landmarkRuns(FakeFaceModels models) {
        return models.calls.stream().filter(c -> c.equals("landmarks")).count();
    }

    @Test
    void findsAnUprightFaceAtZeroDegrees() {
        // A portrait's face: its landmarks 224 px wide, 35 % of the long side, so large that a face
        // half its size would be seen by the short-range detector too.
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(300, 200, PORTRAIT, 0);
        face.logit = 2.5f;

        List<Face> faces = FacePipeline.detect(models, 640, 480, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));

        assertEquals(1, faces.size());
        Face found = faces.get(0);
        assertFaceMatches(face, found, 1f);
        assertEquals(sigmoid(2.5f), found.score, 1e-6f);
        assertEquals(0, found.rotationDegrees);
        // Box of the landmarks: x from −0.4 to 0.4 of the size, y from −0.45 to 0.45.
        assertEquals(300 - 112f + 0.5f, found.x, 1e-2f);
        assertEquals(200 - 126f + 0.5f, found.y, 1e-2f);
        assertEquals(224f, found.width, 1e-2f);
        assertEquals(252f, found.height, 1e-2f);
        // The 0° short-range score (0.92) makes the face surely upright: the reference's one detector
        // run and one landmark run are all the work.
        assertEquals(Arrays.asList("short-range@0", "landmarks"), models.calls);
    }

    @Test
    void checksAnUnsureUprightFaceUpsideDown() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(300, 200, PORTRAIT, 0);
        face.logit = 2f; // 0.88, under FacePipeline.UPRIGHT_CONFIDENT

        List<Face> faces = FacePipeline.detect(models, 640, 480, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));

        assertEquals(1, faces.size());
        assertEquals(0, faces.get(0).rotationDegrees);
        // Unsure: the upside-down pass is tried (it sees nothing); the face keeps its upright
        // detection and the one landmark run it had.
        assertEquals(Arrays.asList("short-range@0", "landmarks", "short-range@180"), models.calls);
    }

    @Test
    void looksAgainOnlyAtTheFacesFoundWhenUnsure() {
        // Something only the 180° pass reports, elsewhere, is not taken: those passes are a second
        // look at the faces found (on a camera frame, a turned pass took a suit for a face).
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(200, 300, 330, 0); // 264 px, 33 % of 800
        face.logit = 2f; // 0.88: unsure
        models.add(600, 300, 330, (float) Math.PI);

        List<Face> faces = FacePipeline.detect(models, 800, 600, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));

        assertEquals(1, faces.size());
        assertFaceMatches(face, faces.get(0), 1f);
        assertEquals(Arrays.asList("short-range@0", "landmarks", "short-range@180"), models.calls);
    }

    @Test
    void picksTheOrientationInWhichTheFaceIsUpright() {
        // Lying on its side: the 0° pass also reports it (score 0.73, unturned key points) and its
        // landmarks would be wrong; the 90° pass sees it upright and scores higher.
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(320, 240, PORTRAIT, HALF_PI);

        List<Face> faces = FacePipeline.detect(models, 640, 480, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));

        assertEquals(1, faces.size());
        assertEquals(90, faces.get(0).rotationDegrees);
        assertEquals(sigmoid(3f), faces.get(0).score, 1e-6f);
        assertFaceMatches(face, faces.get(0), 1f);
        // The 0° pass's landmarks lie on their side: the 90° pass runs (and 180°, in the same
        // batch), 270° does not.
        assertEquals(Arrays.asList("short-range@0", "landmarks", "short-range@90", "short-range@180",
                "landmarks"), models.calls);
    }

    @Test
    void checksAnUnsureFaceUpsideDownWhenRefining() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(300, 200, PORTRAIT, 0);
        face.logit = 2f; // 0.88, under FacePipeline.UPRIGHT_CONFIDENT

        List<Face> faces = FacePipeline.detect(models, 640, 480, 1f,
                new PipelineOptions().setRefinePasses(1).setMirrorAverage(false));

        assertEquals(1, faces.size());
        assertEquals(0, faces.get(0).rotationDegrees);
        assertPointsMatch(face, faces.get(0), 1f);
        // Its refined landmarks are level, so only the upside-down pass runs.
        assertEquals(Arrays.asList("short-range@0", "landmarks", "landmarks", "short-range@180"),
                models.calls);
    }

    @Test
    void turnsAnUnsureFaceLyingOnItsSideUprightWhenRefining() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(320, 240, PORTRAIT, HALF_PI);

        List<Face> faces = FacePipeline.detect(models, 640, 480, 1f,
                new PipelineOptions().setRefinePasses(1).setMirrorAverage(false));

        assertEquals(1, faces.size());
        assertEquals(90, faces.get(0).rotationDegrees);
        assertPointsMatch(face, faces.get(0), 1f);
        // The 0° pass's sideways detection (0.73), refined, lies on its side: the 90° pass runs and
        // its upright detection wins; 270° is never tried.
        assertEquals(Arrays.asList("short-range@0", "landmarks", "landmarks", "short-range@90",
                "short-range@180", "landmarks", "landmarks"), models.calls);
    }

    @Test
    void triesAllFourRotationsWhenNothingIsFound() {
        FakeFaceModels models = new FakeFaceModels();
        assertTrue(FacePipeline.detect(models, 640, 480, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false)).isEmpty());
        assertEquals(ALL_PASSES, models.calls);
    }

    @Test
    void runsOnlyTheUprightPassWithoutRetries() {
        FakeFaceModels models = new FakeFaceModels();
        models.add(320, 240, 150, (float) Math.PI); // upside down: invisible at 0°
        PipelineOptions options = new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setRetryRotations(false);
        assertTrue(FacePipeline.detect(models, 640, 480, 1f, options).isEmpty());
        assertEquals(ALL_PASSES.subList(0, 3), models.calls);
    }

    @Test
    void findsFacesTooSmallForTheWholePhotoAtLargerScales() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace near = models.add(300, 300, 90, 0); // 9 % of the side: too small for the short range
        SceneFace far = models.add(700, 150, 40, 0); // 4 %: only a larger scale shows it
        far.logit = 2f;

        List<Face> faces = FacePipeline.detect(models, 1000, 600, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));

        assertEquals(2, faces.size());
        assertEquals(sigmoid(3f), faces.get(0).score, 1e-6f);
        assertFaceMatches(near, faces.get(0), 1f);
        assertEquals(sigmoid(2f), faces.get(1).score, 1e-6f);
        assertFaceMatches(far, faces.get(1), 1f);
        // Nothing on the whole photo: faces down to a tenth of the side (100 px) are looked for
        // first, 208 px across, which finds the near face. Faces half its 72 px may be there: the
        // scale that sees them (1000 × 20.48 / 36 = 569, rounded up to 576) finds the far one.
        // Faces half the far one's 32 px would need 1024 px, capped at 640: under 1.25× the last
        // step, so the search ends. A face found: the turned passes do not run.
        assertEquals(Arrays.asList("short-range@0", "short-range@0 208x128", "landmarks", "short-range@0 576x352",
                "landmarks"), models.calls);
    }

    @Test
    void looksNoFurtherThanAPortraitsLargeFace() {
        // The price of stopping early: a far face beside a near one more than twice its size is not
        // looked for (the reference, with its short-range detector alone, never finds it either).
        FakeFaceModels models = new FakeFaceModels();
        SceneFace near = models.add(300, 300, 420, 0); // 336 px: over 2 × the short range's 160 px reach
        near.logit = 3f;
        models.add(700, 150, 40, 0).logit = 2f;

        List<Face> faces = FacePipeline.detect(models, 1000, 600, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));

        assertEquals(1, faces.size());
        assertFaceMatches(near, faces.get(0), 1f);
        assertEquals(Arrays.asList("short-range@0", "landmarks"), models.calls);
    }

    @Test
    void looksForSmallerFacesBesideOnesNearTheShortRangeFloor() {
        // A group photo: the nearest face is sure (0.95) but only 160 px wide, less than twice what
        // the short range sees on a 1000-px photo (160 px); the others, 72 px, only a larger scale shows.
        FakeFaceModels models = new FakeFaceModels();
        SceneFace near = models.add(150, 300, 200, 0);
        SceneFace[] others = new SceneFace[4];
        for (int i = 0; i < others.length; i++) {
            others[i] = models.add(400 + 160 * i, 250 + 20 * i, 90, 0);
            others[i].logit = 2f + 0.2f * i;
        }

        List<Face> faces = FacePipeline.detect(models, 1000, 600, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));

        assertEquals(5, faces.size());
        assertFaceMatches(near, faces.get(0), 1f);
        for (int rank = 1; rank < 5; rank++) {
            assertFaceMatches(others[4 - rank], faces.get(rank), 1f);
        }
        // Faces down to 80 px: the scale that puts them at the floor, 256 px across, finds the others;
        // faces down to 36 px may then be there: 576 px across looks and finds no more.
        List<String> expected = new java.util.ArrayList<>(Arrays.asList("short-range@0", "landmarks",
                "short-range@0 256x160"));
        expected.addAll(java.util.Collections.nCopies(4, "landmarks"));
        expected.add("short-range@0 576x352");
        assertEquals(expected, models.calls);
        // One landmark batch per step: the near face, then the four others together.
        assertEquals(Arrays.asList(1, 4), models.landmarkBatches);
    }

    @Test
    void aBarelyFoundFaceDoesNotEndTheSearch() {
        // A large face found with 0.53 tells nothing of the other faces' size: the search goes on
        // down to 20 px and finds the small ones the whole photo could not show.
        FakeFaceModels models = new FakeFaceModels();
        SceneFace weak = models.add(250, 300, 300, 0);
        weak.logit = 0.12f; // 0.53
        SceneFace[] small = new SceneFace[3];
        for (int i = 0; i < small.length; i++) {
            small[i] = models.add(600 + 120 * i, 250, 40, 0);
        }
        List<Face> faces = FacePipeline.detect(models, 1000, 600, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setRetryRotations(false));
        assertEquals(4, faces.size());
        assertEquals(sigmoid(0.12f), faces.get(3).score, 1e-6f);
        assertTrue(models.calls.contains("short-range@0 640x384"), models.calls.toString());

        // Sure of it (0.73), the search looks only for faces down to half its 240 px: none of the small ones.
        FakeFaceModels sure = new FakeFaceModels();
        sure.scene.addAll(models.scene);
        weak.logit = 1f;
        assertEquals(1, FacePipeline.detect(sure, 1000, 600, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setRetryRotations(false)).size());
    }

    @Test
    void dropsTheLowerScoringOfTwoNestedFaces() {
        // A "face" three times as wide round a real one (a cup round a small face, say): faces do
        // not nest, so the lower scoring one goes; side by side, both stay.
        FakeFaceModels models = new FakeFaceModels();
        SceneFace small = models.add(500, 300, 40, 0);
        small.logit = 1f; // 0.73
        SceneFace around = models.add(505, 310, 130, 0);
        around.logit = 0.12f; // 0.53
        List<Face> faces = FacePipeline.detect(models, 1000, 600, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setRetryRotations(false));
        assertEquals(1, faces.size(), faces.toString());
        assertFaceMatches(small, faces.get(0), 1f);
    }

    @Test
    void batchesEachLandmarkPassOverEveryFace() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace left = models.add(200, 300, PORTRAIT, 0);
        SceneFace right = models.add(600, 300, PORTRAIT, 0);
        List<Face> faces = FacePipeline.detect(models, 800, 600, 1f, new PipelineOptions());
        assertEquals(2, faces.size());
        // Both faces' first runs in one batch, their refined regions in another, their mirrors in a third.
        assertEquals(Arrays.asList(2, 2, 2), models.landmarkBatches);
        // The fake reads a face exactly, and mirrored the same, so averaging keeps it exact.
        for (Face face : faces) {
            assertPointsMatch(face.x < 400 ? left : right, face, 1f);
        }
    }

    @Test
    void dropsDetectionsBelowTheMinimumScoreWhenOneIsSet() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace faint = models.add(300, 200, 120, 0);
        faint.logit = -0.1f; // 0.475: under the short-range floor of 0.5
        PipelineOptions options = new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setRetryRotations(false);
        assertTrue(Float.isNaN(options.minDetectionScore()));
        assertTrue(FacePipeline.detect(models, 640, 480, 1f, options).isEmpty());

        List<Face> faces = FacePipeline.detect(models, 640, 480, 1f,
                options.setMinDetectionScore(0.45f));
        assertEquals(1, faces.size());
        assertEquals(sigmoid(-0.1f), faces.get(0).score, 1e-6f);

        faint.logit = 0.2f; // 0.55: over the short-range floor, under 0.6
        assertEquals(1, FacePipeline.detect(models, 640, 480, 1f,
                options.setMinDetectionScore(Float.NaN)).size());
        assertTrue(FacePipeline.detect(models, 640, 480, 1f,
                options.setMinDetectionScore(0.6f)).isEmpty());
    }

    @Test
    void aFinerStepKeepsNoDetectionAsWideAsTheStepsBeforeReach() {
        // Small faces, none of which the whole photo shows, send the search on to a large scale;
        // there a patch of texture looks, not surely, like a face wider than the first step reaches
        // (which saw nothing there): left out.
        FakeFaceModels models = new FakeFaceModels();
        SceneFace near = models.add(300, 300, 90, 0); // 9 %: only a larger scale shows it
        SceneFace far = models.add(700, 150, 40, 0); // 4 %: likewise
        far.logit = 2f;
        SceneFace texture = models.add(620, 450, 180, 0); // 180 px, but only at 2 image px an input px or less
        texture.seenOnInputsUpTo = 2;
        texture.logit = 0.2f; // 0.55, under WIDE_ON_TILES_MIN_SCORE
        PipelineOptions options = new PipelineOptions().setRefinePasses(0).setMirrorAverage(false);
        List<Face> faces = FacePipeline.detect(models, 1000, 600, 1f, options);
        assertEquals(2, faces.size(), "the texture's detection is not kept: " + faces);
        assertFaceMatches(near, faces.get(0), 1f);
        assertFaceMatches(far, faces.get(1), 1f);

        // Sure, it is kept: a face the steps before missed.
        texture.logit = 1f; // 0.73
        assertEquals(3, FacePipeline.detect(models, 1000, 600, 1f, options).size());
    }

    @Test
    void usesNoLargerInputThanAllowed() {
        FakeFaceModels models = new FakeFaceModels();
        models.add(300, 300, 90, 0); // 9 %: only a larger scale shows it
        models.add(700, 150, 35, 0); // 3.5 %: 20 px at 576 across, 11 px at 320
        PipelineOptions options = new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setSearchSide(320);
        List<Face> faces = FacePipeline.detect(models, 1000, 600, 1f, options);
        assertEquals(1, faces.size());
        // 208 px across finds the near face; faces half its 72 px may be there, which 576 px across
        // would see: the largest side allowed runs instead, and the far face stays unseen.
        assertEquals(Arrays.asList("short-range@0", "short-range@0 208x128", "landmarks", "short-range@0 320x192"),
                models.calls);
        FakeFaceModels unlimited = new FakeFaceModels();
        unlimited.scene.addAll(models.scene);
        assertEquals(2, FacePipeline.detect(unlimited, 1000, 600, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false)).size(), "the default side finds both");
    }

    @Test
    void scalesToTheOriginalResolution() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(400, 300, 180, 0.2f);
        List<Face> faces = FacePipeline.detect(models, 800, 600, 2.5f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));
        assertEquals(1, faces.size());
        Face found = faces.get(0);
        float[] p = new float[2];
        face.landmark(0, p);
        assertEquals((p[0] + 0.5f) * 2.5f, found.landmarks[0], 0.03f);
        assertEquals((p[1] + 0.5f) * 2.5f, found.landmarks[1], 0.03f);
        assertFaceMatches(face, found, 2.5f);
        // The box bounds the scene's landmarks, in original pixels.
        float minX = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            face.landmark(i, p);
            minX = Math.min(minX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        assertEquals((minX + 0.5f) * 2.5f, found.x, 0.03f);
        assertEquals((maxY + 0.5f) * 2.5f, found.y + found.height, 0.03f);
    }

    @Test
    void findsTwelveFacesInAGroupPhoto() {
        FakeFaceModels models = new FakeFaceModels();
        for (int i = 0; i < 12; i++) {
            SceneFace face = models.add(150 + 300 * (i % 4), 150 + 300 * (i / 4), 150, 0);
            face.logit = 1f + 0.25f * i;
        }
        List<Face> faces = FacePipeline.detect(models, 1200, 900, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));
        assertEquals(12, faces.size());
        for (int rank = 0; rank < 12; rank++) {
            SceneFace expected = models.scene.get(11 - rank); // highest logit first
            assertFaceMatches(expected, faces.get(rank), 1f);
        }
    }

    @Test
    void capsTheNumberOfFaces() {
        FakeFaceModels models = new FakeFaceModels();
        for (int i = 0; i < 12; i++) {
            SceneFace face = models.add(150 + 300 * (i % 4), 150 + 300 * (i / 4), 150, 0);
            face.logit = 1f + 0.25f * i;
        }
        models.add(1150, 880, 30, 0).logit = 6f; // small: only a larger scale shows it
        List<Face> faces = FacePipeline.detect(models, 1200, 900, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setMaxFaces(5));
        assertEquals(5, faces.size());
        assertEquals(sigmoid(1f + 0.25f * 11), faces.get(0).score, 1e-6f);
        assertEquals(sigmoid(1f + 0.25f * 7), faces.get(4).score, 1e-6f);
        // The small face only a larger scale finds ranks after the whole image's detections: no group is left.
        assertEquals(5, landmarkRuns(models));
    }

    @Test
    void findsSmallFacesOfALargePhotoAtALargerScale() {
        // 45-pixel faces in a 2000×1200 photo: 2.25 % of the side, too small for the whole image at
        // 128²; 14.4 px at the largest scale (640 across), enough for the fake detector (12.8).
        FakeFaceModels models = new FakeFaceModels();
        SceneFace[] small = new SceneFace[8];
        for (int i = 0; i < small.length; i++) {
            small[i] = models.add(150 + 240 * i, 500 + 40 * (i % 3), 45, 0);
            small[i].logit = 2f + 0.1f * i;
        }
        List<Face> faces = FacePipeline.detect(models, 2000, 1200, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));
        assertEquals(8, faces.size());
        for (int rank = 0; rank < 8; rank++) {
            assertFaceMatches(small[7 - rank], faces.get(rank), 1f);
        }
        // No face on the whole photo, of 2000 px, nor at a tenth of its side (208 across): faces down
        // to 20 px are looked for, so the largest scale runs (640 across, 384 down) and finds them.
        List<String> expected = new java.util.ArrayList<>(Arrays.asList("short-range@0", "short-range@0 208x128",
                "short-range@0 640x384"));
        expected.addAll(java.util.Collections.nCopies(8, "landmarks"));
        assertEquals(expected, models.calls);

        FakeFaceModels unsearched = new FakeFaceModels();
        unsearched.scene.addAll(models.scene);
        assertTrue(FacePipeline.detect(unsearched, 2000, 1200, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setSearchSide(0)).isEmpty());
        assertEquals(Arrays.asList("short-range@0", "short-range@90", "short-range@180", "short-range@270"),
                unsearched.calls);
    }

    @Test
    void dropsASecondDetectionOfTheSameFace() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(300, 250, 160, 0);
        face.ghost = true; // a second, offset box that NMS keeps (IoU 0.21)
        List<Face> faces = FacePipeline.detect(models, 600, 500, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));
        assertEquals(1, faces.size());
        assertEquals(sigmoid(3f), faces.get(0).score, 1e-6f);
        assertEquals(2, landmarkRuns(models));
    }

    @Test
    void triesTheNextDetectionOfAFaceWhenTheLandmarkModelRejectsTheFirst() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(300, 250, 160, 0);
        face.rejectedLandmarkRuns = 1; // its sure 0° detection is turned down: the turned passes run
        List<Face> faces = FacePipeline.detect(models, 600, 500, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setSearchSide(0));
        // The 0° detection is rejected; the next in its group is the 90° pass's sideways one.
        assertEquals(1, faces.size());
        assertEquals(90, faces.get(0).rotationDegrees);
        assertEquals(sigmoid(1f), faces.get(0).score, 1e-6f);
        assertEquals(2, landmarkRuns(models));
    }

    @Test
    void needsAHigherScoreFromTurnedPasses() {
        FakeFaceModels weak = new FakeFaceModels();
        weak.add(300, 250, 160, HALF_PI).logit = 0.2f; // 0.55 at 90°: not taken
        PipelineOptions untuned = new PipelineOptions().setRefinePasses(0).setMirrorAverage(false);
        assertTrue(FacePipeline.detect(weak, 600, 500, 1f, untuned).isEmpty());
        assertEquals(0, landmarkRuns(weak));

        FakeFaceModels clear = new FakeFaceModels();
        clear.add(300, 250, 160, HALF_PI).logit = 0.5f; // 0.62 at 90°
        List<Face> faces = FacePipeline.detect(clear, 600, 500, 1f, untuned);
        assertEquals(1, faces.size());
        assertEquals(90, faces.get(0).rotationDegrees);
    }

    @Test
    void keepsTheReferencePathAtZeroDegreesWhenRetriesAreOff() {
        // Lying on its side and retries off: the 0° pass's sideways detection is all there is.
        FakeFaceModels models = new FakeFaceModels();
        models.add(320, 240, PORTRAIT, HALF_PI);
        List<Face> faces = FacePipeline.detect(models, 640, 480, 1f,
                new PipelineOptions().setRefinePasses(0).setMirrorAverage(false).setRetryRotations(false));
        assertEquals(1, faces.size());
        assertEquals(0, faces.get(0).rotationDegrees);
        assertEquals(sigmoid(1f), faces.get(0).score, 1e-6f);
        assertEquals(Arrays.asList("short-range@0", "landmarks"), models.calls);
    }

    @Test
    void skipsDetectionsTheLandmarkModelRejects() {
        FakeFaceModels models = new FakeFaceModels();
        SceneFace face = models.add(150, 150, 120, 0);
        models.add(450, 150, 120, 0).real = false;
        List<Face> faces = FacePipeline.detect(models, 600, 300, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));
        assertEquals(1, faces.size());
        assertFaceMatches(face, faces.get(0), 1f);
    }

    @Test
    void isDeterministicAndOrdersTiesByX() {
        FakeFaceModels models = new FakeFaceModels();
        models.add(500, 200, 150, 0);
        models.add(150, 200, 150, 0);
        models.add(330, 400, 150, 0).logit = 4f;
        List<Face> first = FacePipeline.detect(models, 700, 600, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));
        List<Face> second = FacePipeline.detect(models, 700, 600, 1f, new PipelineOptions().setRefinePasses(0).setMirrorAverage(false));
        assertEquals(3, first.size());
        assertEquals(330 - 60f + 0.5f, first.get(0).x, 0.01f);
        assertEquals(150 - 60f + 0.5f, first.get(1).x, 0.01f);
        assertEquals(500 - 60f + 0.5f, first.get(2).x, 0.01f);
        for (int i = 0; i < 3; i++) {
            assertEquals(first.get(i).score, second.get(i).score);
            assertArrayEquals(first.get(i).landmarks, second.get(i).landmarks);
        }
    }
}
