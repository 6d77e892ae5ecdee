package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Strands;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The way hair runs, from a few guide strands drawn root to tip (as a hairdresser's sketch shows
 * it): at any pixel, the tangents of the nearest points of the guides averaged with weights
 * 1 / (d² + reach²)², so the flow follows the nearest guides and turns smoothly between them.
 */
final class Guides implements Strands.Flow {
    /** Guide strands are sampled about this often, pixels. */
    private static final double SAMPLE = 6;

    private final List<double[]> lines = new ArrayList<>();
    private final double reach2;

    /** Guides whose influence falls off beyond about {@code reach} pixels. */
    Guides(double reach) {
        this.reach2 = reach * reach;
    }

    /** Adds the guide through {@code points} (a Catmull-Rom curve, root first). */
    Guides add(List<Point2D.Double> points) {
        lines.add(sample(points));
        return this;
    }

    /** Adds the guide and its mirror about the face's midline. */
    Guides addMirrored(HairCanvas c, List<Point2D.Double> points) {
        add(points);
        return add(c.mirror(points));
    }

    @Override
    public double angle(double x, double y) {
        double sx = 0;
        double sy = 0;
        for (double[] line : lines) {
            double best = Double.MAX_VALUE;
            double tx = 0;
            double ty = 0;
            for (int i = 0; i + 3 < line.length; i += 2) {
                double ax = line[i];
                double ay = line[i + 1];
                double dx = line[i + 2] - ax;
                double dy = line[i + 3] - ay;
                double len2 = dx * dx + dy * dy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
                double ex = ax + t * dx - x;
                double ey = ay + t * dy - y;
                double d2 = ex * ex + ey * ey;
                if (d2 < best) {
                    best = d2;
                    double len = Math.sqrt(len2);
                    tx = len == 0 ? 0 : dx / len;
                    ty = len == 0 ? 1 : dy / len;
                }
            }
            double w = 1 / ((best + reach2) * (best + reach2));
            sx += w * tx;
            sy += w * ty;
        }
        return Math.atan2(sy, sx);
    }

    /** The Catmull-Rom curve through the points, as a polyline of pixel x, y pairs. */
    static double[] sample(List<Point2D.Double> p) {
        List<Double> out = new ArrayList<>();
        int n = p.size();
        out.add(p.get(0).x);
        out.add(p.get(0).y);
        for (int i = 0; i < n - 1; i++) {
            Point2D.Double p0 = p.get(Math.max(0, i - 1));
            Point2D.Double p1 = p.get(i);
            Point2D.Double p2 = p.get(i + 1);
            Point2D.Double p3 = p.get(Math.min(n - 1, i + 2));
            int steps = Math.max(1, (int) Math.ceil(p1.distance(p2) / SAMPLE));
            for (int s = 1; s <= steps; s++) {
                double t = s / (double) steps;
                double t2 = t * t;
                double t3 = t2 * t;
                out.add(0.5 * (2 * p1.x + (-p0.x + p2.x) * t + (2 * p0.x - 5 * p1.x + 4 * p2.x - p3.x) * t2
                        + (-p0.x + 3 * p1.x - 3 * p2.x + p3.x) * t3));
                out.add(0.5 * (2 * p1.y + (-p0.y + p2.y) * t + (2 * p0.y - 5 * p1.y + 4 * p2.y - p3.y) * t2
                        + (-p0.y + 3 * p1.y - 3 * p2.y + p3.y) * t3));
            }
        }
        double[] line = new double[out.size()];
        for (int i = 0; i < line.length; i++) {
            line[i] = out.get(i);
        }
        return line;
    }
}
