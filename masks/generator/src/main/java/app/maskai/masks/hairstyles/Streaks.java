package app.maskai.masks.hairstyles;

import app.maskai.masks.draw.Noise;

/**
 * Hair's texture as line integral convolution (Cabral and Leedom, "Imaging vector fields using
 * line integral convolution", SIGGRAPH 1993): noise averaged along the flow through each pixel, so
 * that it streaks the way the hair runs. Two textures: {@link #fine}, white noise traced a short
 * way (single strands), and {@link #clump}, noise a few pixels across traced far (locks of
 * strands; smooth, so traced on every other pixel and interpolated). Both are stretched to about
 * 0..1 (mean 0.5) over the pixels computed.
 */
final class Streaks {
    /** How far the fine texture is traced each way, pixels, and its step. */
    private static final double FINE_REACH = 18;
    private static final double FINE_STEP = 2;
    /** The clump texture's step along the flow, pixels. */
    private static final double CLUMP_STEP = 3;

    final float[] fine;
    final float[] clump;
    /** The flow's unit direction at each pixel of the box (at its centre). */
    final float[] ux;
    final float[] uy;

    /**
     * Computes the textures over the box (x0, y0, w, h) where {@code need} (box-sized) is true,
     * the locks traced {@code reach} pixels each way along {@code flow}.
     */
    Streaks(FlowGrid flow, int x0, int y0, int w, int h, boolean[] need, int seed, double reach) {
        float[] white = new float[w * h];
        float[] coarse = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int gx = x + x0;
                int gy = y + y0;
                white[y * w + x] = (float) Noise.hash(gx, gy, seed);
                coarse[y * w + x] = (float) (0.55 * Noise.value(gx / 4.5, gy / 4.5, seed + 1)
                        + 0.45 * Noise.value(gx / 11.0, gy / 11.0, seed + 2));
            }
        }
        // The flow at every pixel of the box, looked up by nearest pixel while tracing.
        ux = new float[w * h];
        uy = new float[w * h];
        double[] d = new double[2];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                flow.at(x + x0 + 0.5, y + y0 + 0.5, d);
                ux[y * w + x] = (float) d[0];
                uy[y * w + x] = (float) d[1];
            }
        }
        fine = new float[w * h];
        int fineSteps = (int) Math.ceil(FINE_REACH / FINE_STEP);
        double[] fineWeight = hann(fineSteps);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (need[p]) {
                    fine[p] = (float) trace(ux, uy, white, w, h, x + 0.5, y + 0.5, fineWeight, FINE_STEP);
                }
            }
        }
        // The locks on a grid of every other pixel, then interpolated.
        int cw = w / 2 + 2;
        int ch = h / 2 + 2;
        float[] coarseGrid = new float[cw * ch];
        boolean[] coarseNeed = new boolean[cw * ch];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (need[y * w + x]) {
                    for (int j = 0; j <= 1; j++) {
                        for (int i = 0; i <= 1; i++) {
                            coarseNeed[(y / 2 + j) * cw + x / 2 + i] = true;
                        }
                    }
                }
            }
        }
        double[] clumpWeight = hann((int) Math.ceil(reach / CLUMP_STEP));
        for (int j = 0; j < ch; j++) {
            for (int i = 0; i < cw; i++) {
                if (coarseNeed[j * cw + i]) {
                    coarseGrid[j * cw + i] = (float) trace(ux, uy, coarse, w, h, 2 * i + 0.5, 2 * j + 0.5,
                            clumpWeight, CLUMP_STEP);
                }
            }
        }
        clump = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (need[p]) {
                    int i = x / 2;
                    int j = y / 2;
                    double fx = (x - 2 * i) / 2.0;
                    double fy = (y - 2 * j) / 2.0;
                    int q = j * cw + i;
                    clump[p] = (float) ((coarseGrid[q] * (1 - fx) + coarseGrid[q + 1] * fx) * (1 - fy)
                            + (coarseGrid[q + cw] * (1 - fx) + coarseGrid[q + cw + 1] * fx) * fy);
                }
            }
        }
        stretch(fine, need);
        stretch(clump, need);
    }

    /** Weights of a Hann window, centre first, {@code steps} more each way. */
    private static double[] hann(int steps) {
        double[] weight = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            weight[i] = 0.5 + 0.5 * Math.cos(Math.PI * i / (steps + 1));
        }
        return weight;
    }

    /**
     * The weighted mean of {@code noise} along the flow (ux, uy: unit directions per box pixel)
     * through box point (x, y), both ways.
     */
    private static double trace(float[] ux, float[] uy, float[] noise, int w, int h, double x, double y,
            double[] weight, double step) {
        double sum = weight[0] * sample(noise, w, h, x, y);
        double sw = weight[0];
        for (int dir = -1; dir <= 1; dir += 2) {
            double px = x;
            double py = y;
            for (int i = 1; i < weight.length; i++) {
                int q = Math.max(0, Math.min(h - 1, (int) py)) * w + Math.max(0, Math.min(w - 1, (int) px));
                px += dir * ux[q] * step;
                py += dir * uy[q] * step;
                sum += weight[i] * sample(noise, w, h, px, py);
                sw += weight[i];
            }
        }
        return sum / sw;
    }

    /** Bilinear sample of a box array at box point (x, y) (pixel centres at +0.5), clamped. */
    private static double sample(float[] a, int w, int h, double x, double y) {
        double fx = Math.max(0, Math.min(w - 1.001, x - 0.5));
        double fy = Math.max(0, Math.min(h - 1.001, y - 0.5));
        int i = (int) fx;
        int j = (int) fy;
        double tx = fx - i;
        double ty = fy - j;
        int p = j * w + i;
        return (a[p] * (1 - tx) + a[p + 1] * tx) * (1 - ty) + (a[p + w] * (1 - tx) + a[p + w + 1] * tx) * ty;
    }

    /** Maps the values to mean 0.5, ±1.6 standard deviations to 0..1, clamped. */
    private static void stretch(float[] v, boolean[] need) {
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (int p = 0; p < v.length; p++) {
            if (need[p]) {
                sum += v[p];
                sum2 += v[p] * (double) v[p];
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(1e-12, sum2 / n - mean * mean));
        for (int p = 0; p < v.length; p++) {
            if (need[p]) {
                v[p] = (float) Math.max(0, Math.min(1, 0.5 + (v[p] - mean) / (3.2 * sd)));
            }
        }
    }
}
