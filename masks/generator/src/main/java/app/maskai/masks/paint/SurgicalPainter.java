package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * A three-ply surgical mask: bound top and bottom hems, three downward pleats that open over
 * the nose and chin and bunch towards the ear loops, a nose wire in the top hem, spun-bond
 * fibre texture, round elastic ear loops welded to the side hems. It reaches under the chin and
 * to the sides of the face.
 */
final class SurgicalPainter implements Painter {
    /**
     * Top edge in (u, v): over the nose bridge between landmarks 6 (v 0.40) and 197 (v 0.44),
     * then a little below the cheekbones (118 at v 0.468) out to the face edge.
     */
    static final double[][] TOP = {{-0.12, 0.478}, {0.05, 0.472}, {0.17, 0.469}, {0.29, 0.463},
            {0.37, 0.452}, {0.44, 0.430}, {0.50, 0.417}, {0.56, 0.430}, {0.63, 0.452}, {0.71, 0.463},
            {0.83, 0.469}, {0.95, 0.472}, {1.12, 0.478}};
    /**
     * Pleat folds: v on the midline, and v where they gather at the side (u = 0 or 1). The middle
     * fold passes below the lower lip (landmark 17 at v 0.737), not across the mouth, whose
     * triangles stretch when it opens.
     */
    static final double[] PLEAT_MID = {0.600, 0.790, 0.915};
    static final double[] PLEAT_SIDE = {0.528, 0.590, 0.652};
    /** Hem band width, pixels (about 4 mm). */
    static final double HEM = 19;
    /** Ear-loop welds (subject's right; mirrored) and the loops' paths towards the ear. */
    static final double[][] UPPER_LOOP = {{0.018, 0.494}, {-0.02, 0.470}, {-0.06, 0.445},
            {-0.095, 0.428}};
    static final double[][] LOWER_LOOP = {{0.060, 0.728}, {0.02, 0.700}, {-0.04, 0.650},
            {-0.095, 0.610}};

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] elastic = Wear.loopColour(design.colour());
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(UPPER_LOOP, side), 11, elastic, 45, 1, 0);
            Wear.band(c, t, 1, Wear.side(LOWER_LOOP, side), 11, elastic, 45, 1, 0);
        }
        Layer body = c.layer(Wear.body(c, c.curve(TOP), 0.035, 0.06, 0.12), 3);
        float[] base = design.colour();
        float[] hemColour = Tone.mix(base, design.accent(), 0.5);
        float[] fine = c.fineDetail();
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
                double shade = 1;
                // Spun-bond polypropylene: fine fibre speckle plus faint mottling.
                shade += 0.075 * fine[p] * (Noise.fbm(x / 1.7, y / 1.7, 11, 2) - 0.5)
                        + 0.035 * (Noise.fbm(x / 38.0, y / 38.0, 12, 3) - 0.5);
                // Pleats: each fold casts a soft shadow on the panel below it.
                double side = Math.min(1, Math.abs(u - 0.5) / 0.5);
                double ease = Math.pow(side, 1.8);
                double easeSlope = 1.8 * Math.pow(side, 0.8) / 0.5;
                double awayFromHem = Tone.smoothstep(HEM, HEM + 12, d);
                for (int k = 0; k < PLEAT_MID.length; k++) {
                    double rise = PLEAT_SIDE[k] - PLEAT_MID[k];
                    double fold = PLEAT_MID[k] + rise * ease;
                    double slope = rise * easeSlope;
                    double dy = (v - fold) * c.face / Math.sqrt(1 + slope * slope);
                    double strength = (0.12 + 0.17 * side * side) * awayFromHem;
                    shade += strength * pleat(dy);
                }
                // Hem: a folded double layer with a seam line and ultrasonic weld dots.
                double hem = 1 - Tone.smoothstep(HEM - 1.5, HEM + 1.5, d);
                float[] colour = Tone.mix(base, hemColour, hem);
                shade -= 0.10 * Tone.gauss((d - HEM) / 1.2);
                double band = Tone.smoothstep(5, 7, d) * (1 - Tone.smoothstep(13, 15, d));
                double gx = (x % 6) - 2.5;
                double gy = (y % 6) - 2.5;
                shade -= 0.06 * band * (1 - Tone.smoothstep(0.9, 1.9, Tone.hypot(gx, gy)));
                // Nose wire: a ridge inside the top hem across the nose bridge.
                double wire = Tone.smoothstep(0.34, 0.39, u) * (1 - Tone.smoothstep(0.61, 0.66, u))
                        * (1 - Tone.smoothstep(0.50, 0.52, v));
                shade += wire * (0.07 * Tone.gauss((d - 8) / 2.0) - 0.08 * Tone.gauss((d - 12.5) / 2.2));
                // Ear-loop welds on the side hems.
                for (Point2D.Double w : welds) {
                    shade -= 0.10 * Wear.weld(w, x, y, 7);
                }
                // The cut edge rolls away a little.
                shade *= 0.88 + 0.12 * Tone.smoothstep(0, 4, d);
                shade *= c.surface.light(p);
                t.over(p, colour, shade, body.alpha[p], 0.22, 0);
            }
        }
        return new Painting(t, new Part("mask", false), new Part("ear-loops", false));
    }

    /** Shading of one pleat, {@code dy} pixels below its fold line. */
    static double pleat(double dy) {
        double lip = 0.45 * Tone.gauss((dy + 2.5) / 2.5);
        double gap = -0.9 * Tone.gauss((dy - 0.8) / 1.1);
        double shadow = -Math.exp(-Math.max(0, dy) / 7.0) * Tone.smoothstep(-0.5, 1.5, dy);
        return lip + gap + shadow;
    }
}
