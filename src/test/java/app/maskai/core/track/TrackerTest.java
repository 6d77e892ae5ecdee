package app.maskai.core.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.pipeline.FaceModels;
import app.maskai.core.pipeline.FakeFaceModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackerTest {
    private static final int W = 640;
    private static final int H = 480;
    private static final float SIZE = 160;

    /**
     * A video of one upright face: the detector is {@link FakeFaceModels}'s (BlazeFace's output
     * layout, exactly); the landmark model answers, for a region whose centre lies within half its
     * side of the face, with 468 known points of that face (33 and 263 level, as on a real upright
     * face), else with "no face".
     */
    private static final class Video implements FaceModels {
        final FakeFaceModels detector = new FakeFaceModels();
        float cx;
        float cy;
        boolean visible = true;
        /** Added to every landmark the model reports (camera noise), pixels. */
        float noiseX;
        /**
         * How far the model's answer is drawn towards its region's centre, a fraction of the
         * distance (0: the face wherever the region lies): a half-hidden face, found off its place
         * from a region off the face and drawn back onto it frame by frame.
         */
        float pull;
        /** Where the detector sees the face, from its true centre, pixels down. */
        float detectorOffsetY;
        int detectorCalls;
        int landmarkCalls;
        private final float[] crop = new float[2];

        void moveTo(float x, float y) {
            cx = x;
            cy = y;
            detector.scene.clear();
            if (visible) {
                detector.add(x, y + detectorOffsetY, SIZE, 0);
            }
        }

        void hide() {
            visible = false;
            moveTo(cx, cy);
        }

        void show(float x, float y) {
            visible = true;
            moveTo(x, y);
        }

        @Override
        public float[] runDetector(DetectorSpec spec, RotatedRect inputRect) {
            detectorCalls++;
            return detector.runDetector(spec, inputRect);
        }

        @Override
        public float runLandmarks(RotatedRect roi, float[] meshDest) {
            landmarkCalls++;
            if (!visible || Math.hypot(cx - roi.cx, cy - roi.cy) > 0.5 * Math.abs(roi.width)) {
                java.util.Arrays.fill(meshDest, 96);
                return 0.05f;
            }
            float fx = cx + pull * (roi.cx - cx);
            float fy = cy + pull * (roi.cy - cy);
            for (int i = 0; i < LandmarkModel.POINTS; i++) {
                roi.imageToCrop(truthX(i, fx) + noiseX, truthY(i, fy), LandmarkModel.INPUT_SIZE,
                        LandmarkModel.INPUT_SIZE, crop);
                meshDest[3 * i] = crop[0];
                meshDest[3 * i + 1] = crop[1];
                meshDest[3 * i + 2] = 0;
            }
            return 0.97f;
        }
    }

    /** Landmark i of a face centred at cx, in pixel-index coordinates; 33 and 263 are the eyes. */
    static float truthX(int i, float cx) {
        if (i == LandmarkModel.RIGHT_EYE_OUTER_CORNER) {
            return cx - 0.3f * SIZE;
        }
        if (i == LandmarkModel.LEFT_EYE_OUTER_CORNER) {
            return cx + 0.3f * SIZE;
        }
        return cx + SIZE * (-0.4f + 0.8f * (i % 22) / 21f);
    }

    static float truthY(int i, float cy) {
        if (i == LandmarkModel.RIGHT_EYE_OUTER_CORNER || i == LandmarkModel.LEFT_EYE_OUTER_CORNER) {
            return cy - 0.1f * SIZE;
        }
        return cy + SIZE * (-0.45f + 0.9f * (i / 22) / 21f);
    }

    @Test
    void detectsOnceThenFollowsWithTheLandmarkModelAlone() {
        Video video = new Video();
        Tracker tracker = new Tracker(1, 30);
        int detectorFrames = 0;
        for (int f = 0; f < 60; f++) {
            video.moveTo(300 + 2 * f, 240 + f);
            int before = video.detectorCalls;
            assertEquals(1, tracker.update(video, W, H, f / 30.0), "faces at frame " + f);
            if (video.detectorCalls > before) {
                detectorFrames++;
                assertTrue(f == 0 || f == 30, "detector ran at frame " + f);
            }
        }
        assertEquals(2, detectorFrames);
        assertEquals(2, tracker.detectorRuns());
        assertEquals(60, tracker.frames());
    }

    /**
     * The live view's per-frame path: a frame that follows its faces (no detector run) allocates
     * nothing, counted by the JVM's per-thread allocation counter. The face moves by its fields, not
     * {@link Video#moveTo}, whose scene for the detector allocates. The JVM itself now and then
     * puts one small object on the thread (56 bytes, once in six CI runs), so the least of three
     * windows of 50 frames must be 0: code that allocates per frame shows in every window (one
     * RotatedRect a frame was 2,400 bytes a window).
     */
    @Test
    void aFrameThatFollowsItsFaceAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        Video video = new Video();
        Tracker tracker = new Tracker(1, 1000);
        video.moveTo(300, 240);
        for (int f = 0; f < 20; f++) {
            tracker.update(video, W, H, f / 30.0);
        }
        int frames = 50;
        long least = Long.MAX_VALUE;
        List<Long> windows = new ArrayList<>();
        for (int window = 0; window < 3; window++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int f = 0; f < frames; f++) {
                int t = 20 + window * frames + f;
                video.cx = 300 + 0.5f * t;
                video.cy = 240 + 0.25f * t;
                tracker.update(video, W, H, t / 30.0);
            }
            long bytes = threads.getCurrentThreadAllocatedBytes() - before;
            windows.add(bytes);
            least = Math.min(least, bytes);
        }
        assertEquals(1, tracker.detectorRuns(), "the detector ran while following");
        assertEquals(1, tracker.faceCount());
        System.out.println("Tracker.update, following one face: bytes allocated in three windows of " + frames
                + " frames: " + windows);
        assertEquals(0, least, "bytes allocated in each of three windows of " + frames
                + " frames that follow a face: " + windows);
    }

    @Test
    void smoothedLandmarksSettleOnTheFaceWithPixelCentresAtHalf() {
        Video video = new Video();
        Tracker tracker = new Tracker(1, 30);
        for (int f = 0; f < 20; f++) {
            video.moveTo(300 + 3 * f, 200);
            tracker.update(video, W, H, f / 30.0);
        }
        for (int f = 20; f < 80; f++) {
            tracker.update(video, W, H, f / 30.0);
        }
        float[] landmarks = tracker.landmarks(0);
        for (int i : new int[] {0, 33, 263, 467}) {
            assertEquals(truthX(i, video.cx) + 0.5f, landmarks[3 * i], 0.05f, "x of landmark " + i);
            assertEquals(truthY(i, video.cy) + 0.5f, landmarks[3 * i + 1], 0.05f, "y of landmark " + i);
        }
    }

    @Test
    void runsTheDetectorAtOnceWhenTheFaceIsLost() {
        Video video = new Video();
        Tracker tracker = new Tracker(1, 30);
        video.moveTo(200, 200);
        tracker.update(video, W, H, 0);
        tracker.update(video, W, H, 1 / 30.0);
        assertEquals(1, tracker.detectorRuns());

        video.hide();
        assertEquals(0, tracker.update(video, W, H, 2 / 30.0));
        assertTrue(tracker.detectedLastFrame());
        assertEquals(2, tracker.detectorRuns());
        // Nothing to follow: every frame looks for a face until one appears.
        assertEquals(0, tracker.update(video, W, H, 3 / 30.0));
        assertEquals(3, tracker.detectorRuns());

        // It comes back far from where it was lost; found in the same frame, not one later.
        video.show(450, 300);
        assertEquals(1, tracker.update(video, W, H, 4 / 30.0));
        assertEquals(4, tracker.detectorRuns());
        assertEquals(truthX(1, 450) + 0.5f, tracker.landmarks(0)[3], 0.01f, "a new face is not smoothed towards the old");
    }

    @Test
    void jumpsFarFromTheRegionCountAsLost() {
        Video video = new Video();
        Tracker tracker = new Tracker(1, 30);
        video.moveTo(150, 150);
        tracker.update(video, W, H, 0);
        video.moveTo(500, 350);
        assertEquals(1, tracker.update(video, W, H, 1 / 30.0));
        assertEquals(2, tracker.detectorRuns());
        assertEquals(truthY(100, 350) + 0.5f, tracker.landmarks(0)[301], 0.01f);
    }

    @Test
    void scheduledDetectionDoesNotAddTheFollowedFaceTwice() {
        Video video = new Video();
        Tracker tracker = new Tracker(4, 5);
        for (int f = 0; f < 23; f++) {
            video.moveTo(300 + f, 240);
            assertEquals(1, tracker.update(video, W, H, f / 30.0), "faces at frame " + f);
        }
        assertEquals(5, tracker.detectorRuns()); // frames 0, 5, 10, 15, 20
    }

    @Test
    void aDetectionThatLandsOffAFollowedFaceDoesNotLeaveItFollowedTwice() {
        Video video = new Video();
        video.pull = 0.6f;
        video.detectorOffsetY = 0.7f * SIZE;
        Tracker tracker = new Tracker(4, 5);
        int most = 0;
        for (int f = 0; f < 40; f++) {
            video.moveTo(300, 220);
            int faces = tracker.update(video, W, H, f / 30.0);
            most = Math.max(most, faces);
        }
        assertTrue(most >= 2, "the test needs a detection to land off the followed face: at most " + most + " faces");
        assertEquals(1, tracker.faceCount(), "one face followed once the tracks meet");
    }

    @Test
    void relaxedSmoothsJitterMoreThanPrecise() {
        assertTrue(jitter(FitSensitivity.RELAXED) < 0.5 * jitter(FitSensitivity.PRECISE),
                "relaxed " + jitter(FitSensitivity.RELAXED) + " vs precise " + jitter(FitSensitivity.PRECISE));
        assertTrue(jitter(FitSensitivity.PRECISE) < 1.0, "the filter smooths at all");
    }

    /** Mean absolute frame-to-frame change of landmark 1's x, for a still face with ±1 px noise. */
    private static double jitter(FitSensitivity sensitivity) {
        Video video = new Video();
        Tracker tracker = new Tracker(1, 30);
        tracker.setSensitivity(sensitivity);
        Random random = new Random(7);
        video.moveTo(320, 240);
        double total = 0;
        float previous = 0;
        for (int f = 0; f < 120; f++) {
            video.noiseX = random.nextBoolean() ? 1 : -1;
            tracker.update(video, W, H, f / 30.0);
            float x = tracker.landmarks(0)[3];
            if (f >= 20) {
                total += Math.abs(x - previous);
            }
            previous = x;
        }
        return total / 100;
    }

    @Test
    void aNewFrameSizeStartsAfresh() {
        Video video = new Video();
        Tracker tracker = new Tracker(1, 30);
        video.moveTo(300, 200);
        tracker.update(video, W, H, 0);
        tracker.update(video, W, H, 1 / 30.0);
        tracker.update(video, 480, 640, 2 / 30.0);
        assertEquals(2, tracker.detectorRuns());
    }

    @Test
    void refusesNonsense() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Tracker(0, 30));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Tracker(1, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Tracker(1, 30).update(new Video(), 0, 480, 0));
    }
}
