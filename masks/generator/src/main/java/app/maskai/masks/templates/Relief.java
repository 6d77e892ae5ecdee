package app.maskai.masks.templates;

import java.awt.Shape;
import java.awt.image.BufferedImage;

/**
 * A shape drawn as a solid, lit object: its normal per pixel is a base form's ({@link Form}: a
 * dome, a cylinder, or flat) tilted near the outline by a bevel, the slope of the shape's coverage
 * blurred by the bevel's width (the emboss of image editors: a rounded edge falling away all
 * round). A {@link Surface} turns the normal into colour (metal, cloth, fur).
 */
public final class Relief {
    private Relief() {
    }

    /** Colour of a pixel from its unit normal (picture frame) and the bevel's height (0..1). */
    @FunctionalInterface
    interface Surface {
        int rgb(int x, int y, double nx, double ny, double nz, double height);
    }

    /** A base form's unit normal at a pixel, written to {@code out} (x, y, z). */
    @FunctionalInterface
    public interface Form {
        void normal(double x, double y, double[] out);
    }

    /** Flat, facing the viewer. */
    static final Form FLAT = (x, y, out) -> {
        out[0] = 0;
        out[1] = 0;
        out[2] = 1;
    };

    /**
     * An ellipsoid's front seen from ahead, centred at (cx, cy), semi-axes rx, ry; {@code bulge}
     * 1 for a sphere, less for a flatter shell. Beyond its outline the normal stays at the rim's.
     */
    public static Form dome(double cx, double cy, double rx, double ry, double bulge) {
        return (x, y, out) -> {
            double u = (x - cx) / rx;
            double v = (y - cy) / ry;
            double r2 = u * u + v * v;
            if (r2 > 0.985) {
                double s = Math.sqrt(0.985 / r2);
                u *= s;
                v *= s;
                r2 = 0.985;
            }
            unit(u * bulge, v * bulge, Math.sqrt(1 - r2), out);
        };
    }

    /** A vertical cylinder about x = cx of radius r (bulge as for a dome). */
    static Form cylinder(double cx, double r, double bulge) {
        return (x, y, out) -> {
            double u = Math.max(-0.99, Math.min(0.99, (x - cx) / r));
            unit(u * bulge, 0, Math.sqrt(1 - u * u), out);
        };
    }

    /**
     * Paints {@code shape} on {@code target}: its form's normal, tilted by a bevel {@code bevel}
     * pixels wide whose slope at the outline is about {@code depth} (0 flat, 1 about 45°).
     */
    static void paint(BufferedImage target, Shape shape, double bevel, double depth, Form form,
            Surface surface) {
        int margin = (int) Math.ceil(3 * bevel) + 2;
        Mask cover = Mask.of(shape, margin, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT);
        Mask height = cover.blurred(bevel);
        int[] px = TemplateCanvas.pixels(target);
        boolean alpha = target.getColorModel().hasAlpha();
        // The blurred step's steepest slope is 1 / (√(2π) σ): scale it to the depth asked for.
        double k = depth * Math.sqrt(2 * Math.PI) * bevel;
        double[] n = new double[3];
        int w = cover.w;
        for (int y = 0; y < cover.h; y++) {
            for (int x = 0; x < w; x++) {
                float a = cover.a[y * w + x];
                if (a <= 0.0005f) {
                    continue;
                }
                int gx = x + cover.x0;
                int gy = y + cover.y0;
                float[] hh = height.a;
                double dx = (hh[y * w + Math.min(w - 1, x + 1)] - hh[y * w + Math.max(0, x - 1)]) / 2;
                double dy = (hh[Math.min(cover.h - 1, y + 1) * w + x] - hh[Math.max(0, y - 1) * w + x]) / 2;
                form.normal(gx + 0.5, gy + 0.5, n);
                unit(n[0] - dx * k * n[2], n[1] - dy * k * n[2], n[2], n);
                int p = gy * TemplateCanvas.WIDTH + gx;
                int c = surface.rgb(gx, gy, n[0], n[1], n[2], hh[y * w + x]);
                px[p] = TemplateCanvas.over(px[p], c, Math.min(1, a), alpha);
            }
        }
    }

    static void unit(double x, double y, double z, double[] out) {
        double len = Math.sqrt(x * x + y * y + z * z);
        out[0] = x / len;
        out[1] = y / len;
        out[2] = z / len;
    }
}
