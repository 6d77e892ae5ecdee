package app.maskai.masks.draw;

/**
 * The triangle rasteriser the generator and Preview share: visits each pixel of a grid whose
 * centre a triangle covers, with the centre's barycentric weights. Pixel (x, y) is the square
 * [x, x+1] × [y, y+1], its centre at (x + 0.5, y + 0.5); vertex coordinates are in the same
 * pixel units. A centre on an edge counts (weights may be as low as −1e-6), so triangles that
 * share an edge leave no gap; a triangle whose doubled area is under 1e-12 square pixels draws
 * nothing. The surface map, the thumbnails' views and Preview's warp all scan this way.
 */
public final class TriangleRaster {
    private TriangleRaster() {
    }

    /** A pixel a triangle covers, with its centre's weights for the vertices a, b and c. */
    @FunctionalInterface
    public interface Pixel {
        void at(int x, int y, double wa, double wb, double wc);
    }

    /**
     * Visits the pixels of a {@code width} × {@code height} grid whose centres lie in the triangle
     * (ax, ay), (bx, by), (cx, cy), row by row, left to right.
     */
    public static void fill(double ax, double ay, double bx, double by, double cx, double cy,
            int width, int height, Pixel pixel) {
        double det = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
        if (Math.abs(det) < 1e-12) {
            return;
        }
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx))));
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx))));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, Math.min(by, cy))));
        int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy))));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double wb = ((px - ax) * (cy - ay) - (cx - ax) * (py - ay)) / det;
                double wc = ((bx - ax) * (py - ay) - (px - ax) * (by - ay)) / det;
                double wa = 1 - wb - wc;
                if (wa < -1e-6 || wb < -1e-6 || wc < -1e-6) {
                    continue;
                }
                pixel.at(x, y, wa, wb, wc);
            }
        }
    }
}
