package app.maskai.masks.templates;

/**
 * Gaussian blur approximated by three box blurs (Wells, "Efficient synthesis of Gaussian filters
 * by cascaded uniform filters", IEEE PAMI 8(2), 1986): three passes of width w with
 * w² = 12σ²/3 + 1 have the Gaussian's variance. Edges are clamped.
 */
public final class Blur {
    private Blur() {
    }

    /** A blurred copy of the w × h array {@code src}. */
    public static float[] gaussian(float[] src, int w, int h, double sigma) {
        float[] a = src.clone();
        if (sigma <= 0.2) {
            return a;
        }
        int radius = Math.max(1, (int) Math.round((Math.sqrt(4 * sigma * sigma + 1) - 1) / 2));
        float[] b = new float[a.length];
        for (int pass = 0; pass < 3; pass++) {
            horizontal(a, b, w, h, radius);
            vertical(b, a, w, h, radius);
        }
        return a;
    }

    private static void horizontal(float[] in, float[] out, int w, int h, int r) {
        float norm = 1f / (2 * r + 1);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            double sum = 0;
            for (int i = -r; i <= r; i++) {
                sum += in[row + Math.min(w - 1, Math.max(0, i))];
            }
            for (int x = 0; x < w; x++) {
                out[row + x] = (float) (sum * norm);
                sum += in[row + Math.min(w - 1, x + r + 1)] - in[row + Math.max(0, x - r)];
            }
        }
    }

    private static void vertical(float[] in, float[] out, int w, int h, int r) {
        float norm = 1f / (2 * r + 1);
        for (int x = 0; x < w; x++) {
            double sum = 0;
            for (int i = -r; i <= r; i++) {
                sum += in[Math.min(h - 1, Math.max(0, i)) * w + x];
            }
            for (int y = 0; y < h; y++) {
                out[y * w + x] = (float) (sum * norm);
                sum += in[Math.min(h - 1, y + r + 1) * w + x] - in[Math.max(0, y - r) * w + x];
            }
        }
    }
}
