package app.maskai.masks.hairstyles;

/**
 * A painted piece of hair over a box of the canvas: premultiplied red, green, blue and alpha
 * (0..1) for each pixel of the box, row by row; 0 outside it.
 */
final class HairLayer {
    final int x0;
    final int y0;
    final int w;
    final int h;
    final float[] r;
    final float[] g;
    final float[] b;
    final float[] a;

    HairLayer(int x0, int y0, int w, int h) {
        this.x0 = x0;
        this.y0 = y0;
        this.w = w;
        this.h = h;
        r = new float[w * h];
        g = new float[w * h];
        b = new float[w * h];
        a = new float[w * h];
    }

    /** Sets pixel {@code p} of the box to straight colour (red, green, blue) at {@code alpha}. */
    void set(int p, double red, double green, double blue, double alpha) {
        r[p] = (float) (red * alpha);
        g[p] = (float) (green * alpha);
        b[p] = (float) (blue * alpha);
        a[p] = (float) alpha;
    }
}
