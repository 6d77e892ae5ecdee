package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Relief;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Long waves: parted on the picture's left, falling past the cheeks and over the shoulders to the
 * picture's foot in soft waves that start below the ears, the back of the hair seen beside the
 * neck.
 */
final class LongWavesPainter implements HairPainter {
    /** The part's x, centimetres (the picture's left of the midline). */
    private static final double PART = -1.6;
    /** The waves' length and greatest sideways swing, centimetres. */
    private static final double WAVELENGTH = 6.4;
    private static final double SWING = 0.8;
    /** Where the hair ends: below the picture's foot. */
    private static final double END = 18.6;

    /** How far the hair swings sideways at height y on a side (its waves a little out of step). */
    static double wave(double y, int side) {
        double grow = Math.max(0, Math.min(1, (y + 3) / 6));
        grow = grow * grow * (3 - 2 * grow);
        return side * SWING * grow * Math.sin(phase(y, side));
    }

    /** The waves' phase at height y on a side, radians. */
    static double phase(double y, int side) {
        return 2 * Math.PI * (y + 1.5) / WAVELENGTH + (side > 0 ? 0 : 1.3);
    }

    @Override
    public void paint(HairCanvas c) {
        Relief.Form form = form(c);

        // Behind: the back of the hair beside the neck and behind the shoulders.
        Area back = new Area(HairCanvas.outline(c.points(-9.5, -2, 9.5, -2, 10.5, END, -10.5, END)));
        back.subtract(new Area(c.neck()));
        new HairMass(back, (x, y) -> Math.PI / 2 + 0.25 * Math.cos(2 * Math.PI * ((y - c.face.y(0)) / c.face.px(1)
                + 1.5) / WAVELENGTH), form).shade(0.55).gloss(0.5, 0).strays(0, 0).strands(900, 60)
                .edge(3, 0.4, 0.3).paint(c, c.seed + 1);

        for (int side = -1; side <= 1; side += 2) {
            side(c, form, side);
        }
        c.contactShadow(0.28);
    }

    /** One side of the part: the picture's right (side 1, the fuller side) or left (−1). */
    private static void side(HairCanvas c, Relief.Form form, int side) {
        List<Point2D.Double> outline = new ArrayList<>();
        // Over the top from the part and down the outside.
        if (side > 0) {
            outline.addAll(c.points(PART, -15.0, 1.5, -15.2, 5.5, -14.3, 8.8, -11.5, 10.6, -7.0));
        } else {
            outline.addAll(c.points(PART + 0.3, -15.0, -4.6, -14.6, -8.4, -12.0, -10.4, -7.5));
        }
        for (double y = -3; y <= END; y += 1.5) {
            double x = 10.9 + 1.1 * smooth(0, 16, y) + wave(y, side) * side;
            outline.add(c.cm(side * x, y));
        }
        // Back up the inside: beside the neck, then along the jaw and cheek, over the temple.
        for (double y = END; y >= 10; y -= 1.5) {
            double x = 6.1 + 0.5 * smooth(10, 18, y) + wave(y, side) * side;
            outline.add(c.cm(side * x, y));
        }
        int[] oval = side > 0 ? new int[] {12, 11, 10, 9, 8, 7, 6, 5} : new int[] {24, 25, 26, 27, 28, 29, 30, 31};
        double[] k = {0.08, 0.05, 0.035, 0.03, 0.025, 0.01, -0.02, -0.05};
        for (int i = 0; i < oval.length; i++) {
            outline.add(c.ring(oval[i], k[i]));
        }
        if (side > 0) {
            outline.addAll(c.points(5.6, -7.0, 3.2, -8.0, 0.6, -8.6, PART, -8.95));
        } else {
            outline.addAll(c.points(-5.6, -7.2, -3.6, -8.3, PART + 0.3, -8.95));
        }

        Guides guides = new Guides(c.face.px(1.4));
        double[][] tops = side > 0
                ? new double[][] {{PART + 0.2, -9.2, 1.5, -8.9, 4.6, -7.8, 6.6, -5.6, 7.9, -2, 8.1, 2, 7.4, 6},
                    {PART + 0.2, -11.8, 2.5, -11.6, 6.2, -9.8, 8.6, -5.5, 9.4, 0, 9.3, 4},
                    {PART + 0.2, -14.6, 3, -14.7, 7.2, -12.8, 10, -8.5, 10.9, -3, 11.1, 2}}
                : new double[][] {{PART, -9.2, -3.6, -8.6, -5.8, -6.8, -7.6, -3.0, -8.0, 1, -7.4, 6},
                    {PART, -11.8, -4.5, -11.3, -7.4, -9.0, -9.2, -4.5, -9.5, 0, -9.3, 4},
                    {PART, -14.6, -4.6, -14.2, -8.4, -11.5, -10.4, -7.0, -11.0, -2, -11.1, 2}};
        double[] lowerX = {6.6, 8.6, 10.8};
        for (int g = 0; g < tops.length; g++) {
            List<Point2D.Double> line = new ArrayList<>(c.points(tops[g]));
            double x0 = Math.abs(tops[g][tops[g].length - 2]);
            for (double y = tops[g][tops[g].length - 1] + 1.5; y <= END + 1; y += 1) {
                double base = x0 + (lowerX[g] - x0) * smooth(tops[g][tops[g].length - 1], 12, y);
                line.add(c.cm(side * (base + 0.8 * smooth(0, 16, y)) + wave(y, side), y));
            }
            guides.add(line);
        }
        Point2D.Double part = c.cm(PART, 0);
        new HairMass(HairCanvas.outline(outline), guides, form)
                .occlusion((x, y) -> {
                    double nearPart = Math.exp(-Math.pow((x - part.x) / c.face.px(0.5), 2))
                            * smooth(-7, -9.5, (y - c.face.y(0)) / c.face.px(1));
                    return (1 - 0.3 * c.nearFace(x, y)) * (1 - 0.35 * nearPart);
                })
                .edge(5, 0.7, 0.15).strands(4200, 90).strays(40, 60).grain(50, 1)
                .paint(c, c.seed + (side > 0 ? 3 : 2));
    }

    /**
     * The head's dome, and below the ears a sheet falling round the shoulders whose waves turn it
     * to the light and away.
     */
    private static Relief.Form form(HairCanvas c) {
        Relief.Form dome = Relief.dome(c.face.x(0), c.face.y(-4), c.face.px(12), c.face.px(12.5), 1);
        double[] d = new double[3];
        return (x, y, out) -> {
            dome.normal(x, y, d);
            double cmX = (x - c.face.x(0)) / c.face.px(1);
            double cmY = (y - c.face.y(0)) / c.face.px(1);
            int side = cmX < 0 ? -1 : 1;
            double u = Math.max(-0.9, Math.min(0.9, cmX / 13));
            // The sheet turns with the waves, the turn sliding a little across it.
            double tilt = 0.32 * Math.cos(phase(cmY, side) + 0.25 * Math.abs(cmX) - 2.5)
                    * smooth(-3, 3, cmY);
            double sx = u * 0.8;
            double sy = 0.15 + tilt;
            double sz = Math.sqrt(Math.max(0.05, 1 - sx * sx - sy * sy));
            double t = smooth(-6, 0, cmY);
            double nx = d[0] * (1 - t) + sx * t;
            double ny = d[1] * (1 - t) + sy * t;
            double nz = d[2] * (1 - t) + sz * t;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            out[0] = nx / len;
            out[1] = ny / len;
            out[2] = nz / len;
        };
    }

    private static double smooth(double e0, double e1, double x) {
        double t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
        return t * t * (3 - 2 * t);
    }
}
