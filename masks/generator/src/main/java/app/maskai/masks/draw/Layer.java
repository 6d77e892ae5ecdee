package app.maskai.masks.draw;

/**
 * A drawn shape, per texel (full-texture arrays, computed inside {@link #box} only):
 * antialiased coverage, signed distance to the edge in pixels (positive inside; −1e4 outside the
 * box) and feathered alpha.
 */
public final class Layer {
    public final Box box;
    final float[] cov;
    public final float[] sd;
    public final float[] alpha;

    Layer(Box box, float[] cov, float[] sd, float[] alpha) {
        this.box = box;
        this.cov = cov;
        this.sd = sd;
        this.alpha = alpha;
    }
}
