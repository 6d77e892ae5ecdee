package app.maskai.core.fit;

/**
 * How readily faces are found and how strongly live landmarks are smoothed
 * (docs/CONTRACTS.md, "Fitting sensitivity").
 *
 * <p>minDetectionScore: detections scoring below are dropped (the short-range detector's own floor
 * is 0.5, a tfjs-models face_detection constant). One Euro
 * parameters are for landmark coordinates in image pixels at 30 frames per second: minCutoff in
 * Hz, beta per pixel. Casiez et al. suggest starting at minCutoff 1 Hz and raising beta until fast
 * motion stops lagging; BALANCED is that start with beta 0.01 (a face moving 300 px/s gets a
 * 4 Hz cutoff); RELAXED halves the cutoff (strong smoothing, for still portraits and shaky
 * cameras); PRECISE doubles it and follows fast motion sooner (light smoothing).
 */
public enum FitSensitivity {
    /** Fewer, surer faces; strong smoothing. */
    RELAXED(0.6f, 0.5, 0.005),
    /** The default. */
    BALANCED(0.5f, 1.0, 0.01),
    /** More faces (smaller, turned, partly hidden); light smoothing. */
    PRECISE(0.45f, 2.0, 0.03);

    public static final FitSensitivity DEFAULT = BALANCED;

    /** Detections scoring below this are dropped. */
    public final float minDetectionScore;
    /** One Euro minimum cutoff, Hz. */
    public final double minCutoff;
    /** One Euro speed coefficient, per pixel. */
    public final double beta;

    FitSensitivity(float minDetectionScore, double minCutoff, double beta) {
        this.minDetectionScore = minDetectionScore;
        this.minCutoff = minCutoff;
        this.beta = beta;
    }

    /** A One Euro filter over {@code size} values with these parameters. */
    public OneEuroFilter newFilter(int size) {
        return new OneEuroFilter(size, minCutoff, beta);
    }

    /** Sets {@code filter}'s parameters to these (keeps its state). */
    public void applyTo(OneEuroFilter filter) {
        filter.setParameters(minCutoff, beta, OneEuroFilter.DEFAULT_DERIVATIVE_CUTOFF);
    }
}
