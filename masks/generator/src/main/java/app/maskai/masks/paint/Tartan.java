package app.maskai.masks.paint;

import app.maskai.masks.draw.Tone;

/**
 * A woven tartan: a symmetric sett of stripes in the warp and the same in the weft, a 2/2 twill
 * showing warp or weft thread by thread.
 */
final class Tartan {
    /** Half a sett, from a pivot: colour index (0 ground, 1 accent, 2 dark, 3 gold line), cm. */
    static final double[][] SETT = {{0, 1.30}, {2, 0.10}, {0, 0.12}, {2, 0.10}, {0, 0.55},
            {1, 0.80}, {2, 0.42}, {3, 0.06}, {2, 0.42}, {1, 0.80}, {0, 0.25}};
    static final double HALF;

    static {
        double h = 0;
        for (double[] s : SETT) {
            h += s[1];
        }
        HALF = h;
    }

    private Tartan() {
    }

    static int stripe(double pos) {
        double m = pos - Math.floor(pos / (2 * HALF)) * 2 * HALF;
        if (m > HALF) {
            m = 2 * HALF - m;
        }
        for (double[] s : SETT) {
            if (m < s[1]) {
                return (int) s[0];
            }
            m -= s[1];
        }
        return 0;
    }

    /**
     * The cloth's colour at (s, t) cm. Where fine detail is not allowed (between the inner lips)
     * only the warp shows: its stripes run across the strip, so stretching it draws them out
     * rather than smearing a weft stripe into a band.
     */
    static float[] colour(double s, double t, float[] ground, float[] accent, double fine) {
        float[][] palette = {ground, accent, {0.07f, 0.08f, 0.12f}, {0.86f, 0.72f, 0.30f}};
        float[] warp = palette[stripe(s + 0.4)];
        float[] weft = palette[stripe(t + 0.9)];
        double pitch = 0.065; // thread pitch, cm
        long ix = (long) Math.floor(s / pitch);
        long iy = (long) Math.floor(t / pitch);
        boolean warpUp = Math.floorMod(ix + iy, 4) < 2;
        float[] avg = Tone.mix(warp, weft, 0.5);
        float[] thread = warpUp ? warp : weft;
        return Tone.mix(warp, Tone.mix(avg, thread, 0.6), fine);
    }
}
