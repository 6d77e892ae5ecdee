package app.maskai.core.track;

import app.maskai.core.detect.Detection;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.fit.OneEuroFilter;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.landmarks.FacePresence;
import app.maskai.core.landmarks.LandmarkBounds;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.landmarks.LandmarkProjection;
import app.maskai.core.landmarks.RegionOfInterest;
import app.maskai.core.pipeline.Face;
import app.maskai.core.pipeline.FaceModels;
import app.maskai.core.pipeline.FacePipeline;
import app.maskai.core.pipeline.PipelineOptions;
import java.util.List;

/**
 * Follows faces through a video, as MediaPipe's face mesh graph does: each tracked face's region
 * for this frame comes from its landmarks in the previous frame
 * ({@link RegionOfInterest#fromLandmarks}) and only the landmark model runs on it. The detector
 * (the whole {@link FacePipeline}) runs when there is no face to follow, when a followed face is
 * lost (its face flag drops below {@link FacePresence#MIN_PRESENCE}), and every
 * {@code detectEvery} frames, to pick up faces that came into view; a detected face that overlaps
 * a followed one is not added twice.
 *
 * <p>The landmarks handed out are smoothed with a {@link OneEuroFilter} per face whose parameters
 * come from the fitting sensitivity; the filter is reset when a face is new. Coordinates are those
 * of {@link FacePipeline}: the frame's pixels, pixel i's centre at i + 0.5.
 *
 * <p>Not thread-safe; one instance per video. After the first frames {@link #update} allocates
 * nothing unless the detector runs.
 */
public final class Tracker {
    /** MediaPipe re-detects only on loss; we also re-detect once a second at 30 fps for new faces. */
    public static final int DEFAULT_DETECT_EVERY = 30;
    /** Faces followed at once in live video; each costs one landmark-model run a frame. */
    public static final int LIVE_MAX_FACES = 4;
    /** Landmark boxes overlapping more than this are the same face. */
    static final float SAME_FACE_IOU = FacePipeline.SAME_FACE_IOU;
    private static final float PIXEL_CENTRE = FacePipeline.PIXEL_CENTRE;

    /** One face being followed. Landmarks are kept in pixel-index coordinates (as the crops use). */
    private static final class Track {
        final float[] raw = new float[LandmarkModel.MESH_VALUES];
        final float[] smoothed = new float[LandmarkModel.MESH_VALUES];
        final OneEuroFilter filter;
        float presence;
        boolean alive;

        Track(FitSensitivity sensitivity) {
            filter = sensitivity.newFilter(LandmarkModel.MESH_VALUES);
        }
    }

    private final int maxFaces;
    private final int detectEvery;
    private final Track[] tracks;
    private final float[] mesh = new float[LandmarkModel.MESH_VALUES];
    /** The region being followed, and a face box: reused, so a frame that follows allocates nothing. */
    private final RotatedRect region = new RotatedRect();
    private final float[] box = new float[4];
    private final float[] otherBox = new float[4];
    private int count;
    private PipelineOptions detectOptions;
    private FitSensitivity sensitivity = FitSensitivity.DEFAULT;
    private int width;
    private int height;
    private int sinceDetection;
    private long frames;
    private long detectorRuns;
    private boolean detectedLastFrame;

    /**
     * {@code maxFaces} ≥ 1 faces at most; the detector runs at least every {@code detectEvery} ≥ 1
     * frames.
     */
    public Tracker(int maxFaces, int detectEvery) {
        if (maxFaces < 1 || detectEvery < 1) {
            throw new IllegalArgumentException("need maxFaces >= 1 and detectEvery >= 1, got " + maxFaces + ", "
                    + detectEvery);
        }
        this.maxFaces = maxFaces;
        this.detectEvery = detectEvery;
        this.tracks = new Track[maxFaces];
        setSensitivity(FitSensitivity.DEFAULT);
    }

    /**
     * The smoothing and the detector's minimum score; takes effect at the next frame, keeping the
     * faces followed and their filters' state.
     */
    public void setSensitivity(FitSensitivity sensitivity) {
        this.sensitivity = sensitivity;
        // Video: frames are upright and small; the photo path's turned passes, larger-scale search, refinement and
        // mirror averaging would cost several model runs a frame for nothing the tracker needs.
        this.detectOptions = new PipelineOptions().setMaxFaces(maxFaces).setRetryRotations(false).setSearchSide(0)
                .setRefinePasses(0).setMirrorAverage(false).setMinDetectionScore(sensitivity.minDetectionScore);
        for (int i = 0; i < maxFaces; i++) {
            if (tracks[i] != null) {
                sensitivity.applyTo(tracks[i].filter);
            }
        }
    }

    public FitSensitivity sensitivity() {
        return sensitivity;
    }

    /** Forgets every face (the camera changed or stopped); the next frame runs the detector. */
    public void reset() {
        count = 0;
        sinceDetection = 0;
    }

