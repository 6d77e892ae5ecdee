package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;
import java.awt.geom.Area;

/**
 * A contoured cloth mask: two cotton panels with a centre seam, top-stitched edges and round
 * elastic ear loops; the print (dots, tartan, flowers, or a cat's nose and whiskers) is laid out
 * in surface units so that it foreshortens round the cheeks and breaks at the seam.
 */
final class ClothPainter implements Painter {
    enum Print { DOTS, TARTAN, FLORAL, CAT }

    static final double[][] TOP = {{-0.12, 0.498}, {0.04, 0.490}, {0.16, 0.482}, {0.28, 0.469},
            {0.37, 0.451}, {0.44, 0.428}, {0.50, 0.413}, {0.56, 0.428}, {0.63, 0.451}, {0.72, 0.469},
            {0.84, 0.482}, {0.96, 0.490}, {1.12, 0.498}};
    static final double[][] UPPER_LOOP = {{0.030, 0.515}, {-0.01, 0.485}, {-0.05, 0.455},
            {-0.095, 0.435}};
    static final double[][] LOWER_LOOP = {{0.075, 0.745}, {0.02, 0.705}, {-0.04, 0.655},
            {-0.095, 0.612}};
    /** Dot pitch and radius in canonical units (about cm). */
    static final double PITCH = 1.05;
    static final double DOT = 0.15;

    final Print print;

    ClothPainter(Print print) {
        this.print = print;
    }

    /** The contoured outline the cloth, lace and sequin masks share. */
    static Area outline(LayoutCanvas c) {
        return Wear.body(c, c.curve(TOP), 0.03, 0.06, 0.13);
    }

