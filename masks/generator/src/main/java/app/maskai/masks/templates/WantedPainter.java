package app.maskai.masks.templates;

import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * A frontier "WANTED" poster nailed to planks: aged, stained, creased paper printed in brown ink
 * (worn where the type pressed unevenly), the portrait a sepia photograph in an oval under a
 * cowboy hat, "DEAD OR ALIVE" and the reward below. The lettering is a logical font's (serif
 * bold, present on every Java runtime, headless too) outlines, stretched to fit its line.
 */
final class WantedPainter implements TemplatePainter {
    private static final double PAPER_LEFT = 26;
    private static final double PAPER_TOP = 18;
    private static final double PAPER_RIGHT = 694;
    private static final double PAPER_BOTTOM = 884;
    private static final int INK = 0x5e3c22;
    /** The portrait's oval, pixels. */
    private static final double OVAL_X = 360;
    private static final double OVAL_Y = 424;
    private static final double OVAL_RX = 212;
    private static final double OVAL_RY = 254;

    @Override
    public PaintedHead.Look look(TemplateDesign design) {
        return new PaintedHead.Look(design.hair(), 0x5a4030, false,
                TemplateCanvas.ellipse(OVAL_X, OVAL_Y, OVAL_RX, OVAL_RY));
    }

    @Override
    public void behind(TemplateCanvas c) {
        int seed = c.seed;
        // Weathered planks.
        c.fill(c.back, new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT), (x, y) -> {
            double plank = 120;
            int i = (int) Math.floor((x + 30) / plank);
            double in = (x + 30) - i * plank;
            double grain = Noise.fbm(x / 10.0 + i * 17, y / 90.0, seed + i, 4);
            double tone = 0.26 + 0.08 * Noise.hash(i, 0, seed) + 0.08 * (grain - 0.5);
            double gap = Tone.smoothstep(5, 0, Math.min(in, plank - in));
            double v = tone * (1 - 0.55 * gap);
            return TemplateCanvas.rgb(v * 1.15, v * 0.9, v * 0.68);
        });
        Path2D.Double paper = paperShape();
        c.castShadow(c.back, paper, 6, 9, 9, 0.55);
        Point2D.Double mid = new Point2D.Double((PAPER_LEFT + PAPER_RIGHT) / 2, (PAPER_TOP + PAPER_BOTTOM) / 2);
        c.fill(c.back, paper, (x, y) -> paper(x, y, seed, mid));
        // Folds: the poster was folded in four.
        for (int k = 0; k < 2; k++) {
            Line2D.Double fold = k == 0 ? new Line2D.Double(mid.x, PAPER_TOP, mid.x + 3, PAPER_BOTTOM)
                    : new Line2D.Double(PAPER_LEFT, 452, PAPER_RIGHT, 447);
            c.crease(c.back, fold, 1.2, 0.8, 0.16);
            c.crease(c.back, AffineTransform.getTranslateInstance(2, 2).createTransformedShape(fold), 1.6, 1.2, -0.2);
        }
        lettering(c);
        portraitGround(c);
    }

    /** The paper's outline: a rectangle with a torn, nibbled edge. */
    private static Path2D.Double paperShape() {
        Path2D.Double p = new Path2D.Double();
        int seed = 77;
        double[][] corners = {{PAPER_LEFT, PAPER_TOP}, {PAPER_RIGHT, PAPER_TOP + 4}, {PAPER_RIGHT - 3, PAPER_BOTTOM},
            {PAPER_LEFT + 2, PAPER_BOTTOM - 3}};
        boolean first = true;
        for (int side = 0; side < 4; side++) {
            double[] a = corners[side];
            double[] b = corners[(side + 1) % 4];
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            int steps = (int) (len / 6);
            for (int i = 0; i < steps; i++) {
                double t = i / (double) steps;
                double nx = -(b[1] - a[1]) / len;
                double ny = (b[0] - a[0]) / len;
                double tear = (Noise.fbm(i * 0.35, side * 10, seed, 3) - 0.5) * 7;
                double x = a[0] + (b[0] - a[0]) * t + nx * tear;
                double y = a[1] + (b[1] - a[1]) * t + ny * tear;
                if (first) {
                    p.moveTo(x, y);
                    first = false;
                } else {
                    p.lineTo(x, y);
                }
            }
        }
        p.closePath();
        return p;
    }

    /** Aged paper: stained, darker towards the edges, with foxing spots. */
    private static int paper(int x, int y, int seed, Point2D.Double mid) {
        double stain = Noise.fbm(x / 140.0, y / 140.0, seed + 3, 5);
        double fibre = Noise.fbm(x / 6.0, y / 12.0, seed + 4, 2);
        double edge = Math.min(Math.min(x - PAPER_LEFT, PAPER_RIGHT - x), Math.min(y - PAPER_TOP, PAPER_BOTTOM - y));
        double burn = Tone.smoothstep(60, 0, edge);
        double fox = Tone.smoothstep(0.74, 0.86, Noise.fbm(x / 16.0, y / 16.0, seed + 5, 3));
        double v = 0.86 - 0.16 * Tone.smoothstep(0.45, 0.75, stain) + 0.04 * (fibre - 0.5) - 0.30 * burn * burn
                - 0.12 * fox;
        return TemplateCanvas.rgb(v * 0.98, v * 0.86, v * 0.64);
    }

    /** WANTED, rules, DEAD OR ALIVE, REWARD and the sum, in worn brown ink. */
    private static void lettering(TemplateCanvas c) {
        Font serif = new Font(Font.SERIF, Font.BOLD, 100);
        ink(c, fit(serif, "WANTED", 64, 36, 592, 110));
        Area rules = new Area(new Rectangle2D.Double(70, 156, 580, 4));
        rules.add(new Area(new Rectangle2D.Double(70, 164, 580, 1.6)));
        rules.add(new Area(new Rectangle2D.Double(70, 690, 580, 1.6)));
        rules.add(new Area(new Rectangle2D.Double(70, 695, 580, 4)));
        ink(c, rules);
        ink(c, fit(serif, "DEAD OR ALIVE", 160, 712, 400, 30));
        ink(c, fit(serif, "REWARD", 110, 756, 500, 74));
        ink(c, fit(new Font(Font.SERIF, Font.BOLD | Font.ITALIC, 100), "$5,000", 240, 840, 240, 32));
        // Stars either side of DEAD OR ALIVE.
        for (int side = -1; side <= 1; side += 2) {
            ink(c, TemplateCanvas.star(360 + side * 240, 727, 12, 5, 5));
        }
    }

    /** The outline of {@code text} in {@code font}, stretched to fill the box (x, y, w, h). */
    static Shape fit(Font font, String text, double x, double y, double w, double h) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        GlyphVector gv = font.createGlyphVector(frc, text);
        Shape outline = gv.getOutline();
        Rectangle2D b = outline.getBounds2D();
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.scale(w / b.getWidth(), h / b.getHeight());
        t.translate(-b.getX(), -b.getY());
        return t.createTransformedShape(outline);
    }

    /** Prints a shape in ink that did not take everywhere: lighter specks where the paper shows. */
    private static void ink(TemplateCanvas c, Shape shape) {
        int seed = c.seed + 11;
        c.fill(c.back, shape, (x, y) -> {
            double wear = Tone.smoothstep(0.58, 0.78, Noise.fbm(x / 12.0, y / 12.0, seed, 3));
            double blot = Noise.value(x / 5.0, y / 5.0, seed + 1) * 0.06;
            return TemplateCanvas.lerp(INK, 0xa88a5c, wear * 0.4 + blot);
        });
    }

    /** The photograph's ground inside the oval: a pale studio backdrop, darker to its edge. */
    private static void portraitGround(TemplateCanvas c) {
        Ellipse2D.Double oval = TemplateCanvas.ellipse(OVAL_X, OVAL_Y, OVAL_RX, OVAL_RY);
        int seed = c.seed;
        c.fill(c.back, oval, (x, y) -> {
            double u = (x - OVAL_X) / OVAL_RX;
            double v = (y - OVAL_Y) / OVAL_RY;
            double r = Math.sqrt(u * u + v * v);
            double light = 0.78 - 0.25 * r * r + 0.08 * (-u - v) * 0.5;
            double mottle = (Noise.fbm(x / 60.0, y / 60.0, seed + 8, 4) - 0.5) * 0.12;
            double l = light + mottle;
            return TemplateCanvas.rgb(l * 0.95, l * 0.80, l * 0.58);
        });
    }

    @Override
    public void over(TemplateCanvas c) {
        Ellipse2D.Double oval = TemplateCanvas.ellipse(OVAL_X, OVAL_Y, OVAL_RX, OVAL_RY);
        Area inside = new Area(oval);
        clothes(c, inside);
        hair(c, inside);
        hat(c, inside);
        // The photograph's vignette and its printed double border.
        Area ring = new Area(TemplateCanvas.ellipse(OVAL_X, OVAL_Y, OVAL_RX + 40, OVAL_RY + 40));
        ring.subtract(new Area(TemplateCanvas.ellipse(OVAL_X, OVAL_Y, OVAL_RX * 0.8, OVAL_RY * 0.8)));
        Mask vignette = Mask.of(ring, 30, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT).blurred(26)
                .multiply(Mask.of(oval, 2, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT)).times(0.55);
        c.paint(c.over, vignette, (x, y) -> 0x3a2212);
        Area border = new Area(new BasicStroke(4f).createStrokedShape(oval));
        border.add(new Area(new BasicStroke(1.6f).createStrokedShape(TemplateCanvas.ellipse(OVAL_X, OVAL_Y,
                OVAL_RX + 9, OVAL_RY + 9))));
        c.fill(c.over, border, (x, y) -> INK);
    }

    /** A dark vest over a pale shirt and a knotted neckerchief, in sepia. */
    private static void clothes(TemplateCanvas c, Area inside) {
        FacePose f = c.face;
        Path2D.Double shirt = new Path2D.Double();
        shirt.moveTo(f.x(-22), f.y(30));
        shirt.lineTo(f.x(-21), f.y(20));
        shirt.curveTo(f.x(-19), f.y(14.5), f.x(-12), f.y(12.6), f.x(-5.2), f.y(11.4));
        shirt.lineTo(f.x(5.2), f.y(11.4));
        shirt.curveTo(f.x(12), f.y(12.6), f.x(19), f.y(14.5), f.x(21), f.y(20));
        shirt.lineTo(f.x(22), f.y(30));
        shirt.closePath();
        Area s = new Area(shirt);
        s.intersect(inside);
        int seed = c.seed;
        Relief.paint(c.over, s, f.px(1.2), 0.8, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double v = 0.45 + 0.4 * Light.wrapped(nx, ny, nz, 0.4) + (Noise.value(x * 0.2, y * 0.2, seed) - 0.5) * 0.03;
            return TemplateCanvas.rgb(v * 0.95, v * 0.82, v * 0.62);
        });
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double vest = new Path2D.Double();
            vest.moveTo(f.x(side * 6.5), f.y(12.0));
            vest.curveTo(f.x(side * 13), f.y(13), f.x(side * 19), f.y(15), f.x(side * 21.5), f.y(21));
            vest.lineTo(f.x(side * 22), f.y(30));
            vest.lineTo(f.x(side * 3.2), f.y(30));
            vest.lineTo(f.x(side * 3.4), f.y(19.5));
            vest.closePath();
            Area v = new Area(vest);
            v.intersect(inside);
            Relief.paint(c.over, v, f.px(0.8), 0.9, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
                double l = 0.14 + 0.22 * Light.wrapped(nx, ny, nz, 0.4)
                        + (Noise.fbm(x / 5.0, y / 5.0, seed + 2, 2) - 0.5) * 0.05;
                return TemplateCanvas.rgb(l * 1.0, l * 0.8, l * 0.6);
            });
            double bx = f.x(side * 4.0);
            double by = f.y(15.0);
            Ellipse2D.Double button = TemplateCanvas.ellipse(bx, by, f.px(0.4), f.px(0.4));
            Relief.paint(c.over, button, 1.5, 1, Relief.dome(bx, by, f.px(0.4), f.px(0.4), 1),
                    new Metal(0x2a1a0c, 0x8a6a40, 0xe8d0a0, 0.5, 30, 0.02, 0.05, 9));
        }
        // The neckerchief: a band round the neck and a knot with two tails.
        Path2D.Double scarf = new Path2D.Double();
        scarf.moveTo(f.x(-5.6), f.y(9.8));
        scarf.quadTo(f.x(0), f.y(12.4), f.x(5.6), f.y(9.8));
        scarf.lineTo(f.x(6.2), f.y(12.0));
        scarf.quadTo(f.x(0), f.y(14.8), f.x(-6.2), f.y(12.0));
        scarf.closePath();
        Path2D.Double tails = new Path2D.Double();
        tails.moveTo(f.x(-0.8), f.y(13.2));
        tails.lineTo(f.x(-3.2), f.y(19.5));
        tails.lineTo(f.x(-0.4), f.y(18.6));
        tails.lineTo(f.x(0.4), f.y(14));
        tails.lineTo(f.x(2.6), f.y(19.2));
        tails.lineTo(f.x(4.0), f.y(17.8));
        tails.lineTo(f.x(1.2), f.y(13.0));
        tails.closePath();
        Area kerchief = new Area(scarf);
        kerchief.add(new Area(tails));
        kerchief.subtract(new Area(f.ringPolygon(0.03)));
        kerchief.intersect(inside);
        c.castShadow(c.over, kerchief, 0, f.px(0.4), f.px(0.4), 0.4);
        Relief.paint(c.over, kerchief, f.px(0.5), 0.9, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double dots = Comic.halftone(x * 1.4, y * 1.4, 0.12);
            double l = 0.28 + 0.3 * Light.wrapped(nx, ny, nz, 0.4) + dots * 0.12;
            return TemplateCanvas.rgb(l * 1.05, l * 0.82, l * 0.6);
        });
        Ellipse2D.Double knot = TemplateCanvas.ellipse(f.x(0.2), f.y(13.2), f.px(1.1), f.px(0.9));
        Area knotArea = new Area(knot);
        knotArea.intersect(inside);
        Relief.paint(c.over, knotArea, f.px(0.4), 1, Relief.dome(f.x(0.2), f.y(13.2), f.px(1.1), f.px(0.9), 0.8),
                (x, y, nx, ny, nz, h) -> {
                    double l = 0.28 + 0.35 * Light.wrapped(nx, ny, nz, 0.4);
                    return TemplateCanvas.rgb(l * 1.05, l * 0.82, l * 0.6);
                });
    }

    /** Short dark hair showing under the hat at the temples, over the ears. */
    private static void hair(TemplateCanvas c, Area inside) {
        FacePose f = c.face;
        Path2D.Double mass = new Path2D.Double();
        mass.moveTo(f.x(-8.4), f.y(-9.5));
        mass.curveTo(f.x(-11.4), f.y(-6), f.x(-11.0), f.y(1), f.x(-9.4), f.y(5.5));
        mass.curveTo(f.x(-8.6), f.y(8.5), f.x(-6.4), f.y(9.6), f.x(-5.0), f.y(8.4));
        mass.lineTo(f.x(5.0), f.y(8.4));
        mass.curveTo(f.x(6.4), f.y(9.6), f.x(8.6), f.y(8.5), f.x(9.4), f.y(5.5));
        mass.curveTo(f.x(11.0), f.y(1), f.x(11.4), f.y(-6), f.x(8.4), f.y(-9.5));
        mass.closePath();
        Area hair = new Area(mass);
        hair.subtract(new Area(f.hairline()));
        hair.subtract(new Area(PaintedHead.neckShape(f)));
        hair.intersect(inside);
        int dark = TemplateCanvas.lerp(c.design.hair(), 0x000000, 0.4);
        int light = TemplateCanvas.lerp(c.design.hair(), 0xd8c0a0, 0.45);
        Relief.Form form = Relief.dome(f.x(0), f.y(-1), f.px(11), f.px(12), 1);
        c.castShadow(c.over, hair, f.px(0.2), f.px(0.3), f.px(0.5), 0.35);
        Relief.paint(c.over, hair, f.px(0.6), 0.8, form, (x, y, nx, ny, nz, h) ->
                TemplateCanvas.lerp(dark, light, 0.15 + 0.35 * Light.wrapped(nx, ny, nz, 0.3)));
        Point2D.Double crown = f.at(0, -12);
        Strands.draw(c.over, hair, (x, y) -> Math.atan2(y - crown.y, x - crown.x), form,
                new Strands.Style(dark, light, f.px(2.5), 1.2, 0.55, 1600), c.seed + 18);
    }

    /** A wide-brimmed cowboy hat, its crown pinched, a band above the brim, the brim's shade on the brow. */
    private static void hat(TemplateCanvas c, Area inside) {
        FacePose f = c.face;
        Path2D.Double crown = new Path2D.Double();
        crown.moveTo(f.x(-7.6), f.y(-10.0));
        crown.curveTo(f.x(-7.4), f.y(-13.5), f.x(-7.0), f.y(-17.4), f.x(-3.6), f.y(-17.6));
        crown.quadTo(f.x(0), f.y(-16.0), f.x(3.6), f.y(-17.6));
        crown.curveTo(f.x(7.0), f.y(-17.4), f.x(7.4), f.y(-13.5), f.x(7.6), f.y(-10.0));
        crown.closePath();
        // The brim: dipping over the brow in front, its sides curled up.
        Path2D.Double brim = new Path2D.Double();
        brim.moveTo(f.x(-13.6), f.y(-14.4));
        brim.curveTo(f.x(-12.4), f.y(-10.0), f.x(-7), f.y(-7.1), f.x(0), f.y(-7.1));
        brim.curveTo(f.x(7), f.y(-7.1), f.x(12.4), f.y(-10.0), f.x(13.6), f.y(-14.4));
        brim.curveTo(f.x(12.2), f.y(-12.6), f.x(10.6), f.y(-11.2), f.x(7.5), f.y(-10.7));
        brim.quadTo(f.x(0), f.y(-9.8), f.x(-7.5), f.y(-10.7));
        brim.curveTo(f.x(-10.6), f.y(-11.2), f.x(-12.2), f.y(-12.6), f.x(-13.6), f.y(-14.4));
        brim.closePath();
        int seed = c.seed;
        Relief.Surface felt = (x, y, nx, ny, nz, h) -> {
            double l = 0.22 + 0.42 * Light.wrapped(nx, ny, nz, 0.35)
                    + (Noise.fbm(x / 4.0, y / 4.0, seed + 25, 2) - 0.5) * 0.05;
            return TemplateCanvas.rgb(l * 1.02, l * 0.84, l * 0.62);
        };
        Area cr = new Area(crown);
        cr.intersect(inside);
        Relief.paint(c.over, cr, f.px(1.0), 1, Relief.dome(f.x(0), f.y(-12.5), f.px(7.6), f.px(5), 0.9), felt);
        // The crown's crease down its middle.
        c.crease(c.over, new Line2D.Double(f.x(0), f.y(-16.2), f.x(0.3), f.y(-12.6)), 3, 2.5, 0.35);
        Path2D.Double band = new Path2D.Double();
        band.moveTo(f.x(-7.5), f.y(-12.0));
        band.quadTo(f.x(0), f.y(-11.0), f.x(7.5), f.y(-12.0));
        band.lineTo(f.x(7.6), f.y(-10.4));
        band.quadTo(f.x(0), f.y(-9.5), f.x(-7.6), f.y(-10.4));
        band.closePath();
        Relief.paint(c.over, band, f.px(0.3), 0.8, Relief.cylinder(f.x(0), f.px(7.5), 0.9), (x, y, nx, ny, nz, h) -> {
            double l = 0.10 + 0.22 * Light.wrapped(nx, ny, nz, 0.3);
            return TemplateCanvas.rgb(l, l * 0.8, l * 0.6);
        });
        // The brim's shade across the top of the brow (light: the face must stay clear below it).
        Area shade = new Area(AffineTransform.getTranslateInstance(0, f.px(0.9)).createTransformedShape(brim));
        shade.intersect(inside);
        c.paint(c.over, Mask.of(shade, (int) f.px(1.5), TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT)
                .blurred(f.px(0.5)).times(0.38), (x, y) -> 0x2a180a);
        Area b = new Area(brim);
        b.intersect(inside);
        Relief.paint(c.over, b, f.px(0.9), 1, Relief.dome(f.x(0), f.y(-9), f.px(15.5), f.px(4), 0.7), felt);
        c.crease(c.over, brim, 1.2, 0.8, 0.3);
    }
}
