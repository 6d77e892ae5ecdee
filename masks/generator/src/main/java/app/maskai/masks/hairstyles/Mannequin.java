package app.maskai.masks.hairstyles;

import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Tone;
import app.maskai.masks.templates.FacePose;
import app.maskai.masks.templates.Light;
import app.maskai.masks.templates.Mask;
import app.maskai.masks.templates.Relief;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A neutral mannequin under the hair, in the overlay's frame (the canonical face as the canvas
 * places it): a bald head, ears, neck and shoulders, lit like the hair, with quiet features. The
 * thumbnail shows a hairstyle on it in a round badge, as the masks' gallery pictures show masks.
 */
final class Mannequin {
    /** The thumbnail's side, pixels. */
    static final int THUMB = 96;
    /** The canvas square the thumbnail shows, and its top-left corner: each thumbnail pixel is the mean of 10 × 10. */
    private static final int CROP = 960;
    private static final int CROP_X = 32;
    private static final int CROP_Y = 16;
    private static final float[] SKIN = {0.86f, 0.76f, 0.68f};
    private static final float[] BACKDROP = {0.89f, 0.91f, 0.94f};
    private static final int[] RIGHT_EYE = {33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163,
        7};
    private static final int[] LEFT_EYE = {263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390,
        249};
    private static final int[] RIGHT_BROW = {70, 63, 105, 66, 107};
    private static final int[] LEFT_BROW = {300, 293, 334, 296, 336};
    private static final int[] LIPS = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181,
        91, 146};

    private Mannequin() {
    }

    /** The bare mannequin over the backdrop, r, g, b (0..1) per canvas pixel. */
    static float[] portrait(FacePose f) {
        int n = HairCanvas.SIZE;
        float[] rgb = new float[3 * n * n];
        for (int y = 0; y < n; y++) {
            double s = 1.02 - 0.08 * ((y - CROP_Y) / (double) CROP);
            for (int x = 0; x < n; x++) {
                for (int k = 0; k < 3; k++) {
                    rgb[3 * (y * n + x) + k] = (float) (BACKDROP[k] * s);
                }
            }
        }
        Path2D.Double neck = new Path2D.Double();
        neck.moveTo(f.x(-4.8), f.y(0));
        neck.curveTo(f.x(-4.7), f.y(6), f.x(-4.5), f.y(11), f.x(-5.8), f.y(15));
        neck.lineTo(f.x(-7), f.y(20));
        neck.lineTo(f.x(7), f.y(20));
        neck.lineTo(f.x(5.8), f.y(15));
        neck.curveTo(f.x(4.5), f.y(11), f.x(4.7), f.y(6), f.x(4.8), f.y(0));
        neck.closePath();
        solid(rgb, neck, (x, y, out) -> {
            double u = Math.max(-0.95, Math.min(0.95, (x - f.x(0)) / f.px(5.2)));
            out[0] = u;
            out[1] = 0.15;
            out[2] = Math.sqrt(1 - u * u);
        }, Tone.scale(SKIN, 0.86), 5);
        // Shoulders and chest, over the neck's foot: up the shoulders' slope to the neck's sides,
        // down to the notch between the collarbones.
        Path2D.Double body = new Path2D.Double();
        body.moveTo(f.x(-21), f.y(27));
        body.lineTo(f.x(-21), f.y(22));
        body.curveTo(f.x(-20), f.y(18.5), f.x(-15), f.y(16.2), f.x(-8.5), f.y(15.2));
        body.curveTo(f.x(-6.5), f.y(14.8), f.x(-5.6), f.y(13.8), f.x(-5.2), f.y(13.0));
        body.curveTo(f.x(-4.2), f.y(15.2), f.x(-2), f.y(16.4), f.x(0), f.y(16.5));
        body.curveTo(f.x(2), f.y(16.4), f.x(4.2), f.y(15.2), f.x(5.2), f.y(13.0));
        body.curveTo(f.x(5.6), f.y(13.8), f.x(6.5), f.y(14.8), f.x(8.5), f.y(15.2));
        body.curveTo(f.x(15), f.y(16.2), f.x(20), f.y(18.5), f.x(21), f.y(22));
        body.lineTo(f.x(21), f.y(27));
        body.closePath();
        solid(rgb, body, Relief.dome(f.x(0), f.y(26), f.px(22), f.px(11), 0.8), Tone.scale(SKIN, 0.97), 8);
        for (int side = -1; side <= 1; side += 2) {
            Point2D.Double ear = f.at(side * 8.15, -1.0);
            solid(rgb, new Ellipse2D.Double(ear.x - f.px(1.0), ear.y - f.px(2.4), f.px(2.0), f.px(4.8)),
                    Relief.dome(ear.x, ear.y, f.px(1.0), f.px(2.4), 0.6), Tone.scale(SKIN, 0.95), 4);
        }
        Area head = new Area(new Ellipse2D.Double(f.x(-8.45), f.y(-13.7), f.px(16.9), f.px(19)));
        head.add(new Area(f.ringPolygon(0)));
        solid(rgb, head, Relief.dome(f.x(0), f.y(-2.5), f.px(9.4), f.px(13), 1), SKIN, 10);

        // Quiet features: brows, closed-looking eyes, the nose's shade, lips.
        for (int[] brow : new int[][] {RIGHT_BROW, LEFT_BROW}) {
            tint(rgb, stroke(f, brow, f.px(0.28)), new float[] {0.45f, 0.38f, 0.34f}, 0.45);
        }
        for (int[] eye : new int[][] {RIGHT_EYE, LEFT_EYE}) {
            Path2D.Double outline = closed(f, eye);
            tint(rgb, outline, new float[] {0.93f, 0.91f, 0.88f}, 0.9);
            Point2D.Double top = f.vertex(eye[4]);
            Point2D.Double bottom = f.vertex(eye[12]);
            double r = f.px(0.5);
            Area iris = new Area(new Ellipse2D.Double((top.x + bottom.x) / 2 - r, (top.y + bottom.y) / 2 - r, 2 * r,
                    2 * r));
            iris.intersect(new Area(outline));
            tint(rgb, iris, new float[] {0.36f, 0.30f, 0.27f}, 0.9);
            tint(rgb, stroke(f, Arrays.copyOfRange(eye, 0, 9), f.px(0.1)),
                    new float[] {0.3f, 0.25f, 0.23f}, 0.8);
        }
        Point2D.Double tip = f.vertex(2);
        tint(rgb, new Ellipse2D.Double(tip.x - f.px(1.1), tip.y - f.px(0.45), f.px(2.2), f.px(0.6)),
                Tone.scale(SKIN, 0.6), 0.35);
        tint(rgb, closed(f, LIPS), new float[] {0.74f, 0.55f, 0.52f}, 0.75);
        return rgb;
    }

    /** The hair over the mannequin, opaque, for looking at. */
    static BufferedImage dressed(float[] portrait, BufferedImage hair) {
        int n = HairCanvas.SIZE;
        BufferedImage out = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        int[] src = ((DataBufferInt) hair.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int p = 0; p < n * n; p++) {
            int h = src[p];
            double a = (h >>> 24) / 255.0;
            int rgb = 0;
            for (int k = 0; k < 3; k++) {
                double c = portrait[3 * p + k] * (1 - a) + ((h >> (16 - 8 * k)) & 255) / 255.0 * a;
                rgb |= HairCanvas.channel(c) << (16 - 8 * k);
            }
            dst[p] = rgb;
        }
        return out;
    }

    /** The thumbnail: the dressed mannequin's middle in a round badge, {@link #THUMB} pixels, transparent outside. */
    static BufferedImage thumbnail(BufferedImage dressed) {
        int f = CROP / THUMB;
        double cx = CROP / 2.0;
        double radius = CROP * 0.485;
        BufferedImage out = new BufferedImage(THUMB, THUMB, BufferedImage.TYPE_INT_ARGB);
        int[] src = ((DataBufferInt) dressed.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < THUMB; y++) {
            for (int x = 0; x < THUMB; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                double a = 0;
                for (int j = 0; j < f; j++) {
                    for (int i = 0; i < f; i++) {
                        int sx = x * f + i;
                        int sy = y * f + j;
                        double cover = Tone.clamp(radius - Tone.hypot(sx + 0.5 - cx, sy + 0.5 - cx) + 0.5);
                        int c = src[(sy + CROP_Y) * HairCanvas.SIZE + sx + CROP_X];
                        r += ((c >> 16) & 255) * cover;
                        g += ((c >> 8) & 255) * cover;
                        b += (c & 255) * cover;
                        a += cover;
                    }
                }
                int argb = 0;
                if (a > 0) {
                    argb = (int) Math.round(a / (f * f) * 255) << 24 | (int) Math.round(r / a) << 16
                            | (int) Math.round(g / a) << 8 | (int) Math.round(b / a);
                }
                out.setRGB(x, y, argb);
            }
        }
        return out;
    }

    /** Lays a lit solid of {@code colour} over the picture: the form's normal, bevelled at the outline. */
    private static void solid(float[] rgb, Shape shape, Relief.Form form, float[] colour, double bevel) {
        int n = HairCanvas.SIZE;
        Mask cover = Mask.of(shape, (int) (3 * bevel) + 2, n, n);
        Mask height = cover.blurred(bevel);
        double[] nrm = new double[3];
        double k = 0.6 * Math.sqrt(2 * Math.PI) * bevel;
        for (int y = 0; y < cover.h; y++) {
            for (int x = 0; x < cover.w; x++) {
                int q = y * cover.w + x;
                float a = cover.a[q];
                if (a <= 0.0005f) {
                    continue;
                }
                int gx = x + cover.x0;
                int gy = y + cover.y0;
                form.normal(gx + 0.5, gy + 0.5, nrm);
                double dx = (height.at(gx + 1, gy) - height.at(gx - 1, gy)) / 2;
                double dy = (height.at(gx, gy + 1) - height.at(gx, gy - 1)) / 2;
                double nx = nrm[0] - dx * k * nrm[2];
                double ny = nrm[1] - dy * k * nrm[2];
                double nz = nrm[2];
                double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
                double d = Light.wrapped(nx / len, ny / len, nz / len, 0.45);
                double shade = 0.5 + 0.58 * d;
                int p = gy * n + gx;
                for (int c = 0; c < 3; c++) {
                    rgb[3 * p + c] = (float) (rgb[3 * p + c] * (1 - a) + colour[c] * shade * a);
                }
            }
        }
    }

    /** Mixes {@code colour} into the picture over the shape, {@code strength} 0..1, softened a little. */
    private static void tint(float[] rgb, Shape shape, float[] colour, double strength) {
        int n = HairCanvas.SIZE;
        Mask cover = Mask.of(shape, 4, n, n).blurred(1.2);
        for (int y = 0; y < cover.h; y++) {
            for (int x = 0; x < cover.w; x++) {
                double a = cover.a[y * cover.w + x] * strength;
                if (a <= 0.0005) {
                    continue;
                }
                int p = (y + cover.y0) * n + x + cover.x0;
                for (int c = 0; c < 3; c++) {
                    rgb[3 * p + c] = (float) (rgb[3 * p + c] * (1 - a) + colour[c] * a);
                }
            }
        }
    }

    private static Path2D.Double closed(FacePose f, int[] landmarks) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int lm : landmarks) {
            pts.add(f.vertex(lm));
        }
        return LayoutCanvas.closedCurve(pts);
    }

    private static Shape stroke(FacePose f, int[] landmarks, double width) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < landmarks.length; i++) {
            Point2D.Double p = f.vertex(landmarks[i]);
            if (i == 0) {
                path.moveTo(p.x, p.y);
            } else {
                path.lineTo(p.x, p.y);
            }
        }
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(path);
    }
}
