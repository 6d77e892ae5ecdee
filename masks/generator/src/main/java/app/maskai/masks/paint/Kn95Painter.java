package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.SurfaceMap;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * A fold-flat KN95 respirator without valve: two panels joined by a heat-sealed centre seam,
 * a pointed nose ridge, an embossed sealed border, flat ear loops on weld spots. The lower panel
 * tucks under the chin.
 */
final class Kn95Painter implements Painter {
    /** Left half of the top edge, (u, v): face edge to the nose ridge (landmark 6 at v 0.40). */
    static final double[][] TOP_LEFT = {{-0.12, 0.540}, {0.05, 0.512}, {0.16, 0.493},
            {0.27, 0.470}, {0.36, 0.447}, {0.44, 0.424}, {0.50, 0.404}};
    static final double BORDER = 15;
    static final double[][] UPPER_LOOP = {{0.045, 0.555}, {0.00, 0.520}, {-0.05, 0.480},
            {-0.095, 0.455}};
    static final double[][] LOWER_LOOP = {{0.088, 0.722}, {0.03, 0.690}, {-0.03, 0.650},
            {-0.095, 0.615}};

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] elastic = Tone.mix(design.colour(), new float[] {1, 1, 1}, 0.3);
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(UPPER_LOOP, side), 14, elastic, 45, 0.35, 0);
            Wear.band(c, t, 1, Wear.side(LOWER_LOOP, side), 14, elastic, 45, 0.35, 0);
        }
        Path2D.Double top = c.curve(TOP_LEFT);
        c.appendCurve(top, mirror(TOP_LEFT), true);
        Layer body = c.layer(Wear.body(c, top, 0.0, 0.045, 0.11), 2.5);
        float[] base = design.colour();
        float[] seal = design.accent();
        float[] fine = c.fineDetail();
        double cx = c.x(0.5);
        List<Point2D.Double> welds = Wear.attachments(c, UPPER_LOOP, LOWER_LOOP);
        for (int y = body.box.y0(); y < body.box.y1(); y++) {
            for (int x = body.box.x0(); x < body.box.x1(); x++) {
                int p = y * n + x;
                if (body.alpha[p] <= 0) {
                    continue;
                }
                double u = c.u(x);
                double v = c.v(y);
                double d = body.sd[p];
                double dx = x + 0.5 - cx;
                double shade = 1;
                shade += fine[p] * (0.09 * (Noise.fbm(x / 1.5, y / 1.5, 21, 2) - 0.5)
                        + 0.04 * (Noise.fbm(x / 7.0, y / 7.0, 22, 2) - 0.5))
                        + 0.03 * (Noise.fbm(x / 45.0, y / 45.0, 23, 3) - 0.5);
                // Two panels meeting at an angle at the seam, a crease between them.
                shade -= 0.16 * Tone.gauss(dx / 2.0) - 0.05 * Tone.gauss((Math.abs(dx) - 5) / 1.8);
                double seamDots = fine[p] * (1 - Tone.smoothstep(0.8, 1.6, Tone.hypot(Math.abs(dx) - 9,
                        (y % 6) - 2.5))) * (d > BORDER ? 1 : 0);
                shade -= 0.06 * seamDots;
                // Heat-sealed border: seal colour, an embossed diamond knurl and an inner groove.
                double border = 1 - Tone.smoothstep(BORDER - 1, BORDER + 1, d);
                float[] colour = Tone.mix(base, seal, 0.55 * border);
                double k1 = Math.abs(((x + y) % 8 + 8) % 8 - 3.5);
                double k2 = Math.abs(((x - y) % 8 + 8) % 8 - 3.5);
                double knurl = Math.max(1 - Tone.smoothstep(0.4, 1.2, k1),
                        1 - Tone.smoothstep(0.4, 1.2, k2));
                shade -= 0.06 * knurl * Tone.smoothstep(3, 5, d) * (1 - Tone.smoothstep(11, 13, d));
                shade -= 0.09 * Tone.gauss((d - BORDER) / 1.3);
                shade += 0.04 * Tone.gauss((d - BORDER - 2.5) / 1.5);
                // Ear-loop weld spots: embossed rings.
                for (Point2D.Double w : welds) {
                    double r = w.distance(x + 0.5, y + 0.5);
                    shade -= 0.10 * Tone.gauss((r - 8) / 1.4) + 0.04 * (1 - Tone.smoothstep(5, 7, r));
                }
                // The panels stand off the face: a broad sheen on the lit panel, darker under the chin.
                shade *= 1 + 0.05 * Tone.gauss((u - 0.36) / 0.13) * Tone.gauss((v - 0.57) / 0.12);
                shade *= 1 - 0.10 * Tone.smoothstep(0.86, 1.05, v);
                shade *= 0.86 + 0.14 * Tone.smoothstep(0, 3.5, d);
                shade *= 0.35 * c.surface.light(p) + 0.65 * panelLight(u, v, dx);
                t.over(p, colour, shade, body.alpha[p], 0);
            }
        }
        return new Painting(t, new Part("mask", false), new Part("ear-loops", false));
    }

    /**
     * Light on the respirator's own form rather than the face's: each panel a gently curved
     * sheet turned about 23 degrees away from the seam, its upper part tipped up to the nose.
     */
    static double panelLight(double u, double v, double seamDx) {
        double side = u - 0.5;
        double nx = 0.42 * Math.tanh(seamDx / 3.0) + 1.1 * side;
        double ny = 0.9 * (0.62 - v);
        double len = Math.sqrt(nx * nx + ny * ny + 1);
        return SurfaceMap.light(nx / len, ny / len, 1 / len);
    }

    static double[][] mirror(double[][] left) {
        double[][] right = new double[left.length][];
        for (int i = 0; i < left.length; i++) {
            double[] q = left[left.length - 1 - i];
            right[i] = new double[] {1 - q[0], q[1]};
        }
        return right;
    }
}
