package app.maskai.masks.templates;

import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;

/**
 * A carved, gilded picture frame round the whole picture, drawn from a height field: an outer
 * bead, a band of carved leaves, a cove, a row of pearls and a sight edge, mitred at the corners
 * (each pixel takes the profile of its nearest side), with a rosette over each mitre. The normal
 * is the height's slope; the gold is burnished on the high points, dark in the hollows, and casts
 * a shadow on the painting below and right of its inner edge.
 */
final class GildedFrame {
    /** The frame's width, pixels. */
    static final int WIDTH = 60;
    private static final double LEAF_PERIOD = 52;
    private static final double PEARL_PERIOD = 15;
    /** Old water gilding: warmer and softer than polished gold. */
    private static final Metal GILDING = new Metal(0x6e4614, 0xb3812a, 0xf2d27e, 0.35, 16, 0.02, 0.03, 71);

    private GildedFrame() {
    }

    /** Paints the frame on the over layer (and its shadow on the painting inside it). */
    static void paint(TemplateCanvas c) {
        int w = TemplateCanvas.WIDTH;
        int h = TemplateCanvas.HEIGHT;
        float[] height = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                height[y * w + x] = (float) height(x + 0.5, y + 0.5, w, h);
            }
        }
        // The carving's slopes from a lightly softened height: worn, old gilding, not crisp metal
        // (and little fine detail far from the face, where the face's own detail should stand out).
        float[] soft = Blur.gaussian(height, w, h, 2.0);
        float[] smooth = Blur.gaussian(height, w, h, 4);
        Area inner = new Area(new Rectangle2D.Double(WIDTH, WIDTH, w - 2 * WIDTH, h - 2 * WIDTH));
        // The frame's shadow on the painting, cast down and to the right.
        Area shadow = new Area(new Rectangle2D.Double(-40, -40, w + 80, h + 80));
        shadow.subtract(new Area(new Rectangle2D.Double(WIDTH + 9, WIDTH + 11, w - 2 * WIDTH, h - 2 * WIDTH)));
        Mask cast = Mask.of(shadow, 0, w, h).blurred(7);
        c.paint(c.over, Mask.of(inner, 0, w, h).multiply(cast).times(0.62), (x, y) -> 0x140a04);

        Area frame = new Area(new Rectangle2D.Double(0, 0, w, h));
        frame.subtract(inner);
        Metal gold = GILDING;
        int seed = c.seed + 70;
        double[] n = new double[3];
        c.fill(c.over, frame, (x, y) -> {
            int p = y * w + x;
            double dx = soft[y * w + Math.min(w - 1, x + 1)] - soft[y * w + Math.max(0, x - 1)];
            double dy = soft[Math.min(h - 1, y + 1) * w + x] - soft[Math.max(0, y - 1) * w + x];
            Relief.unit(-dx * 0.1, -dy * 0.1, 1, n);
            double hollow = Math.max(0, smooth[p] - height[p]);
            // The inner mouldings darken towards the sight edge, an old frame's dark liner, so the
            // frame steps down to the dark painting rather than ending in a bright line.
            double d = Math.min(Math.min(x, y), Math.min(w - 1 - x, h - 1 - y)) + 0.5;
            double liner = 1 - 0.55 * Tone.smoothstep(40, WIDTH, d);
            double shade = (1.0 - Math.min(0.25, hollow * 0.05)) * liner;
            int colour = gold.rgb(x, y, n[0], n[1], n[2], 1, shade);
            double grime = Math.min(1, hollow * 0.25) * (0.6 + 0.4 * Noise.value(x * 0.08, y * 0.08, seed));
            return TemplateCanvas.lerp(colour, 0x3a220c, grime * 0.15);
        });
    }

    /** The frame's carved surface height at (x, y), pixels (0 on the painting). */
    static double height(double x, double y, int w, int h) {
        double[] sides = {x, y, w - x, h - y};
        int side = 0;
        for (int i = 1; i < 4; i++) {
            if (sides[i] < sides[side]) {
                side = i;
            }
        }
        double d = sides[side];
        if (d >= WIDTH) {
            return 0;
        }
        double u = side == 0 || side == 2 ? y : x; // along the side
        double cornerX = Math.min(x, w - x);
        double cornerY = Math.min(y, h - y);
        double rosette = rosette(cornerX - 30, cornerY - 30);
        double profile = profile(d, u);
        return Math.max(profile, rosette);
    }

    /** The moulding across the frame, d pixels in from the outer edge, u along it. */
    private static double profile(double d, double u) {
        if (d < 7) { // outer bead
            double t = (d - 3.5) / 3.5;
            return 7 + 3.5 * Math.sqrt(Math.max(0, 1 - t * t));
        }
        if (d < 10) { // fillet
            return 6.5;
        }
        if (d < 28) { // carved leaves on a rounded band
            double v = (d - 10) / 18;
            double base = 8 + 3 * Math.sin(Math.PI * v);
            double pos = ((u % LEAF_PERIOD) + LEAF_PERIOD) % LEAF_PERIOD - LEAF_PERIOD / 2;
            // Each leaf leans along the band: its centre line drifts with v.
            double lean = pos - (v - 0.5) * 10;
            double half = LEAF_PERIOD * 0.42 * Math.pow(Math.sin(Math.PI * v), 0.6);
            double leaf = 0;
            if (half > 0.5 && Math.abs(lean) < half) {
                double q = lean / half;
                leaf = 4.5 * Math.sqrt(1 - q * q) - 1.6 * Math.exp(-lean * lean / 2.2)
                        + 0.8 * Math.sin(v * Math.PI * 4 + q * 2);
            }
            return base + leaf;
        }
        if (d < 36) { // cove
            return 7 - 3.5 * Math.sin(Math.PI * (d - 28) / 8);
        }
        if (d < 46) { // pearls
            double v = d - 41;
            double pos = ((u % PEARL_PERIOD) + PEARL_PERIOD) % PEARL_PERIOD - PEARL_PERIOD / 2;
            double r2 = (pos * pos + v * v) / (5.6 * 5.6);
            return 6 + 3.5 * Math.sqrt(Math.max(0, 1 - r2));
        }
        if (d < 54) { // ogee falling to the sight edge
            double t = (d - 46) / 8;
            return 7 - 3 * t + 1.2 * Math.sin(Math.PI * t);
        }
        double t = (d - 57) / 3; // sight bead
        return 2.5 + 2 * Math.sqrt(Math.max(0, 1 - t * t));
    }

    /** A carved rosette over a mitre: eight rounded petals and a boss, 0 outside it. */
    private static double rosette(double dx, double dy) {
        double r = Math.sqrt(dx * dx + dy * dy);
        if (r > 27) {
            return 0;
        }
        double a = Math.atan2(dy, dx);
        double petal = 22 * (0.75 + 0.25 * Math.abs(Math.cos(4 * a)));
        if (r > petal) {
            return 0;
        }
        double boss = r < 8 ? 16 + 3 * Math.sqrt(1 - r * r / 64) : 0;
        double q = r / petal;
        return Math.max(boss, 10 + 5 * Math.sqrt(1 - q * q) - 1.5 * Math.abs(Math.sin(4 * a)) * q);
    }
}
