package app.maskai.masks.draw;

/** Exact squared Euclidean distance transform, two 1D passes (lower envelope of parabolas). */
final class DistanceTransform {
    private static final double INF = 1e20;

    private DistanceTransform() {
    }

    /** Distance from each texel centre to the nearest feature texel centre. */
    static double[] of(boolean[] feature, int w, int h) {
        double[] f = new double[w * h];
        for (int p = 0; p < f.length; p++) {
            f[p] = feature[p] ? 0 : INF;
        }
        int m = Math.max(w, h);
        double[] line = new double[m];
        double[] out = new double[m];
        int[] v = new int[m];
        double[] z = new double[m + 1];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                line[y] = f[y * w + x];
            }
            pass(line, h, out, v, z);
            for (int y = 0; y < h; y++) {
                f[y * w + x] = out[y];
            }
        }
        for (int y = 0; y < h; y++) {
            System.arraycopy(f, y * w, line, 0, w);
            pass(line, w, out, v, z);
            System.arraycopy(out, 0, f, y * w, w);
        }
        for (int p = 0; p < f.length; p++) {
            f[p] = Math.sqrt(f[p]);
        }
        return f;
    }

    private static void pass(double[] f, int n, double[] d, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = -INF;
        z[1] = INF;
        for (int q = 1; q < n; q++) {
            double s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k]))
                    / (2.0 * q - 2.0 * v[k]);
            while (s <= z[k]) {
                k--;
                s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k]))
                        / (2.0 * q - 2.0 * v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = INF;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            d[q] = (double) (q - v[k]) * (q - v[k]) + f[v[k]];
        }
    }
}