    static void loops(LayoutCanvas c, Texture t, int part, float[] colour, double width) {
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, part, Wear.side(UPPER_LOOP, side), width, colour, 45, 1, 0);
            Wear.band(c, t, part, Wear.side(LOWER_LOOP, side), width, colour, 45, 1, 0);
        }
    }

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] base = design.colour();
        loops(c, t, 1, Wear.loopColour(print == Print.TARTAN ? design.accent() : base), 12);
        Layer body = c.layer(outline(c), 3);
        float[] thread = Tone.mix(base, new float[] {0.80f, 0.82f, 0.86f}, 0.55);
        CatPrint cat = print == Print.CAT ? new CatPrint(c) : null;
        double cx = c.x(0.5);
        double cy = c.y(0.70);
        float[] fine = c.fineDetail();
        for (int y = body.box.y0(); y < body.box.y1(); y++) {
            for (int x = body.box.x0(); x < body.box.x1(); x++) {
                int p = y * n + x;
                if (body.alpha[p] <= 0) {
                    continue;
                }
                double d = body.sd[p];
                double dx = x + 0.5 - cx;
                // Cloth coordinates (cm); the right panel is cut from the cloth half a repeat lower.
                double s = across(c.u(x));
                double tt = up(c.v(y)) + (dx > 0 ? 0.52 : 0);
                float[] colour = switch (print) {
                    case DOTS -> dots(s, tt, base, design.accent(), dx > 0);
                    case TARTAN -> Tartan.colour(s, tt, base, design.accent(), fine[p]);
                    case FLORAL -> Floral.colour(s, tt, base, design.accent(), c.perCm, dx > 0, fine[p]);
                    case CAT -> cat.colour(p, x, y, base, heather(x, y, fine[p]));
                };
                // Plain-weave cotton: thread grid, slubs, soft wrinkles.
                double shade = 1;
                shade += fine[p] * (0.045 * Math.sin(2 * Math.PI * x / 4.0)
                        * Math.sin(2 * Math.PI * y / 4.0)
                        + 0.06 * (Noise.value(x / 16.0, y / 2.6, 31) - 0.5)
                        + 0.05 * (Noise.fbm(x / 2.2, y / 2.2, 32, 2) - 0.5));
                shade += 0.10 * (Noise.fbm(x / 120.0, y / 90.0, 33, 3) - 0.5);
                // Centre seam: a valley with a ridge each side and top-stitching.
                shade -= 0.35 * Tone.gauss(dx / 1.7);
                shade += 0.08 * Tone.gauss((Math.abs(dx) - 4.5) / 2.0);
                double seamStitch = Tone.gauss((Math.abs(dx) - 9) / 0.9)
                        * dash((y + 0.5) / 9.0) * Tone.smoothstep(6, 9, d) * fine[p];
                colour = Tone.mix(colour, thread, 0.85 * seamStitch);
                // Edge: rolled and top-stitched.
                double arc = Math.atan2(y + 0.5 - cy, x + 0.5 - cx)
                        * Tone.hypot(x + 0.5 - cx, y + 0.5 - cy);
                double edgeStitch = Tone.gauss((d - 9.5) / 0.9) * dash(arc / 9.0);
                colour = Tone.mix(colour, thread, 0.85 * edgeStitch);
                shade += 0.05 * Tone.gauss((d - 5) / 2.5) - 0.05 * Tone.gauss((d - 13) / 2.0);
                shade *= 0.78 + 0.22 * Tone.smoothstep(0, 5, d);
                // Under the chin the cloth turns away from the light.
                shade *= c.surface.light(p);
                t.over(p, colour, shade, body.alpha[p], 0.12, 0);
            }
        }
        return new Painting(t, new Part("mask", false), new Part("ear-loops", false));
    }

    static float[] dots(double s, double tt, float[] base, float[] ink, boolean rightPanel) {
        double row = Math.floor(tt / PITCH + 0.5);
        double offset = ((long) row & 1) == 0 ? 0 : PITCH / 2;
        double col = Math.floor((s - offset) / PITCH + 0.5);
        double cx = col * PITCH + offset;
        double cy = row * PITCH;
        if (nearMouth(cx, cy, DOT, rightPanel)) {
            return base;
        }
        double dist = Tone.hypot(s - cx, tt - cy);
        double dot = 1 - Tone.smoothstep(DOT - 0.02, DOT + 0.02, dist);
        return Tone.mix(base, ink, 0.9 * dot);
    }

    /**
     * Whether a print motif at cloth point (s, t), radius r (cm), would reach the strip between
     * the inner lips, which stretches when the mouth opens: such motifs are left out, so that the
     * strip carries plain cloth. (The strip is layout v 0.690..0.700, u 0.38..0.62; the right
     * panel's print is shifted by half a repeat.)
     */
    static boolean nearMouth(double s, double t, double r, boolean rightPanel) {
        double t0 = up(0.704) + (rightPanel ? 0.52 : 0);
        double t1 = up(0.686) + (rightPanel ? 0.52 : 0);
        double s1 = across(0.625);
        double dx = Math.max(0, Math.abs(s) - s1);
        double dy = t < t0 ? t0 - t : t > t1 ? t - t1 : 0;
        return Tone.hypot(dx, dy) < r + 0.06;
    }

    /** Heather jersey: fibres of two tones. */
    static double heather(int x, int y, double fine) {
        return fine * (Noise.value(x / 1.3, y / 5.0, 34) - 0.5);
    }

    /**
     * Horizontal cloth coordinate (about cm) for a layout u: the layout is close to a frontal
     * view of the face, so unwrap it round a cylinder of radius 8.2 (the canonical face is 15.3
     * wide) to foreshorten the print towards the cheeks, as fabric does. Smooth on purpose: the
     * cloth bridges the nose and mouth rather than following them.
     */
    static double across(double u) {
        return 8.2 * Math.asin(Tone.clamp(Math.abs(u - 0.5) / 0.5 * 0.9)) * Math.signum(u - 0.5);
    }

    /** Vertical cloth coordinate (about cm, up): landmark 10 to 152 is 0.847 in v, 17.7 units. */
    static double up(double v) {
        return -(v - 0.5) * 20.9;
    }

    /** 1 on a stitch, 0 between stitches, soft ends; period 1 in {@code phase}. */
    static double dash(double phase) {
        double f = phase - Math.floor(phase);
        return Tone.smoothstep(0.05, 0.15, f) * (1 - Tone.smoothstep(0.62, 0.72, f));
    }
}