    /**
     * Processes the models' current image, a {@code width}×{@code height} video frame taken at
     * {@code timestampSeconds}; returns how many faces are followed now. Their landmarks are
     * {@link #landmarks(int)}.
     */
    public int update(FaceModels models, int width, int height, double timestampSeconds) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
        }
        if (width != this.width || height != this.height) {
            reset();
            this.width = width;
            this.height = height;
        }
        frames++;
        boolean lost = follow(models);
        detectedLastFrame = count == 0 || lost || ++sinceDetection >= detectEvery;
        if (detectedLastFrame) {
            detect(models);
        }
        for (int i = 0; i < count; i++) {
            Track track = tracks[i];
            track.filter.filter(track.raw, timestampSeconds, track.smoothed);
            for (int k = 0; k < LandmarkModel.MESH_VALUES; k += 3) {
                track.smoothed[k] += PIXEL_CENTRE;
                track.smoothed[k + 1] += PIXEL_CENTRE;
            }
        }
        return count;
    }

    /** Runs the landmark model on each face's region from its last landmarks; true when one was lost. */
    private boolean follow(FaceModels models) {
        boolean lost = false;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            Track track = tracks[i];
            RotatedRect roi = RegionOfInterest.fromLandmarks(track.raw, width, height, region);
            float presence = models.runLandmarks(roi, mesh);
            if (FacePresence.isFace(presence)) {
                LandmarkProjection.project(mesh, roi, LandmarkModel.INPUT_SIZE, track.raw);
                track.presence = presence;
                tracks[i] = tracks[kept];
                tracks[kept++] = track;
            } else {
                lost = true;
            }
        }
        count = kept;
        dropDuplicates();
        return lost;
    }

    /**
     * Drops each track that has come to follow the same face as an earlier one (their landmark
     * boxes overlap more than {@link #SAME_FACE_IOU}). A detection whose first landmarks land off
     * a half-hidden face (a hand over the mouth) starts a track beside the face's own, and a few
     * frames later both follow the one face.
     */
    private void dropDuplicates() {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            float[] mine = LandmarkBounds.of(tracks[i].raw, LandmarkModel.POINTS, this.box);
            boolean duplicate = false;
            for (int j = 0; j < kept && !duplicate; j++) {
                float[] other = LandmarkBounds.of(tracks[j].raw, LandmarkModel.POINTS, this.otherBox);
                duplicate = Detection.iou(mine[0], mine[1], mine[2], mine[3], other[0], other[1], other[2],
                        other[3]) > SAME_FACE_IOU;
            }
            if (!duplicate) {
                Track track = tracks[i];
                tracks[i] = tracks[kept];
                tracks[kept++] = track;
            }
        }
        count = kept;
    }

    /** The whole pipeline on this frame; faces not already followed start new tracks. */
    private void detect(FaceModels models) {
        detectorRuns++;
        sinceDetection = 0;
        List<Face> found = FacePipeline.detect(models, width, height, 1f, detectOptions);
        for (int f = 0; f < found.size() && count < maxFaces; f++) {
            Face face = found.get(f);
            if (overlapsTracked(face)) {
                continue;
            }
            Track track = tracks[count];
            if (track == null) {
                track = new Track(sensitivity);
                tracks[count] = track;
            } else {
                sensitivity.applyTo(track.filter);
            }
            track.filter.reset();
            for (int k = 0; k < LandmarkModel.MESH_VALUES; k += 3) {
                track.raw[k] = face.landmarks[k] - PIXEL_CENTRE;
                track.raw[k + 1] = face.landmarks[k + 1] - PIXEL_CENTRE;
                track.raw[k + 2] = face.landmarks[k + 2];
            }
            track.presence = face.presence;
            count++;
        }
    }

    private boolean overlapsTracked(Face face) {
        for (int i = 0; i < count; i++) {
            float[] box = LandmarkBounds.of(tracks[i].raw, LandmarkModel.POINTS, this.box);
            if (Detection.iou(face.x - PIXEL_CENTRE, face.y - PIXEL_CENTRE, face.x + face.width - PIXEL_CENTRE,
                    face.y + face.height - PIXEL_CENTRE, box[0], box[1], box[2], box[3]) > SAME_FACE_IOU) {
                return true;
            }
        }
        return false;
    }

    /** Faces followed after the last {@link #update}. */
    public int faceCount() {
        return count;
    }

    /**
     * Face {@code index}'s smoothed landmarks (468 × x, y, z, the frame's pixels); the array is
     * reused by the next {@link #update}.
     */
    public float[] landmarks(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("face " + index + " of " + count);
        }
        return tracks[index].smoothed;
    }

    /** Face {@code index}'s face flag in the last frame. */
    public float presence(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("face " + index + " of " + count);
        }
        return tracks[index].presence;
    }

    /** Frames processed since this tracker was made. */
    public long frames() {
        return frames;
    }

    /** Frames on which the detector ran. */
    public long detectorRuns() {
        return detectorRuns;
    }

    /** Whether the detector ran on the last frame. */
    public boolean detectedLastFrame() {
        return detectedLastFrame;
    }
}
