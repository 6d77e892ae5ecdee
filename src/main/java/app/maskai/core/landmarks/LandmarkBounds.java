package app.maskai.core.landmarks;

/**
 * The box of a face's landmarks: the least and greatest x and y of (x, y, z) points. The one place
 * it is computed, for the face's box, the next frame's region, the tracker's overlap test and the
 * live view's face boxes.
 */
public final class LandmarkBounds {
    /** Indices into a bounds array. */
    public static final int X_MIN = 0;
    public static final int Y_MIN = 1;
    public static final int X_MAX = 2;
    public static final int Y_MAX = 3;

    private LandmarkBounds() {
    }

    /** The bounds of every whole (x, y, z) point of {@code points}: see {@link #of(float[], int, float[])}. */
    public static float[] of(float[] points, float[] dest) {
        return of(points, points.length / 3, dest);
    }

    /**
     * The bounds of the first {@code count} (x, y, z) points of {@code points} into {@code dest} =
     * {xMin, yMin, xMax, yMax}, which it returns; infinite (min +∞, max −∞) when count is 0.
     * Allocates nothing.
     */
    public static float[] of(float[] points, int count, float[] dest) {
        dest[X_MIN] = min(points, count, 0);
        dest[Y_MIN] = min(points, count, 1);
        dest[X_MAX] = max(points, count, 0);
        dest[Y_MAX] = max(points, count, 1);
        return dest;
    }

    /** The least coordinate {@code axis} (0 x, 1 y, 2 z) of the first {@code count} points. */
    public static float min(float[] points, int count, int axis) {
        float min = Float.POSITIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, points[3 * i + axis]);
        }
        return min;
    }

    /** The greatest coordinate {@code axis} (0 x, 1 y, 2 z) of the first {@code count} points. */
    public static float max(float[] points, int count, int axis) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, points[3 * i + axis]);
        }
        return max;
    }
}
