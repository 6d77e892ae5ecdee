package app.maskai.masks.paint;

import app.maskai.masks.draw.Box;
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

/**
 * A Columbina half mask in glittering satin with a silver rim and silver scrolls, a plume of
 * peacock feathers rising over the subject's left temple from a jewelled brooch, and ribbon
 * ties. Mask and plume are one stiff piece (rigid); the ribbons follow the head.
 */
final class PlumePainter implements Painter {
    static final double[][] TOP_LEFT = {{0.500, 0.292}, {0.450, 0.252}, {0.380, 0.227},
            {0.300, 0.219}, {0.225, 0.223}, {0.160, 0.236}, {0.108, 0.256}, {0.070, 0.280}};
    static final double[][] LOWER_LEFT = {{0.070, 0.280}, {0.076, 0.330}, {0.098, 0.385},
            {0.142, 0.428}, {0.210, 0.458}, {0.290, 0.470}, {0.365, 0.458}, {0.430, 0.436},
            {0.470, 0.425}, {0.500, 0.421}};
    static final double[][] RIBBON = {{0.100, 0.310}, {0.050, 0.315}, {-0.010, 0.325},
            {-0.070, 0.338}, {-0.120, 0.348}};
    /** Feathers, back to front: base u, v; tip u, v; bend (layout units); vane width px. */
    static final double[][] FEATHERS = {
            {0.808, 0.258, 0.700, -0.020, -0.030, 64},
            {0.828, 0.262, 1.010, 0.065, 0.025, 60},
            {0.812, 0.255, 0.752, -0.070, -0.015, 72},
            {0.822, 0.257, 0.955, -0.005, 0.025, 70},
            {0.815, 0.255, 0.825, -0.072, 0.010, 76},
            {0.819, 0.255, 0.895, -0.045, 0.020, 74}};
    static final double[] BROOCH = {0.818, 0.262};

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] satin = design.colour();
        float[] silver = design.accent();
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(RIBBON, side), 22, Tone.scale(satin, 0.9), 60, 0.2, 1);
        }
        Path2D.Double outline = c.curve(TOP_LEFT);
        c.appendCurve(outline, LOWER_LEFT, true);
        c.appendCurve(outline, Kn95Painter.mirror(LOWER_LEFT), true);
        c.appendCurve(outline, Kn95Painter.mirror(TOP_LEFT), true);
        outline.closePath();
        Area shape = new Area(outline);
        shape.subtract(new Area(MasqueradePainter.eyeHole(c, MasqueradePainter.RIGHT_EYE, -1, 1.35,
                1.9)));
        shape.subtract(new Area(MasqueradePainter.eyeHole(c, MasqueradePainter.LEFT_EYE, 1, 1.35,
                1.9)));
        Layer mask = c.layer(shape, 2);
        float[] scrolls = c.strokeCoverage(scrolls(c), 6.0);
        for (int y = mask.box.y0(); y < mask.box.y1(); y++) {
            for (int x = mask.box.x0(); x < mask.box.x1(); x++) {
                int p = y * n + x;
                if (mask.alpha[p] <= 0) {
                    continue;
                }
                double d = mask.sd[p];
                double light = c.surface.light(p);
                float nz = c.surface.normal[3 * p + 2];
                // Satin with fine glitter: a broad sheen and scattered sparkles.
                double shade = light * (0.9 + 0.25 * Math.pow(1 - nz, 1.2)
                        + 0.06 * (Noise.fbm(x / 25.0, y / 25.0, 101, 3) - 0.5));
                double sparkle = Noise.hash(x, y, 102) > 0.985 ? 0.7 * Noise.hash(x, y, 103) : 0;
                float[] colour = Tone.mix(satin, new float[] {0.85f, 0.95f, 0.97f}, sparkle);
                double rim = 1 - Tone.smoothstep(7, 8.5, d);
                double metal = Math.max(rim, scrolls[p]);
                if (metal > 0) {
                    double bevel = rim >= scrolls[p] ? Math.sin(Math.PI * Tone.clamp(d / 8)) : 0.75;
                    double glint = Math.pow(Tone.clamp(light - 0.8) / 0.24, 3);
                    double ms = (0.62 + 0.45 * bevel) * light + 0.3 * glint * bevel
                            + 0.18 * (Noise.hash(x, y, 104) > 0.93 ? 1 : 0);
                    colour = Tone.mix(colour, silver, metal);
                    shade = shade + (ms - shade) * metal;
                    shade *= 1 - 0.22 * Tone.gauss((d - 10) / 1.5) * (1 - metal);
                }
                t.over(p, colour, shade, mask.alpha[p], 0);
            }
        }
        feathers(c, t);
        // The brooch that holds the plume.
        Box box = new Box((int) c.x(BROOCH[0]) - 30, (int) c.y(BROOCH[1]) - 30,
                (int) c.x(BROOCH[0]) + 30, (int) c.y(BROOCH[1]) + 30);
        for (int y = box.y0(); y < box.y1(); y++) {
            for (int x = box.x0(); x < box.x1(); x++) {
                int p = y * n + x;
                double r = Tone.hypot(x + 0.5 - c.x(BROOCH[0]), y + 0.5 - c.y(BROOCH[1]));
                double cover = 1 - Tone.smoothstep(19, 21, r);
                if (cover <= 0) {
                    continue;
                }
                double light = c.surface.light(p);
                double[] cs = Jewel.stone(c, x, y, BROOCH[0], BROOCH[1], 13, silver, silver,
                        light * (0.8 + 0.3 * Math.cos(r / 2.0)), light, new float[] {0.20f, 0.55f, 0.62f});
                t.over(p, new float[] {(float) cs[0], (float) cs[1], (float) cs[2]}, cs[3], cover, 0);
            }
        }
        return new Painting(t, new Part("mask", true), new Part("ribbons", false));
    }

    /** Silver scrolls over the brows and round the eyes. */
    static Shape scrolls(LayoutCanvas c) {
        Path2D.Double left = new Path2D.Double();
        left.append(c.curve(new double[][] {{0.462, 0.292}, {0.405, 0.262}, {0.330, 0.250},
                {0.262, 0.256}, {0.218, 0.276}}), false);
        left.append(MasqueradePainter.spiral(c.x(0.218) + 10, c.y(0.276) + 1, 11, 1.5, Math.PI, 1),
                false);
        left.append(c.curve(new double[][] {{0.130, 0.300}, {0.125, 0.345}, {0.150, 0.392},
                {0.200, 0.428}, {0.270, 0.446}}), false);
        Path2D.Double both = new Path2D.Double(left);
        both.append(new AffineTransform(-1, 0, 0, 1, c.size, 0).createTransformedShape(left), false);
        return both;
    }

    /** Peacock feathers: a rachis, fringed vanes of fine barbs, an eye near the tip. */
    static void feathers(LayoutCanvas c, Texture t) {
        int n = c.size;
        Box plume = new Box(n, n, 0, 0);
        for (double[] fe : FEATHERS) {
            Path2D.Double line = new Path2D.Double();
            line.moveTo(c.x(fe[0]), c.y(fe[1]));
            line.lineTo(c.x(fe[2]), c.y(fe[3]));
            plume = plume.union(Box.around(line, (int) fe[5] + 30, n));
        }
        float[] reach = c.coverage(c.reach(), plume);
        for (int f = 0; f < FEATHERS.length; f++) {
            double[] fe = FEATHERS[f];
            Point2D.Double b = c.at(fe[0], fe[1]);
            Point2D.Double tip = c.at(fe[2], fe[3]);
            double lx = tip.x - b.x;
            double ly = tip.y - b.y;
            double length = Tone.hypot(lx, ly);
            // Quadratic spine, bent sideways by fe[4], sampled as a polyline.
            double mx = (b.x + tip.x) / 2 - ly / length * fe[4] * c.face;
            double my = (b.y + tip.y) / 2 + lx / length * fe[4] * c.face;
            int segs = 32;
            double[] sx = new double[segs + 1];
            double[] sy = new double[segs + 1];
            for (int i = 0; i <= segs; i++) {
                double s = i / (double) segs;
                sx[i] = (1 - s) * (1 - s) * b.x + 2 * s * (1 - s) * mx + s * s * tip.x;
                sy[i] = (1 - s) * (1 - s) * b.y + 2 * s * (1 - s) * my + s * s * tip.y;
            }
            double width = fe[5];
            int x0 = (int) Math.max(0, Math.min(b.x, Math.min(tip.x, mx)) - width);
            int x1 = (int) Math.min(n, Math.max(b.x, Math.max(tip.x, mx)) + width);
            int y0 = (int) Math.max(0, Math.min(b.y, Math.min(tip.y, my)) - width);
            int y1 = (int) Math.min(n, Math.max(b.y, Math.max(tip.y, my)) + width);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int p = y * n + x;
                    if (reach[p] <= 0) {
                        continue;
                    }
                    // Nearest point of the spine: parameter s, signed distance across.
                    double best = Double.MAX_VALUE;
                    double bestS = 0;
                    double across = 0;
                    for (int i = 0; i < segs; i++) {
                        double ex = sx[i + 1] - sx[i];
                        double ey = sy[i + 1] - sy[i];
                        double e2 = ex * ex + ey * ey;
                        double w = Tone.clamp(((x + 0.5 - sx[i]) * ex + (y + 0.5 - sy[i]) * ey) / e2);
                        double qx = sx[i] + w * ex - (x + 0.5);
                        double qy = sy[i] + w * ey - (y + 0.5);
                        double dist = qx * qx + qy * qy;
                        if (dist < best) {
                            best = dist;
                            bestS = (i + w) / segs;
                            across = (ex * (y + 0.5 - sy[i]) - ey * (x + 0.5 - sx[i])) / Math.sqrt(e2);
                        }
                    }
                    double s = bestS;
                    double dist = Math.sqrt(best); // past the tip this is the distance to the tip
                    across = Math.copySign(dist, across);
                    // Vane: sparse wisps along the quill, a broad rounded eye at the end.
                    double half = width / 2 * (0.30 + 0.70 * Tone.smoothstep(0.35, 0.78, s))
                            * Math.sqrt(Math.max(0, 1 - Math.pow(Math.max(0, s - 0.80) / 0.20, 2)));
                    double barbPhase = (s * length - dist * 0.8) / 3.4;
                    double barb = 0.5 + 0.5 * Math.sin(2 * Math.PI * barbPhase);
                    double wisp = Noise.value(s * 26, f * 7.3 + Math.signum(across), 105);
                    double fringe = half * (0.78 + 0.22 * barb) * (0.8 + 0.35 * wisp);
                    double vane = 1 - Tone.smoothstep(fringe - 2.5, fringe + 0.5, dist);
                    double rachis = (1 - Tone.smoothstep(1.0, 2.0, dist))
                            * (1 - Tone.smoothstep(0.70, 0.80, s)) * 0.85;
                    // Barbs are sparse on the shaft, dense in the eye.
                    double density = 0.35 + 0.65 * Tone.smoothstep(0.5, 0.72, s);
                    double cover = Math.max(vane * (density * (0.55 + 0.45 * barb) + 0.25 * density)
                            * Tone.smoothstep(0.0, 0.1, s), rachis);
                    cover = Math.min(1, cover);
                    if (cover <= 0) {
                        continue;
                    }
                    // Colour: bronze-green vane, the eye's rings near the tip, a pale rachis.
                    float[] colour = Tone.mix(new float[] {0.30f, 0.40f, 0.16f},
                            new float[] {0.20f, 0.46f, 0.40f}, Tone.smoothstep(0.2, 0.7, s));
                    double ex = (s - 0.82) * length / (0.50 * width);
                    double ey = across / (0.40 * width);
                    double er = Tone.hypot(ex, ey);
                    colour = Tone.mix(colour, new float[] {0.62f, 0.52f, 0.22f},
                            1 - Tone.smoothstep(0.95, 1.05, er));
                    colour = Tone.mix(colour, new float[] {0.10f, 0.55f, 0.55f},
                            1 - Tone.smoothstep(0.68, 0.76, er));
                    colour = Tone.mix(colour, new float[] {0.04f, 0.12f, 0.38f},
                            1 - Tone.smoothstep(0.38, 0.46, er));
                    colour = Tone.mix(colour, new float[] {0.72f, 0.66f, 0.48f}, rachis);
                    double shade = (0.72 + 0.35 * barb) * c.surface.light(p)
                            + 0.2 * Math.pow(barb, 8) * Tone.smoothstep(0.3, 0.8, s);
                    t.over(p, colour, shade, cover * reach[p], 0);
                }
            }
        }
    }
}
