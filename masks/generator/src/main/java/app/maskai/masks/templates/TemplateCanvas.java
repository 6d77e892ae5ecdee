package app.maskai.masks.templates;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A template being painted, in two layers of {@link #WIDTH} × {@link #HEIGHT} pixels (origin top
 * left, y down):
 *
 * <ul>
 *   <li>{@link #back}, opaque: the scene, the body and the painted head, everything behind the
 *       face. The template's skin tone is read from it.
 *   <li>{@link #over}, straight alpha: everything over the head (hair, helmets, collars). The
 *       picture is the back with this over it; the part of it that can lie over a person's face
 *       becomes the front layer.
 * </ul>
 *
 * Painters draw with Java2D ({@link #graphics}) and per pixel ({@link #fill}, {@link Relief}).
 */
public final class TemplateCanvas {
    static final int WIDTH = 720;
    static final int HEIGHT = 900;

    final TemplateDesign design;
    final FacePose face;
    final BufferedImage back;
    final BufferedImage over;
    /**
     * The back as it was before the painted face's features (brows, eyes, nose, lips) were laid on
     * it, where they changed it, and the back just after: the background a person's face is blended
     * into has bare skin there, so that a narrow face (a turned head) leaves no painted eye beside
     * it. Null until the head is painted.
     */
    private int[] bare;
    private int[] featured;
    /** Seeds the template's noise and dice: the catalogue id's hash, so each template differs. */
    final int seed;

    TemplateCanvas(TemplateDesign design, FacePose face) {
        this.design = design;
        this.face = face;
        this.back = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        this.over = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        this.seed = design.id().hashCode();
    }

    /** Keeps {@code before} (the back's pixels before the features) and the back as it is now. */
    void keepBare(int[] before) {
        bare = before;
        featured = pixels(back).clone();
    }

    /**
     * The back's pixel {@code p} without the painted features: the bare skin where the features
     * changed it and nothing has been painted over since, else the back's own.
     */
    int bareBack(int p) {
        int now = pixels(back)[p];
        return bare != null && featured[p] != bare[p] && now == featured[p] ? bare[p] : now;
    }

    /** A per-pixel colour: packed 0xRRGGBB for picture pixel (x, y). */
    @FunctionalInterface
    interface Shader {
        int rgb(int x, int y);
    }

    /** Java2D on a layer, antialiased, at the best quality. Dispose it when done. */
    public static Graphics2D graphics(BufferedImage target) {
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        return g;
    }

    /** The layer's pixels, packed (0xAARRGGBB or 0xRRGGBB), row by row. */
    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Fills {@code shape} on {@code target} with a colour computed per pixel, antialiased. */
    void fill(BufferedImage target, Shape shape, Shader shader) {
        paint(target, Mask.of(shape, 1, WIDTH, HEIGHT), shader);
    }

    /** Lays a colour computed per pixel over {@code target} with the mask as its alpha. */
    void paint(BufferedImage target, Mask mask, Shader shader) {
        int[] px = pixels(target);
        boolean alpha = target.getColorModel().hasAlpha();
        for (int y = 0; y < mask.h; y++) {
            for (int x = 0; x < mask.w; x++) {
                float a = mask.a[y * mask.w + x];
                if (a > 0.0005f) {
                    int gx = x + mask.x0;
                    int gy = y + mask.y0;
                    int p = gy * WIDTH + gx;
                    px[p] = over(px[p], shader.rgb(gx, gy), Math.min(1, a), alpha);
                }
            }
        }
    }

    /**
     * Darkens (positive {@code strength}) or lightens (negative) what {@code target} already holds
     * under the mask: a shadow or a glow on something drawn, leaving transparent pixels alone.
     */
    void shade(BufferedImage target, Mask mask, double strength, int tint) {
        int[] px = pixels(target);
        for (int y = 0; y < mask.h; y++) {
            for (int x = 0; x < mask.w; x++) {
                double a = mask.a[y * mask.w + x] * strength;
                if (Math.abs(a) > 0.0005) {
                    int p = (y + mask.y0) * WIDTH + x + mask.x0;
                    int c = px[p];
                    int target255 = a > 0 ? tint : 0xffffff;
                    px[p] = (c & 0xff000000) | lerp(c, target255, Math.min(1, Math.abs(a)));
                }
            }
        }
    }

    /** A soft shadow of {@code caster} moved by (dx, dy) on what {@code target} already holds. */
    void castShadow(BufferedImage target, Shape caster, double dx, double dy, double sigma,
            double strength) {
        Shape moved = AffineTransform.getTranslateInstance(dx, dy).createTransformedShape(caster);
        Mask m = Mask.of(moved, (int) Math.ceil(3 * sigma) + 2, WIDTH, HEIGHT).blurred(sigma);
        shade(target, m, strength, 0x000000);
    }

    /**
     * A soft line of shade (positive {@code strength}) or light (negative) along {@code path} on
     * what {@code target} holds: folds in cloth, creases, the glow of an edge.
     */
    void crease(BufferedImage target, Shape path, double width, double softness, double strength) {
        Shape stroke = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(path);
        shade(target, Mask.of(stroke, (int) Math.ceil(3 * softness) + 2, WIDTH, HEIGHT).blurred(softness),
                strength, 0x000000);
    }

    /** Strokes {@code path} in one colour, round caps and joins, with {@code g}. */
    static void stroke(Graphics2D g, Shape path, double width, Color colour) {
        g.setColor(colour);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    /** Source over: {@code rgb} with alpha {@code a} over {@code dst} (straight alpha if it has one). */
    static int over(int dst, int rgb, double a, boolean dstHasAlpha) {
        if (!dstHasAlpha) {
            return lerp(dst, rgb, a);
        }
        double da = (dst >>> 24) / 255.0;
        double oa = a + da * (1 - a);
        if (oa <= 0) {
            return 0;
        }
        double wd = da * (1 - a) / oa;
        double ws = a / oa;
        int r = (int) Math.round(((dst >> 16) & 255) * wd + ((rgb >> 16) & 255) * ws);
        int g = (int) Math.round(((dst >> 8) & 255) * wd + ((rgb >> 8) & 255) * ws);
        int b = (int) Math.round((dst & 255) * wd + (rgb & 255) * ws);
        return (int) Math.round(oa * 255) << 24 | clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    /** The colour t of the way from a to b (0xRRGGBB, alpha dropped). */
    static int lerp(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) + (((b >> 16) & 255) - ((a >> 16) & 255)) * t);
        int g = (int) Math.round(((a >> 8) & 255) + (((b >> 8) & 255) - ((a >> 8) & 255)) * t);
        int bl = (int) Math.round((a & 255) + ((b & 255) - (a & 255)) * t);
        return clamp(r) << 16 | clamp(g) << 8 | clamp(bl);
    }

    /** Packs r, g, b (0..1, clamped) as 0xRRGGBB. */
    static int rgb(double r, double g, double b) {
        return clamp((int) Math.round(r * 255)) << 16 | clamp((int) Math.round(g * 255)) << 8
                | clamp((int) Math.round(b * 255));
    }

    /** Packs colour {@code c} (r, g, b 0..1) times {@code shade}, plus {@code add} white. */
    static int rgb(float[] c, double shade, double add) {
        return rgb(c[0] * shade + add, c[1] * shade + add, c[2] * shade + add);
    }

    /** r, g, b (0..1) of #rrggbb. */
    static float[] colour(int hex) {
        return new float[] {(hex >> 16 & 255) / 255f, (hex >> 8 & 255) / 255f, (hex & 255) / 255f};
    }

    /** An AWT colour of #rrggbb with alpha 0..1. */
    static Color awt(int hex, double alpha) {
        return new Color(hex >> 16 & 255, hex >> 8 & 255, hex & 255, (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    static int clamp(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }

    /** The ellipse centred at (cx, cy) with semi-axes rx, ry. */
    static Ellipse2D.Double ellipse(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }

    /** A star of {@code points} points round (cx, cy), its tips at {@code outer}, its notches at {@code inner}. */
    static Path2D.Double star(double cx, double cy, double outer, double inner, int points) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 2 * points; i++) {
            double a = -Math.PI / 2 + i * Math.PI / points;
            double r = i % 2 == 0 ? outer : inner;
            if (i == 0) {
                p.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                p.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }
}
