package app.maskai.masks.templates;

import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * A royal portrait: a jewelled gold crown (a circlet set with stones between rows of pearls,
 * crosses and fleurs-de-lis, arches over a crimson cap, an orb and cross), long auburn hair, an
 * ermine mantle over a crimson robe with a gold collar, before looped crimson drapery with a
 * gold-fringed valance and a tasselled rope.
 */
final class RoyalPainter implements TemplatePainter {
    private static final int CRIMSON = 0x9a1020;

    @Override
    public PaintedHead.Look look(TemplateDesign design) {
        return new PaintedHead.Look(design.hair(), 0x3e5a7a, false);
    }

    @Override
    public void behind(TemplateCanvas c) {
        int seed = c.seed;
        c.fill(c.back, new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT), (x, y) -> {
            // Deep folds: the cloth gathers towards a tie-back on the right, falls freely on the left.
            // Folds a little wider towards the floor, wandering slowly.
            double spread = 1 - 0.25 * y / TemplateCanvas.HEIGHT;
            double phase = x / 30.0 * spread + 1.4 * Math.sin(x / 83.0) + Noise.fbm(x / 90.0, y / 500.0, seed, 3) * 2.5;
            double fold = Math.sin(phase);
            double crest = Math.pow(0.5 + 0.5 * fold, 2.2);
            double deep = Math.pow(0.5 - 0.5 * fold, 3);
            double light = 0.22 + 0.78 * crest - 0.25 * deep;
            double vignette = 1 - 0.45 * Tone.smoothstep(200, 620, Tone.hypot(x - 330, (y - 380) * 0.9));
            double v = light * vignette;
            return TemplateCanvas.rgb(0.06 + 0.62 * v, 0.01 + 0.07 * v * v, 0.02 + 0.10 * v * v);
        });
        valance(c);
        rope(c);
    }

    /** A swagged valance across the top with a gold fringe. */
    private static void valance(TemplateCanvas c) {
        Path2D.Double swag = new Path2D.Double();
        swag.moveTo(0, 0);
        swag.lineTo(TemplateCanvas.WIDTH, 0);
        double[] xs = {720, 540, 360, 180, 0};
        swag.lineTo(720, 80);
        for (int i = 1; i < xs.length; i++) {
            swag.quadTo((xs[i - 1] + xs[i]) / 2, 150, xs[i], 80);
        }
        swag.closePath();
        c.fill(c.back, swag, (x, y) -> {
            double local = ((x % 180) + 180) % 180 / 180.0;
            double sag = 80 + 70 * 4 * local * (1 - local) * 0.5;
            double folds = Math.sin((y / Math.max(30, sag)) * Math.PI * 3 + local * 2);
            double v = 0.35 + 0.45 * (0.5 + 0.5 * folds) * (0.6 + 0.4 * Math.sin(local * Math.PI));
            return TemplateCanvas.rgb(0.06 + 0.62 * v, 0.01 + 0.06 * v, 0.02 + 0.09 * v);
        });
        c.castShadow(c.back, swag, 0, 8, 7, 0.5);
        Graphics2D g = TemplateCanvas.graphics(c.back);
        // The fringe: short gold threads hanging from the swag's lower edge.
        for (int x = 0; x < TemplateCanvas.WIDTH; x += 3) {
            double local = (x % 180) / 180.0;
            double edge = 80 + 70 * 4 * local * (1 - local) * 0.5 * 2 * 0.5;
            double len = 16 + 3 * Math.sin(x * 0.7);
            g.setColor(TemplateCanvas.awt(TemplateCanvas.lerp(0x8a5a10, 0xf2c860, 0.5 + 0.5 * Math.sin(x * 1.3)), 1));
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x, edge - 2, x + 0.5, edge + len));
        }
        g.dispose();
        Path2D.Double band = new Path2D.Double();
        band.moveTo(720, 80);
        for (int i = 1; i < xs.length; i++) {
            band.quadTo((xs[i - 1] + xs[i]) / 2, 150, xs[i], 80);
        }
        Area braid = new Area(new BasicStroke(7f).createStrokedShape(band));
        Relief.paint(c.back, braid, 2, 1, Relief.FLAT, Metal.GOLD);
    }

    /** A gold rope with a tassel hanging on the left. */
    private static void rope(TemplateCanvas c) {
        Path2D.Double rope = new Path2D.Double();
        rope.moveTo(-10, 120);
        rope.curveTo(40, 260, 70, 380, 78, 470);
        Area r = new Area(new BasicStroke(11f).createStrokedShape(rope));
        c.castShadow(c.back, r, 4, 6, 5, 0.5);
        Relief.paint(c.back, r, 3, 1, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double twist = 0.5 + 0.5 * Math.sin((x + y * 1.7) * 0.55);
            return Metal.GOLD.rgb(x, y, nx, ny, nz, h, 0.55 + 0.6 * twist);
        });
        Path2D.Double tassel = new Path2D.Double();
        tassel.moveTo(70, 470);
        tassel.curveTo(58, 520, 50, 560, 48, 600);
        tassel.lineTo(110, 600);
        tassel.curveTo(106, 560, 98, 520, 86, 470);
        tassel.closePath();
        c.castShadow(c.back, tassel, 4, 6, 5, 0.5);
        Relief.paint(c.back, tassel, 5, 1, Relief.cylinder(79, 30, 0.9), (x, y, nx, ny, nz, h) -> {
            double thread = 0.6 + 0.4 * Math.abs(Math.sin(x * 0.9));
            return Metal.GOLD.rgb(x, y, nx, ny, nz, h, thread);
        });
        Ellipse2D.Double knob = TemplateCanvas.ellipse(78, 470, 16, 14);
        Relief.paint(c.back, knob, 4, 1, Relief.dome(78, 470, 16, 14, 1), Metal.GOLD);
    }

    @Override
    public void over(TemplateCanvas c) {
        robe(c);
        ermine(c);
        hair(c);
        crown(c);
    }

    /** The crimson robe seen at the chest, with a gold collar of office over it. */
    private static void robe(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(f.x(-24), f.y(40));
        body.lineTo(f.x(-23), f.y(20));
        body.curveTo(f.x(-20), f.y(14), f.x(-12), f.y(12.2), f.x(-5), f.y(11.5));
        body.lineTo(f.x(5), f.y(11.5));
        body.curveTo(f.x(12), f.y(12.2), f.x(20), f.y(14), f.x(23), f.y(20));
        body.lineTo(f.x(24), f.y(40));
        body.closePath();
        int seed = c.seed;
        Relief.paint(c.over, body, f.px(1.5), 0.8, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.3);
            double fold = 0.5 + 0.5 * Math.sin((x - f.x(0)) / f.px(1.1));
            double pile = (Noise.fbm(x * 0.12, y * 0.12, seed + 3, 2) - 0.5) * 0.04;
            double v = 0.30 + 0.5 * d * (0.7 + 0.3 * fold) + pile;
            float[] col = TemplateCanvas.colour(CRIMSON);
            return TemplateCanvas.rgb(col, v * 1.2, 0);
        });
    }

    /** The ermine mantle: white fur with black tail tips, round the shoulders, open at the front. */
    private static void ermine(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double mantle = new Path2D.Double();
        mantle.moveTo(f.x(-26), f.y(40));
        mantle.lineTo(f.x(-25), f.y(21));
        mantle.curveTo(f.x(-22), f.y(14), f.x(-14), f.y(11.3), f.x(-6.2), f.y(10.4));
        mantle.curveTo(f.x(-4), f.y(13), f.x(-3.2), f.y(16), f.x(-3.6), f.y(20));
        mantle.curveTo(f.x(-4.6), f.y(26), f.x(-6.5), f.y(32), f.x(-7.5), f.y(40));
        mantle.closePath();
        Area fur = new Area(mantle);
        fur.add(new Area(AffineTransform.getScaleInstance(-1, 1).createTransformedShape(
                AffineTransform.getTranslateInstance(-2 * f.x(0), 0).createTransformedShape(mantle))));
        c.castShadow(c.over, fur, f.px(0.3), f.px(0.6), f.px(0.8), 0.5);
        Relief.Form form = Relief.dome(f.x(0), f.y(22), f.px(26), f.px(14), 0.8);
        int seed = c.seed;
        Relief.paint(c.over, fur, f.px(1.6), 1.0, form, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.4);
            double tuft = Noise.fbm(x / 6.0, y / 6.0, seed + 14, 3);
            double v = 0.58 + 0.36 * d + (tuft - 0.5) * 0.12;
            return TemplateCanvas.rgb(v * 0.99, v * 0.97, v * 0.93);
        });
        Strands.draw(c.over, fur, (x, y) -> Math.PI / 2 + 0.5 * Math.sin(x / 23.0 + y / 31.0), form,
                new Strands.Style(0xccc4b8, 0xffffff, f.px(0.7), 1.1, 0.3, 1600), c.seed + 15);
        // Black tail tips in a quincunx.
        Graphics2D g = TemplateCanvas.graphics(c.over);
        g.clip(fur);
        double step = f.px(4.0);
        int row = 0;
        for (double y = f.y(11); y < TemplateCanvas.HEIGHT + step; y += step * 0.8, row++) {
            for (double x = (row % 2) * step / 2 - step; x < TemplateCanvas.WIDTH + step; x += step) {
                if (!fur.contains(x, y)) {
                    continue;
                }
                Path2D.Double tail = new Path2D.Double();
                double s = f.px(0.5);
                tail.moveTo(x, y - s * 1.2);
                tail.curveTo(x + s * 0.7, y - s * 0.2, x + s * 0.5, y + s * 0.9, x, y + s * 1.4);
                tail.curveTo(x - s * 0.5, y + s * 0.9, x - s * 0.7, y - s * 0.2, x, y - s * 1.2);
                g.setColor(TemplateCanvas.awt(0x241c18, 0.85));
                g.fill(tail);
                g.setColor(TemplateCanvas.awt(0x141010, 0.6));
                g.setStroke(new BasicStroke(1f));
                g.draw(new Line2D.Double(x - s * 0.6, y - s * 1.2, x, y - s * 0.4));
                g.draw(new Line2D.Double(x + s * 0.6, y - s * 1.2, x, y - s * 0.4));
            }
        }
        g.dispose();
        // A gold collar of office across the mantle.
        for (int i = 0; i < 23; i++) {
            double t = i / 22.0;
            double a = Math.PI * (0.08 + 0.84 * t);
            double x = f.x(-10.5 * Math.cos(a));
            double y = f.y(12.4 + 6.5 * Math.sin(a));
            Ellipse2D.Double link = TemplateCanvas.ellipse(x, y, f.px(0.62), f.px(0.62));
            c.castShadow(c.over, link, 1.5, 2.5, 2, 0.5);
            Relief.paint(c.over, link, 2, 1, Relief.dome(x, y, f.px(0.62), f.px(0.62), 0.7), Metal.GOLD);
            if (i % 2 == 0) {
                Ellipse2D.Double gem = TemplateCanvas.ellipse(x, y, f.px(0.3), f.px(0.3));
                Relief.paint(c.over, gem, 1, 1, Relief.dome(x, y, f.px(0.3), f.px(0.3), 1),
                        i % 4 == 0 ? Jewels.RUBY : Jewels.EMERALD);
            }
        }
    }

    /** Long auburn hair from under the crown, past the ears to the shoulders. */
    private static void hair(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double mass = new Path2D.Double();
        mass.moveTo(f.x(-6), f.y(-10.5));
        mass.curveTo(f.x(-11.8), f.y(-8), f.x(-12.2), f.y(2), f.x(-11.4), f.y(8));
        mass.curveTo(f.x(-11.0), f.y(12), f.x(-13), f.y(15), f.x(-11.5), f.y(17.5));
        mass.curveTo(f.x(-9), f.y(16.5), f.x(-6.5), f.y(13), f.x(-5.0), f.y(9));
        mass.lineTo(f.x(5.0), f.y(9));
        mass.curveTo(f.x(6.5), f.y(13), f.x(9), f.y(16.5), f.x(11.5), f.y(17.5));
        mass.curveTo(f.x(13), f.y(15), f.x(11.0), f.y(12), f.x(11.4), f.y(8));
        mass.curveTo(f.x(12.2), f.y(2), f.x(11.8), f.y(-8), f.x(6), f.y(-10.5));
        mass.closePath();
        Area hair = new Area(mass);
        hair.subtract(new Area(f.hairline()));
        hair.subtract(new Area(PaintedHead.neckShape(f)));
        int dark = TemplateCanvas.lerp(c.design.hair(), 0x000000, 0.5);
        int light = TemplateCanvas.lerp(c.design.hair(), 0xf0a060, 0.5);
        c.castShadow(c.over, hair, f.px(0.3), f.px(0.5), f.px(0.7), 0.45);
        Relief.Form form = Relief.dome(f.x(0), f.y(0), f.px(12), f.px(15), 1);
        Relief.paint(c.over, hair, f.px(0.8), 0.8, form, (x, y, nx, ny, nz, h) ->
                TemplateCanvas.lerp(dark, light, 0.2 + 0.4 * Light.wrapped(nx, ny, nz, 0.3)));
        Point2D.Double top = f.at(0, -14);
        Strands.draw(c.over, hair, (x, y) -> {
            double a = Math.atan2(y - top.y, x - top.x);
            return a + 0.35 * Math.sin((y - top.y) / f.px(2.2)) * (x < f.x(0) ? 1 : -1);
        }, form, new Strands.Style(dark, light, f.px(7), 1.6, 0.55, 3200), c.seed + 16);
    }

    /** The crown: circlet, jewels, pearls, crosses and fleurs-de-lis, arches over a velvet cap, orb. */
    private static void crown(TemplateCanvas c) {
        FacePose f = c.face;
        double cx = f.x(0);
        // Velvet cap inside the arches.
        Ellipse2D.Double cap = TemplateCanvas.ellipse(cx, f.y(-12.6), f.px(8.4), f.px(4.6));
        int seed = c.seed;
        Relief.paint(c.over, cap, f.px(1.2), 1, Relief.dome(cx, f.y(-12.6), f.px(8.4), f.px(4.6), 0.9),
                (x, y, nx, ny, nz, h) -> {
                    double d = Light.wrapped(nx, ny, nz, 0.3);
                    double sheen = Math.pow(1 - nz, 1.5) * 0.25;
                    double pile = (Noise.value(x * 0.2, y * 0.2, seed + 20) - 0.5) * 0.04;
                    double v = 0.25 + 0.55 * d + pile;
                    return TemplateCanvas.rgb(0.62 * v + sheen, 0.05 * v + sheen * 0.3, 0.08 * v + sheen * 0.3);
                });
        // Arches: gold bands from the circlet up over the cap to the orb.
        double[] feet = {-7.6, -3.6, 3.6, 7.6};
        for (double fx : feet) {
            Path2D.Double arch = new Path2D.Double();
            arch.moveTo(f.x(fx), f.y(-10.6));
            arch.curveTo(f.x(fx * 1.05), f.y(-15.5), f.x(fx * 0.35), f.y(-16.9), f.x(0), f.y(-16.9));
            Area band = new Area(new BasicStroke((float) f.px(0.8), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    .createStrokedShape(arch));
            c.castShadow(c.over, band, 2, 3, 2.5, 0.45);
            Relief.paint(c.over, band, f.px(0.25), 1.1, Relief.FLAT, Metal.GOLD);
            for (int i = 1; i < 6; i++) {
                double t = i / 6.0;
                double px = bezier(f.x(fx), f.x(fx * 1.05), f.x(fx * 0.35), f.x(0), t);
                double py = bezier(f.y(-10.6), f.y(-15.5), f.y(-16.9), f.y(-16.9), t);
                pearl(c, px, py, f.px(0.28));
            }
        }
        // Orb and cross on top.
        double oy = f.y(-18.0);
        Ellipse2D.Double orb = TemplateCanvas.ellipse(cx, oy, f.px(1.2), f.px(1.2));
        Relief.paint(c.over, orb, 3, 1, Relief.dome(cx, oy, f.px(1.2), f.px(1.2), 1), Metal.GOLD);
        crossPattee(c, cx, oy - f.px(2.2), f.px(1.0));
        // The circlet with stones.
        Path2D.Double circlet = new Path2D.Double();
        circlet.moveTo(f.x(-9.3), f.y(-11.2));
        circlet.quadTo(cx, f.y(-9.2), f.x(9.3), f.y(-11.2));
        circlet.lineTo(f.x(9.0), f.y(-8.7));
        circlet.quadTo(cx, f.y(-6.6), f.x(-9.0), f.y(-8.7));
        circlet.closePath();
        // Points above it: crosses and fleurs-de-lis.
        double[] xs = {-7.6, -3.8, 0, 3.8, 7.6};
        for (int i = 0; i < xs.length; i++) {
            double px = f.x(xs[i]);
            double base = f.y(-10.3 - 0.9 * (1 - Math.abs(xs[i]) / 8));
            if (i % 2 == 0) {
                crossPattee(c, px, base - f.px(1.6), f.px(1.3 * (i == 2 ? 1.15 : 0.9)));
            } else {
                fleur(c, px, base, f.px(1.9));
            }
        }
        c.castShadow(c.over, circlet, 0, f.px(0.45), f.px(0.5), 0.55);
        Relief.paint(c.over, circlet, f.px(0.3), 1.0, Relief.cylinder(cx, f.px(9.6), 0.8), Metal.GOLD);
        // Pearls along both edges, stones between.
        for (int i = 0; i <= 16; i++) {
            double t = i / 16.0;
            double x = f.x(-8.9 + 17.8 * t);
            double top = bezierQ(f.y(-11.2), f.y(-9.2), f.y(-11.2), t) + f.px(0.35);
            double bottom = bezierQ(f.y(-8.7), f.y(-6.6), f.y(-8.7), t) - f.px(0.35);
            pearl(c, x, top, f.px(0.24));
            pearl(c, x, bottom, f.px(0.24));
        }
        Jewels[] stones = {Jewels.SAPPHIRE, Jewels.EMERALD, Jewels.RUBY, Jewels.EMERALD, Jewels.SAPPHIRE};
        for (int i = 0; i < 5; i++) {
            double t = 0.1 + 0.8 * i / 4.0;
            double x = f.x(-8.9 + 17.8 * t);
            double mid = (bezierQ(f.y(-11.2), f.y(-9.2), f.y(-11.2), t) + bezierQ(f.y(-8.7), f.y(-6.6), f.y(-8.7), t))
                    / 2;
            double rx = f.px(i == 2 ? 0.85 : 0.65);
            double ry = f.px(i == 2 ? 0.7 : 0.55);
            Ellipse2D.Double setting = TemplateCanvas.ellipse(x, mid, rx * 1.3, ry * 1.3);
            Relief.paint(c.over, setting, 1.5, 1, Relief.dome(x, mid, rx * 1.3, ry * 1.3, 0.8), Metal.GOLD);
            Ellipse2D.Double stone = TemplateCanvas.ellipse(x, mid, rx, ry);
            Relief.paint(c.over, stone, 2, 1.2, Relief.dome(x, mid, rx, ry, 0.9), stones[i]);
        }
        // The ermine band under the circlet, over the brow of the hair.
        Path2D.Double band = new Path2D.Double();
        band.moveTo(f.x(-9.6), f.y(-8.9));
        band.quadTo(cx, f.y(-6.8), f.x(9.6), f.y(-8.9));
        band.lineTo(f.x(9.2), f.y(-7.8));
        band.quadTo(cx, f.y(-5.9), f.x(-9.2), f.y(-7.8));
        band.closePath();
        Area trim = new Area(band);
        trim.subtract(new Area(circlet));
        Relief.paint(c.over, trim, f.px(0.4), 0.8, Relief.cylinder(cx, f.px(9.8), 0.8), (x, y, nx, ny, nz, h) -> {
            double v = 0.6 + 0.35 * Light.wrapped(nx, ny, nz, 0.4) + (Noise.value(x * 0.15, y * 0.15, seed + 22) - 0.5) * 0.06;
            return TemplateCanvas.rgb(v, v * 0.98, v * 0.94);
        });
    }

    private static void pearl(TemplateCanvas c, double x, double y, double r) {
        Ellipse2D.Double p = TemplateCanvas.ellipse(x, y, r, r);
        Relief.paint(c.over, p, Math.max(0.8, r * 0.3), 1, Relief.dome(x, y, r, r, 1), Jewels.PEARL);
    }

    /** A cross pattée (arms flaring to their ends) centred at (x, y). */
    private static void crossPattee(TemplateCanvas c, double x, double y, double r) {
        Path2D.Double cross = new Path2D.Double();
        double n = r * 0.2;
        double e = r * 0.5;
        // Round the centre: each arm narrow at the middle (n) and flared at its end (e).
        cross.moveTo(x - n, y - n);
        cross.lineTo(x - e, y - r);
        cross.lineTo(x + e, y - r);
        cross.lineTo(x + n, y - n);
        cross.lineTo(x + r, y - e);
        cross.lineTo(x + r, y + e);
        cross.lineTo(x + n, y + n);
        cross.lineTo(x + e, y + r);
        cross.lineTo(x - e, y + r);
        cross.lineTo(x - n, y + n);
        cross.lineTo(x - r, y + e);
        cross.lineTo(x - r, y - e);
        cross.closePath();
        c.castShadow(c.over, cross, 2, 3, 2.5, 0.45);
        Relief.paint(c.over, cross, Math.max(1, r * 0.12), 1, Relief.FLAT, Metal.GOLD);
        Ellipse2D.Double gem = TemplateCanvas.ellipse(x, y, r * 0.25, r * 0.25);
        Relief.paint(c.over, gem, 1, 1, Relief.dome(x, y, r * 0.25, r * 0.25, 1), Jewels.RUBY);
    }

    /** A fleur-de-lis standing on (x, base), {@code h} tall. */
    private static void fleur(TemplateCanvas c, double x, double base, double h) {
        Area lis = new Area();
        Path2D.Double petal = new Path2D.Double();
        petal.moveTo(x, base - h * 1.25);
        petal.curveTo(x + h * 0.38, base - h * 0.85, x + h * 0.28, base - h * 0.35, x, base - h * 0.12);
        petal.curveTo(x - h * 0.28, base - h * 0.35, x - h * 0.38, base - h * 0.85, x, base - h * 1.25);
        petal.closePath();
        lis.add(new Area(petal));
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double curl = new Path2D.Double();
            curl.moveTo(x + side * h * 0.1, base - h * 0.25);
            curl.curveTo(x + side * h * 0.55, base - h * 0.95, x + side * h * 1.05, base - h * 0.7, x + side * h * 0.8,
                    base - h * 0.35);
            curl.curveTo(x + side * h * 0.7, base - h * 0.55, x + side * h * 0.45, base - h * 0.5, x + side * h * 0.3,
                    base - h * 0.1);
            curl.closePath();
            lis.add(new Area(curl));
        }
        lis.add(new Area(new Rectangle2D.Double(x - h * 0.45, base - h * 0.32, h * 0.9, h * 0.18)));
        lis.add(new Area(new Rectangle2D.Double(x - h * 0.12, base - h * 0.2, h * 0.24, h * 0.4)));
        c.castShadow(c.over, lis, 2, 3, 2.5, 0.45);
        Relief.paint(c.over, lis, Math.max(1, h * 0.08), 1.1, Relief.FLAT, Metal.GOLD);
    }

    private static double bezier(double a, double b, double c, double d, double t) {
        double u = 1 - t;
        return u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
    }

    private static double bezierQ(double a, double b, double c, double t) {
        double u = 1 - t;
        return u * u * a + 2 * u * t * b + t * t * c;
    }
}
