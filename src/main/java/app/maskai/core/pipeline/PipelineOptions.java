package app.maskai.core.pipeline;

import app.maskai.core.detect.DetectorSpec;

/** Settings for {@link FacePipeline#detect}. Mutable; setters return this for chaining. */
public final class PipelineOptions {
    /** Enough for a group photo; the detector keeps at most this many after suppression. */
    public static final int DEFAULT_MAX_FACES = 20;
    /** Detector inputs up to 640 px on the long side: faces down to 3.2 % of the photo's (see SearchScale). */
    public static final int DEFAULT_SEARCH_SIDE = SearchScale.DEFAULT_MAX_SIDE;
    /** The largest search side allowed: 1024 (64× a 128² run on a square photo). */
    public static final int MAX_SEARCH_SIDE = 1024;
    /**
     * Landmark passes after the first, each on a region recomputed from the previous pass's
     * landmarks (rotation from points 33 and 263, as MediaPipe tracks video). 0 is the reference
     * pipeline's path.
     */
    public static final int DEFAULT_REFINE_PASSES = 1;

    private int maxFaces = DEFAULT_MAX_FACES;
    private boolean retryRotations = true;
    private int searchSide = DEFAULT_SEARCH_SIDE;
    private float minDetectionScore = Float.NaN;
    private int refinePasses = DEFAULT_REFINE_PASSES;
    private boolean mirrorAverage = true;

    public int maxFaces() {
        return maxFaces;
    }

    /** At most this many faces (≥ 1). */
    public PipelineOptions setMaxFaces(int maxFaces) {
        if (maxFaces < 1) {
            throw new IllegalArgumentException("maxFaces must be at least 1, got " + maxFaces);
        }
        this.maxFaces = maxFaces;
        return this;
    }

    public boolean retryRotations() {
        return retryRotations;
    }

    /** When nothing is found upright, try the image turned by 90°, 180° and 270°. */
    public PipelineOptions setRetryRotations(boolean retryRotations) {
        this.retryRotations = retryRotations;
        return this;
    }

    public int searchSide() {
        return searchSide;
    }

    /**
     * The largest detector input side the search for small faces may use (see SearchScale: the
     * larger, the smaller the faces it finds, faces of 20.5 px in the input at the cost of its
     * pixels); 128 or less turns that search off, leaving the reference's whole-photo 128² step.
     */
    public PipelineOptions setSearchSide(int searchSide) {
        if (searchSide < 0 || searchSide > MAX_SEARCH_SIDE) {
            throw new IllegalArgumentException("searchSide must be 0 to " + MAX_SEARCH_SIDE + ", got " + searchSide);
        }
        this.searchSide = searchSide;
        return this;
    }

    /** The minimum detection score set, or NaN: each detector's own (DetectorSpec.minScore). */
    public float minDetectionScore() {
        return minDetectionScore;
    }

    /**
     * Drops detections scoring below {@code minDetectionScore} (0..1), for every detector, instead
     * of the detector's own floor (0.5, the short range's); NaN restores that floor
     * (the default). FitSensitivity.minDetectionScore gives the presets.
     */
    public PipelineOptions setMinDetectionScore(float minDetectionScore) {
        if (!Float.isNaN(minDetectionScore) && !(minDetectionScore >= 0 && minDetectionScore <= 1)) {
            throw new IllegalArgumentException("minDetectionScore must be 0 to 1 (or NaN), got "
                    + minDetectionScore);
        }
        this.minDetectionScore = minDetectionScore;
        return this;
    }

    /** The floor applied to {@code spec}'s detections. */
    public float minDetectionScoreFor(DetectorSpec spec) {
        return Float.isNaN(minDetectionScore) ? spec.minScore : minDetectionScore;
    }

    public int refinePasses() {
        return refinePasses;
    }

    /** 0 (the reference's single landmark pass) to 3. */
    public PipelineOptions setRefinePasses(int refinePasses) {
        if (refinePasses < 0 || refinePasses > 3) {
            throw new IllegalArgumentException("refinePasses must be 0 to 3, got " + refinePasses);
        }
        this.refinePasses = refinePasses;
        return this;
    }

    /**
     * Whether the landmark model also runs on the mirror image of the final region, its landmarks
     * mirrored back and averaged with the direct ones: the result is then exactly equivariant under
     * mirroring the photo, and the model's noise averages down. false is the reference's path.
     */
    public boolean mirrorAverage() {
        return mirrorAverage;
    }

    public PipelineOptions setMirrorAverage(boolean mirrorAverage) {
        this.mirrorAverage = mirrorAverage;
        return this;
    }
}
