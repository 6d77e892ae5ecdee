package app.maskai.masks.templates;

import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A Viking: a riveted iron spangenhelm whose nose guard comes down over the bridge of the nose
 * (in front of the face, clear of the eyes and the nose's tip), hair braided at the temples, a
 * beard along the jaw's edge plaited under the chin, a wolf-fur mantle with a bronze brooch,
 * before a fjord at dawn: steep mountains with snow, still water, a longship under sail.
 */
final class VikingPainter implements TemplatePainter {
    private static final double HORIZON = 505;
    /** Half the run, pixels, over which a ridge's slope is measured (its light): smooth, not streaky. */
    private static final int SLOPE = 14;

    @Override
    public PaintedHead.Look look(TemplateDesign design) {
        return new PaintedHead.Look(design.hair(), 0x4a7090, false);
    }

    @Override
    public void behind(TemplateCanvas c) {
        int seed = c.seed;
        int w = TemplateCanvas.WIDTH;
        double[][] ridges = new double[3][w + 2 * SLOPE];
        for (int i = 0; i < 3; i++) {
            for (int x = -SLOPE; x < w + SLOPE; x++) {
                ridges[i][x + SLOPE] = ridge(x, i, seed);
            }
        }
        c.fill(c.back, new Rectangle2D.Double(0, 0, w, TemplateCanvas.HEIGHT), (x, y) -> {
            if (y < HORIZON) {
                return sky(x, y, seed, ridges);
            }
            // Still water: the sky and mountains mirrored, darker, broken by ripples.
            double ripple = 3 * Math.sin(y * 0.9 + Noise.value(x / 30.0, y / 4.0, seed) * 6);
            int my = (int) Math.max(0, Math.min(HORIZON - 1, 2 * HORIZON - y + ripple));
            int mx = (int) Math.max(0, Math.min(w - 1, Math.round(x + 2 * Math.sin(y * 0.5))));
            double depth = Tone.smoothstep(HORIZON, TemplateCanvas.HEIGHT, y);
            return TemplateCanvas.lerp(sky(mx, my, seed, ridges), 0x10242e, 0.35 + 0.45 * depth);
        });
        longship(c);
    }

    /**
     * The top of range {@code i} at x, pixels: 0 a far, pale range right across, 1 a cliff rising
     * to the right, 2 a dark near cliff rising to the left; jagged by noise.
     */
    private static double ridge(double x, int i, int seed) {
        double n = Noise.fbm(x / (120.0 - 30 * i), i * 7.0, seed + 20 + i, 5) - 0.5;
        double jag = 1 - Math.abs(2 * Noise.fbm(x / 30.0, i * 3.0, seed + 25 + i, 3) - 1);
        double rise;
        if (i == 0) {
            rise = 110 + 40 * Math.sin(x / 90.0);
        } else if (i == 1) {
            rise = 300 * Math.pow(Tone.smoothstep(430, 720, x), 0.8);
        } else {
            rise = 350 * Math.pow(Tone.smoothstep(290, 0, x), 0.75);
        }
        return rise <= 1 ? HORIZON + 1 : HORIZON - rise - (70 + 20 * i) * n - 22 * jag;
    }

    /** Dawn sky and three ranges of mountains, far and pale to near and dark, lit from the left, snow on top. */
    private static int sky(int x, int y, int seed, double[][] ridges) {
        double t = y / HORIZON;
        double r = 0.50 + 0.45 * t;
        double g = 0.58 + 0.27 * t;
        double b = 0.78 - 0.12 * t;
        double cloud = Tone.smoothstep(0.5, 0.75, Noise.fbm(x / 180.0, y / 45.0, seed + 1, 5)) * (1 - t);
        r += cloud * 0.18;
        g += cloud * 0.12;
        b += cloud * 0.08;
        int colour = TemplateCanvas.rgb(r, g, b);
        int[] rocks = {0x8096aa, 0x506478, 0x2a3844};
        double[] haze = {0.5, 0.25, 0.08};
        for (int i = 0; i < 3; i++) {
            double top = ridges[i][x + SLOPE];
            if (y < top) {
                continue;
            }
            // The ridge's slope: faces rising to the right face the light, on the left.
            double slope = (ridges[i][x + 2 * SLOPE - 1] - ridges[i][x]) / (2 * SLOPE - 1);
            double lit = Tone.clamp(0.5 - slope * 0.8);
            double streak = Noise.fbm(x / 30.0, y / 22.0, seed + 30 + i, 4) - 0.5;
            double shade = 0.8 + 0.35 * lit + 0.3 * streak;
            int rock = TemplateCanvas.lerp(0x000000, rocks[i], Math.min(1.3, shade));
            double below = y - top;
            double snow = Tone.smoothstep(38 - 10 * i, 6, below + 40 * streak);
            rock = TemplateCanvas.lerp(rock, lit > 0.45 ? 0xf2f5f8 : 0xaebccb, snow * 0.9);
            colour = TemplateCanvas.lerp(rock, 0xc4cfda, haze[i] * (1 - 0.4 * Tone.smoothstep(0, 200, below)));
        }
        return colour;
    }

    /** A small longship under a striped square sail on the water. */
    private static void longship(TemplateCanvas c) {
        Graphics2D g = TemplateCanvas.graphics(c.back);
        double x = 600;
        double y = HORIZON + 26;
        Path2D.Double hull = new Path2D.Double();
        hull.moveTo(x - 52, y - 14);
        hull.quadTo(x - 45, y + 4, x - 20, y + 6);
        hull.lineTo(x + 24, y + 6);
        hull.quadTo(x + 48, y + 4, x + 54, y - 16);
        hull.quadTo(x + 40, y - 2, x, y - 2);
        hull.quadTo(x - 40, y - 2, x - 52, y - 14);
        hull.closePath();
        g.setColor(new Color(0x1a1410));
        g.fill(hull);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Line2D.Double(x, y - 2, x, y - 58));
        for (int i = 0; i < 5; i++) {
            g.setColor(new Color(i % 2 == 0 ? 0xa8302a : 0xe8dcc8));
            g.fill(new Rectangle2D.Double(x - 20 + i * 8, y - 54, 8, 40));
        }
        g.setColor(new Color(0x1a1410));
        for (int i = 0; i < 5; i++) {
            g.fill(new Ellipse2D.Double(x - 34 + i * 14, y - 7, 7, 7));
        }
        g.dispose();
    }

    @Override
    public void over(TemplateCanvas c) {
        tunic(c);
        fur(c);
        hair(c);
        beard(c);
        helmet(c);
    }

    /** A wool tunic at the neck, with a woven band along its opening. */
    private static void tunic(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(f.x(-12), f.y(40));
        body.lineTo(f.x(-10), f.y(13));
        body.lineTo(f.x(10), f.y(13));
        body.lineTo(f.x(12), f.y(40));
        body.closePath();
        int seed = c.seed;
        Relief.paint(c.over, body, f.px(1), 0.6, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double weave = 0.015 * Math.sin(x * 0.8) * Math.sin(y * 0.8) + (Noise.fbm(x / 8.0, y / 8.0, seed + 3, 2) - 0.5) * 0.06;
            double v = 0.3 + 0.4 * Light.wrapped(nx, ny, nz, 0.4) + weave;
            return TemplateCanvas.rgb(v * 0.35, v * 0.42, v * 0.62);
        });
        Path2D.Double opening = new Path2D.Double();
        opening.moveTo(f.x(-5.5), f.y(11.5));
        opening.quadTo(f.x(0), f.y(17.5), f.x(5.5), f.y(11.5));
        Area band = new Area(new BasicStroke((float) f.px(1.2)).createStrokedShape(opening));
        c.fill(c.over, band, (x, y) -> {
            boolean diamond = (Math.abs((x % 10) - 5) + Math.abs((y % 10) - 5)) < 4;
            return diamond ? 0xd8b040 : 0x8a1e18;
        });
    }

    /** A wolf-fur mantle over the shoulders, a bronze brooch at the right shoulder. */
    private static void fur(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double mantle = new Path2D.Double();
        mantle.moveTo(f.x(-27), f.y(40));
        mantle.lineTo(f.x(-26.5), f.y(20));
        mantle.curveTo(f.x(-24), f.y(13), f.x(-15), f.y(10.5), f.x(-7.5), f.y(10));
        mantle.curveTo(f.x(-6), f.y(14), f.x(-7), f.y(20), f.x(-9.5), f.y(28));
        mantle.lineTo(f.x(-10), f.y(40));
        mantle.closePath();
        Area fur = new Area(mantle);
        fur.add(new Area(AffineTransform.getScaleInstance(-1, 1).createTransformedShape(
                AffineTransform.getTranslateInstance(-2 * f.x(0), 0).createTransformedShape(mantle))));
        // Ragged edge: tufts along the outline.
        Dice dice = new Dice(c.seed + 50);
        for (int i = 0; i < 70; i++) {
            double t = dice.next();
            double x = f.x(-26 + 52 * t);
            double y = f.y(10.5 + 5 * Math.pow(Math.abs(t - 0.5) * 2, 1.5));
            if (Math.abs(t - 0.5) < 0.15) {
                continue;
            }
            fur.add(new Area(TemplateCanvas.ellipse(x, y, f.px(dice.range(0.6, 1.2)), f.px(dice.range(0.8, 1.6)))));
        }
        c.castShadow(c.over, fur, 0, f.px(0.6), f.px(0.8), 0.5);
        Relief.Form form = Relief.dome(f.x(0), f.y(20), f.px(27), f.px(14), 0.8);
        int seed = c.seed;
        Relief.paint(c.over, fur, f.px(1.5), 1.0, form, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.4);
            double clump = Noise.fbm(x / 14.0, y / 14.0, seed + 51, 3);
            double v = 0.18 + 0.30 * d + 0.12 * (clump - 0.5);
            return TemplateCanvas.rgb(v * 1.05, v * 0.95, v * 0.85);
        });
        Strands.draw(c.over, fur, (x, y) -> Math.PI / 2 + 0.7 * (Noise.value(x / 40.0, y / 40.0, seed + 52) - 0.5) * 2
                + (x - f.x(0)) / f.px(60), form, new Strands.Style(0x1e1a16, 0xd8ccb8, f.px(1.6), 1.5, 0.6, 4200),
                c.seed + 53);
        // The brooch.
        double bx = f.x(-11);
        double by = f.y(15);
        Ellipse2D.Double brooch = TemplateCanvas.ellipse(bx, by, f.px(1.9), f.px(1.9));
        c.castShadow(c.over, brooch, 3, 4, 3, 0.5);
        Relief.paint(c.over, brooch, 3, 1, Relief.dome(bx, by, f.px(1.9), f.px(1.9), 0.6), Metal.BRASS);
        Area knot = new Area();
        for (int k = 0; k < 3; k++) {
            double a = k * Math.PI * 2 / 3;
            knot.add(new Area(new BasicStroke(3f).createStrokedShape(TemplateCanvas.ellipse(bx + Math.cos(a) * f.px(0.5),
                    by + Math.sin(a) * f.px(0.5), f.px(0.7), f.px(0.7)))));
        }
        knot.intersect(new Area(TemplateCanvas.ellipse(bx, by, f.px(1.5), f.px(1.5))));
        Relief.paint(c.over, knot, 1.2, 1, Relief.FLAT, Metal.GOLD);
    }

    /** Loose hair from under the helmet over the ears, and a braid falling from each temple. */
    private static void hair(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double mass = new Path2D.Double();
        mass.moveTo(f.x(-8.4), f.y(-6));
        mass.curveTo(f.x(-11.6), f.y(-3), f.x(-12.0), f.y(4), f.x(-11.2), f.y(11));
        mass.lineTo(f.x(-6.4), f.y(9));
        mass.lineTo(f.x(6.4), f.y(9));
        mass.lineTo(f.x(11.2), f.y(11));
        mass.curveTo(f.x(12.0), f.y(4), f.x(11.6), f.y(-3), f.x(8.4), f.y(-6));
        mass.closePath();
        Area hair = new Area(mass);
        hair.subtract(new Area(f.hairline()));
        hair.subtract(new Area(PaintedHead.neckShape(f)));
        int dark = TemplateCanvas.lerp(c.design.hair(), 0x000000, 0.5);
        int light = TemplateCanvas.lerp(c.design.hair(), 0xffd890, 0.45);
        Relief.Form form = Relief.dome(f.x(0), f.y(0), f.px(12), f.px(14), 1);
        c.castShadow(c.over, hair, f.px(0.2), f.px(0.4), f.px(0.6), 0.4);
        Relief.paint(c.over, hair, f.px(0.6), 0.8, form, (x, y, nx, ny, nz, h) ->
                TemplateCanvas.lerp(dark, light, 0.2 + 0.4 * Light.wrapped(nx, ny, nz, 0.3)));
        Point2D.Double top = f.at(0, -12);
        Strands.draw(c.over, hair, (x, y) -> Math.atan2(y - top.y, x - top.x), form,
                new Strands.Style(dark, light, f.px(4), 1.4, 0.6, 2000), c.seed + 54);
        for (int side = -1; side <= 1; side += 2) {
            braid(c, f.x(side * 9.6), f.y(-1), f.x(side * 10.8), f.y(19), f.px(1.5), dark, light, c.seed + 60 + side);
        }
    }

    /**
     * A three-strand braid from (x0, y0) to (x1, y1): lobes leaning alternately left and right, each
     * a lit dome with strands along it, a bronze bead at the end.
     */
    static void braid(TemplateCanvas c, double x0, double y0, double x1, double y1, double width, int dark, int light,
            int seed) {
        double len = Tone.hypot(x1 - x0, y1 - y0);
        int lobes = (int) Math.round(len / (width * 0.85));
        double ang = Math.atan2(y1 - y0, x1 - x0);
        for (int i = 0; i < lobes; i++) {
            double t = (i + 0.5) / lobes;
            double taper = 1 - 0.35 * t;
            double x = x0 + (x1 - x0) * t;
            double y = y0 + (y1 - y0) * t;
            double lean = (i % 2 == 0 ? 1 : -1) * 0.55;
            Ellipse2D.Double e = TemplateCanvas.ellipse(x, y, width * 0.85 * taper, width * 0.5 * taper);
            Shape lobe = AffineTransform.getRotateInstance(ang + Math.PI / 2 + lean, x, y).createTransformedShape(e);
            c.castShadow(c.over, lobe, 1, 2, 1.5, 0.4);
            double lx = x;
            double ly = y;
            Relief.paint(c.over, lobe, width * 0.25, 1, Relief.dome(lx, ly, width * 0.85 * taper, width * 0.85 * taper, 0.7),
                    (px, py, nx, ny, nz, h) -> {
                        double strand = 0.08 * Math.sin(((px - lx) * Math.cos(lean) + (py - ly) * Math.sin(lean)) * 1.6);
                        return TemplateCanvas.lerp(dark, light, Math.max(0, Math.min(1,
                                0.15 + 0.6 * Light.wrapped(nx, ny, nz, 0.3) + strand)));
                    });
        }
        double bx = x1;
        double by = y1 + width * 0.4;
        Ellipse2D.Double bead = TemplateCanvas.ellipse(bx, by, width * 0.55, width * 0.7);
        Relief.paint(c.over, bead, 1.5, 1, Relief.dome(bx, by, width * 0.55, width * 0.7, 0.9), Metal.BRASS);
        Path2D.Double tuft = new Path2D.Double();
        tuft.moveTo(bx - width * 0.4, by + width * 0.5);
        tuft.quadTo(bx, by + width * 2.4, bx + width * 0.4, by + width * 0.5);
        tuft.closePath();
        Relief.paint(c.over, tuft, 1.5, 0.6, Relief.FLAT, (px, py, nx, ny, nz, h) ->
                TemplateCanvas.lerp(dark, light, 0.3 + 0.4 * Light.wrapped(nx, ny, nz, 0.3)));
    }

    /** A beard along the jaw's edge from ear to ear, plaited under the chin. */
    private static void beard(TemplateCanvas c) {
        FacePose f = c.face;
        List<Point2D.Double> outer = new ArrayList<>();
        List<Point2D.Double> inner = new ArrayList<>();
        // FACE_OVAL from 8 (beside the subject's left ear) down through 18 (the chin) to 28.
        for (int j = 8; j <= 28; j++) {
            double chin = Math.cos((j - 18) * Math.PI / 20);
            outer.add(f.ring(j, 0.16 + 0.10 * chin));
            inner.add(f.ring(j, -0.045 - 0.02 * chin));
        }
        Path2D.Double band = new Path2D.Double();
        band.moveTo(outer.get(0).x, outer.get(0).y);
        for (Point2D.Double p : outer) {
            band.lineTo(p.x, p.y);
        }
        for (int i = inner.size() - 1; i >= 0; i--) {
            band.lineTo(inner.get(i).x, inner.get(i).y);
        }
        band.closePath();
        Area beard = new Area(LayoutCanvas.closedCurve(ptsOf(band)));
        int dark = TemplateCanvas.lerp(c.design.hair(), 0x000000, 0.45);
        int light = TemplateCanvas.lerp(c.design.hair(), 0xffd890, 0.4);
        Relief.Form form = Relief.dome(f.x(0), f.y(2), f.px(10), f.px(10), 0.9);
        c.castShadow(c.over, beard, 0, f.px(0.3), f.px(0.4), 0.3);
        Relief.paint(c.over, beard, f.px(0.5), 0.8, form, (x, y, nx, ny, nz, h) ->
                TemplateCanvas.lerp(dark, light, 0.2 + 0.45 * Light.wrapped(nx, ny, nz, 0.3)));
        Point2D.Double mouth = f.vertex(14);
        Strands.draw(c.over, beard, (x, y) -> Math.atan2(y - mouth.y + f.px(6), x - mouth.x) , form,
                new Strands.Style(dark, light, f.px(1.8), 1.2, 0.65, 1800), c.seed + 56);
        Point2D.Double chin = f.ring(18, 0.12);
        braid(c, chin.x, chin.y, chin.x + f.px(0.3), chin.y + f.px(6.5), f.px(1.5), dark, light, c.seed + 57);
    }

    private static List<Point2D.Double> ptsOf(Path2D.Double path) {
        List<Point2D.Double> pts = new ArrayList<>();
        PathIterator it = path.getPathIterator(null);
        double[] p = new double[6];
        while (!it.isDone()) {
            int type = it.currentSegment(p);
            if (type != PathIterator.SEG_CLOSE) {
                pts.add(new Point2D.Double(p[0], p[1]));
            }
            it.next();
        }
        return pts;
    }

    /**
     * The spangenhelm: a rounded cone of iron plates on a frame of riveted bands (a brow band
     * round the head, four bands up to the top), and the nose guard down over the nose's bridge.
     */
    private static void helmet(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double dome = new Path2D.Double();
        dome.moveTo(f.x(-9.9), f.y(-3.6));
        dome.curveTo(f.x(-10.8), f.y(-10), f.x(-6.5), f.y(-16.5), f.x(0), f.y(-17.2));
        dome.curveTo(f.x(6.5), f.y(-16.5), f.x(10.8), f.y(-10), f.x(9.9), f.y(-3.6));
        dome.quadTo(f.x(0), f.y(-6.4), f.x(-9.9), f.y(-3.6));
        dome.closePath();
        Path2D.Double browBand = new Path2D.Double();
        browBand.moveTo(f.x(-10.0), f.y(-3.4));
        browBand.quadTo(f.x(0), f.y(-6.0), f.x(10.0), f.y(-3.4));
        browBand.lineTo(f.x(10.1), f.y(-5.2));
        browBand.quadTo(f.x(0), f.y(-7.8), f.x(-10.1), f.y(-5.2));
        browBand.closePath();
        // The nose guard: from the brow band down over the bridge, narrowing, ending above the tip.
        Point2D.Double bridge = f.vertex(6);
        Point2D.Double end = f.vertex(195);
        Path2D.Double nasal = new Path2D.Double();
        double top = f.y(-5.2);
        nasal.moveTo(bridge.x - f.px(0.9), top);
        nasal.lineTo(bridge.x + f.px(0.9), top);
        nasal.curveTo(bridge.x + f.px(0.62), bridge.y, end.x + f.px(0.55), end.y - f.px(0.6), end.x + f.px(0.5),
                end.y - f.px(0.25));
        nasal.quadTo(end.x, end.y + f.px(0.15), end.x - f.px(0.5), end.y - f.px(0.25));
        nasal.curveTo(end.x - f.px(0.55), end.y - f.px(0.6), bridge.x - f.px(0.62), bridge.y, bridge.x - f.px(0.9), top);
        nasal.closePath();
        Area whole = new Area(dome);
        whole.add(new Area(browBand));
        whole.add(new Area(nasal));
        c.castShadow(c.over, whole, f.px(0.25), f.px(0.45), f.px(0.45), 0.5);
        Relief.Form form = Relief.dome(f.x(0), f.y(-5), f.px(10.6), f.px(12.5), 0.95);
        Relief.paint(c.over, dome, f.px(0.5), 0.8, form, Metal.IRON);
        // Four frame bands up to the top, then the brow band, then the nasal.
        for (int k = -1; k <= 1; k += 2) {
            Path2D.Double rib = new Path2D.Double();
            rib.moveTo(f.x(k * 4.2), f.y(-5.6));
            rib.quadTo(f.x(k * 4.6), f.y(-13), f.x(0), f.y(-17.0));
            Area r = new Area(new BasicStroke((float) f.px(1.1), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                    .createStrokedShape(rib));
            r.intersect(new Area(dome));
            c.castShadow(c.over, r, 1.5, 2.5, 2, 0.45);
            Relief.paint(c.over, r, f.px(0.25), 1, form, Metal.IRON);
            rivets(c, rib, 5, f.px(0.2));
        }
        Path2D.Double ridge = new Path2D.Double();
        ridge.moveTo(f.x(0), f.y(-6.6));
        ridge.lineTo(f.x(0), f.y(-17.0));
        Area rr = new Area(new BasicStroke((float) f.px(1.1)).createStrokedShape(ridge));
        rr.intersect(new Area(dome));
        Relief.paint(c.over, rr, f.px(0.25), 1, form, Metal.IRON);
        rivets(c, ridge, 5, f.px(0.2));
        c.castShadow(c.over, browBand, 0, f.px(0.25), f.px(0.3), 0.5);
        Relief.paint(c.over, browBand, f.px(0.3), 1, Relief.cylinder(f.x(0), f.px(10.5), 0.9), Metal.IRON);
        Path2D.Double browLine = new Path2D.Double();
        browLine.moveTo(f.x(-9.6), f.y(-4.3));
        browLine.quadTo(f.x(0), f.y(-6.9), f.x(9.6), f.y(-4.3));
        rivets(c, browLine, 11, f.px(0.22));
        Relief.paint(c.over, nasal, f.px(0.3), 1.1, Relief.cylinder(bridge.x, f.px(0.9), 0.8), Metal.IRON);
        Path2D.Double nasalLine = new Path2D.Double();
        nasalLine.moveTo(bridge.x, f.y(-4.6));
        nasalLine.lineTo(bridge.x, f.y(-3.2));
        rivets(c, nasalLine, 2, f.px(0.2));
    }

    /** {@code count} iron rivets evenly along a path. */
    private static void rivets(TemplateCanvas c, Shape path, int count, double r) {
        List<Point2D.Double> pts = new ArrayList<>();
        PathIterator it = path.getPathIterator(null, 0.3);
        double[] p = new double[6];
        while (!it.isDone()) {
            it.currentSegment(p);
            pts.add(new Point2D.Double(p[0], p[1]));
            it.next();
        }
        double total = 0;
        for (int i = 1; i < pts.size(); i++) {
            total += pts.get(i).distance(pts.get(i - 1));
        }
        double step = total / (count + 1);
        double walked = 0;
        double next = step;
        for (int i = 1; i < pts.size() && next < total; i++) {
            double seg = pts.get(i).distance(pts.get(i - 1));
            while (next <= walked + seg && next < total) {
                double t = (next - walked) / seg;
                double x = pts.get(i - 1).x + (pts.get(i).x - pts.get(i - 1).x) * t;
                double y = pts.get(i - 1).y + (pts.get(i).y - pts.get(i - 1).y) * t;
                Ellipse2D.Double rivet = TemplateCanvas.ellipse(x, y, r, r);
                c.castShadow(c.over, rivet, 1, 1.5, 1, 0.4);
                Relief.paint(c.over, rivet, Math.max(0.6, r * 0.4), 1, Relief.dome(x, y, r, r, 1), Metal.STEEL);
                next += step;
            }
            walked += seg;
        }
    }
}
