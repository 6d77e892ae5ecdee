package app.maskai.masks.templates;

import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Tone;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A comic-book hero: a glossy dark blue cowl over the head, ears and forehead, down over the brows
 * and the bridge of the nose, with pointed eye openings the eyes look out of; a red cape, a blue
 * suit with a star emblem; a sunburst sky with halftone dots, comic clouds and a city skyline.
 * Inked outlines and banded (cel) light throughout.
 */
final class SuperheroPainter implements TemplatePainter {
    private static final Color INK = new Color(0x0d0b14);
    private static final int SUIT = 0x2450b8;
    private static final int COWL = 0x1c2a66;
    private static final int CAPE = 0xc8202c;
    private static final int GOLD = 0xf6c431;

    @Override
    public PaintedHead.Look look(TemplateDesign design) {
        return new PaintedHead.Look(design.hair(), 0x3a6aa0, false);
    }

    @Override
    public void behind(TemplateCanvas c) {
        FacePose f = c.face;
        Point2D.Double sun = f.at(0, -4);
        c.fill(c.back, new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT), (x, y) -> {
            double t = y / (double) TemplateCanvas.HEIGHT;
            double a = Math.atan2(y - sun.y, x - sun.x);
            double ray = Tone.smoothstep(-0.2, 0.2, Math.cos(a * 14));
            double dist = Tone.hypot(x - sun.x, y - sun.y);
            double glow = Math.exp(-dist / 330);
            double r = 0.30 + 0.55 * t + 0.35 * glow;
            double g = 0.62 + 0.25 * t + 0.25 * glow;
            double b = 0.96 - 0.30 * t;
            double lift = ray * 0.10 * (0.4 + 0.6 * glow);
            double dots = Comic.halftone(x, y, 0.35 * (1 - glow) * (0.3 + 0.7 * ray));
            return TemplateCanvas.rgb((r + lift) * (1 - 0.07 * dots), (g + lift) * (1 - 0.07 * dots),
                    (b + lift) * (1 - 0.05 * dots));
        });
        clouds(c);
        skyline(c);
        cape(c);
    }

    /** White comic clouds: lobed, inked, shaded in a blue band along their undersides. */
    private static void clouds(TemplateCanvas c) {
        double[][] clouds = {{95, 160, 1.0}, {640, 110, 0.8}, {610, 470, 0.9}, {70, 520, 0.75}};
        for (double[] cl : clouds) {
            Area cloud = new Area();
            double s = 60 * cl[2];
            double[][] lobes = {{-1.5, 0.2, 0.8}, {-0.6, -0.35, 1.05}, {0.5, -0.2, 0.95}, {1.4, 0.25, 0.75},
                {0, 0.45, 0.8}};
            for (double[] l : lobes) {
                cloud.add(new Area(TemplateCanvas.ellipse(cl[0] + l[0] * s, cl[1] + l[1] * s, l[2] * s, l[2] * s * 0.8)));
            }
            cloud.intersect(new Area(new Rectangle2D.Double(cl[0] - 3 * s, cl[1] - 2 * s, 6 * s, 2 * s + 0.55 * s)));
            double bottom = cl[1] + 0.62 * s;
            double cy = cl[1];
            c.fill(c.back, cloud, (x, y) -> {
                double lobe = 0.12 * s * Math.sin((x - cl[0]) / (0.35 * s));
                double band = Tone.smoothstep(cy + 0.2 * s + lobe - 1, cy + 0.2 * s + lobe + 1, y);
                return TemplateCanvas.lerp(0xffffff, 0xa8c4ec, band);
            });
            Graphics2D g = TemplateCanvas.graphics(c.back);
            TemplateCanvas.stroke(g, cloud, 3.2, INK);
            g.dispose();
        }
    }

    /** A dark city skyline along the bottom, with lit windows. */
    private static void skyline(TemplateCanvas c) {
        Dice dice = new Dice(c.seed + 3);
        Graphics2D g = TemplateCanvas.graphics(c.back);
        double x = -10;
        while (x < TemplateCanvas.WIDTH + 10) {
            double w = dice.range(40, 90);
            double top = dice.range(560, 700);
            Rectangle2D.Double b = new Rectangle2D.Double(x, top, w, TemplateCanvas.HEIGHT - top);
            g.setColor(new Color(0x28306a));
            g.fill(b);
            g.setColor(new Color(0x3a4690));
            g.fill(new Rectangle2D.Double(x, top, w * 0.3, TemplateCanvas.HEIGHT - top));
            for (double wy = top + 10; wy < TemplateCanvas.HEIGHT; wy += 16) {
                for (double wx = x + 7; wx < x + w - 10; wx += 13) {
                    if (dice.next() < 0.45) {
                        g.setColor(new Color(0xffe07a));
                        g.fill(new Rectangle2D.Double(wx, wy, 5, 8));
                    }
                }
            }
            TemplateCanvas.stroke(g, b, 2.4, INK);
            x += w - 2;
        }
        g.dispose();
    }

    /** The cape, flaring from the shoulders behind the body. */
    private static void cape(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double cape = new Path2D.Double();
        cape.moveTo(f.x(-12), f.y(12.5));
        cape.curveTo(f.x(-21), f.y(14), f.x(-22), f.y(22), f.x(-26), f.y(32));
        cape.lineTo(f.x(-30), f.y(40));
        cape.lineTo(f.x(30), f.y(40));
        cape.lineTo(f.x(26), f.y(32));
        cape.curveTo(f.x(22), f.y(22), f.x(21), f.y(14), f.x(12), f.y(12.5));
        cape.closePath();
        c.fill(c.back, cape, (x, y) -> {
            // Folds: bands of light and shade across the cloth.
            double fold = Math.sin((x - f.x(0)) / f.px(1.6) * (1 - 0.3 * (y - f.y(12)) / f.px(30))
                    + (y - f.y(12)) / f.px(12));
            double light = 0.55 + 0.45 * fold - (x > f.x(0) ? 0.1 : 0);
            double band = Comic.cel(light);
            double dots = Comic.halftone(x, y, (1 - band) * 0.5);
            int base = TemplateCanvas.lerp(TemplateCanvas.lerp(CAPE, 0x000000, 0.45), CAPE, band);
            return TemplateCanvas.lerp(base, 0x3a0008, dots * 0.22);
        });
        Graphics2D g = TemplateCanvas.graphics(c.back);
        TemplateCanvas.stroke(g, cape, 3.5, INK);
        g.dispose();
    }

    @Override
    public void over(TemplateCanvas c) {
        suit(c);
        cowl(c);
    }

    /** The blue suit: shoulders, chest, a collar, the star emblem and gold clasps for the cape. */
    private static void suit(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(f.x(-17.5), f.y(40));
        body.curveTo(f.x(-19.5), f.y(30), f.x(-21.5), f.y(24), f.x(-20.5), f.y(18.5));
        body.curveTo(f.x(-19.5), f.y(14.5), f.x(-14), f.y(12.6), f.x(-6), f.y(11));
        body.lineTo(f.x(6), f.y(11));
        body.curveTo(f.x(14), f.y(12.6), f.x(19.5), f.y(14.5), f.x(20.5), f.y(18.5));
        body.curveTo(f.x(21.5), f.y(24), f.x(19.5), f.y(30), f.x(17.5), f.y(40));
        body.closePath();
        c.fill(c.over, body, (x, y) -> {
            double u = (x - f.x(0)) / f.px(20);
            double v = (y - f.y(24)) / f.px(14);
            // Shoulders and chest muscles as soft domes, lit from the upper left.
            double shoulder = Tone.gauss(Math.abs(u) * 2.2 - 1.55) * Tone.gauss(v * 1.4 + 0.9);
            double pecs = Tone.gauss((Math.abs(u) - 0.28) * 4.5) * Tone.gauss((v + 0.1) * 2.6);
            double light = 0.5 - 0.35 * u - 0.25 * v + 0.25 * shoulder + 0.2 * pecs * (u < 0 ? 1 : 0.2);
            double mid = Math.abs(u) < 0.02 ? 0.3 : 0;
            double band = Comic.cel(light - mid);
            double dots = Comic.halftone(x, y, (1 - band) * 0.55);
            int base = TemplateCanvas.lerp(TemplateCanvas.lerp(SUIT, 0x000000, 0.5), SUIT, band);
            return TemplateCanvas.lerp(base, 0x08123a, dots * 0.2);
        });
        Graphics2D g = TemplateCanvas.graphics(c.over);
        TemplateCanvas.stroke(g, body, 3.5, INK);
        // The line between the pectorals.
        Path2D.Double sternum = new Path2D.Double();
        sternum.moveTo(f.x(0), f.y(19));
        sternum.quadTo(f.x(0.3), f.y(27), f.x(0), f.y(34));
        TemplateCanvas.stroke(g, sternum, 2.0, INK);
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double pec = new Path2D.Double();
            pec.moveTo(f.x(side * 1.0), f.y(31.5));
            pec.quadTo(f.x(side * 8), f.y(33), f.x(side * 13.5), f.y(26.5));
            TemplateCanvas.stroke(g, pec, 2.0, INK);
            Path2D.Double arm = new Path2D.Double();
            arm.moveTo(f.x(side * 15.5), f.y(16.5));
            arm.quadTo(f.x(side * 14.5), f.y(23), f.x(side * 16.5), f.y(30));
            TemplateCanvas.stroke(g, arm, 2.0, INK);
        }
        g.dispose();
        emblem(c, f.x(0), f.y(24.5), f.px(5.8));
        for (int side = -1; side <= 1; side += 2) {
            double cx = f.x(side * 14.5);
            double cy = f.y(14.6);
            Shape clasp = TemplateCanvas.ellipse(cx, cy, f.px(1.5), f.px(1.5));
            c.fill(c.over, clasp, (x, y) -> {
                double d = Tone.hypot(x - cx + 4, y - cy + 4) / f.px(1.5);
                return d < 0.45 ? 0xfff3b0 : d < 1.0 ? GOLD : 0xb07a10;
            });
            Graphics2D gc = TemplateCanvas.graphics(c.over);
            TemplateCanvas.stroke(gc, clasp, 2.5, INK);
            gc.dispose();
        }
    }

    /** A gold diamond with a red star: the hero's emblem. */
    private static void emblem(TemplateCanvas c, double cx, double cy, double r) {
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(cx, cy - r);
        diamond.lineTo(cx + r * 1.15, cy - r * 0.15);
        diamond.lineTo(cx, cy + r * 0.95);
        diamond.lineTo(cx - r * 1.15, cy - r * 0.15);
        diamond.closePath();
        c.fill(c.over, diamond, (x, y) -> {
            double light = 0.75 - 0.6 * (x - cx) / r * 0.5 - 0.4 * (y - cy) / r * 0.5;
            return TemplateCanvas.lerp(0xc98a12, GOLD, Comic.cel(light));
        });
        Path2D.Double star = TemplateCanvas.star(cx, cy - r * 0.02, r * 0.62, r * 0.26, 5);
        c.fill(c.over, star, (x, y) -> {
            double light = 0.75 - 0.5 * (x - cx) / r - 0.3 * (y - cy) / r;
            return TemplateCanvas.lerp(0x8a1018, CAPE, Comic.cel(light));
        });
        Graphics2D g = TemplateCanvas.graphics(c.over);
        TemplateCanvas.stroke(g, diamond, 3.0, INK);
        TemplateCanvas.stroke(g, star, 2.2, INK);
        g.dispose();
    }

    /**
     * The cowl: over the head, ears and neck, down over the brows and the nose's bridge to a line
     * under the eyes, open below for the cheeks, mouth and chin, with an eye opening round each eye.
     */
    private static void cowl(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(f.x(-6.0), f.y(12.2));
        head.curveTo(f.x(-6.4), f.y(9.5), f.x(-10.4), f.y(6), f.x(-10.2), f.y(-4));
        head.curveTo(f.x(-10.0), f.y(-12), f.x(-6), f.y(-15.6), f.x(0), f.y(-15.8));
        head.curveTo(f.x(6), f.y(-15.6), f.x(10.0), f.y(-12), f.x(10.2), f.y(-4));
        head.curveTo(f.x(10.4), f.y(6), f.x(6.4), f.y(9.5), f.x(6.0), f.y(12.2));
        head.closePath();
        Area cowl = new Area(head);
        cowl.subtract(new Area(opening(f)));
        for (int side = -1; side <= 1; side += 2) {
            cowl.subtract(new Area(eyeHole(f, side)));
        }
        c.castShadow(c.back, cowl, f.px(0.25), f.px(0.35), f.px(0.35), 0.45);
        Relief.Form dome = Relief.dome(f.x(0), f.y(-2.5), f.px(10.4), f.px(14), 0.9);
        Mask brows = Mask.of(browRidges(f), 8, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT).blurred(f.px(0.35));
        Relief.paint(c.over, cowl, f.px(0.45), 1.1, dome, (x, y, nx, ny, nz, h) -> {
            double ridge = brows.at(x, y);
            double light = Light.wrapped(nx, ny, nz, 0.2) + 0.22 * ridge - 0.1;
            double band = Comic.cel(light);
            double rim = Tone.smoothstep(0.78, 0.82, nx) * 0.5;
            double dots = Comic.halftone(x, y, (1 - band) * 0.5);
            int base = TemplateCanvas.lerp(TemplateCanvas.lerp(COWL, 0x000000, 0.55), COWL, band);
            base = TemplateCanvas.lerp(base, 0x000010, dots * 0.5);
            return TemplateCanvas.lerp(base, 0x5a78d8, rim);
        });
        // A comic highlight: two curved strokes of light on the upper left of the dome.
        Graphics2D g = TemplateCanvas.graphics(c.over);
        g.setClip(cowl);
        for (int k = 0; k < 2; k++) {
            Path2D.Double shine = new Path2D.Double();
            double o = k * 1.3;
            shine.moveTo(f.x(-7.6 + o * 0.6), f.y(-8.2 + o * 0.2));
            shine.quadTo(f.x(-7.0 + o * 0.8), f.y(-12.8 + o * 0.6), f.x(-3.2 + o), f.y(-14.4 + o * 0.5));
            TemplateCanvas.stroke(g, shine, f.px(k == 0 ? 0.55 : 0.3), new Color(0xa8c0ff));
        }
        g.setClip(null);
        // Ink: the outline, the eye openings, the sculpted brows, the seam of the crest.
        TemplateCanvas.stroke(g, head, 3.5, INK);
        TemplateCanvas.stroke(g, opening(f), 3.0, INK);
        for (int side = -1; side <= 1; side += 2) {
            TemplateCanvas.stroke(g, eyeHole(f, side), 2.6, INK);
            Path2D.Double brow = new Path2D.Double();
            brow.moveTo(f.x(side * 0.9), f.y(-3.9));
            brow.quadTo(f.x(side * 3.6), f.y(-5.5), f.x(side * 6.9), f.y(-4.6));
            g.setClip(cowl);
            TemplateCanvas.stroke(g, brow, 2.0, INK);
            g.setClip(null);
        }
        Path2D.Double crest = new Path2D.Double();
        crest.moveTo(f.x(0), f.y(-15.8));
        crest.lineTo(f.x(0), f.y(-7.5));
        TemplateCanvas.stroke(g, crest, 1.8, INK);
        g.dispose();
    }

    /** Raised, frowning brows sculpted over the eye openings (where the cowl catches more light). */
    private static Area browRidges(FacePose f) {
        Area a = new Area();
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double b = new Path2D.Double();
            b.moveTo(f.x(side * 0.8), f.y(-3.5));
            b.quadTo(f.x(side * 3.6), f.y(-5.6), f.x(side * 7.0), f.y(-4.4));
            b.lineTo(f.x(side * 6.6), f.y(-3.4));
            b.quadTo(f.x(side * 3.6), f.y(-4.2), f.x(side * 0.8), f.y(-2.9));
            b.closePath();
            a.add(new Area(b));
        }
        return a;
    }

    /**
     * The opening below the eyes: a line under the eyes from the face's edge to the side of the
     * nose, the cowl's nose piece between, then down the face's edge, a little inside it, to the
     * jaw, and round under the chin.
     */
    static Path2D.Double opening(FacePose f) {
        List<Point2D.Double> pts = new ArrayList<>();
        double[][] under = {{-0.55, -1.05}, {-1.3, -1.55}, {-2.5, -1.65}, {-3.8, -1.55}, {-5.2, -1.35},
            {-6.5, -0.9}};
        for (int i = 0; i < under.length; i++) {
            pts.add(f.at(under[i][0], under[i][1]));
        }
        // Down the face's right side (picture left), from the cheek to the jaw, then round the chin.
        // FACE_OVAL runs 27 (beside the subject's right cheek) down to 18 (the chin) and up to 9.
        for (int j = 27; j >= 9; j--) {
            double chin = Math.cos((j - 18) * Math.PI / 18); // 1 at the chin
            double k = j >= 11 && j <= 25 ? 0.06 + 0.04 * chin : -0.03;
            pts.add(f.ring(j, k));
        }
        for (int i = under.length - 1; i >= 0; i--) {
            pts.add(f.at(-under[i][0], under[i][1]));
        }
        pts.add(f.at(0, -0.75));
        return LayoutCanvas.closedCurve(pts);
    }

    /** A hero's eye opening round one eye (side −1: the subject's right, on the picture's left). */
    static Path2D.Double eyeHole(FacePose f, int side) {
        int[] eye = side < 0 ? PaintedHead.RIGHT_EYE : PaintedHead.LEFT_EYE;
        // Landmarks: 0 outer corner, 4 top, 8 inner corner, 12 bottom (see PaintedHead).
        Point2D.Double outer = f.vertex(eye[0]);
        Point2D.Double top = f.vertex(eye[4]);
        Point2D.Double inner = f.vertex(eye[8]);
        Point2D.Double bottom = f.vertex(eye[12]);
        double s = f.scale;
        double out = side; // outwards along x
        List<Point2D.Double> pts = new ArrayList<>();
        pts.add(new Point2D.Double(inner.x - out * 0.35 * s, inner.y + 0.05 * s));
        pts.add(new Point2D.Double((inner.x + top.x) / 2, top.y - 0.55 * s));
        pts.add(new Point2D.Double(top.x + out * 0.4 * s, top.y - 0.72 * s));
        pts.add(new Point2D.Double(outer.x + out * 1.25 * s, outer.y - 0.95 * s));
        pts.add(new Point2D.Double(outer.x + out * 0.2 * s, outer.y + 0.45 * s));
        pts.add(new Point2D.Double(bottom.x, bottom.y + 0.42 * s));
        pts.add(new Point2D.Double((inner.x + bottom.x) / 2, bottom.y + 0.32 * s));
        return LayoutCanvas.closedCurve(pts);
    }
}
