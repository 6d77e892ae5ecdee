package app.maskai.masks.hairstyles;

import app.maskai.core.layout.FaceLayout;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.templates.Blur;
import app.maskai.masks.templates.FacePose;
import app.maskai.masks.templates.Light;
import app.maskai.masks.templates.Mask;
import app.maskai.masks.templates.Relief;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * A hairstyle overlay being painted: {@link #SIZE} × {@link #SIZE} pixels (origin top left, y
 * down) of premultiplied colour and alpha round the canonical face placed as {@link FacePose}
 * places a template's ({@link FaceLayout#canonical()}, centimetres, scaled so that landmarks 234
 * and 454 lie {@link #FACE_WIDTH} pixels apart, its origin, the middle of the nose, at
 * ({@link #ORIGIN_X}, {@link #ORIGIN_Y})). Painters place hair in face centimetres ({@link #cm}),
 * lay pieces back to front ({@link #lay}) and keep off {@link #clear}: the face below the brows.
 */
final class HairCanvas {
    static final int SIZE = 1024;
    static final double FACE_WIDTH = 400;
    static final double ORIGIN_X = 512;
    static final double ORIGIN_Y = 560;
    /** How far over the brows' top the clear face begins, centimetres (about 8 pixels). */
    static final double BROW_MARGIN = 0.3;
    /** The upper edge of each brow, picture left to right (FaceMesh's brow contours, upper row). */
    private static final int[] BROW_TOPS = {70, 63, 105, 66, 107, 336, 296, 334, 293, 300};

    final HairstyleDesign design;
    final FacePose face;
    /** The hair's colour in full light, r, g, b 0..1. */
    final float[] colour;
    /** Seeds the style's noise and dice: the catalogue id's hash. */
    final int seed;
    /** Premultiplied colour and alpha, 0..1, row by row. */
    final float[] r = new float[SIZE * SIZE];
    final float[] g = new float[SIZE * SIZE];
    final float[] b = new float[SIZE * SIZE];
    final float[] a = new float[SIZE * SIZE];
    /** Where hair must not lie: the face oval drawn in a little, below the brows' top. */
    final Shape clear;
    /** The clear face's coverage blurred by 1.5 px: hair may take what of a pixel 1 less twice this leaves. */
    private final Mask clearSoft;
    /** The face oval's coverage blurred by half a centimetre: hair next to the face lies in its shade. */
    private final Mask nearFace;

    HairCanvas(HairstyleDesign design, FaceLayout layout) {
        this.design = design;
        this.face = new FacePose(layout, ORIGIN_X, ORIGIN_Y, FACE_WIDTH);
        this.colour = new float[] {(design.colour() >> 16 & 255) / 255f, (design.colour() >> 8 & 255) / 255f,
            (design.colour() & 255) / 255f};
        this.seed = design.id().hashCode();
        this.clear = clearFace();
        this.clearSoft = Mask.of(clear, 6, SIZE, SIZE).blurred(1.5);
        this.nearFace = Mask.of(face.ringPolygon(0), (int) Math.ceil(face.px(1.6)), SIZE, SIZE).blurred(face.px(0.5));
    }

    /** The picture point of face point (x, y), centimetres right of the midline and below the nose's middle. */
    Point2D.Double cm(double x, double y) {
        return face.at(x, y);
    }

    /** The picture point mirrored about the face's midline. */
    Point2D.Double mirror(Point2D.Double p) {
        return new Point2D.Double(2 * face.x(0) - p.x, p.y);
    }

    /** Points from face centimetres, x, y pairs. */
    List<Point2D.Double> points(double... xy) {
        List<Point2D.Double> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            out.add(cm(xy[i], xy[i + 1]));
        }
        return out;
    }

    /**
     * A closed outline symmetric about the midline: {@code half} runs down the picture's right side
     * (from the midline at the top, clockwise, to the midline or near it at the bottom); the left side
     * is its mirror, run back up.
     */
    Path2D.Double symmetric(List<Point2D.Double> half) {
        List<Point2D.Double> all = new ArrayList<>(half);
        for (int i = half.size() - 1; i >= 0; i--) {
            Point2D.Double p = half.get(i);
            if (Math.abs(p.x - face.x(0)) > 0.5) {
                all.add(mirror(p));
            }
        }
        return LayoutCanvas.closedCurve(all);
    }

    /** A closed Catmull-Rom outline through the points. */
    static Path2D.Double outline(List<Point2D.Double> points) {
        return LayoutCanvas.closedCurve(points);
    }

    /** The face oval's point {@code k} of the way out past oval landmark j (k < 0: inside), pixels. */
    Point2D.Double ring(int j, double k) {
        return face.ring(j, k);
    }

    /**
     * The neck, from under the jaw to the shoulders, a little narrower than most (hair behind it
     * stops at its edge).
     */
    Path2D.Double neck() {
        Path2D.Double neck = new Path2D.Double();
        neck.moveTo(face.x(-4.6), face.y(1));
        neck.curveTo(face.x(-4.5), face.y(7), face.x(-4.3), face.y(11), face.x(-5.6), face.y(15));
        neck.lineTo(face.x(-9), face.y(30));
        neck.lineTo(face.x(9), face.y(30));
        neck.lineTo(face.x(5.6), face.y(15));
        neck.curveTo(face.x(4.3), face.y(11), face.x(4.5), face.y(7), face.x(4.6), face.y(1));
        neck.closePath();
        return neck;
    }

    /** The mirror of a list of points. */
    List<Point2D.Double> mirror(List<Point2D.Double> points) {
        return points.stream().map(this::mirror).toList();
    }

    /** What of pixel (x, y) hair may cover: 1 away from the clear face, 0 inside it. */
    float allowed(int x, int y) {
        return Math.max(0, 1 - 2 * clearSoft.at(x, y));
    }

    /** How near pixel (x, y) is to the face oval: its coverage there blurred by half a centimetre (0..1). */
    double nearFace(double x, double y) {
        return nearFace.at((int) x, (int) y);
    }

    /**
     * The face oval drawn in by 4 % (hair may brush its edge) below the line {@link #BROW_MARGIN}
     * over the brows' top (flat beyond the brows' ends and between them).
     */
    private Shape clearFace() {
        Path2D.Double below = new Path2D.Double();
        Point2D.Double first = face.vertex(BROW_TOPS[0]);
        double lift = face.px(BROW_MARGIN);
        below.moveTo(0, first.y - lift);
        for (int lm : BROW_TOPS) {
            Point2D.Double p = face.vertex(lm);
            below.lineTo(p.x, p.y - lift);
        }
        Point2D.Double last = face.vertex(BROW_TOPS[BROW_TOPS.length - 1]);
        below.lineTo(SIZE, last.y - lift);
        below.lineTo(SIZE, SIZE);
        below.lineTo(0, SIZE);
        below.closePath();
        Area zone = new Area(face.ringPolygon(-0.04));
        zone.intersect(new Area(below));
        return zone;
    }

    /**
     * Lays {@code layer} over the canvas, first darkening the hair under it by its soft shadow
     * (the key light is at the upper left: the shadow falls right and down), {@code shadow} 0..1.
     */
    void lay(HairLayer layer, double shadow) {
        if (shadow > 0) {
            float[] soft = Blur.gaussian(layer.a, layer.w, layer.h, face.px(0.2));
            int dx = (int) Math.round(face.px(0.08));
            int dy = (int) Math.round(face.px(0.14));
            for (int y = 0; y < layer.h; y++) {
                int cy = y + layer.y0 + dy;
                if (cy >= SIZE) {
                    break;
                }
                for (int x = 0; x < layer.w; x++) {
                    int cx = x + layer.x0 + dx;
                    if (cx >= SIZE) {
                        break;
                    }
                    float s = (float) (1 - shadow * soft[y * layer.w + x]);
                    int p = cy * SIZE + cx;
                    r[p] *= s;
                    g[p] *= s;
                    b[p] *= s;
                }
            }
        }
        for (int y = 0; y < layer.h; y++) {
            for (int x = 0; x < layer.w; x++) {
                int q = y * layer.w + x;
                float la = layer.a[q];
                if (la <= 0) {
                    continue;
                }
                int p = (y + layer.y0) * SIZE + x + layer.x0;
                float keep = 1 - la;
                r[p] = layer.r[q] + r[p] * keep;
                g[p] = layer.g[q] + g[p] * keep;
                b[p] = layer.b[q] + b[p] * keep;
                a[p] = la + a[p] * keep;
            }
        }
    }

    /**
     * Lays a lit solid (a hair tie): {@code colour} (#rrggbb) shaded by the form's normal under the
     * key light, with a highlight of strength {@code gloss}, and its soft shadow on the hair under it.
     */
    void solid(Shape shape, Relief.Form form, int colour, double gloss) {
        Mask cover = Mask.of(shape, 2, SIZE, SIZE);
        HairLayer layer = new HairLayer(cover.x0, cover.y0, cover.w, cover.h);
        double[] n = new double[3];
        double cr = (colour >> 16 & 255) / 255.0;
        double cg = (colour >> 8 & 255) / 255.0;
        double cb = (colour & 255) / 255.0;
        for (int y = 0; y < cover.h; y++) {
            for (int x = 0; x < cover.w; x++) {
                double alpha = cover.a[y * cover.w + x] * allowed(x + cover.x0, y + cover.y0);
                if (alpha <= 0.001) {
                    continue;
                }
                form.normal(x + cover.x0 + 0.5, y + cover.y0 + 0.5, n);
                double shade = 0.35 + 0.8 * Light.wrapped(n[0], n[1], n[2], 0.3);
                double spec = gloss * 0.5 * Light.specular(n[0], n[1], n[2], 30);
                layer.set(y * cover.w + x, cr * shade + spec, cg * shade + spec, cb * shade + spec, alpha);
            }
        }
        lay(layer, 0.35);
    }

    /**
     * The hair's soft shadow on the skin just under it (on the forehead, at the temples), put under
     * the hair: its alpha moved down a little and blurred, {@code strength} at most, within the face
     * oval and never over the clear face.
     */
    void contactShadow(double strength) {
        Mask oval = Mask.of(face.ringPolygon(0.02), (int) Math.ceil(face.px(1)), SIZE, SIZE);
        float[] hair = new float[oval.w * oval.h];
        for (int y = 0; y < oval.h; y++) {
            System.arraycopy(a, (y + oval.y0) * SIZE + oval.x0, hair, y * oval.w, oval.w);
        }
        float[] soft = Blur.gaussian(hair, oval.w, oval.h, face.px(0.18));
        float[] inside = Blur.gaussian(oval.a, oval.w, oval.h, 2);
        int dy = (int) Math.round(face.px(0.12));
        float[] tone = {0.16f, 0.1f, 0.07f};
        for (int ly = oval.h - 1; ly >= dy; ly--) {
            for (int lx = 0; lx < oval.w; lx++) {
                int x = lx + oval.x0;
                int y = ly + oval.y0;
                int p = y * SIZE + x;
                double s = strength * soft[(ly - dy) * oval.w + lx] * inside[ly * oval.w + lx] * allowed(x, y);
                if (s <= 0.001 || a[p] >= 1) {
                    continue;
                }
                // The shadow goes under the hair: hair over shadow.
                double keep = 1 - a[p];
                r[p] += (float) (tone[0] * s * keep);
                g[p] += (float) (tone[1] * s * keep);
                b[p] += (float) (tone[2] * s * keep);
                a[p] += (float) (s * keep);
            }
        }
    }

    /**
     * The overlay as a straight-alpha ARGB picture. Transparent pixels take the colour of the hair
     * nearest them (a few pixels out, then the hair's own colour), so that a renderer filtering the
     * picture without premultiplying pulls in no black.
     */
    BufferedImage image() {
        int n = SIZE * SIZE;
        float[] cr = new float[n];
        float[] cg = new float[n];
        float[] cb = new float[n];
        boolean[] known = new boolean[n];
        int x0 = SIZE;
        int y0 = SIZE;
        int x1 = 0;
        int y1 = 0;
        for (int p = 0; p < n; p++) {
            if (a[p] >= 0.5f / 255) {
                cr[p] = r[p] / a[p];
                cg[p] = g[p] / a[p];
                cb[p] = b[p] / a[p];
                known[p] = true;
                x0 = Math.min(x0, p % SIZE);
                x1 = Math.max(x1, p % SIZE);
                y0 = Math.min(y0, p / SIZE);
                y1 = Math.max(y1, p / SIZE);
            }
        }
        int bleed = 4;
        x0 = Math.max(0, x0 - bleed);
        y0 = Math.max(0, y0 - bleed);
        x1 = Math.min(SIZE - 1, x1 + bleed);
        y1 = Math.min(SIZE - 1, y1 + bleed);
        for (int pass = 0; pass < bleed; pass++) {
            boolean[] next = known.clone();
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    int p = y * SIZE + x;
                    if (known[p]) {
                        continue;
                    }
                    float sr = 0;
                    float sg = 0;
                    float sb = 0;
                    int count = 0;
                    for (int k = 0; k < 4; k++) {
                        int nx = x + (k == 0 ? -1 : k == 1 ? 1 : 0);
                        int ny = y + (k == 2 ? -1 : k == 3 ? 1 : 0);
                        if (nx >= 0 && ny >= 0 && nx < SIZE && ny < SIZE && known[ny * SIZE + nx]) {
                            int q = ny * SIZE + nx;
                            sr += cr[q];
                            sg += cg[q];
                            sb += cb[q];
                            count++;
                        }
                    }
                    if (count > 0) {
                        cr[p] = sr / count;
                        cg[p] = sg / count;
                        cb[p] = sb / count;
                        next[p] = true;
                    }
                }
            }
            known = next;
        }
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int blank = channel(colour[0]) << 16 | channel(colour[1]) << 8 | channel(colour[2]);
        for (int p = 0; p < n; p++) {
            px[p] = known[p] ? channel(a[p]) << 24 | channel(cr[p]) << 16 | channel(cg[p]) << 8 | channel(cb[p])
                    : blank;
        }
        return out;
    }

    static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
