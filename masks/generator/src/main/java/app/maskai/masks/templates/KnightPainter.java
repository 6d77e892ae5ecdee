package app.maskai.masks.templates;

import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A knight: an open-faced steel bascinet with a rolled, riveted edge round the face, a mail
 * aventail from its lower edge over the jaw, neck and shoulders, a blue surcoat charged with a
 * shield (azure, a chevron or between three mullets argent), before a crenellated castle wall.
 */
final class KnightPainter implements TemplatePainter {
    /** The top of the wall's walkway, pixels; above it the merlons and the sky. */
    private static final double WALL_TOP = 210;
    private static final double COURSE = 46;

    @Override
    public PaintedHead.Look look(TemplateDesign design) {
        return new PaintedHead.Look(design.hair(), 0x4a3422, false);
    }

    @Override
    public void behind(TemplateCanvas c) {
        int seed = c.seed;
        c.fill(c.back, new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT), (x, y) -> {
            if (!stone(x, y)) {
                double t = y / WALL_TOP;
                double cloud = Tone.smoothstep(0.45, 0.75, Noise.fbm(x / 140.0, y / 60.0, seed + 1, 5));
                double r = 0.50 + 0.35 * t;
                double g = 0.66 + 0.20 * t;
                double b = 0.88 - 0.05 * t;
                return TemplateCanvas.rgb(r + cloud * (1 - r) * 0.7, g + cloud * (1 - g) * 0.7,
                        b + cloud * (1 - b) * 0.6);
            }
            return wall(x, y, seed);
        });
    }

    /** Whether (x, y) is wall: below the walkway, or in a merlon above it. */
    private static boolean stone(int x, int y) {
        if (y >= WALL_TOP) {
            return true;
        }
        double period = 150;
        double pos = ((x + 40) % period + period) % period;
        return y >= WALL_TOP - 70 && pos < 92;
    }

    /** Ashlar: courses of dressed blocks, each a little bulged and of its own tone, in mortar. */
    private static int wall(int x, int y, int seed) {
        int row = (int) Math.floor((y - WALL_TOP + 3 * COURSE) / COURSE);
        double inRow = (y - WALL_TOP + 3 * COURSE) - row * COURSE;
        double width = 92 + 30 * Noise.hash(row, 3, seed);
        double shift = width * Noise.hash(row, 4, seed);
        int col = (int) Math.floor((x + shift) / width);
        double inCol = (x + shift) - col * width;
        double mortar = 2.2;
        double edge = Math.min(Math.min(inRow, COURSE - inRow), Math.min(inCol, width - inCol));
        double tone = Noise.hash(row, col, seed + 5);
        double grain = Noise.fbm(x / 9.0, y / 9.0, seed + 6, 4);
        double stain = Noise.fbm(x / 120.0, y / 80.0, seed + 7, 3);
        double base = 0.50 + 0.16 * tone + 0.14 * (grain - 0.5) - 0.16 * Tone.smoothstep(0.5, 0.8, stain);
        // The block's bevel: lit on its top and left, shaded on its bottom and right.
        double bevel = 6;
        double lit = Tone.smoothstep(bevel, 0, inRow) * 0.14 + Tone.smoothstep(bevel, 0, inCol) * 0.08
                - Tone.smoothstep(bevel, 0, COURSE - inRow) * 0.22 - Tone.smoothstep(bevel, 0, width - inCol) * 0.14;
        double v = base + lit;
        if (edge < mortar) {
            v = 0.30 + 0.08 * grain;
        }
        // Darker low down and in the merlons' shade.
        v *= 0.85 + 0.15 * Tone.smoothstep(900, 300, y);
        return TemplateCanvas.rgb(v * 1.02, v * 0.98, v * 0.90);
    }

    @Override
    public void over(TemplateCanvas c) {
        surcoat(c);
        aventail(c);
        helmet(c);
    }

    /** A blue surcoat with gold edging, the arms on a shield at the chest. */
    private static void surcoat(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(f.x(-24), f.y(40));
        body.lineTo(f.x(-23.5), f.y(22));
        body.curveTo(f.x(-22.5), f.y(16.5), f.x(-16), f.y(14), f.x(-8), f.y(13));
        body.lineTo(f.x(8), f.y(13));
        body.curveTo(f.x(16), f.y(14), f.x(22.5), f.y(16.5), f.x(23.5), f.y(22));
        body.lineTo(f.x(24), f.y(40));
        body.closePath();
        int seed = c.seed;
        Relief.paint(c.over, body, f.px(1.8), 0.8, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.4);
            double fold = 0.08 * Math.sin((x - f.x(0)) / f.px(1.3) + Math.sin(y / 40.0));
            double weave = (Noise.value(x * 0.2, y * 0.2, seed + 9) - 0.5) * 0.025;
            double v = 0.35 + 0.5 * d + fold + weave;
            return TemplateCanvas.rgb(0.10 * v, 0.20 * v, 0.55 * v);
        });
        shield(c, f.x(0), f.y(21.2), f.px(4.9));
    }

    /** Azure, a chevron or between three mullets argent, on a heater shield. */
    private static void shield(TemplateCanvas c, double cx, double top, double half) {
        Path2D.Double s = new Path2D.Double();
        s.moveTo(cx - half, top);
        s.lineTo(cx + half, top);
        s.lineTo(cx + half, top + half * 0.9);
        s.curveTo(cx + half, top + half * 1.6, cx + half * 0.4, top + half * 2.0, cx, top + half * 2.25);
        s.curveTo(cx - half * 0.4, top + half * 2.0, cx - half, top + half * 1.6, cx - half, top + half * 0.9);
        s.closePath();
        c.castShadow(c.over, s, 3, 4, 4, 0.45);
        Relief.paint(c.over, s, 3, 0.9, Relief.FLAT, Metal.GOLD);
        Area field = new Area(s);
        Area inner = new Area(AffineTransform.getTranslateInstance(cx, top + half)
                .createTransformedShape(AffineTransform.getScaleInstance(0.86, 0.88)
                        .createTransformedShape(AffineTransform.getTranslateInstance(-cx, -top - half)
                                .createTransformedShape(s))));
        field.intersect(inner);
        Relief.paint(c.over, field, 2, 0.4, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.4);
            return TemplateCanvas.rgb(0.08 + 0.1 * d, 0.16 + 0.16 * d, 0.45 + 0.3 * d);
        });
        Path2D.Double chevron = new Path2D.Double();
        double w = half * 0.24;
        chevron.moveTo(cx - half, top + half * 1.55);
        chevron.lineTo(cx, top + half * 0.55);
        chevron.lineTo(cx + half, top + half * 1.55);
        Area chev = new Area(new BasicStroke((float) (2 * w)).createStrokedShape(chevron));
        chev.intersect(inner);
        Relief.paint(c.over, chev, 2.5, 0.9, Relief.FLAT, Metal.GOLD);
        double[][] stars = {{-0.5, 0.45}, {0.5, 0.45}, {0, 1.55}};
        for (double[] st : stars) {
            Path2D.Double star = TemplateCanvas.star(cx + st[0] * half, top + st[1] * half + half * 0.08,
                    half * 0.2, half * 0.085, 5);
            Relief.paint(c.over, star, 1.2, 0.8, Relief.FLAT, Metal.STEEL);
        }
    }

    /**
     * The aventail: mail hanging from the helmet's lower edge over the jaw, the neck and the
     * shoulders, open for the face.
     */
    private static void aventail(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double hang = new Path2D.Double();
        hang.moveTo(f.x(-9.6), f.y(-2));
        hang.curveTo(f.x(-10.5), f.y(6), f.x(-15), f.y(12), f.x(-20), f.y(15.5));
        hang.curveTo(f.x(-14), f.y(19.5), f.x(-6), f.y(19.8), f.x(0), f.y(19.8));
        hang.curveTo(f.x(6), f.y(19.8), f.x(14), f.y(19.5), f.x(20), f.y(15.5));
        hang.curveTo(f.x(15), f.y(12), f.x(10.5), f.y(6), f.x(9.6), f.y(-2));
        hang.closePath();
        Area mail = new Area(hang);
        mail.subtract(new Area(faceOpening(f)));
        c.castShadow(c.over, mail, 0, f.px(0.6), f.px(0.8), 0.5);
        Relief.Form form = Relief.dome(f.x(0), f.y(8), f.px(20), f.px(14), 0.9);
        double cx = f.x(0);
        double fold = f.px(1.7);
        Relief.paint(c.over, mail, f.px(0.5), 0.8, form, (x, y, nx, ny, nz, h) -> {
            // The mail hangs in soft vertical folds, deeper towards the shoulders.
            double drape = 0.45 * Math.sin((x - cx) / fold) * Tone.smoothstep(f.y(4), f.y(14), y);
            double len = Math.sqrt((nx + drape) * (nx + drape) + ny * ny + nz * nz);
            return mail(x, y, (nx + drape) / len, ny / len, nz / len);
        });
        // A row of brass rings at the hem.
        for (int i = -9; i <= 9; i++) {
            double t = i / 9.0;
            double x = f.x(t * 19.2);
            double y = f.y(19.8 - 4.3 * Math.pow(Math.abs(t), 2.4));
            Ellipse2D.Double ring = TemplateCanvas.ellipse(x, y, f.px(0.42), f.px(0.42));
            Area r = new Area(ring);
            r.subtract(new Area(TemplateCanvas.ellipse(x, y, f.px(0.2), f.px(0.2))));
            Relief.paint(c.over, r, 1.2, 1, Relief.FLAT, Metal.BRASS);
        }
    }

    /** Riveted mail: staggered rows of round rings, each lower row over the one above. */
    static int mail(int x, int y, double nx, double ny, double nz) {
        double dx = 6.2;
        double dy = 4.4;
        double radius = 3.0;
        double half = 0.85;
        int row = (int) Math.floor(y / dy);
        double best = -1;
        double bestAcross = 0;
        double bestAngle = 0;
        for (int r = row + 2; r >= row - 1 && best < 0; r--) {
            double off = (r & 1) == 0 ? 0 : dx / 2;
            int col = (int) Math.floor((x - off) / dx);
            for (int k = col - 1; k <= col + 1; k++) {
                double cx = k * dx + off + dx / 2;
                double cy = r * dy + dy / 2;
                double d = Tone.hypot(x + 0.5 - cx, y + 0.5 - cy);
                double across = (d - radius) / half;
                if (Math.abs(across) < 1) {
                    best = r;
                    bestAcross = across;
                    bestAngle = Math.atan2(y + 0.5 - cy, x + 0.5 - cx);
                    break;
                }
            }
        }
        double form = 0.25 + 0.75 * Light.wrapped(nx, ny, nz, 0.3);
        if (best < 0) {
            return TemplateCanvas.rgb(0.05 * form, 0.05 * form, 0.06 * form);
        }
        // The wire's own normal: round in section, tilted outwards across the ring.
        double t = Math.sqrt(1 - bestAcross * bestAcross);
        double wx = Math.cos(bestAngle) * bestAcross * 0.8 + nx * 0.5;
        double wy = Math.sin(bestAngle) * bestAcross * 0.8 + ny * 0.5;
        double wz = t + nz * 0.5;
        double len = Math.sqrt(wx * wx + wy * wy + wz * wz);
        wx /= len;
        wy /= len;
        wz /= len;
        double v = 0.12 + 0.45 * Light.diffuse(wx, wy, wz) * form + 0.5 * Light.environment(wx, wy, wz) * form * 0.6;
        double spec = Light.specular(wx, wy, wz, 30) * form;
        return TemplateCanvas.rgb(v * 0.92 + spec, v * 0.95 + spec, v + spec);
    }

    /**
     * What the helmet and the aventail leave open: the face from just above the brows, its edge a
     * little covered at the cheeks and jaw, round under the chin.
     */
    static Area faceOpening(FacePose f) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int j = 0; j < 36; j++) {
            double chin = Math.cos((j - 18) * Math.PI / 18);
            pts.add(f.ring(j, chin > 0.5 ? 0.03 : -0.025));
        }
        Area open = new Area(LayoutCanvas.closedCurve(pts));
        open.intersect(new Area(TemplateCanvas.ellipse(f.x(0), f.y(3.2), f.px(12.5), f.px(9.9))));
        return open;
    }

    /** The bascinet: a pointed steel skull with a medial ridge, a rolled edge with rivets, vervelles. */
    private static void helmet(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(f.x(-9.7), f.y(3.5));
        outline.curveTo(f.x(-11.4), f.y(-6), f.x(-11.0), f.y(-13), f.x(0.3), f.y(-18.0));
        outline.curveTo(f.x(11.0), f.y(-13), f.x(11.4), f.y(-6), f.x(9.7), f.y(3.5));
        outline.curveTo(f.x(8.6), f.y(4.6), f.x(7.6), f.y(4.2), f.x(7.0), f.y(3.0));
        outline.lineTo(f.x(-7.0), f.y(3.0));
        outline.curveTo(f.x(-7.6), f.y(4.2), f.x(-8.6), f.y(4.6), f.x(-9.7), f.y(3.5));
        outline.closePath();
        Area helmet = new Area(outline);
        Area opening = faceOpening(f);
        helmet.subtract(opening);
        c.castShadow(c.over, helmet, f.px(0.2), f.px(0.5), f.px(0.5), 0.5);
        Relief.Form dome = Relief.dome(f.x(0), f.y(-5), f.px(10.6), f.px(14), 0.95);
        Metal steel = Metal.STEEL;
        double ridgeX = f.x(0.1);
        Relief.paint(c.over, helmet, f.px(0.4), 0.9, (x, y, out) -> {
            dome.normal(x, y, out);
            // The medial ridge: the surface folds along the middle, above the brow.
            double across = (x - ridgeX) / f.px(1.1);
            if (y < f.y(-6.6) && Math.abs(across) < 1) {
                double tilt = 0.35 * Math.signum(across) * (1 - Math.abs(across));
                Relief.unit(out[0] + tilt, out[1], out[2], out);
            }
        }, steel);
        // The rolled edge round the face.
        Area rim = new Area(new BasicStroke((float) f.px(1.0)).createStrokedShape(opening));
        rim.intersect(new Area(outline));
        rim.subtract(opening);
        Relief.paint(c.over, rim, f.px(0.35), 1.2, Relief.FLAT, steel);
        // Rivets along the rim and vervelles (the aventail's staples) along the lower edge.
        PathIterator it = new Area(AffineTransform.getTranslateInstance(0, 0).createTransformedShape(
                opening)).getPathIterator(null, 0.5);
        double[] p = new double[6];
        double lastX = 1e9;
        double lastY = 1e9;
        Point2D.Double centre = f.ovalCentre();
        while (!it.isDone()) {
            it.currentSegment(p);
            it.next();
            double dx = p[0] - centre.x;
            double dy = p[1] - centre.y;
            double len = Math.sqrt(dx * dx + dy * dy);
            double rx = p[0] + dx / len * f.px(0.95);
            double ry = p[1] + dy / len * f.px(0.95);
            if (Tone.hypot(rx - lastX, ry - lastY) < f.px(1.6) || ry > f.y(2.6)) {
                continue;
            }
            lastX = rx;
            lastY = ry;
            Ellipse2D.Double rivet = TemplateCanvas.ellipse(rx, ry, f.px(0.22), f.px(0.22));
            Relief.paint(c.over, rivet, 1.0, 1, Relief.dome(rx, ry, f.px(0.22), f.px(0.22), 1), Metal.BRASS);
        }
        for (int i = 0; i <= 4; i++) {
            for (int side = -1; side <= 1; side += 2) {
                double vx = f.x(side * (7.6 + i * 0.5));
                double vy = f.y(3.4 + (i == 4 ? 0.6 : i * 0.15));
                Ellipse2D.Double v = TemplateCanvas.ellipse(vx, vy, f.px(0.24), f.px(0.34));
                Relief.paint(c.over, v, 1.0, 1, Relief.dome(vx, vy, f.px(0.24), f.px(0.34), 1), Metal.BRASS);
            }
        }
    }
}
