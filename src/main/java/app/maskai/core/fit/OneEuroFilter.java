package app.maskai.core.fit;

/**
 * The 1€ filter over a fixed-size vector (Casiez, Roussel and Vogel 2012, "1€ Filter: A Simple
 * Speed-based Low-pass Filter for Noisy Input in Interactive Systems", CHI '12): an exponential
 * low-pass filter whose cutoff rises with speed, so a still face stops jittering and a moving one
 * does not lag.
 *
 * <p>Per component, with the paper's notation and dt the time since the previous sample:
 * α(fc) = 1 / (1 + τ/dt), τ = 1 / (2π fc); dx̂ = α(dCutoff)·(x − x̂_prev)/dt + (1 − α)·dx̂_prev;
 * fc = minCutoff + β·|dx̂|; x̂ = α(fc)·x + (1 − α(fc))·x̂_prev. The first sample (and the first after
 * {@link #reset}) passes through unchanged with derivative 0. A sample whose timestamp does not
 * advance returns the previous output. Units: cutoffs in Hz, β in 1/(value unit), e.g. 1/pixel
 * for landmark coordinates in pixels.
 *
 * <p>{@link #filter} allocates nothing. Parameters may change between samples
 * ({@link #setParameters}).
 */
public final class OneEuroFilter {
    /** The paper's suggested derivative cutoff, 1 Hz. */
    public static final double DEFAULT_DERIVATIVE_CUTOFF = 1.0;

    private final int size;
    private final float[] previous;
    private final float[] previousDerivative;
    private double minCutoff;
    private double beta;
    private double derivativeCutoff;
    private double previousTime;
    private boolean started;

    public OneEuroFilter(int size, double minCutoff, double beta, double derivativeCutoff) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        this.size = size;
        this.previous = new float[size];
        this.previousDerivative = new float[size];
        setParameters(minCutoff, beta, derivativeCutoff);
    }

    public OneEuroFilter(int size, double minCutoff, double beta) {
        this(size, minCutoff, beta, DEFAULT_DERIVATIVE_CUTOFF);
    }

    public void setParameters(double minCutoff, double beta, double derivativeCutoff) {
        if (!(minCutoff > 0) || !(beta >= 0) || !(derivativeCutoff > 0)) {
            throw new IllegalArgumentException("need minCutoff > 0, beta >= 0, derivativeCutoff > 0;"
                    + " got " + minCutoff + ", " + beta + ", " + derivativeCutoff);
        }
        this.minCutoff = minCutoff;
        this.beta = beta;
        this.derivativeCutoff = derivativeCutoff;
    }

    public int size() {
        return size;
    }

    /** Forgets the past: the next sample passes through (a face lost and found again). */
    public void reset() {
        started = false;
    }

    /**
     * Filters {@code values} (size floats) taken at {@code timestampSeconds} into {@code dest}
     * (size floats; may be {@code values}).
     */
    public void filter(float[] values, double timestampSeconds, float[] dest) {
        if (values.length < size || dest.length < size) {
            throw new IllegalArgumentException("need " + size + " values in and out, got "
                    + values.length + " and " + dest.length);
        }
        if (!started) {
            for (int i = 0; i < size; i++) {
                previous[i] = values[i];
                previousDerivative[i] = 0;
                dest[i] = values[i];
            }
            previousTime = timestampSeconds;
            started = true;
            return;
        }
        double dt = timestampSeconds - previousTime;
        if (!(dt > 0)) {
            System.arraycopy(previous, 0, dest, 0, size);
            return;
        }
        previousTime = timestampSeconds;
        double derivativeAlpha = alpha(derivativeCutoff, dt);
        for (int i = 0; i < size; i++) {
            double x = values[i];
            double prev = previous[i];
            double dx = (x - prev) / dt;
            double smoothDx = derivativeAlpha * dx + (1 - derivativeAlpha) * previousDerivative[i];
            double a = alpha(minCutoff + beta * Math.abs(smoothDx), dt);
            double filtered = a * x + (1 - a) * prev;
            previousDerivative[i] = (float) smoothDx;
            previous[i] = (float) filtered;
            dest[i] = (float) filtered;
        }
    }

    /** α = 1 / (1 + τ/dt) with τ = 1 / (2π cutoff). */
    static double alpha(double cutoff, double dt) {
        double tau = 1 / (2 * Math.PI * cutoff);
        return 1 / (1 + tau / dt);
    }
}
