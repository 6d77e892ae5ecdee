package app.maskai.masks.templates;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A grey-level mask over a box of the picture: a shape's antialiased coverage (0..1), which can
 * be blurred into a soft shadow or the height field of a {@link Relief}. Outside the box it is 0.
 */
public final class Mask {
    public final int x0;
    public final int y0;
    public final int w;
    public final int h;
    public final float[] a;

    private Mask(int x0, int y0, int w, int h, float[] a) {
        this.x0 = x0;
        this.y0 = y0;
        this.w = w;
        this.h = h;
        this.a = a;
    }

    /** The coverage of {@code shape} with {@code margin} pixels round its bounds, inside the picture. */
    public static Mask of(Shape shape, int margin, int width, int height) {
        Rectangle2D r = shape.getBounds2D();
        int x0 = Math.max(0, (int) Math.floor(r.getMinX()) - margin);
        int y0 = Math.max(0, (int) Math.floor(r.getMinY()) - margin);
        int x1 = Math.min(width, (int) Math.ceil(r.getMaxX()) + margin);
        int y1 = Math.min(height, (int) Math.ceil(r.getMaxY()) + margin);
        int w = Math.max(1, x1 - x0);
        int h = Math.max(1, y1 - y0);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.translate(-x0, -y0);
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.dispose();
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        float[] a = new float[w * h];
        for (int p = 0; p < a.length; p++) {
            a[p] = (argb[p] >>> 24) / 255f;
        }
        return new Mask(x0, y0, w, h, a);
    }

    /** The mask at picture pixel (x, y). */
    public float at(int x, int y) {
        int lx = x - x0;
        int ly = y - y0;
        return lx < 0 || ly < 0 || lx >= w || ly >= h ? 0 : a[ly * w + lx];
    }

    /** A Gaussian blur of this mask (the box kept: give the shape a margin of 3 sigma). */
    public Mask blurred(double sigma) {
        return new Mask(x0, y0, w, h, Blur.gaussian(a, w, h, sigma));
    }

    /** Every value times {@code factor} (a new mask). */
    Mask times(double factor) {
        float[] out = new float[a.length];
        for (int p = 0; p < a.length; p++) {
            out[p] = (float) (a[p] * factor);
        }
        return new Mask(x0, y0, w, h, out);
    }

    /** This mask less {@code other} (0 where the other covers fully). */
    Mask minus(Mask other) {
        float[] out = new float[a.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = a[y * w + x] * (1 - other.at(x + x0, y + y0));
            }
        }
        return new Mask(x0, y0, w, h, out);
    }

    /** This mask times {@code other}, pixel by pixel (a new mask over this one's box). */
    Mask multiply(Mask other) {
        float[] out = new float[a.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = a[y * w + x] * other.at(x + x0, y + y0);
            }
        }
        return new Mask(x0, y0, w, h, out);
    }

    /** This mask moved by whole pixels (its box moves with it). */
    Mask shifted(int dx, int dy) {
        return new Mask(x0 + dx, y0 + dy, w, h, a);
    }
}
