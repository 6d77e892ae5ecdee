package app.maskai.core.geometry;

/**
 * A rectangle in image pixels, turned about its centre.
 *
 * <p>Conventions (docs/CONTRACTS.md): origin top-left, x right, y down; {@code rotation} in radians,
 * positive turning +x towards +y (clockwise on screen). The rectangle's own x axis points along
 * (cos rotation, sin rotation) in the image, its y axis along (-sin rotation, cos rotation).
 *
 * <p>A "crop" is a cropW×cropH resampling of the rectangle, as a model sees it. Crop point (u, v)
 * and image point (x, y) are related exactly as {@code tf.image.transform} relates output and
 * input coordinates in the reference pipeline (MediaPipe's ImageToTensorCalculator, ported in
 * tfjs-models shared/calculators/convert_image_to_tensor.ts): u = 0 is the rectangle's left edge,
 * u = cropW its right edge, with no half-pixel adjustment. {@link CropTransform} gives the same map
 * as the 8 coefficients {@code tf.image.transform} takes, and the landmark projection uses it too,
 * so a point found in the crop lands back where the crop sampled it.
 *
 * <p>Mutable through {@link #set} only, as JOML's types are, so that a per-frame path (the live
 * view's region from last frame's landmarks) reuses one instead of making one per face per frame.
 * Code that keeps a rectangle (a search step's tiles, a batch of regions) makes its own and never
 * sets it again. Read the fields; never assign them: {@link #set} keeps cos and sin in step.
 */
public final class RotatedRect {
    public float cx;
    public float cy;
    public float width;
    public float height;
    public float rotation;

    // cos and sin of rotation, computed once: cropToImage runs per landmark.
    private double cos;
    private double sin;

    public RotatedRect(float cx, float cy, float width, float height, float rotation) {
        set(cx, cy, width, height, rotation);
    }

    /** An empty rectangle at the origin, for {@link #set} to fill. */
    public RotatedRect() {
        this(0, 0, 0, 0, 0);
    }

    /** Makes this rectangle the one given, and returns it. */
    public RotatedRect set(float cx, float cy, float width, float height, float rotation) {
        this.cx = cx;
        this.cy = cy;
        this.width = width;
        this.height = height;
        this.rotation = rotation;
        this.cos = Math.cos(rotation);
        this.sin = Math.sin(rotation);
        return this;
    }

    /**
     * Maps crop point (u, v) of a cropW×cropH resampling of this rectangle to image pixels:
     * dest[0] = x, dest[1] = y. Allocates nothing.
     */
    public void cropToImage(float u, float v, int cropW, int cropH, float[] dest) {
        fractionToImage((double) u / cropW, (double) v / cropH, dest, 0);
    }

    /** The inverse of {@link #cropToImage}: image pixel (x, y) to crop point dest = (u, v). */
    public void imageToCrop(float x, float y, int cropW, int cropH, float[] dest) {
        double dx = x - (double) cx;
        double dy = y - (double) cy;
        double localX = cos * dx + sin * dy;
        double localY = -sin * dx + cos * dy;
        dest[0] = (float) ((localX / width + 0.5) * cropW);
        dest[1] = (float) ((localY / height + 0.5) * cropH);
    }

    /** cos(rotation), as used by {@link #cropToImage}. */
    public double cos() {
        return cos;
    }

    /** sin(rotation), as used by {@link #cropToImage}. */
    public double sin() {
        return sin;
    }

    /**
     * The four corners in image pixels, (x, y) pairs in the rectangle's own order: top-left,
     * top-right, bottom-right, bottom-left (as seen in the crop).
     */
    public float[] corners() {
        return corners(new float[8]);
    }

    /** {@link #corners()} into {@code dest} (8 floats), which it returns. Allocates nothing. */
    public float[] corners(float[] dest) {
        fractionToImage(0, 0, dest, 0);
        fractionToImage(1, 0, dest, 2);
        fractionToImage(1, 1, dest, 4);
        fractionToImage(0, 1, dest, 6);
        return dest;
    }

    /**
     * The point at fractions (fu, fv) of the rectangle's own width and height (0, 0: its top-left
     * corner as the crop sees it) into dest[at], dest[at + 1], image pixels.
     */
    private void fractionToImage(double fu, double fv, float[] dest, int at) {
        double x = (fu - 0.5) * width;
        double y = (fv - 0.5) * height;
        dest[at] = (float) (cx + cos * x - sin * y);
        dest[at + 1] = (float) (cy + sin * x + cos * y);
    }

    @Override
    public String toString() {
        return "RotatedRect(cx=" + cx + ", cy=" + cy + ", width=" + width + ", height=" + height
                + ", rotation=" + rotation + ")";
    }
}
