package app.maskai.core.pipeline;

/**
 * The size a result is drawn at: the photo's own size where the device allows it, else the
 * largest size of the same shape that fits.
 *
 * <p>Three limits apply. The GPU draws textures and render targets up to {@code maxSide} pixels a
 * side. Browsers also cap a WebGL drawing buffer's area (Chromium: about 33 MP, whatever the
 * side limit), and shrink a larger canvas silently, so the renderer measures that cap and passes
 * it as {@code maxPixels}. And a device with little memory gets a smaller budget: a 50 MP photo
 * needs about 200 MB for its pixels, again as much for its texture and again for the canvas.
 */
public final class ResultSize {
    /** Megapixels a result may have per gigabyte of device memory. */
    public static final int PIXELS_PER_GIGABYTE = 6_000_000;

    public final int width;
    public final int height;
    /** Which limit shrank the result, or null when the photo keeps its size. */
    public final Limit limit;

    /** What made a result smaller than its photo. */
    public enum Limit {
        GPU_SIDE, GPU_AREA, MEMORY
    }

    private ResultSize(int width, int height, Limit limit) {
        this.width = width;
        this.height = height;
        this.limit = limit;
    }

    /**
     * The result size for a {@code width}×{@code height} photo. {@code maxPixels} and
     * {@code memoryGigabytes} may be 0 for "no limit known".
     */
    public static ResultSize fit(int width, int height, int maxSide, long maxPixels, double memoryGigabytes) {
        if (width <= 0 || height <= 0 || maxSide <= 0) {
            throw new IllegalArgumentException("sizes must be positive: " + width + "x" + height + ", " + maxSide);
        }
        double scale = 1;
        Limit limit = null;
        double side = (double) maxSide / Math.max(width, height);
        if (side < scale) {
            scale = side;
            limit = Limit.GPU_SIDE;
        }
        double pixels = (double) width * height;
        if (maxPixels > 0 && pixels * scale * scale > maxPixels) {
            scale = Math.sqrt(maxPixels / pixels);
            limit = Limit.GPU_AREA;
        }
        long budget = memoryGigabytes > 0 ? Math.round(memoryGigabytes * PIXELS_PER_GIGABYTE) : 0;
        if (budget > 0 && pixels * scale * scale > budget) {
            scale = Math.sqrt(budget / pixels);
            limit = Limit.MEMORY;
        }
        if (limit == null) {
            return new ResultSize(width, height, null);
        }
        // Floor, so that rounding never lands a pixel over the limit.
        return new ResultSize(Math.max(1, (int) Math.floor(width * scale)),
                Math.max(1, (int) Math.floor(height * scale)), limit);
    }

    public boolean isReduced() {
        return limit != null;
    }

    /** Result pixels per photo pixel (1 when not reduced). */
    public float scaleFrom(int photoWidth) {
        return width / (float) photoWidth;
    }
}
