package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Strands;

/**
 * A flow sampled every {@link #STEP} pixels over a box and interpolated between (the flows are
 * smooth; a guided flow costs a search of every guide a sample): unit directions, picture frame.
 */
final class FlowGrid implements Strands.Flow {
    static final int STEP = 6;

    private final int x0;
    private final int y0;
    private final int cols;
    private final int rows;
    private final float[] ux;
    private final float[] uy;

    /** Samples {@code flow} over the box (x0, y0, w, h), pixels. */
    FlowGrid(Strands.Flow flow, int x0, int y0, int w, int h) {
        this.x0 = x0;
        this.y0 = y0;
        this.cols = w / STEP + 2;
        this.rows = h / STEP + 2;
        ux = new float[cols * rows];
        uy = new float[cols * rows];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                double a = flow.angle(x0 + i * STEP, y0 + j * STEP);
                ux[j * cols + i] = (float) Math.cos(a);
                uy[j * cols + i] = (float) Math.sin(a);
            }
        }
    }

    /** The unit direction at picture point (x, y), written to out[0], out[1]. */
    void at(double x, double y, double[] out) {
        double gx = Math.max(0, Math.min(cols - 1.001, (x - x0) / STEP));
        double gy = Math.max(0, Math.min(rows - 1.001, (y - y0) / STEP));
        int i = (int) gx;
        int j = (int) gy;
        double fx = gx - i;
        double fy = gy - j;
        int p = j * cols + i;
        double vx = (ux[p] * (1 - fx) + ux[p + 1] * fx) * (1 - fy)
                + (ux[p + cols] * (1 - fx) + ux[p + cols + 1] * fx) * fy;
        double vy = (uy[p] * (1 - fx) + uy[p + 1] * fx) * (1 - fy)
                + (uy[p + cols] * (1 - fx) + uy[p + cols + 1] * fx) * fy;
        double len = Math.sqrt(vx * vx + vy * vy);
        if (len < 1e-6) {
            out[0] = ux[p];
            out[1] = uy[p];
        } else {
            out[0] = vx / len;
            out[1] = vy / len;
        }
    }

    @Override
    public double angle(double x, double y) {
        double[] d = new double[2];
        at(x, y, d);
        return Math.atan2(d[1], d[0]);
    }
}
