package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Relief;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A lock of hair as a tube along a centre line with a width that varies along it (a ponytail, a
 * loose strand): its outline, guide strands along it, and its rounded form (the normal turns
 * across the tube from one edge to the other).
 */
final class Tube implements Relief.Form {
    private final double[] line;
    private final double[] half;
    private final double[] along;

    /**
     * The tube through {@code centre} (a Catmull-Rom curve, pixels) whose half-width at each of
     * those points is {@code halfWidths} (pixels), interpolated between.
     */
    Tube(List<Point2D.Double> centre, double[] halfWidths) {
        line = Guides.sample(centre);
        int n = line.length / 2;
        along = new double[n];
        for (int i = 1; i < n; i++) {
            along[i] = along[i - 1] + Math.hypot(line[2 * i] - line[2 * i - 2], line[2 * i + 1] - line[2 * i - 1]);
        }
        // The control points' arc lengths, found as the nearest samples.
        double[] at = new double[centre.size()];
        for (int k = 0; k < centre.size(); k++) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                double d = Math.hypot(line[2 * i] - centre.get(k).x, line[2 * i + 1] - centre.get(k).y);
                if (d < best) {
                    best = d;
                    at[k] = along[i];
                }
            }
        }
        half = new double[n];
        for (int i = 0; i < n; i++) {
            int k = 0;
            while (k < at.length - 2 && along[i] > at[k + 1]) {
                k++;
            }
            double t = at[k + 1] == at[k] ? 0 : Math.max(0, Math.min(1, (along[i] - at[k]) / (at[k + 1] - at[k])));
            t = t * t * (3 - 2 * t);
            half[i] = halfWidths[k] + (halfWidths[k + 1] - halfWidths[k]) * t;
        }
    }

    /** The outline: one edge down, the other back. */
    Path2D.Double outline() {
        int n = half.length;
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double[] e = edge(i, 1);
            if (i == 0) {
                path.moveTo(e[0], e[1]);
            } else {
                path.lineTo(e[0], e[1]);
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            double[] e = edge(i, -1);
            path.lineTo(e[0], e[1]);
        }
        path.closePath();
        return path;
    }

    /** The line {@code offset} (−1..1) of the way from the centre to an edge, as guide points. */
    List<Point2D.Double> strand(double offset) {
        int n = half.length;
        List<Point2D.Double> pts = new ArrayList<>();
        for (int i = 0; i < n; i += 4) {
            double[] e = edge(i, offset);
            pts.add(new Point2D.Double(e[0], e[1]));
        }
        return pts;
    }

    private double[] edge(int i, double side) {
        int n = half.length;
        int a = Math.max(0, i - 1);
        int b = Math.min(n - 1, i + 1);
        double tx = line[2 * b] - line[2 * a];
        double ty = line[2 * b + 1] - line[2 * a + 1];
        double len = Math.max(1e-9, Math.hypot(tx, ty));
        return new double[] {line[2 * i] - ty / len * half[i] * side, line[2 * i + 1] + tx / len * half[i] * side};
    }

    @Override
    public void normal(double x, double y, double[] out) {
        double best = Double.MAX_VALUE;
        double u = 0;
        double px = 0;
        double py = 0;
        for (int i = 0; i + 1 < half.length; i++) {
            double ax = line[2 * i];
            double ay = line[2 * i + 1];
            double dx = line[2 * i + 2] - ax;
            double dy = line[2 * i + 3] - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
            double ex = x - (ax + t * dx);
            double ey = y - (ay + t * dy);
            double d2 = ex * ex + ey * ey;
            if (d2 < best) {
                best = d2;
                double len = Math.sqrt(len2);
                px = len == 0 ? 1 : -dy / len;
                py = len == 0 ? 0 : dx / len;
                double w = half[i] + (half[i + 1] - half[i]) * t;
                u = (ex * px + ey * py) / Math.max(1, w);
            }
        }
        u = Math.max(-0.95, Math.min(0.95, u)) * 0.9;
        out[0] = px * u;
        out[1] = py * u;
        out[2] = Math.sqrt(1 - u * u);
    }
}
