package app.maskai.masks.draw;

import app.maskai.core.layout.FaceLayout;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Geometry in texture pixels for painters: layout points (landmarks, the extension rings, any
 * layout uv) mapped into the v2 texture space, smooth curves, and layers (a shape's antialiased
 * coverage, signed distance and alpha).
 */
public final class LayoutCanvas {
    /** The inner lip contour, FaceMesh landmarks in order (upper lip, then lower lip back). */
    static final int[] INNER_LIPS = {78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318,
            402, 317, 14, 87, 178, 88, 95};
    /** How far in from the outermost ring drawing stops, pixels: the mesh ends there. */
    static final double REACH_INSET = 4;

    public final FaceLayout layout;
    public final SurfaceMap surface;
    public final int size;
    /** Pixels per layout uv unit: the face's uv square is this wide in the texture. */
    public final double face;
    /** Pixels per canonical unit (about a centimetre): the oval is 15.3 units wide. */
    public final double perCm;
    private final double[] meanOval;
    private final float[] fineDetail;
    private final Area reach;

    /** Shared by all painters (also across threads): immutable once built. */
    public LayoutCanvas(FaceLayout layout, SurfaceMap surface) {
        this.layout = layout;
        this.surface = surface;
        this.size = surface.size;
        this.face = size / FaceLayout.TEXTURE_SCALE;
        float[] uv = layout.uv();
        double mu = 0;
        double mv = 0;
        for (int lm : FaceLayout.FACE_OVAL) {
            mu += uv[2 * lm];
            mv += uv[2 * lm + 1];
        }
        this.meanOval = new double[] {mu / FaceLayout.RING_SIZE, mv / FaceLayout.RING_SIZE};
        this.perCm = face * (uv[2 * 454] - uv[2 * 234]) / 15.32;
        this.fineDetail = mouthStripWeight();
        Path2D.Double outer = ringPolygon(FaceLayout.RING_SCALES[FaceLayout.RING_COUNT - 1]);
        Area area = new Area(outer);
        area.subtract(new Area(new BasicStroke((float) (2 * REACH_INSET), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND).createStrokedShape(outer)));
        this.reach = area;
    }

    /** Texture x (pixels) of layout u. */
    public double x(double u) {
        return (0.5 + (u - 0.5) / FaceLayout.TEXTURE_SCALE) * size;
    }

    /** Texture y (pixels) of layout v. */
    public double y(double v) {
        return (0.5 + (v - 0.5) / FaceLayout.TEXTURE_SCALE) * size;
    }

    /** Layout u of texel column x's centre. */
    public double u(int x) {
        return ((x + 0.5) / size - 0.5) * FaceLayout.TEXTURE_SCALE + 0.5;
    }

    /** Layout v of texel row y's centre. */
    public double v(int y) {
        return ((y + 0.5) / size - 0.5) * FaceLayout.TEXTURE_SCALE + 0.5;
    }

    /** A landmark (or extended vertex) in texture pixels. */
    public Point2D.Double at(int vertex) {
        return new Point2D.Double(layout.textureUv()[2 * vertex] * size,
                layout.textureUv()[2 * vertex + 1] * size);
    }

    /** A layout point (u, v) in texture pixels. */
    public Point2D.Double at(double u, double v) {
        return new Point2D.Double(x(u), y(v));
    }

    /** Layout u, v of a landmark. */
    double lu(int landmark) {
        return layout.uv()[2 * landmark];
    }

    double lv(int landmark) {
        return layout.uv()[2 * landmark + 1];
    }

    /**
     * The point {@code k} of the way past oval landmark {@code FACE_OVAL[j]}, as the rings are
     * made: (1 + k)·oval_j − k·mean(oval), in texture pixels. k = 0 is the oval itself, the rings
     * are at k = 0.15, 0.35 and 0.6.
     */
    Point2D.Double ring(int j, double k) {
        int lm = FaceLayout.FACE_OVAL[((j % 36) + 36) % 36];
        return at((1 + k) * lu(lm) - k * meanOval[0], (1 + k) * lv(lm) - k * meanOval[1]);
    }

