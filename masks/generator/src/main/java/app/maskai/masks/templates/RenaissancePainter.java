package app.maskai.masks.templates;

import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * A sixteenth-century portrait in oils: a dark umber ground lit warm behind the sitter, a black
 * velvet bonnet over a dark bob of hair, a starched white millstone ruff, a wine-black velvet
 * doublet with a gold chain, all in a carved gilded frame ({@link GildedFrame}).
 */
final class RenaissancePainter implements TemplatePainter {
    @Override
    public PaintedHead.Look look(TemplateDesign design) {
        return new PaintedHead.Look(design.hair(), 0x4a3020, false);
    }

    @Override
    public void behind(TemplateCanvas c) {
        FacePose f = c.face;
        int seed = c.seed;
        Point2D.Double glow = f.at(-6, -4);
        c.fill(c.back, new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT), (x, y) -> {
            double d = Tone.hypot((x - glow.x) / 1.1, y - glow.y) / 430;
            double light = Math.exp(-d * d * 2.2);
            double brush = Noise.fbm(x / 45.0, y / 90.0, seed, 4) - 0.5;
            double v = 0.06 + 0.20 * light + brush * 0.05;
            return TemplateCanvas.rgb(v * 1.25, v * 0.92, v * 0.58);
        });
        // Hair falling behind the neck, under the bob.
        Path2D.Double back = new Path2D.Double();
        back.moveTo(f.x(-9.5), f.y(-6));
        back.curveTo(f.x(-11.2), f.y(0), f.x(-10.6), f.y(8), f.x(-8.5), f.y(11));
        back.lineTo(f.x(8.5), f.y(11));
        back.curveTo(f.x(10.6), f.y(8), f.x(11.2), f.y(0), f.x(9.5), f.y(-6));
        back.closePath();
        Graphics2D g = TemplateCanvas.graphics(c.back);
        g.setColor(TemplateCanvas.awt(TemplateCanvas.lerp(c.design.hair(), 0, 0.55), 1));
        g.fill(back);
        g.dispose();
    }

    @Override
    public void over(TemplateCanvas c) {
        FacePose f = c.face;
        doublet(c);
        ruff(c);
        hair(c);
        bonnet(c);
        craquelure(c);
        GildedFrame.paint(c);
    }

    /** Wine-black velvet over the shoulders: bright where it turns from the light, a gold chain. */
    private static void doublet(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(f.x(-27), f.y(40));
        body.lineTo(f.x(-26), f.y(24));
        body.curveTo(f.x(-24), f.y(16.5), f.x(-16), f.y(13.5), f.x(-8), f.y(12));
        body.lineTo(f.x(8), f.y(12));
        body.curveTo(f.x(16), f.y(13.5), f.x(24), f.y(16.5), f.x(26), f.y(24));
        body.lineTo(f.x(27), f.y(40));
        body.closePath();
        int seed = c.seed;
        Relief.paint(c.over, body, f.px(2.6), 1.0, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.3);
            double sheen = Math.pow(1 - nz, 1.5) * (0.4 + 0.6 * d);
            double pile = (Noise.fbm(x * 0.12, y * 0.12, seed + 3, 2) - 0.5) * 0.04;
            double v = 0.05 + 0.10 * d + pile;
            return TemplateCanvas.rgb(v * 1.4 + sheen * 0.42, v * 0.75 + sheen * 0.16, v * 0.85 + sheen * 0.22);
        });
        // Folds of the velvet and the seams of the sleeves.
        for (int side = -1; side <= 1; side += 2) {
            for (int k = 0; k < 4; k++) {
                Path2D.Double fold = new Path2D.Double();
                double x0 = side * (12 + k * 3.3);
                fold.moveTo(f.x(x0), f.y(15 + k * 0.6));
                fold.curveTo(f.x(x0 + side * 1.5), f.y(22), f.x(x0 - side * 0.5), f.y(28), f.x(x0 + side * 1.2),
                        f.y(36));
                c.crease(c.over, fold, 5, 4, -0.10);
                c.crease(c.over, AffineTransform.getTranslateInstance(side * 5, 0).createTransformedShape(fold), 3, 3,
                        0.35);
            }
        }
        // Gold braid down the front and gold buttons.
        Path2D.Double placket = new Path2D.Double();
        placket.moveTo(f.x(0), f.y(14));
        placket.lineTo(f.x(0), f.y(40));
        Area braid = new Area(new BasicStroke((float) f.px(0.9)).createStrokedShape(placket));
        Relief.paint(c.over, braid, 2, 1, Relief.cylinder(f.x(0), f.px(0.45), 0.9), Metal.GOLD);
        for (int i = 0; i < 6; i++) {
            double by = f.y(16.5 + i * 3.2);
            Ellipse2D.Double button = TemplateCanvas.ellipse(f.x(0), by, f.px(0.55), f.px(0.55));
            Relief.paint(c.over, button, 2, 1, Relief.dome(f.x(0), by, f.px(0.55), f.px(0.55), 1), Metal.GOLD);
        }
        chain(c);
    }

    /** A heavy gold chain hanging across the chest. */
    private static void chain(TemplateCanvas c) {
        FacePose f = c.face;
        int links = 34;
        for (int i = 0; i < links; i++) {
            double t = i / (links - 1.0);
            double a = Math.PI * (0.05 + 0.9 * t);
            double x = f.x(-13.5 * Math.cos(a));
            double y = f.y(15.2 + 9.2 * Math.sin(a));
            double ang = a + Math.PI / 2 + (i % 2 == 0 ? 0 : Math.PI / 2);
            double rx = f.px(i % 2 == 0 ? 0.75 : 0.45);
            double ry = f.px(i % 2 == 0 ? 0.45 : 0.75);
            Ellipse2D.Double e = TemplateCanvas.ellipse(x, y, rx, ry);
            Area link = new Area(AffineTransform.getRotateInstance(ang - Math.PI / 2, x, y).createTransformedShape(e));
            Ellipse2D.Double hole = TemplateCanvas.ellipse(x, y, rx * 0.45, ry * 0.45);
            link.subtract(new Area(AffineTransform.getRotateInstance(ang - Math.PI / 2, x, y).createTransformedShape(hole)));
            c.castShadow(c.over, link, 2, 3, 2, 0.5);
            Relief.paint(c.over, link, 1.6, 1.2, Relief.FLAT, Metal.GOLD);
        }
        // The pendant: a gold medallion with a red stone.
        double px = f.x(0);
        double py = f.y(25.6);
        Ellipse2D.Double medal = TemplateCanvas.ellipse(px, py, f.px(1.7), f.px(2.0));
        c.castShadow(c.over, medal, 3, 4, 3, 0.55);
        Relief.paint(c.over, medal, 3, 1.1, Relief.dome(px, py, f.px(1.7), f.px(2.0), 0.5), Metal.GOLD);
        Ellipse2D.Double stone = TemplateCanvas.ellipse(px, py, f.px(0.8), f.px(1.0));
        Relief.paint(c.over, stone, 2.5, 1.2, Relief.dome(px, py, f.px(0.8), f.px(1.0), 0.9), Jewels.RUBY);
    }

    /**
     * A millstone ruff: a ring of starched pleats round the neck, each a tube lit on its crown and
     * grey in its fold, scalloped at the rim. The part behind the neck is hidden by the neck.
     */
    private static void ruff(TemplateCanvas c) {
        FacePose f = c.face;
        double cx = f.x(0);
        double cy = f.y(11.8);
        double rx = f.px(11.6);
        double ry = f.px(4.3);
        int pleats = 46;
        Path2D.Double outline = new Path2D.Double();
        for (int i = 0; i <= 720; i++) {
            double a = i * Math.PI / 360;
            double scallop = 1 - 0.035 * (1 - Math.abs(Math.cos(pleats * a / 2)));
            double x = cx + rx * scallop * Math.cos(a);
            double y = cy + ry * scallop * Math.sin(a);
            if (i == 0) {
                outline.moveTo(x, y);
            } else {
                outline.lineTo(x, y);
            }
        }
        outline.closePath();
        Area ruff = new Area(outline);
        ruff.subtract(new Area(TemplateCanvas.ellipse(cx, cy - f.px(0.4), f.px(5.0), f.px(1.6))));
        Area neck = new Area(new Rectangle2D.Double(f.x(-5.3), 0, f.px(10.6), cy - f.px(0.4)));
        ruff.subtract(neck);
        ruff.subtract(new Area(f.ringPolygon(0.04)));
        c.castShadow(c.over, ruff, 0, f.px(0.9), f.px(0.8), 0.55);
        int seed = c.seed;
        c.fill(c.over, ruff, (x, y) -> {
            double u = (x + 0.5 - cx) / rx;
            double v = (y + 0.5 - cy) / ry;
            double r = Math.sqrt(u * u + v * v);
            double a = Math.atan2(v, u);
            double phase = pleats * a / 2;
            double tube = Math.abs(Math.cos(phase));
            // Across the ring each pleat is a tube: its crown catches the light, its fold is grey.
            double crown = Math.pow(tube, 0.45);
            double ringLight = 0.75 + 0.25 * Math.max(0, -v * 0.6 - u * 0.4);
            double inner = Tone.smoothstep(0.42, 0.75, r);
            double side = Math.sin(phase) * Math.cos(phase) > 0 ? 1.0 : 0.86;
            double grain = (Noise.value(x * 0.2, y * 0.2, seed + 8) - 0.5) * 0.03;
            double l = (0.42 + 0.55 * crown * side) * ringLight * (0.7 + 0.3 * inner) + grain;
            return TemplateCanvas.rgb(l * 0.98, l * 0.98, l * 0.95 + 0.03);
        });
        // The rim of each pleat, a faint grey line, and the shade the chin casts.
        c.crease(c.over, outline, 1.0, 0.6, 0.25);
        Area under = new Area(AffineTransform.getTranslateInstance(0, f.px(1.8)).createTransformedShape(
                f.ringPolygon(0.0)));
        c.shade(c.over, Mask.of(under, (int) f.px(2), TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT)
                .blurred(f.px(0.9)), 0.4, 0x101018);
    }

    /** A dark bob falling from under the bonnet to the jaw, over the ears. */
    private static void hair(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double mass = new Path2D.Double();
        mass.moveTo(f.x(-6.5), f.y(-11.0));
        mass.curveTo(f.x(-11.6), f.y(-8), f.x(-11.6), f.y(3), f.x(-10.6), f.y(8.6));
        mass.curveTo(f.x(-10.2), f.y(11.2), f.x(-7.4), f.y(11.4), f.x(-5.6), f.y(10.4));
        mass.lineTo(f.x(5.6), f.y(10.4));
        mass.curveTo(f.x(7.4), f.y(11.4), f.x(10.2), f.y(11.2), f.x(10.6), f.y(8.6));
        mass.curveTo(f.x(11.6), f.y(3), f.x(11.6), f.y(-8), f.x(6.5), f.y(-11.0));
        mass.closePath();
        Area hair = new Area(mass);
        hair.subtract(new Area(f.hairline()));
        // The neck, in front of the hair that falls behind it.
        hair.subtract(new Area(PaintedHead.neckShape(f)));
        int dark = TemplateCanvas.lerp(c.design.hair(), 0x000000, 0.45);
        int light = TemplateCanvas.lerp(c.design.hair(), 0xe8c8a0, 0.5);
        c.castShadow(c.back, hair, f.px(0.3), f.px(0.4), f.px(0.6), 0.35);
        Relief.Form form = Relief.dome(f.x(0), f.y(-1), f.px(11), f.px(12), 1);
        Relief.paint(c.over, hair, f.px(0.8), 0.8, form, (x, y, nx, ny, nz, h) ->
                TemplateCanvas.lerp(dark, light, 0.15 + 0.35 * Light.wrapped(nx, ny, nz, 0.3)));
        Point2D.Double crown = f.at(0, -13);
        Strands.draw(c.over, hair, (x, y) -> {
            // Down from the crown, curling in under the bob's end.
            double a = Math.atan2(y - crown.y, x - crown.x);
            double curl = Tone.smoothstep(f.y(6), f.y(10), y) * (x < f.x(0) ? -1.2 : 1.2);
            return a + curl;
        }, form, new Strands.Style(dark, light, f.px(4.5), 1.4, 0.6, 2600), c.seed + 12);
    }

    /** A black velvet bonnet, its brim tilted, a white plume and a jewelled brooch. */
    private static void bonnet(TemplateCanvas c) {
        FacePose f = c.face;
        AffineTransform tilt = AffineTransform.getRotateInstance(Math.toRadians(-7), f.x(0), f.y(-9));
        Area crown = new Area(tilt.createTransformedShape(TemplateCanvas.ellipse(f.x(0.6), f.y(-11.3), f.px(8.4),
                f.px(3.7))));
        Area brim = new Area(tilt.createTransformedShape(TemplateCanvas.ellipse(f.x(0), f.y(-9.3), f.px(11.6),
                f.px(2.3))));
        int seed = c.seed;
        Relief.Surface velvet = (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.3);
            double sheen = Math.pow(1 - nz, 1.6) * (0.3 + 0.7 * d);
            double pile = (Noise.fbm(x * 0.15, y * 0.15, seed + 30, 2) - 0.5) * 0.04;
            double v = 0.04 + 0.08 * d + pile;
            return TemplateCanvas.rgb(v + sheen * 0.30, v + sheen * 0.28, v * 1.1 + sheen * 0.32);
        };
        Point2D.Double cc = f.at(0.6, -11.3);
        c.castShadow(c.over, crown, 3, 4, 4, 0.4);
        Relief.paint(c.over, crown, f.px(1.4), 1.0, Relief.dome(cc.x, cc.y, f.px(8.4), f.px(3.7), 0.8), velvet);
        // A plume sweeping back over the crown.
        Path2D.Double plume = new Path2D.Double();
        plume.moveTo(f.x(4.5), f.y(-11));
        plume.curveTo(f.x(8), f.y(-15.5), f.x(13), f.y(-14.5), f.x(14.5), f.y(-10.5));
        plume.curveTo(f.x(12), f.y(-12.5), f.x(8.5), f.y(-12.5), f.x(4.5), f.y(-11));
        plume.closePath();
        Relief.paint(c.over, plume, f.px(0.6), 0.8, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double barbs = 0.08 * Math.sin((x * 0.8 + y * 1.3));
            double v = 0.62 + 0.36 * Light.wrapped(nx, ny, nz, 0.4) + barbs;
            return TemplateCanvas.rgb(v, v * 0.98, v * 0.94);
        });
        c.castShadow(c.over, brim, 0, f.px(0.5), f.px(0.5), 0.45);
        Point2D.Double bc = f.at(0, -9.3);
        Relief.paint(c.over, brim, f.px(0.7), 1.0, Relief.dome(bc.x, bc.y, f.px(11.6), f.px(2.3), 0.6), velvet);
        // Gold aglets round the brim and a brooch at the front.
        for (int i = 0; i < 9; i++) {
            double a = Math.PI * (0.12 + 0.76 * i / 8.0);
            Point2D.Double p = new Point2D.Double(f.x(-11.0 * Math.cos(a)), f.y(-9.3 + 2.0 * Math.sin(a)));
            tilt.transform(p, p);
            Ellipse2D.Double aglet = TemplateCanvas.ellipse(p.x, p.y, f.px(0.28), f.px(0.42));
            Relief.paint(c.over, aglet, 1.2, 1, Relief.dome(p.x, p.y, f.px(0.28), f.px(0.42), 1), Metal.GOLD);
        }
        Point2D.Double b = new Point2D.Double(f.x(4.6), f.y(-10.4));
        tilt.transform(b, b);
        Ellipse2D.Double brooch = TemplateCanvas.ellipse(b.x, b.y, f.px(0.9), f.px(0.9));
        Relief.paint(c.over, brooch, 2, 1, Relief.dome(b.x, b.y, f.px(0.9), f.px(0.9), 0.7), Metal.GOLD);
        Ellipse2D.Double gem = TemplateCanvas.ellipse(b.x, b.y, f.px(0.48), f.px(0.48));
        Relief.paint(c.over, gem, 1.5, 1.2, Relief.dome(b.x, b.y, f.px(0.48), f.px(0.48), 1), Jewels.SAPPHIRE);
    }

    /**
     * The fine cracks of old paint, a cell pattern (the edges of a jittered grid's nearest-point
     * cells), darkening the painting faintly wherever it is drawn.
     */
    private static void craquelure(TemplateCanvas c) {
        int seed = c.seed + 90;
        // Not on the face: a person's face, put in, has none, and the skin round it must match it.
        Mask cracks = crackMask(seed).minus(Mask.of(c.face.ringPolygon(0.45), 20, TemplateCanvas.WIDTH,
                TemplateCanvas.HEIGHT).blurred(c.face.px(0.8)));
        c.shade(c.back, cracks, 0.09, 0x1a0e06);
        c.shade(c.over, cracks, 0.09, 0x1a0e06);
    }

    static Mask crackMask(int seed) {
        int w = TemplateCanvas.WIDTH;
        int h = TemplateCanvas.HEIGHT;
        Area all = new Area(new Rectangle2D.Double(0, 0, w, h));
        Mask m = Mask.of(all, 0, w, h);
        double cell = 34;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double gx = x / cell;
                double gy = y / cell;
                int ix = (int) Math.floor(gx);
                int iy = (int) Math.floor(gy);
                double d1 = 9;
                double d2 = 9;
                for (int j = -1; j <= 1; j++) {
                    for (int i = -1; i <= 1; i++) {
                        double px = ix + i + Noise.hash(ix + i, iy + j, seed);
                        double py = iy + j + Noise.hash(ix + i, iy + j, seed + 1);
                        double d = (px - gx) * (px - gx) + (py - gy) * (py - gy);
                        if (d < d1) {
                            d2 = d1;
                            d1 = d;
                        } else if (d < d2) {
                            d2 = d;
                        }
                    }
                }
                double edge = (Math.sqrt(d2) - Math.sqrt(d1)) * cell;
                double wobble = Noise.value(x * 0.15, y * 0.15, seed + 2);
                m.a[y * w + x] = (float) (Math.max(0, 1 - edge / 0.9) * (0.4 + 0.6 * wobble));
            }
        }
        return m;
    }
}
