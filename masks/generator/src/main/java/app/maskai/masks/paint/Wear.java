package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/** Pieces several masks share: the outline of a mask worn over nose and mouth, bands. */
final class Wear {
    private Wear() {
    }

    /**
     * A mask body worn over nose and mouth: below {@code top}, out along the extension past the
     * face oval by k = {@code sideK} at the ears (oval landmarks 234, 454), {@code jawK} at the
     * jaw corners (172, 397) and {@code chinK} under the chin (152), smoothly in between.
     */
    static Area body(LayoutCanvas c, Path2D.Double top, double sideK, double jawK, double chinK) {
        Area shape = new Area(c.ringCurve(j -> {
            double t = Math.abs(j - 18) / 10.0; // 0 at the chin, 0.6 at the jaw corners, 1 at the ears
            return t <= 0.6 ? chinK + (jawK - chinK) * Tone.smoothstep(0, 0.6, t)
                    : jawK + (sideK - jawK) * Tone.smoothstep(0.6, 1, t);
        }));
        shape.intersect(c.below(top));
        shape.intersect(c.reach());
        return shape;
    }

    /** Points given for the subject's right side (image left), mirrored if {@code side} > 0. */
    static double[][] side(double[][] uvPoints, int side) {
        double[][] out = new double[uvPoints.length][];
        for (int i = 0; i < uvPoints.length; i++) {
            out[i] = new double[] {side > 0 ? 1 - uvPoints[i][0] : uvPoints[i][0], uvPoints[i][1]};
        }
        return out;
    }

    /** A light elastic for light masks, a dark one (the mask's colour, a little lifted) else. */
    static float[] loopColour(float[] maskColour) {
        return Tone.luminance(maskColour) > 0.35 ? new float[] {0.93f, 0.93f, 0.91f}
                : Tone.mix(maskColour, new float[] {0.35f, 0.35f, 0.37f}, 0.25);
    }

    /**
     * A band (ear loop, strap, ribbon) along a curve through layout points, from its attachment
     * (the first point) to where it passes behind the ear or head (the last), over which it fades
     * out across {@code fadePx}. {@code round} 1 shades it as a round cord, 0 as a flat strap;
     * {@code satin} adds a sheen along it.
     */
    static void band(LayoutCanvas c, Texture t, int part, double[][] uvPoints, double widthPx,
            float[] colour, double fadePx, double round, double satin) {
        Path2D.Double path = c.curve(uvPoints);
        Shape stroke = new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND).createStrokedShape(path);
        Area area = new Area(stroke);
        area.intersect(c.reach());
        Layer band = c.layer(area, 1.6);
        Point2D.Double end = c.at(uvPoints[uvPoints.length - 1][0],
                uvPoints[uvPoints.length - 1][1]);
        double half = widthPx / 2;
        for (int y = band.box.y0(); y < band.box.y1(); y++) {
            for (int x = band.box.x0(); x < band.box.x1(); x++) {
                int p = y * c.size + x;
                if (band.alpha[p] <= 0) {
                    continue;
                }
                double s = Tone.clamp(band.sd[p] / half);
                double cross = Math.sqrt(Math.max(0, 1 - (1 - s) * (1 - s)));
                double profile = round * cross + (1 - round) * Tone.smoothstep(0, 0.35, s);
                double shade = (0.62 + 0.38 * profile) * c.surface.light(p);
                shade += 0.05 * (Noise.fbm(x / 2.0, y / 2.0, 71, 2) - 0.5);
                shade += satin * 0.35 * Tone.gauss((s - 0.75) / 0.25)
                        * (0.6 + 0.8 * Noise.value(x / 60.0, y / 60.0, 72));
                double fade = Tone.smoothstep(0, fadePx, end.distance(x + 0.5, y + 0.5));
                t.over(p, colour, shade, band.alpha[p] * fade, 0.15, part);
            }
        }
    }

    /** The first point of each path, both sides, in texture pixels: where bands are attached. */
    static List<Point2D.Double> attachments(LayoutCanvas c, double[][]... paths) {
        List<Point2D.Double> out = new ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            for (double[][] path : paths) {
                double[] q = side(path, side)[0];
                out.add(c.at(q[0], q[1]));
            }
        }
        return out;
    }

    /** An embossed weld spot (a small square of ultrasonic welds) at a point (pixels). */
    static double weld(Point2D.Double at, int x, int y, double halfPx) {
        double dx = Math.abs(x + 0.5 - at.x);
        double dy = Math.abs(y + 0.5 - at.y);
        double inside = (1 - Tone.smoothstep(halfPx - 1, halfPx + 1, Math.max(dx, dy)));
        double grid = Math.abs(((x % 5) + 5) % 5 - 2) + Math.abs(((y % 5) + 5) % 5 - 2) < 1.5 ? 1 : 0;
        return inside * (0.5 + 0.5 * grid);
    }
}