    /** The closed polygon (straight edges, like the mesh's) through ring points at k. */
    Path2D.Double ringPolygon(double k) {
        Path2D.Double path = new Path2D.Double();
        for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
            Point2D.Double p = ring(j, k);
            if (j == 0) {
                path.moveTo(p.x, p.y);
            } else {
                path.lineTo(p.x, p.y);
            }
        }
        path.closePath();
        return path;
    }

    /** A smooth closed outline through ring points, k chosen per oval position j. */
    public Path2D.Double ringCurve(java.util.function.IntToDoubleFunction kOfJ) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
            pts.add(ring(j, kOfJ.applyAsDouble(j)));
        }
        return closedCurve(pts);
    }

    /**
     * Everything the mesh can show, less a few pixels: the outermost ring polygon shrunk by
     * {@link #REACH_INSET}. Clip every shape to it.
     */
    public Area reach() {
        return (Area) reach.clone();
    }

    /**
     * How much fine detail (print, weave, fibres, stitches) a texel may carry: 0 between the inner
     * lips, 1 from 6 texels away. That strip is about 3 texels tall in the layout, but its
     * triangles open into a wide band when the mouth opens, and detail there would smear into
     * streaks; broad shading and vertical seams are kept.
     */
    public float[] fineDetail() {
        return fineDetail;
    }

    private float[] mouthStripWeight() {
        Path2D.Double gap = new Path2D.Double();
        for (int i = 0; i < INNER_LIPS.length; i++) {
            Point2D.Double q = at(INNER_LIPS[i]);
            if (i == 0) {
                gap.moveTo(q.x, q.y);
            } else {
                gap.lineTo(q.x, q.y);
            }
        }
        gap.closePath();
        Layer strip = layer(gap, 1);
        float[] weight = new float[size * size];
        for (int p = 0; p < weight.length; p++) {
            weight[p] = (float) (1 - Tone.smoothstep(-6, -2, strip.sd[p]));
        }
        return weight;
    }

    /** Uniform Catmull-Rom curve through points given in layout (u, v), as cubic Béziers. */
    public Path2D.Double curve(double[][] uvPoints) {
        Path2D.Double path = new Path2D.Double();
        appendCurve(path, uvPoints, false);
        return path;
    }

    /** Appends a curve through the points; the first point is joined with a line if asked. */
    public void appendCurve(Path2D.Double path, double[][] uvPoints, boolean join) {
        int n = uvPoints.length;
        Point2D.Double[] p = new Point2D.Double[n];
        for (int i = 0; i < n; i++) {
            p[i] = at(uvPoints[i][0], uvPoints[i][1]);
        }
        if (join) {
            path.lineTo(p[0].x, p[0].y);
        } else {
            path.moveTo(p[0].x, p[0].y);
        }
        for (int i = 0; i < n - 1; i++) {
            Point2D.Double p0 = p[Math.max(0, i - 1)];
            Point2D.Double p1 = p[i];
            Point2D.Double p2 = p[i + 1];
            Point2D.Double p3 = p[Math.min(n - 1, i + 2)];
            path.curveTo(p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6,
                    p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6, p2.x, p2.y);
        }
    }

    /** Closed Catmull-Rom curve through the points (pixels). */
    public static Path2D.Double closedCurve(List<Point2D.Double> p) {
        int n = p.size();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p.get(0).x, p.get(0).y);
        for (int i = 0; i < n; i++) {
            Point2D.Double p0 = p.get((i - 1 + n) % n);
            Point2D.Double p1 = p.get(i);
            Point2D.Double p2 = p.get((i + 1) % n);
            Point2D.Double p3 = p.get((i + 2) % n);
            path.curveTo(p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6,
                    p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6, p2.x, p2.y);
        }
        path.closePath();
        return path;
    }

    /** Closed Catmull-Rom curve through layout (u, v) points. */
    public Path2D.Double closedCurve(double[][] uvPoints) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (double[] q : uvPoints) {
            pts.add(at(q[0], q[1]));
        }
        return closedCurve(pts);
    }

    /** Everything below an open curve that runs from left of the texture to right of it. */
    public Area below(Path2D.Double topCurve) {
        Path2D.Double region = new Path2D.Double(topCurve);
        Point2D end = region.getCurrentPoint();
        region.lineTo(end.getX(), 3.0 * size);
        region.lineTo(-2.0 * size, 3.0 * size);
        region.closePath();
        return new Area(region);
    }

    /** A shape as a layer: coverage, signed distance and alpha rising over {@code feather} px. */
    public Layer layer(Shape shape, double feather) {
        Box box = Box.around(shape, 12, size);
        float[] cov = coverage(shape, box);
        float[] sd = signedDistance(cov, box);
        return new Layer(box, cov, sd, alpha(cov, sd, feather, box));
    }

    /** Antialiased coverage of a shape, 0..1 per texel, drawn inside {@code box} only. */
    public float[] coverage(Shape shape, Box box) {
        float[] cov = new float[size * size];
        int w = box.width();
        int h = box.height();
        if (w == 0 || h == 0) {
            return cov;
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.translate(-box.x0(), -box.y0());
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.dispose();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                cov[(y + box.y0()) * size + x + box.x0()] = (argb[y * w + x] >>> 24) / 255f;
            }
        }
        return cov;
    }

    /** Coverage of a stroked path (round caps and joins), full texture. */
    public float[] strokeCoverage(Shape path, double widthPx) {
        Shape stroke = new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND).createStrokedShape(path);
        return coverage(stroke, Box.around(stroke, 2, size));
    }

    /**
     * Signed distance to the shape's edge in pixels, positive inside, within the box (−1e4
     * outside it): exact Euclidean distance between texel centres (Felzenszwalb and Huttenlocher,
     * "Distance Transforms of Sampled Functions", 2012), refined by the antialiased coverage on
     * the edge texels, then lightly blurred (a distance field is smooth, so this only removes the
     * half-texel staircase that bevels and bands drawn from it would otherwise show).
     */
    float[] signedDistance(float[] cov, Box box) {
        float[] sd = new float[size * size];
        Arrays.fill(sd, -1e4f);
        int w = box.width();
        int h = box.height();
        if (w == 0 || h == 0) {
            return sd;
        }
        boolean[] inside = new boolean[w * h];
        boolean[] outside = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean in = cov[(y + box.y0()) * size + x + box.x0()] >= 0.5f;
                inside[y * w + x] = in;
                outside[y * w + x] = !in;
            }
        }
        double[] toInside = DistanceTransform.of(inside, w, h);
        double[] toOutside = DistanceTransform.of(outside, w, h);
        float[] local = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int q = y * w + x;
                float c = cov[(y + box.y0()) * size + x + box.x0()];
                if (c > 0f && c < 1f) {
                    local[q] = c - 0.5f;
                } else {
                    local[q] = (float) (inside[q] ? toOutside[q] - 0.5 : -(toInside[q] - 0.5));
                }
            }
        }
        local = blur(local, w, h, 1.0);
        for (int y = 0; y < h; y++) {
            System.arraycopy(local, y * w, sd, (y + box.y0()) * size + box.x0(), w);
        }
        return sd;
    }

    /** Separable Gaussian blur of a w × h array, clamped at its borders. */
    static float[] blur(float[] src, int w, int h, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        float[] tmp = new float[src.length];
        float[] out = new float[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double acc = 0;
                for (int i = -radius; i <= radius; i++) {
                    acc += k[i + radius] * src[y * w + Math.min(w - 1, Math.max(0, x + i))];
                }
                tmp[y * w + x] = (float) acc;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double acc = 0;
                for (int i = -radius; i <= radius; i++) {
                    acc += k[i + radius] * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x];
                }
                out[y * w + x] = (float) acc;
            }
        }
        return out;
    }

    /**
     * Feathered alpha: 0 wherever the shape does not touch the texel, rising over the edge to 1
     * at {@code feather} pixels in.
     */
    float[] alpha(float[] cov, float[] sd, double feather, Box box) {
        float[] a = new float[size * size];
        for (int y = box.y0(); y < box.y1(); y++) {
            for (int x = box.x0(); x < box.x1(); x++) {
                int p = y * size + x;
                a[p] = cov[p] > 0 ? (float) Tone.smoothstep(-0.5, feather, sd[p]) : 0f;
            }
        }
        return a;
    }
}
