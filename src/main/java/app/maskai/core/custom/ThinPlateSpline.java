package app.maskai.core.custom;

/**
 * A 2D → 2D thin-plate spline through n control point pairs (Bookstein 1989, "Principal warps:
 * thin-plate splines and the decomposition of deformations", IEEE TPAMI 11(6)).
 *
 * <p>f(p) = a0 + a1·x + a2·y + Σ w_i U(|p − p_i|) per output coordinate, with U(r) = r² ln r
 * (U(0) = 0). The coefficients solve the (n+3)×(n+3) system [K P; Pᵀ 0][w; a] = [v; 0]
 * (K_ij = U(|p_i − p_j|), P_i = (1, x_i, y_i)) by Gaussian elimination with partial pivoting, for
 * both output coordinates at once. So f is exact at the control points and reproduces any affine
 * map exactly (the w then vanish). Needs at least 3 control points not on one line, all distinct.
 * Immutable; {@link #map} allocates nothing.
 */
public final class ThinPlateSpline {
    private final int n;
    private final double[] sourceX;
    private final double[] sourceY;
    private final double[] weightX;
    private final double[] weightY;
    private final double[] affineX = new double[3];
    private final double[] affineY = new double[3];

    private ThinPlateSpline(int n) {
        this.n = n;
        this.sourceX = new double[n];
        this.sourceY = new double[n];
        this.weightX = new double[n];
        this.weightY = new double[n];
    }

    /**
     * The spline taking {@code sources} to {@code targets} (flat x, y pairs, the same count).
     *
     * @throws IllegalArgumentException when there are fewer than 3 points, points repeat, or all
     *     lie on one line (the system is singular)
     */
    public static ThinPlateSpline fit(float[] sources, float[] targets) {
        if (sources.length != targets.length || sources.length % 2 != 0) {
            throw new IllegalArgumentException("need as many source as target points, as x, y pairs;"
                    + " got " + sources.length + " and " + targets.length + " values");
        }
        int n = sources.length / 2;
        if (n < 3) {
            throw new IllegalArgumentException("need at least 3 control points, got " + n);
        }
        ThinPlateSpline spline = new ThinPlateSpline(n);
        for (int i = 0; i < n; i++) {
            spline.sourceX[i] = sources[2 * i];
            spline.sourceY[i] = sources[2 * i + 1];
        }
        int size = n + 3;
        int columns = size + 2;
        double[] m = new double[size * columns];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i * columns + j] = kernel(spline.sourceX[i] - spline.sourceX[j],
                        spline.sourceY[i] - spline.sourceY[j]);
            }
            m[i * columns + n] = 1;
            m[i * columns + n + 1] = spline.sourceX[i];
            m[i * columns + n + 2] = spline.sourceY[i];
            m[n * columns + i] = 1;
            m[(n + 1) * columns + i] = spline.sourceX[i];
            m[(n + 2) * columns + i] = spline.sourceY[i];
            m[i * columns + size] = targets[2 * i];
            m[i * columns + size + 1] = targets[2 * i + 1];
        }
        solve(m, size, columns);
        for (int i = 0; i < n; i++) {
            spline.weightX[i] = m[i * columns + size];
            spline.weightY[i] = m[i * columns + size + 1];
        }
        for (int k = 0; k < 3; k++) {
            spline.affineX[k] = m[(n + k) * columns + size];
            spline.affineY[k] = m[(n + k) * columns + size + 1];
        }
        return spline;
    }

    /** U(r) = r² ln r, from the offset (dx, dy); 0 at r = 0. */
    static double kernel(double dx, double dy) {
        double r2 = dx * dx + dy * dy;
        return r2 == 0 ? 0 : 0.5 * r2 * Math.log(r2);
    }

    /**
     * Gauss-Jordan elimination with partial pivoting on the row-major augmented matrix {@code m}
     * (size rows, columns = size + right-hand sides); the solutions replace the right-hand sides.
     */
    static void solve(double[] m, int size, int columns) {
        double largest = 0;
        for (int i = 0; i < size * columns; i++) {
            largest = Math.max(largest, Math.abs(m[i]));
        }
        for (int col = 0; col < size; col++) {
            int pivot = col;
            for (int r = col + 1; r < size; r++) {
                if (Math.abs(m[r * columns + col]) > Math.abs(m[pivot * columns + col])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(m[pivot * columns + col]) > 1e-12 * largest)) {
                throw new IllegalArgumentException("control points are degenerate (repeated, or all on"
                        + " one line)");
            }
            if (pivot != col) {
                for (int k = 0; k < columns; k++) {
                    double t = m[col * columns + k];
                    m[col * columns + k] = m[pivot * columns + k];
                    m[pivot * columns + k] = t;
                }
            }
            double p = m[col * columns + col];
            for (int k = col; k < columns; k++) {
                m[col * columns + k] /= p;
            }
            for (int r = 0; r < size; r++) {
                double f = m[r * columns + col];
                if (r == col || f == 0) {
                    continue;
                }
                for (int k = col; k < columns; k++) {
                    m[r * columns + k] -= f * m[col * columns + k];
                }
            }
        }
    }

    /** Writes f(x, y) into dest[0], dest[1]. */
    public void map(double x, double y, float[] dest) {
        map(x, y, dest, 0);
    }

    /** Writes f(x, y) into dest[offset], dest[offset + 1]. */
    public void map(double x, double y, float[] dest, int offset) {
        double fx = affineX[0] + affineX[1] * x + affineX[2] * y;
        double fy = affineY[0] + affineY[1] * x + affineY[2] * y;
        for (int i = 0; i < n; i++) {
            double u = kernel(x - sourceX[i], y - sourceY[i]);
            fx += weightX[i] * u;
            fy += weightY[i] * u;
        }
        dest[offset] = (float) fx;
        dest[offset + 1] = (float) fy;
    }

    public int controlPointCount() {
        return n;
    }
}
