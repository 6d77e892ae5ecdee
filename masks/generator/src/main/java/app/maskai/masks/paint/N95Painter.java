package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A moulded N95 cup respirator: a domed shell of pressed fibre with a rolled, welded rim, an
 * aluminium nose clip, and two braided head straps stapled to its sides (the upper one over the
 * ears, the lower one round the neck). The cup is rigid: it keeps its shape when the mouth opens.
 */
final class N95Painter implements Painter {
    /** Left half of the cup's rim in (u, v), nose bridge to under the chin. */
    static final double[][] RIM_LEFT = {{0.500, 0.410}, {0.440, 0.420}, {0.370, 0.444},
            {0.290, 0.483}, {0.212, 0.535}, {0.148, 0.600}, {0.110, 0.675}, {0.104, 0.755},
            {0.132, 0.836}, {0.192, 0.908}, {0.272, 0.962}, {0.362, 0.997}, {0.436, 1.012}};
    static final double[][] UPPER_STRAP = {{0.150, 0.610}, {0.08, 0.555}, {0.01, 0.490},
            {-0.05, 0.430}, {-0.105, 0.385}};
    static final double[][] LOWER_STRAP = {{0.140, 0.815}, {0.06, 0.812}, {-0.02, 0.800},
            {-0.10, 0.780}};
    static final double RIM = 11;

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        List<double[]> rim = new ArrayList<>(Arrays.asList(RIM_LEFT));
        for (int i = RIM_LEFT.length - 1; i >= 1; i--) {
            rim.add(new double[] {1 - RIM_LEFT[i][0], RIM_LEFT[i][1]});
        }
        Area cupShape = new Area(c.closedCurve(rim.toArray(new double[0][])));
        cupShape.intersect(c.reach());
        Layer cup = c.layer(cupShape, 2.5);
        float[] shell = design.colour();
        float[] fine = c.fineDetail();
        for (int y = cup.box.y0(); y < cup.box.y1(); y++) {
            for (int x = cup.box.x0(); x < cup.box.x1(); x++) {
                int p = y * n + x;
                if (cup.alpha[p] <= 0) {
                    continue;
                }
                double u = c.u(x);
                double v = c.v(y);
                double d = cup.sd[p];
                // The dome: an ellipsoid over the rim, centred in front of the mouth.
                double ex = (u - 0.5) / 0.40;
                double ey = (v - 0.70) / (v < 0.70 ? 0.30 : 0.32);
                double r2 = Math.min(0.97, ex * ex + ey * ey);
                double nz = Math.sqrt(1 - 0.9 * r2);
                double nx = 1.1 * ex;
                double ny = -1.1 * ey;
                double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
                // A moulded shell shows its form more than cloth on skin: a plain Lambert key light from
                // the upper left over a soft fill.
                double lambert = Math.max(0, (-0.42 * nx + 0.5 * ny + 0.76 * nz) / len);
                double light = (0.55 + 0.5 * lambert) * (0.8 + 0.2 * c.surface.light(p));
                // Pressed fibre: a felted mottle and fine fibres.
                double shade = 1 + fine[p] * 0.08 * (Noise.fbm(x / 1.6, y / 1.6, 51, 2) - 0.5)
                        + 0.05 * (Noise.fbm(x / 12.0, y / 12.0, 52, 3) - 0.5);
                // Rolled rim with a weld line inside it.
                double bead = Math.sin(Math.PI * Tone.clamp(d / RIM));
                double onRim = 1 - Tone.smoothstep(RIM - 1, RIM + 1, d);
                shade += onRim * (0.10 * bead - 0.05);
                shade -= 0.12 * Tone.gauss((d - RIM - 1) / 1.2);
                shade += 0.05 * Tone.gauss((d - RIM - 3.5) / 1.6);
                // Ambient occlusion towards the face at the rim.
                shade *= 0.82 + 0.18 * Tone.smoothstep(0, 5, d);
                float[] colour = shell;
                // Aluminium nose clip across the top of the cup.
                double clip = Tone.smoothstep(0.395, 0.405, u) * (1 - Tone.smoothstep(0.595, 0.605, u))
                        * Tone.smoothstep(RIM + 3, RIM + 5, d) * (1 - Tone.smoothstep(RIM + 22, RIM + 24, d))
                        * (1 - Tone.smoothstep(0.47, 0.49, v));
                if (clip > 0) {
                    double across = Tone.clamp((d - RIM - 4) / 19);
                    double metal = 0.78 + 0.30 * Tone.gauss((across - 0.35) / 0.22)
                            - 0.18 * Tone.gauss((across - 0.95) / 0.12);
                    metal += 0.05 * (Noise.value(x / 1.2, y / 8.0, 53) - 0.5);
                    colour = Tone.mix(colour, new float[] {0.80f, 0.81f, 0.83f}, clip);
                    shade = shade + (metal - shade) * clip;
                }
                t.over(p, colour, shade * light, cup.alpha[p], 0);
            }
        }
        // Straps over the cup's sides, held by two staples each.
        float[] strap = design.accent();
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(UPPER_STRAP, side), 17, strap, 60, 0.4, 0);
            Wear.band(c, t, 1, Wear.side(LOWER_STRAP, side), 17, strap, 60, 0.4, 0);
        }
        for (int side = -1; side <= 1; side += 2) {
            for (double[][] s : new double[][][] {UPPER_STRAP, LOWER_STRAP}) {
                double[] at = Wear.side(s, side)[0];
                staple(c, t, at[0] + side * 0.006, at[1] - 0.012, at[0] + side * 0.006, at[1] + 0.012);
            }
        }
        // The straps are stapled to the cup and pulled taut by it: they move with it (rigid too).
        // Were they to follow the face, the seam between cup-placed and face-placed vertices would
        // kink them wherever the face's shape departs from the canonical one.
        return new Painting(t, new Part("cup", true), new Part("straps", true));
    }

    /** A steel staple across a strap end, from (u0, v0) to (u1, v1): a short bright bar. */
    static void staple(LayoutCanvas c, Texture t, double u0, double v0, double u1, double v1) {
        Path2D.Double bar = new Path2D.Double();
        bar.moveTo(c.x(u0), c.y(v0));
        bar.lineTo(c.x(u1), c.y(v1));
        Layer staple = c.layer(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(bar), 1);
        float[] steel = {0.72f, 0.73f, 0.76f};
        for (int y = staple.box.y0(); y < staple.box.y1(); y++) {
            for (int x = staple.box.x0(); x < staple.box.x1(); x++) {
                int p = y * c.size + x;
                if (staple.alpha[p] > 0) {
                    double s = Tone.clamp(staple.sd[p] / 2.25);
                    t.over(p, steel, 0.6 + 0.6 * Math.sqrt(s) * c.surface.light(p), staple.alpha[p], 0);
                }
            }
        }
    }
}
