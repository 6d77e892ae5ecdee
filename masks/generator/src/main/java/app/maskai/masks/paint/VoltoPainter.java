package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A Venetian Volto: a full-face carnival mask of ivory lacquer over papier-mâché, from the
 * hairline to the chin, with almond eye openings, gilded edges and brow scrolls, a gilded
 * diamond on the forehead, painted lips and a little rouge, fine craquelure, and ribbon ties.
 * A hard shell (rigid); the ribbons follow the head.
 */
public final class VoltoPainter implements Painter {
    static final double[][] RIBBON = {{0.050, 0.355}, {0.000, 0.360}, {-0.055, 0.372},
            {-0.120, 0.385}};
    public static final int[] LIPS = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405,
            314, 17, 84, 181, 91, 146};
    static final double EDGE = 15;

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] ivory = design.colour();
        float[] gold = design.accent();
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(RIBBON, side), 24, new float[] {0.55f, 0.10f, 0.14f}, 60,
                    0.2, 1);
        }
        // Outline: past the oval by k, most over the forehead (to the hairline), least at the jaw.
        double[][] kAt = {{0, 0.16}, {3, 0.13}, {6, 0.06}, {8, 0.025}, {12, 0.025}, {18, 0.045}};
        Area shape = new Area(c.ringCurve(j -> {
            double d = Math.min(j, 36 - j);
            for (int i = 1; i < kAt.length; i++) {
                if (d <= kAt[i][0]) {
                    double f = (d - kAt[i - 1][0]) / (kAt[i][0] - kAt[i - 1][0]);
                    return kAt[i - 1][1] + (kAt[i][1] - kAt[i - 1][1]) * f;
                }
            }
            return kAt[kAt.length - 1][1];
        }));
        shape.intersect(c.reach());
        shape.subtract(new Area(MasqueradePainter.eyeHole(c, MasqueradePainter.RIGHT_EYE, -1, 1.45,
                2.1)));
        shape.subtract(new Area(MasqueradePainter.eyeHole(c, MasqueradePainter.LEFT_EYE, 1, 1.45,
                2.1)));
        Layer mask = c.layer(shape, 2.5);
        float[] scroll = c.strokeCoverage(scrolls(c), 7.0);
        Layer lips = c.layer(lipShape(c), 2.5);
        Layer diamond = c.layer(c.closedCurve(new double[][] {{0.500, 0.105}, {0.540, 0.165},
                {0.500, 0.225}, {0.460, 0.165}}), 1.5);
        float[] fine = c.fineDetail();
        float[] red = {0.66f, 0.08f, 0.12f};
        for (int y = mask.box.y0(); y < mask.box.y1(); y++) {
            for (int x = mask.box.x0(); x < mask.box.x1(); x++) {
                int p = y * n + x;
                if (mask.alpha[p] <= 0) {
                    continue;
                }
                double u = c.u(x);
                double v = c.v(y);
                double d = mask.sd[p];
                double light = c.surface.light(p);
                float[] nrm = {c.surface.normal[3 * p], c.surface.normal[3 * p + 1],
                        c.surface.normal[3 * p + 2]};
                // Lacquer: ivory with a faint mottle, craquelure, rouge.
                float[] colour = Tone.scale(ivory, 1 + 0.04 * (Noise.fbm(x / 40.0, y / 40.0, 111, 3)
                        - 0.5));
                double crack = fine[p] * craquelure(x / (0.4 * c.perCm), y / (0.4 * c.perCm));
                colour = Tone.scale(colour, 1 - 0.05 * crack);
                for (int side = -1; side <= 1; side += 2) {
                    double ru = side < 0 ? 0.27 : 0.73;
                    double rouge = Tone.gauss(Tone.hypot((u - ru) / 0.075, (v - 0.575) / 0.06));
                    colour = Tone.mix(colour, new float[] {0.88f, 0.55f, 0.55f}, 0.35 * rouge);
                }
                // Painted lips; the parting between them is the mouth strip, painted dark.
                double lip = lips.alpha[p];
                if (lip > 0) {
                    double gloss = Tone.gauss(Tone.hypot((u - 0.47) / 0.03, (v - 0.717) / 0.008));
                    float[] lc = Tone.mix(red, new float[] {1f, 0.85f, 0.85f}, 0.5 * gloss);
                    lc = Tone.mix(Tone.scale(red, 0.35), lc, fine[p]);
                    colour = Tone.mix(colour, lc, lip);
                }
                // A hard shell shows its form more than skin does.
                double shade = 1 + 1.4 * (light - 1);
                // Gilding: the edge band (round the eyes too), brow scrolls, the forehead diamond.
                double edge = 1 - Tone.smoothstep(EDGE - 1, EDGE + 0.5, d);
                double dia = diamond.alpha[p];
                double gilt = Math.max(edge, Math.max(scroll[p], dia));
                if (gilt > 0) {
                    double leaf = 0.85 + 0.3 * Noise.fbm(x / 3.0, y / 3.0, 112, 2)
                            - 0.25 * crack;
                    double bevel = edge >= scroll[p] && edge >= dia
                            ? 0.75 + 0.35 * Math.sin(Math.PI * Tone.clamp(d / EDGE)) : 1.0;
                    if (dia > 0 && dia >= edge) {
                        bevel = 0.8 + 0.3 * Tone.smoothstep(0, 12, diamond.sd[p])
                                - 0.2 * Tone.gauss(Math.abs(u - 0.5) * c.face / 1.5);
                    }
                    double glint = Math.pow(Tone.clamp(light - 0.8) / 0.24, 3);
                    colour = Tone.mix(colour, Tone.mix(gold, new float[] {1f, 0.95f, 0.78f}, 0.35 * glint),
                            gilt);
                    shade = shade + (leaf * bevel * light + 0.3 * glint - shade) * gilt;
                }
                // A thin dark line where the gilding meets the lacquer; the eye openings' cut edge.
                shade *= 1 - 0.25 * Tone.gauss((d - EDGE - 1) / 1.1);
                shade *= 0.8 + 0.2 * Tone.smoothstep(0, 3, d);
                // Lacquer gloss from the key light.
                double spec = Math.pow(Math.max(0, nrm[0] * SequinPainter.HALF[0]
                        + nrm[1] * SequinPainter.HALF[1] + nrm[2] * SequinPainter.HALF[2]), 24);
                colour = Tone.mix(colour, new float[] {1, 1, 1}, 0.22 * spec * (1 - gilt));
                t.over(p, colour, shade, mask.alpha[p], 0);
            }
        }
        return new Painting(t, new Part("mask", true), new Part("ribbons", false));
    }

    /** The painted mouth: the lip contour, a touch fuller, its bow sharpened. */
    static Path2D.Double lipShape(LayoutCanvas c) {
        List<Point2D.Double> pts = new ArrayList<>();
        Point2D.Double centre = c.at(0.5, 0.705);
        for (int lm : LIPS) {
            Point2D.Double q = c.at(lm);
            pts.add(new Point2D.Double(centre.x + (q.x - centre.x) * 0.92,
                    centre.y + (q.y - centre.y) * 1.08));
        }
        return LayoutCanvas.closedCurve(pts);
    }

    /** Gilded scrolls: over the brows, down the temples, a tendril each side of the diamond. */
    static Shape scrolls(LayoutCanvas c) {
        Path2D.Double left = new Path2D.Double();
        left.append(c.curve(new double[][] {{0.465, 0.290}, {0.410, 0.258}, {0.340, 0.244},
                {0.270, 0.250}, {0.215, 0.272}}), false);
        left.append(MasqueradePainter.spiral(c.x(0.215) + 13, c.y(0.272) + 1, 14, 1.6, Math.PI, 1),
                false);
        left.append(c.curve(new double[][] {{0.455, 0.180}, {0.400, 0.160}, {0.340, 0.170},
                {0.310, 0.200}}), false);
        left.append(MasqueradePainter.spiral(c.x(0.310) + 12, c.y(0.200) - 2, 12, 1.4,
                Math.PI * 0.9, -1), false);
        left.append(c.curve(new double[][] {{0.120, 0.320}, {0.110, 0.400}, {0.130, 0.480},
                {0.170, 0.540}}), false);
        left.append(MasqueradePainter.spiral(c.x(0.170) + 10, c.y(0.540) - 5, 10, 1.3,
                Math.PI * 0.7, -1), false);
        Path2D.Double both = new Path2D.Double(left);
        both.append(new AffineTransform(-1, 0, 0, 1, c.size, 0).createTransformedShape(left), false);
        return both;
    }

    /** Fine cracks in the lacquer: 1 on the borders of a jittered cell pattern, 0 inside. */
    static double craquelure(double x, double y) {
        int xi = (int) Math.floor(x);
        int yi = (int) Math.floor(y);
        double f1 = 9;
        double f2 = 9;
        for (int j = -1; j <= 1; j++) {
            for (int i = -1; i <= 1; i++) {
                double px = xi + i + Noise.hash(xi + i, yi + j, 113);
                double py = yi + j + Noise.hash(xi + i, yi + j, 114);
                double dd = Tone.hypot(x - px, y - py);
                if (dd < f1) {
                    f2 = f1;
                    f1 = dd;
                } else if (dd < f2) {
                    f2 = dd;
                }
            }
        }
        return 1 - Tone.smoothstep(0.015, 0.05, f2 - f1);
    }
}
