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
 * A Venetian eye mask: black velvet with cat-eye openings and wings that sweep past the temples,
 * a bevelled gold rim, gold filigree scrolls, three set stones, satin ribbon ties. The mask is a
 * stiff shell (rigid); the ribbons follow the head.
 */
public final class MasqueradePainter implements Painter {
    /** Left half of the outline, (u, v): from the brow dip on the midline to the wing tip. */
    static final double[][] TOP_LEFT = {{0.500, 0.300}, {0.455, 0.262}, {0.400, 0.234},
            {0.330, 0.218}, {0.255, 0.214}, {0.180, 0.203}, {0.112, 0.184}, {0.050, 0.158},
            {0.002, 0.128}};
    /** From the wing tip down the outer side and along the cheekbone to the nose bridge. */
    static final double[][] LOWER_LEFT = {{0.002, 0.128}, {0.030, 0.185}, {0.062, 0.255},
            {0.082, 0.325}, {0.112, 0.390}, {0.160, 0.434}, {0.225, 0.460}, {0.300, 0.472},
            {0.370, 0.460}, {0.430, 0.438}, {0.470, 0.426}, {0.500, 0.421}};
    static final double[][] RIBBON = {{0.090, 0.300}, {0.040, 0.305}, {-0.020, 0.318},
            {-0.075, 0.332}, {-0.120, 0.342}};
    public static final int[] RIGHT_EYE = {33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154,
            153, 145, 144, 163, 7};
    public static final int[] LEFT_EYE = {263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381,
            380, 374, 373, 390, 249};
    static final double RIM = 9;

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] velvet = design.colour();
        float[] gold = design.accent();
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(RIBBON, side), 24, Tone.mix(velvet, gold, 0.08), 60, 0.2,
                    1);
        }
        Path2D.Double outline = c.curve(TOP_LEFT);
        c.appendCurve(outline, LOWER_LEFT, true);
        c.appendCurve(outline, Kn95Painter.mirror(LOWER_LEFT), true);
        c.appendCurve(outline, Kn95Painter.mirror(TOP_LEFT), true);
        outline.closePath();
        Area shape = new Area(outline);
        shape.intersect(c.reach());
        shape.subtract(new Area(eyeHole(c, RIGHT_EYE, -1, 1.32, 1.85)));
        shape.subtract(new Area(eyeHole(c, LEFT_EYE, 1, 1.32, 1.85)));
        Layer mask = c.layer(shape, 2);
        float[] filigree = c.strokeCoverage(filigree(c), 5.0);
        double[][] stones = {{0.500, 0.330, 12}, {0.192, 0.262, 7}, {0.808, 0.262, 7}};
        for (int y = mask.box.y0(); y < mask.box.y1(); y++) {
            for (int x = mask.box.x0(); x < mask.box.x1(); x++) {
                int p = y * n + x;
                if (mask.alpha[p] <= 0) {
                    continue;
                }
                double d = mask.sd[p];
                float nz = c.surface.normal[3 * p + 2];
                double light = c.surface.light(p);
                // Velvet: dark pile with a soft sheen where the surface turns away.
                double pile = 1 + 0.25 * (Noise.fbm(x / 1.6, y / 1.6, 41, 2) - 0.5);
                float[] colour = velvet;
                double shade = pile * light;
                double sheen = 0.16 * Math.pow(1 - nz, 1.5) + 0.05 * (Noise.fbm(x / 30.0, y / 30.0, 42, 3));
                colour = Tone.mix(colour, new float[] {0.55f, 0.52f, 0.58f}, sheen);
                // Gold: filigree and a bevelled rim round every edge.
                double rim = 1 - Tone.smoothstep(RIM - 1, RIM + 0.5, d);
                double metal = Math.max(rim, filigree[p]);
                if (metal > 0) {
                    double bevel = rim > filigree[p] ? Math.sin(Math.PI * Tone.clamp(d / RIM)) : 0.7;
                    double glint = Math.pow(Tone.clamp(light - 0.80) / 0.24, 3);
                    double metalShade = (0.55 + 0.55 * bevel) * light + 0.35 * glint * bevel;
                    metalShade *= 1 + 0.10 * (Noise.fbm(x / 3.0, y / 3.0, 43, 2) - 0.5);
                    float[] lit = Tone.mix(gold, new float[] {1f, 0.96f, 0.82f}, 0.3 * glint);
                    colour = Tone.mix(colour, lit, metal);
                    shade = shade + (metalShade - shade) * metal;
                    // The rim's inner step shadows the velvet next to it.
                    shade *= 1 - 0.25 * Tone.gauss((d - RIM - 1.5) / 1.5) * (1 - metal);
                }
                for (double[] st : stones) {
                    double[] cs = Jewel.stone(c, x, y, st[0], st[1], st[2], gold, colour, shade, light,
                            new float[] {0.62f, 0.70f, 0.80f});
                    colour = new float[] {(float) cs[0], (float) cs[1], (float) cs[2]};
                    shade = cs[3];
                }
                t.over(p, colour, shade, mask.alpha[p], 0);
            }
        }
        return new Painting(t, new Part("mask", true), new Part("ribbons", false));
    }

    /** A cat-eye opening round one eye: the eye contour enlarged, its outer corner swept up. */
    static Path2D.Double eyeHole(LayoutCanvas c, int[] contour, int outward, double sx,
            double sy) {
        double mx = 0;
        double my = 0;
        for (int lm : contour) {
            mx += c.at(lm).x;
            my += c.at(lm).y;
        }
        mx /= contour.length;
        my /= contour.length;
        List<Point2D.Double> pts = new ArrayList<>();
        for (int i = 0; i < contour.length; i++) {
            Point2D.Double q = c.at(contour[i]);
            double ex = (q.x - mx) * sx;
            double ey = (q.y - my) * sy - 3;
            pts.add(new Point2D.Double(mx + ex, my + ey));
        }
        // Index 0 is the outer corner (landmark 33 or 263): sweep it out and up.
        Point2D.Double outer = pts.get(0);
        pts.set(0, new Point2D.Double(outer.x + outward * 20, outer.y - 13));
        return LayoutCanvas.closedCurve(pts);
    }

    /** Gold scrolls over the brows and along the wings, left side drawn and mirrored. */
    static Shape filigree(LayoutCanvas c) {
        Path2D.Double left = new Path2D.Double();
        // Brow scroll: from the midline over the eye, ending in a curl.
        left.append(c.curve(new double[][] {{0.470, 0.300}, {0.420, 0.270}, {0.350, 0.257},
                {0.285, 0.262}, {0.245, 0.283}}), false);
        left.append(spiral(c.x(0.245) + 11, c.y(0.283) + 1, 12, 1.6, Math.PI, 1), false);
        // Wing scroll: along the wing's upper edge towards its tip.
        left.append(c.curve(new double[][] {{0.215, 0.238}, {0.150, 0.232}, {0.090, 0.212},
                {0.048, 0.185}}), false);
        // Side scroll: from the wing down towards the cheek, ending in a smaller curl.
        left.append(c.curve(new double[][] {{0.150, 0.262}, {0.140, 0.310}, {0.152, 0.355},
                {0.185, 0.395}}), false);
        left.append(spiral(c.x(0.185) + 8, c.y(0.395) - 6, 9, 1.4, Math.PI * 0.75, -1), false);
        // Lower scroll under the eye.
        left.append(c.curve(new double[][] {{0.250, 0.440}, {0.300, 0.449}, {0.355, 0.441},
                {0.400, 0.425}}), false);
        Path2D.Double both = new Path2D.Double(left);
        AffineTransform flip = new AffineTransform(-1, 0, 0, 1, c.size, 0);
        both.append(flip.createTransformedShape(left), false);
        return both;
    }

    /** A spiral of {@code turns} turns, radius shrinking from {@code r0} to a small curl. */
    static Path2D.Double spiral(double cx, double cy, double r0, double turns, double start,
            int direction) {
        Path2D.Double path = new Path2D.Double();
        int steps = 80;
        for (int i = 0; i <= steps; i++) {
            double f = i / (double) steps;
            double angle = start + direction * f * turns * 2 * Math.PI;
            double r = r0 * (1 - 0.8 * f);
            double px = cx + r * Math.cos(angle);
            double py = cy + r * Math.sin(angle);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        return path;
    }
}
