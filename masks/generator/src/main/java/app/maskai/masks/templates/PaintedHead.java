package app.maskai.masks.templates;

import app.maskai.core.layout.FaceLayout;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Shape3d;
import app.maskai.masks.draw.TriangleRaster;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The painted head where a person's face goes: the canonical face and its extension rings as a
 * lit surface (smoothed normals, {@link Light}), in the template's skin colour, with soft painted
 * features (brows, eyes, nose, lips), ears and a neck. The person's face replaces the inside of
 * the face oval drawn in to {@code TemplateFit.OUTLINE_SCALE} (0.86) and blends out into what is
 * painted round it, so the skin reaches well past the oval: over the whole of extension ring 1
 * (k 0.35), more than the person's face can reach (the region, 1.05).
 */
final class PaintedHead {
    /** Eye contours, FaceMesh landmarks: the subject's right eye (picture left), then the left. */
    static final int[] RIGHT_EYE = {33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163, 7};
    static final int[] LEFT_EYE = {263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390, 249};
    static final int[] RIGHT_BROW = {70, 63, 105, 66, 107, 55, 65, 52, 53, 46};
    static final int[] LEFT_BROW = {300, 293, 334, 296, 336, 285, 295, 282, 283, 276};
    static final int[] LIPS = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181,
        91, 146};
    static final int[] INNER_LIPS = {78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87,
        178, 88, 95};
    /** Extension ring 1 (k 0.35), the skin's outline. */
    private static final int RING = 1;

    private final FaceLayout layout;
    private final float[] normals;

    PaintedHead(FaceLayout layout) {
        this.layout = layout;
        this.normals = Shape3d.smoothedNormals(layout, 4);
    }

    /**
     * How a template wants its head: the brows' colour, the eyes', whether ears show, and the
     * frame the head is painted within (null: anywhere; a portrait in an oval is cut by its oval).
     */
    record Look(int hair, int iris, boolean ears, Shape frame) {
        Look(int hair, int iris, boolean ears) {
            this(hair, iris, ears, null);
        }
    }

    /** Paints the neck, the face with its extension to ring 1, the features and the ears on the back. */
    void paint(TemplateCanvas c, Look look) {
        int[] before = look.frame() == null ? null : TemplateCanvas.pixels(c.back).clone();
        paintHead(c, look);
        if (before != null) {
            // Keep what lay outside the frame.
            int[] px = TemplateCanvas.pixels(c.back);
            Mask in = Mask.of(look.frame(), 1, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT);
            for (int y = 0; y < TemplateCanvas.HEIGHT; y++) {
                for (int x = 0; x < TemplateCanvas.WIDTH; x++) {
                    int p = y * TemplateCanvas.WIDTH + x;
                    px[p] = TemplateCanvas.lerp(before[p], px[p], in.at(x, y));
                }
            }
        }
    }

    private void paintHead(TemplateCanvas c, Look look) {
        FacePose f = c.face;
        float[] skin = c.design.skin();
        neck(c, skin);
        surface(c, skin);
        int[] bare = TemplateCanvas.pixels(c.back).clone();
        features(c, skin, look);
        c.keepBare(bare);
        if (look.ears()) {
            for (int side = -1; side <= 1; side += 2) {
                ear(c, skin, side);
            }
        }
        // The jaw's shadow on the neck and the skin round it: darkest under the jaw's edge.
        Path2D.Double oval = f.ringPolygon(0.0);
        Area under = new Area(AffineTransform.getTranslateInstance(0, f.px(2.4))
                .createTransformedShape(oval));
        under.subtract(new Area(oval));
        under.intersect(new Area(new Rectangle2D.Double(0, f.y(2.5), TemplateCanvas.WIDTH, f.px(14))));
        Mask shadow = Mask.of(under, (int) f.px(2), TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT).blurred(f.px(0.45))
                .minus(Mask.of(f.ringPolygon(0.01), 2, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT));
        c.shade(c.back, shadow, 0.5, 0x2a1208);
    }

    /** The outline the skin covers: extension ring 1, picture pixels. */
    Path2D.Double skinOutline(FacePose f) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
            pts.add(f.vertex(FaceLayout.ringVertex(RING, j)));
        }
        Path2D.Double path = new Path2D.Double();
        for (int j = 0; j < pts.size(); j++) {
            if (j == 0) {
                path.moveTo(pts.get(j).x, pts.get(j).y);
            } else {
                path.lineTo(pts.get(j).x, pts.get(j).y);
            }
        }
        path.closePath();
        return path;
    }

    /** The neck, from under the ears to the shoulders, picture pixels. */
    static Path2D.Double neckShape(FacePose f) {
        Path2D.Double neck = new Path2D.Double();
        neck.moveTo(f.x(-5.0), f.y(2));
        neck.curveTo(f.x(-4.9), f.y(8), f.x(-4.7), f.y(12), f.x(-6.0), f.y(16));
        neck.lineTo(f.x(-9), f.y(24));
        neck.lineTo(f.x(9), f.y(24));
        neck.lineTo(f.x(6.0), f.y(16));
        neck.curveTo(f.x(4.7), f.y(12), f.x(4.9), f.y(8), f.x(5.0), f.y(2));
        neck.closePath();
        return neck;
    }

    private void neck(TemplateCanvas c, float[] skin) {
        FacePose f = c.face;
        Path2D.Double neck = neckShape(f);
        Relief.Form form = Relief.cylinder(f.x(0.3), f.px(6.2), 1);
        int seed = c.seed;
        Relief.paint(c.back, neck, f.px(0.6), 0.2, form, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.5);
            double shade = 0.52 + 0.45 * d;
            double grain = (Noise.fbm(x * 0.08, y * 0.08, seed + 11, 3) - 0.5) * 0.035;
            return TemplateCanvas.rgb(skin[0] * shade + grain, skin[1] * shade * (0.96 + 0.04 * d) + grain,
                    skin[2] * shade * (0.93 + 0.07 * d) + grain);
        });
    }

    /** The face and its extension as a lit surface, z-buffered, cut to ring 1 with an antialiased edge. */
    private void surface(TemplateCanvas c, float[] skin) {
        FacePose f = c.face;
        int w = TemplateCanvas.WIDTH;
        int h = TemplateCanvas.HEIGHT;
        float[] v = f.vertices;
        float[] canon = layout.canonical();
        int[] tri = layout.triangles();
        double[] depth = new double[w * h];
        Arrays.fill(depth, Double.POSITIVE_INFINITY);
        float[] nrm = new float[3 * w * h];
        float[] pos = new float[2 * w * h];
        boolean[] hit = new boolean[w * h];
        for (int t = 0; t < tri.length / 3; t++) {
            int a = tri[3 * t];
            int b = tri[3 * t + 1];
            int d = tri[3 * t + 2];
            TriangleRaster.fill(v[3 * a], v[3 * a + 1], v[3 * b], v[3 * b + 1], v[3 * d], v[3 * d + 1], w, h,
                    (x, y, wa, wb, wc) -> {
                        int p = y * w + x;
                        double z = wa * v[3 * a + 2] + wb * v[3 * b + 2] + wc * v[3 * d + 2];
                        if (z >= depth[p]) {
                            return; // smaller z is nearer the camera
                        }
                        depth[p] = z;
                        hit[p] = true;
                        // Shape3d's normals are y up, z towards the camera; the picture's y is down.
                        nrm[3 * p] = (float) (wa * normals[3 * a] + wb * normals[3 * b] + wc * normals[3 * d]);
                        nrm[3 * p + 1] = (float) -(wa * normals[3 * a + 1] + wb * normals[3 * b + 1]
                                + wc * normals[3 * d + 1]);
                        nrm[3 * p + 2] = (float) (wa * normals[3 * a + 2] + wb * normals[3 * b + 2]
                                + wc * normals[3 * d + 2]);
                        pos[2 * p] = (float) (wa * canon[3 * a] + wb * canon[3 * b] + wc * canon[3 * d]);
                        pos[2 * p + 1] = (float) (wa * canon[3 * a + 1] + wb * canon[3 * b + 1]
                                + wc * canon[3 * d + 1]);
                    });
        }
        int seed = c.seed;
        Mask cover = Mask.of(skinOutline(f), 2, w, h);
        c.paint(c.back, cover, (x, y) -> {
            int p = y * w + x;
            if (!hit[p]) {
                return TemplateCanvas.rgb(skin, 0.6, 0);
            }
            double nx = nrm[3 * p];
            double ny = nrm[3 * p + 1];
            double nz = nrm[3 * p + 2];
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            nx /= len;
            ny /= len;
            nz /= len;
            return skinColour(skin, nx, ny, nz, pos[2 * p], pos[2 * p + 1], x, y, seed);
        });
    }

    /** Skin lit by the key light, warmer in shadow, rosy on the cheeks, with a faint sheen. */
    static int skinColour(float[] skin, double nx, double ny, double nz, double cmX, double cmY, int x, int y,
            int seed) {
        double d = Light.wrapped(nx, ny, nz, 0.45);
        double shade = 0.50 + 0.60 * d;
        double shadow = 1 - d;
        double r = skin[0] * shade;
        double g = skin[1] * shade * (1 - 0.10 * shadow);
        double b = skin[2] * shade * (1 - 0.16 * shadow);
        double blush = 0;
        for (int side = -1; side <= 1; side += 2) {
            double dx = (cmX - side * 4.2) / 2.3;
            double dy = (cmY - 1.3) / 1.8;
            blush += Math.exp(-(dx * dx + dy * dy));
        }
        // The eye sockets and the inner corners of the eyes lie in a little shade.
        double socket = 0;
        for (int side = -1; side <= 1; side += 2) {
            double dx = (cmX - side * 3.0) / 2.0;
            double dy = (cmY + 3.1) / 1.0;
            double ix = (cmX - side * 1.5) / 0.8;
            double iy = (cmY + 2.5) / 0.8;
            socket += 0.09 * Math.exp(-(dx * dx + dy * dy)) + 0.08 * Math.exp(-(ix * ix + iy * iy));
        }
        r *= 1 - socket;
        g *= 1 - socket * 1.1;
        b *= 1 - socket * 1.1;
        double tip = Math.exp(-(cmX * cmX + (cmY - 0.6) * (cmY - 0.6)) / 1.2);
        double rosy = 0.07 * blush + 0.05 * tip;
        r += rosy * 0.6;
        g -= rosy * 0.35;
        b -= rosy * 0.25;
        double sheen = Light.specular(nx, ny, nz, 18) * 0.10 * (0.6 + 0.4 * tip);
        double grain = (Noise.fbm(x * 0.11, y * 0.11, seed + 5, 3) - 0.5) * 0.035;
        return TemplateCanvas.rgb(r + sheen + grain, g + sheen + grain, b + sheen + grain);
    }

    /** Brows, eyes, nostrils and lips, drawn on a layer of their own, softened, laid on the back. */
    private static void features(TemplateCanvas c, float[] skin, Look look) {
        FacePose f = c.face;
        BufferedImage layer = new BufferedImage(TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT,
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = TemplateCanvas.graphics(layer);
        float[] hair = TemplateCanvas.colour(look.hair());
        int skinHex = TemplateCanvas.rgb(skin, 1, 0);
        int shadowHex = TemplateCanvas.rgb(skin, 0.62, 0);
        // Eyelid creases and the shadow under the brow.
        for (int[] eye : new int[][] {RIGHT_EYE, LEFT_EYE}) {
            Path2D.Double lid = open(f, eye, 0, 8);
            Path2D.Double crease = new Path2D.Double(lid);
            crease.transform(AffineTransform.getTranslateInstance(0, -f.px(0.42)));
            TemplateCanvas.stroke(g, crease, f.px(0.16), TemplateCanvas.awt(shadowHex, 0.55));
            TemplateCanvas.stroke(g, lid, f.px(0.55), TemplateCanvas.awt(shadowHex, 0.35));
        }
        for (int[] brow : new int[][] {RIGHT_BROW, LEFT_BROW}) {
            g.setColor(TemplateCanvas.awt(TemplateCanvas.rgb(hair, 1, 0), 0.8));
            g.fill(brow(f, brow));
        }
        g.setColor(TemplateCanvas.awt(shadowHex, 0.7));
        for (int side = -1; side <= 1; side += 2) {
            Point2D.Double a = f.vertex(2);
            Point2D.Double b = f.vertex(side < 0 ? 98 : 327);
            double nx = a.x + (b.x - a.x) * 0.55;
            double ny = a.y + (b.y - a.y) * 0.55 - f.px(0.12);
            g.fill(new Ellipse2D.Double(nx - f.px(0.33), ny - f.px(0.16), f.px(0.66), f.px(0.32)));
        }
        float[] lip = {skin[0] * 0.92f, skin[1] * 0.60f, skin[2] * 0.60f};
        g.setColor(TemplateCanvas.awt(TemplateCanvas.rgb(lip, 1, 0), 0.7));
        g.fill(closed(f, LIPS));
        g.setColor(TemplateCanvas.awt(TemplateCanvas.rgb(lip, 0.78, 0), 0.55));
        g.fill(upperLip(f));
        g.dispose();
        BufferedImage soft = softened(layer, f.px(0.07));
        Graphics2D b = TemplateCanvas.graphics(c.back);
        b.drawImage(soft, 0, 0, null);
        b.dispose();

        // The eyes, crisp: white, iris, pupil, catchlight, lashes.
        Graphics2D e = TemplateCanvas.graphics(c.back);
        float[] iris = TemplateCanvas.colour(look.iris());
        for (int[] eye : new int[][] {RIGHT_EYE, LEFT_EYE}) {
            Path2D.Double outline = eyeOutline(f, eye);
            Shape clip = e.getClip();
            e.clip(outline);
            e.setColor(new Color(0xe9e2da));
            e.fill(outline);
            Point2D.Double top = f.vertex(eye[4]);
            Point2D.Double bottom = f.vertex(eye[12]);
            double ex = (top.x + bottom.x) / 2;
            double ey = (top.y + bottom.y) / 2 + f.px(0.04);
            double ir = f.px(0.56);
            e.setPaint(new RadialGradientPaint(new Point2D.Double(ex, ey), (float) ir,
                    new float[] {0f, 0.55f, 1f}, new Color[] {
                        new Color(TemplateCanvas.rgb(iris, 1.25, 0)), new Color(TemplateCanvas.rgb(iris, 0.9, 0)),
                        new Color(TemplateCanvas.rgb(iris, 0.45, 0))}));
            e.fill(new Ellipse2D.Double(ex - ir, ey - ir, 2 * ir, 2 * ir));
            e.setColor(new Color(0x120c0a));
            double pr = ir * 0.42;
            e.fill(new Ellipse2D.Double(ex - pr, ey - pr, 2 * pr, 2 * pr));
            // The upper lid's shadow over the eyeball.
            e.setPaint(new GradientPaint((float) ex, (float) (top.y - f.px(0.05)), new Color(0, 0, 0, 120),
                    (float) ex, (float) (top.y + f.px(0.35)), new Color(0, 0, 0, 0)));
            e.fill(outline);
            e.setColor(new Color(255, 255, 255, 220));
            double hr = ir * 0.22;
            e.fill(new Ellipse2D.Double(ex - ir * 0.38 - hr, ey - ir * 0.35 - hr, 2 * hr, 2 * hr));
            e.setClip(clip);
            TemplateCanvas.stroke(e, open(f, eye, 0, 8), f.px(0.13), new Color(0x2a1c16));
            TemplateCanvas.stroke(e, open(f, eye, 8, 16), f.px(0.05), TemplateCanvas.awt(shadowHex, 0.6));
        }
        // Lips: a darker parting, a light on the lower lip.
        TemplateCanvas.stroke(e, open(f, INNER_LIPS, 0, 10), f.px(0.07),
                TemplateCanvas.awt(TemplateCanvas.rgb(lip, 0.45, 0), 0.8));
        Point2D.Double lower = f.vertex(17);
        Point2D.Double inner = f.vertex(14);
        double lx = (lower.x + inner.x) / 2 - f.px(0.25);
        double ly = (lower.y + inner.y) / 2 - f.px(0.05);
        e.setPaint(new RadialGradientPaint(new Point2D.Double(lx, ly), (float) f.px(0.7),
                new float[] {0f, 1f}, new Color[] {TemplateCanvas.awt(skinHex, 0.35), TemplateCanvas.awt(skinHex, 0)}));
        e.fill(new Ellipse2D.Double(lx - f.px(0.9), ly - f.px(0.4), f.px(1.8), f.px(0.8)));
        e.dispose();
    }

    /**
     * The eye's opening, a little taller than the canonical model's (whose eyes are half shut): the
     * painted eyes show only until a person's face is put in.
     */
    static Path2D.Double eyeOutline(FacePose f, int[] eye) {
        Point2D.Double top = f.vertex(eye[4]);
        Point2D.Double bottom = f.vertex(eye[12]);
        double cx = (top.x + bottom.x) / 2;
        double cy = (top.y + bottom.y) / 2;
        List<Point2D.Double> pts = new ArrayList<>();
        for (int lm : eye) {
            Point2D.Double p = f.vertex(lm);
            pts.add(new Point2D.Double(cx + (p.x - cx) * 1.04, cy + (p.y - cy) * 1.3));
        }
        return LayoutCanvas.closedCurve(pts);
    }

    /** A brow as a tapered stroke along the middle of the brow's landmarks, thick at the nose. */
    static Path2D.Double brow(FacePose f, int[] brow) {
        int n = brow.length / 2;
        List<Point2D.Double> upper = new ArrayList<>();
        List<Point2D.Double> lower = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point2D.Double a = f.vertex(brow[i]);
            Point2D.Double b = f.vertex(brow[brow.length - 1 - i]);
            double mx = (a.x + b.x) / 2;
            double my = (a.y + b.y) / 2 - f.px(0.05);
            // Outer end (i = 0) thin, inner end (i = n - 1) full.
            double half = f.px(0.10 + 0.12 * Math.pow(i / (n - 1.0), 0.7));
            upper.add(new Point2D.Double(mx, my - half));
            lower.add(new Point2D.Double(mx, my + half * 0.8));
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(upper.get(0).x, upper.get(0).y);
        for (int i = 1; i < n; i++) {
            Point2D.Double p0 = upper.get(i - 1);
            Point2D.Double p1 = upper.get(i);
            path.quadTo(p0.x, p0.y, (p0.x + p1.x) / 2, (p0.y + p1.y) / 2);
        }
        path.lineTo(upper.get(n - 1).x, upper.get(n - 1).y);
        path.lineTo(lower.get(n - 1).x, lower.get(n - 1).y);
        for (int i = n - 2; i >= 0; i--) {
            Point2D.Double p0 = lower.get(i + 1);
            Point2D.Double p1 = lower.get(i);
            path.quadTo(p0.x, p0.y, (p0.x + p1.x) / 2, (p0.y + p1.y) / 2);
        }
        path.lineTo(lower.get(0).x, lower.get(0).y);
        path.closePath();
        return path;
    }

    /** The upper lip: the outer contour from corner to corner over the top, back along the parting. */
    static Path2D.Double upperLip(FacePose f) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            pts.add(f.vertex(LIPS[i]));
        }
        for (int i = 10; i >= 0; i--) {
            pts.add(f.vertex(INNER_LIPS[i]));
        }
        return LayoutCanvas.closedCurve(pts);
    }

    private void ear(TemplateCanvas c, float[] skin, int side) {
        FacePose f = c.face;
        double[][] cm = {{7.2, -3.6}, {8.4, -3.9}, {9.4, -3.0}, {9.6, -1.2}, {9.3, 0.6}, {8.8, 2.0}, {8.2, 3.0},
            {7.5, 3.0}, {7.2, 1.5}};
        List<Point2D.Double> pts = new ArrayList<>();
        for (double[] q : cm) {
            pts.add(f.at(side * q[0], q[1]));
        }
        Area ear = new Area(LayoutCanvas.closedCurve(pts));
        ear.subtract(new Area(f.ringPolygon(-0.01)));
        int seed = c.seed;
        Point2D.Double centre = f.at(side * 8.4, -0.6);
        Relief.paint(c.back, ear, f.px(0.35), 0.8, Relief.dome(centre.x, centre.y, f.px(1.6), f.px(3.6), 0.5),
                (x, y, nx, ny, nz, h) -> {
                    double d = Light.wrapped(nx, ny, nz, 0.4);
                    double shade = 0.45 + 0.5 * d;
                    double grain = (Noise.fbm(x * 0.11, y * 0.11, seed + 5, 3) - 0.5) * 0.03;
                    return TemplateCanvas.rgb(skin[0] * shade * 1.03 + grain, skin[1] * shade * 0.93 + grain,
                            skin[2] * shade * 0.9 + grain);
                });
        // The bowl of the ear and the helix's fold.
        Path2D.Double bowl = LayoutCanvas.closedCurve(List.of(f.at(side * 8.0, -2.2), f.at(side * 8.8, -2.0),
                f.at(side * 8.9, -0.2), f.at(side * 8.4, 1.2), f.at(side * 7.9, 0.4)));
        Area inner = new Area(bowl);
        inner.subtract(new Area(f.ringPolygon(-0.01)));
        c.shade(c.back, Mask.of(inner, 4, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT).blurred(f.px(0.25)),
                0.32, 0x3a140c);
    }

    static Path2D.Double closed(FacePose f, int[] landmarks) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int lm : landmarks) {
            pts.add(f.vertex(lm));
        }
        return LayoutCanvas.closedCurve(pts);
    }

    /** A polyline through landmarks[from..to] (to inclusive, wrapping). */
    static Path2D.Double open(FacePose f, int[] landmarks, int from, int to) {
        Path2D.Double path = new Path2D.Double();
        for (int i = from; i <= to; i++) {
            Point2D.Double p = f.vertex(landmarks[i % landmarks.length]);
            if (i == from) {
                path.moveTo(p.x, p.y);
            } else {
                path.lineTo(p.x, p.y);
            }
        }
        return path;
    }

    /** A Gaussian-blurred copy of an ARGB layer (premultiplied while blurring). */
    static BufferedImage softened(BufferedImage layer, double sigma) {
        int w = layer.getWidth();
        int h = layer.getHeight();
        int[] px = TemplateCanvas.pixels(layer);
        float[][] ch = new float[4][w * h];
        for (int p = 0; p < px.length; p++) {
            float a = (px[p] >>> 24) / 255f;
            ch[3][p] = a;
            ch[0][p] = ((px[p] >> 16) & 255) / 255f * a;
            ch[1][p] = ((px[p] >> 8) & 255) / 255f * a;
            ch[2][p] = (px[p] & 255) / 255f * a;
        }
        for (int k = 0; k < 4; k++) {
            ch[k] = Blur.gaussian(ch[k], w, h, sigma);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] o = TemplateCanvas.pixels(out);
        for (int p = 0; p < o.length; p++) {
            float a = ch[3][p];
            if (a > 1e-4f) {
                o[p] = TemplateCanvas.clamp(Math.round(a * 255)) << 24
                        | TemplateCanvas.rgb(ch[0][p] / a, ch[1][p] / a, ch[2][p] / a);
            }
        }
        return out;
    }
}
