package app.maskai.masks.templates;

import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * An astronaut: a white hard-shell helmet whose open visor ring frames the face, the raised gold
 * sun visor above it and gold light on the visor's edge, a communications cap inside, the suit's
 * neck ring and padded shoulders, against a starfield and the lit limb of a blue planet.
 */
final class AstronautPainter implements TemplatePainter {
    /** The planet's centre and radius, pixels: a limb arching behind the shoulders. */
    private static final double PLANET_X = 600;
    private static final double PLANET_Y = 1480;
    private static final double PLANET_R = 1010;

    @Override
    public PaintedHead.Look look(TemplateDesign design) {
        return new PaintedHead.Look(design.hair(), 0x4a6a8a, false);
    }

    @Override
    public void behind(TemplateCanvas c) {
        int seed = c.seed;
        c.fill(c.back, new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT), (x, y) -> {
            double t = y / (double) TemplateCanvas.HEIGHT;
            double r = 0.012 + 0.03 * t;
            double g = 0.016 + 0.05 * t;
            double b = 0.05 + 0.13 * t;
            // A faint nebula along a diagonal band.
            double band = Tone.gauss((x * 0.55 - y + 180) / 260.0);
            double n = Noise.fbm(x / 170.0, y / 170.0, seed, 5);
            double wisp = Tone.smoothstep(0.42, 0.78, n) * band;
            double hue = Noise.fbm(x / 260.0 + 9, y / 260.0, seed + 1, 3);
            r += wisp * (0.20 * hue + 0.05);
            g += wisp * (0.06 + 0.12 * (1 - hue));
            b += wisp * (0.22 + 0.08 * (1 - hue));
            return TemplateCanvas.rgb(r, g, b);
        });
        Graphics2D g = TemplateCanvas.graphics(c.back);
        Dice dice = new Dice(seed);
        for (int i = 0; i < 900; i++) {
            double x = dice.range(0, TemplateCanvas.WIDTH);
            double y = dice.range(0, TemplateCanvas.HEIGHT);
            double bright = Math.pow(dice.next(), 2.6);
            double r = 0.35 + 0.9 * bright;
            double tint = dice.next();
            int rgb = tint < 0.2 ? 0xbcd4ff : tint > 0.85 ? 0xffe6c4 : 0xffffff;
            g.setColor(TemplateCanvas.awt(rgb, 0.25 + 0.75 * bright));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        for (int i = 0; i < 16; i++) {
            star(g, dice.range(10, TemplateCanvas.WIDTH - 10), dice.range(10, 620), dice.range(5, 13));
        }
        g.dispose();
        planet(c);
    }

    /** A bright star: a glow and four thin spikes. */
    private static void star(Graphics2D g, double x, double y, double size) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) size, new float[] {0f, 0.15f, 1f},
                new Color[] {new Color(255, 255, 255, 255), new Color(210, 225, 255, 150), new Color(150, 180, 255, 0)}));
        g.fill(new Ellipse2D.Double(x - size, y - size, 2 * size, 2 * size));
        for (int k = 0; k < 2; k++) {
            double len = size * (k == 0 ? 2.6 : 1.8);
            double ang = k == 0 ? 0 : Math.PI / 2;
            double dx = Math.cos(ang) * len;
            double dy = Math.sin(ang) * len;
            g.setPaint(new LinearGradientPaint(new Point2D.Double(x - dx, y - dy), new Point2D.Double(x + dx, y + dy),
                    new float[] {0f, 0.5f, 1f}, new Color[] {new Color(200, 220, 255, 0),
                        new Color(235, 242, 255, 200), new Color(200, 220, 255, 0)}));
            g.setStroke(new BasicStroke(0.9f));
            g.draw(new Line2D.Double(x - dx, y - dy, x + dx, y + dy));
        }
    }

    /** A blue planet seen from orbit: oceans, land, cloud, lit from the upper left, a glowing rim. */
    private static void planet(TemplateCanvas c) {
        int seed = c.seed + 40;
        double r = PLANET_R;
        Ellipse2D.Double glow = new Ellipse2D.Double(PLANET_X - r - 40, PLANET_Y - r - 40, 2 * r + 80, 2 * r + 80);
        c.fill(c.back, glow, (x, y) -> {
            double d = Tone.hypot(x + 0.5 - PLANET_X, y + 0.5 - PLANET_Y) - r;
            int[] px = TemplateCanvas.pixels(c.back);
            int under = px[y * TemplateCanvas.WIDTH + x];
            double a = Math.exp(-Math.max(0, d) / 14.0) * 0.85;
            return TemplateCanvas.lerp(under, 0x6fc4ff, a);
        });
        c.fill(c.back, new Ellipse2D.Double(PLANET_X - r, PLANET_Y - r, 2 * r, 2 * r), (x, y) -> {
            double nx = (x + 0.5 - PLANET_X) / r;
            double ny = (y + 0.5 - PLANET_Y) / r;
            double nz = Math.sqrt(Math.max(0, 1 - nx * nx - ny * ny));
            double lon = Math.atan2(nx, nz);
            double lat = Math.asin(Math.max(-1, Math.min(1, ny)));
            double land = Noise.fbm(lon * 5 + 3, lat * 9, seed, 5);
            double cloud = Noise.fbm(lon * 9 + lat * 4, lat * 22, seed + 3, 5);
            double[] col;
            if (land > 0.56) {
                double t = Tone.smoothstep(0.56, 0.7, land);
                col = new double[] {0.30 + 0.25 * t, 0.42 + 0.05 * t, 0.20};
            } else {
                double deep = Tone.smoothstep(0.2, 0.56, land);
                col = new double[] {0.03 + 0.05 * deep, 0.16 + 0.14 * deep, 0.42 + 0.14 * deep};
            }
            double cl = Tone.smoothstep(0.52, 0.72, cloud);
            double light = Light.wrapped(nx, ny, nz, 0.3) * 0.9 + 0.25;
            double limb = Math.pow(nz, 0.35);
            double haze = (1 - nz) * 0.9;
            double[] out = new double[3];
            double[] hazeColour = {0.45, 0.72, 1.0};
            for (int k = 0; k < 3; k++) {
                double v = (col[k] * (1 - cl) + 0.95 * cl) * light * limb;
                out[k] = v * (1 - haze) + hazeColour[k] * haze * light;
            }
            return TemplateCanvas.rgb(out[0], out[1], out[2]);
        });
    }

    @Override
    public void over(TemplateCanvas c) {
        FacePose f = c.face;
        suit(c);
        // The neck ring the helmet locks onto.
        Ellipse2D.Double ringOuter = TemplateCanvas.ellipse(f.x(0), f.y(12.7), f.px(10.8), f.px(3.1));
        c.castShadow(c.over, ringOuter, 0, f.px(0.8), f.px(0.9), 0.45);
        Metal anodised = new Metal(0x061430, 0x2f5fa8, 0xd6e6ff, 0.7, 50, 0.02, 0.02, c.seed + 2);
        Relief.paint(c.over, ringOuter, f.px(0.9), 1.0, Relief.FLAT, anodised);
        Area lock = new Area(TemplateCanvas.ellipse(f.x(0), f.y(12.4), f.px(9.6), f.px(2.4)));
        Relief.paint(c.over, lock, f.px(0.4), 0.8, Relief.FLAT, Metal.STEEL);
        c.crease(c.over, TemplateCanvas.ellipse(f.x(0), f.y(12.4), f.px(9.6), f.px(2.4)), 1.4, 0.8, 0.55);

        Ellipse2D.Double shellOuter = TemplateCanvas.ellipse(f.x(0), f.y(-1.3), f.px(12.6), f.px(13.9));
        Ellipse2D.Double opening = TemplateCanvas.ellipse(f.x(0), f.y(0.5), f.px(9.3), f.px(11.1));
        Ellipse2D.Double rimOuter = TemplateCanvas.ellipse(f.x(0), f.y(0.5), f.px(10.7), f.px(12.5));
        // Lamp pods at the temples, behind the shell's edge.
        for (int side = -1; side <= 1; side += 2) {
            RoundRectangle2D.Double pod = new RoundRectangle2D.Double(f.x(side * 12.4) - f.px(1.5), f.y(-7.6),
                    f.px(3.0), f.px(4.2), f.px(1.2), f.px(1.2));
            Relief.paint(c.over, pod, f.px(0.5), 1, Relief.cylinder(pod.getCenterX(), f.px(1.6), 0.9),
                    Metal.STEEL);
            double lx = pod.getCenterX();
            double ly = f.y(-6.4);
            Graphics2D g = TemplateCanvas.graphics(c.over);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(lx, ly), (float) f.px(0.9), new float[] {0f, 0.5f, 1f},
                    new Color[] {new Color(0xfffbe8), new Color(0xf0d890), new Color(0x6a5a30)}));
            g.fill(TemplateCanvas.ellipse(lx, ly, f.px(0.8), f.px(0.8)));
            g.dispose();
        }
        Area shell = new Area(shellOuter);
        shell.subtract(new Area(opening));
        Relief.Form dome = Relief.dome(f.x(0), f.y(-1.3), f.px(12.6), f.px(13.9), 0.9);
        int seed = c.seed;
        Relief.paint(c.over, shell, f.px(0.8), 0.7, dome, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.25);
            double env = Light.environment(nx, ny, nz);
            double planetLight = Math.max(0, ny) * 0.22;
            double spec = Light.specular(nx, ny, nz, 60) * 0.8;
            double grain = (Noise.value(x * 0.12, y * 0.12, seed + 9) - 0.5) * 0.015;
            double v = 0.64 + 0.30 * d + 0.06 * env + grain;
            double cool = (1 - d) * 0.05;
            return TemplateCanvas.rgb(v * 0.97 + spec - cool, v * 0.97 + spec + planetLight * 0.25,
                    v * 0.96 + spec + planetLight * 0.8 + cool);
        });
        // Panel seams on the shell.
        c.crease(c.over, new Line2D.Double(f.x(0), f.y(-15.3), f.x(0), f.y(-12.4)), 1.4, 0.7, 0.35);

        visor(c, rimOuter);
        inside(c, opening);
        // The visor ring: a white rim with the gold edge of the visor along its inside.
        Area rim = new Area(rimOuter);
        rim.subtract(new Area(opening));
        Relief.paint(c.over, rim, f.px(0.55), 1.0, Relief.dome(f.x(0), f.y(0.5), f.px(10.0), f.px(11.8), 0.5),
                (x, y, nx, ny, nz, h) -> {
                    double d = Light.wrapped(nx, ny, nz, 0.2);
                    double spec = Light.specular(nx, ny, nz, 45) * 0.7;
                    double v = 0.60 + 0.36 * d;
                    return TemplateCanvas.rgb(v * 0.95 + spec, v * 0.96 + spec, v * 0.98 + spec);
                });
        Ellipse2D.Double edgeOuter = TemplateCanvas.ellipse(f.x(0), f.y(0.5), f.px(9.75), f.px(11.55));
        Area edge = new Area(edgeOuter);
        edge.subtract(new Area(opening));
        Relief.paint(c.over, edge, f.px(0.22), 1.0, Relief.dome(f.x(0), f.y(0.5), f.px(9.5), f.px(11.3), 0.95),
                (x, y, nx, ny, nz, h) -> {
                    // The gold film mirrors the opposite side of the ring: bands, not a gradient.
                    double band = 0.5 + 0.5 * Math.sin((nx * 2.2 - ny * 3.1) * 3.0);
                    int base = Metal.GOLD.rgb(x, y, nx, ny, nz, h);
                    return TemplateCanvas.lerp(base, 0xfff4c8, 0.35 * band * band);
                });
        c.crease(c.over, rimOuter, 1.2, 0.8, 0.3);
    }

    /** The raised gold sun visor over the top of the helmet. */
    private static void visor(TemplateCanvas c, Ellipse2D.Double rimOuter) {
        FacePose f = c.face;
        Area visor = new Area(TemplateCanvas.ellipse(f.x(0), f.y(-2.6), f.px(12.0), f.px(12.6)));
        visor.subtract(new Area(TemplateCanvas.ellipse(f.x(0), f.y(0.5), f.px(10.9), f.px(12.7))));
        visor.intersect(new Area(new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, f.y(-4.5))));
        Relief.Form form = Relief.dome(f.x(0), f.y(-2.6), f.px(12.0), f.px(12.6), 1.0);
        int seed = c.seed;
        Relief.paint(c.over, visor, f.px(0.35), 1.0, form, (x, y, nx, ny, nz, h) -> {
            // A gold-filmed mirror: it shows black space with a few stars, the blue planet low on
            // the right, the sun's highlight, all tinted gold; brighter towards its grazing edge.
            double rx = 2 * nz * nx;
            double ry = 2 * nz * ny;
            double planet = Tone.smoothstep(0.05, 0.16, rx * 0.55 + ry * 0.9 - 0.1);
            double limb = Tone.gauss((rx * 0.55 + ry * 0.9 - 0.16) / 0.03);
            double star = Noise.hash(x / 2, y / 2, seed + 21) > 0.997 ? 0.5 : 0;
            double sky = 0.10 + star * (1 - planet);
            double fres = Math.pow(1 - nz, 2) * 0.6;
            double r = sky * (1 - planet) + planet * 0.35 + limb * 0.6 + fres;
            double g = sky * (1 - planet) + planet * 0.55 + limb * 0.8 + fres;
            double b = sky * (1 - planet) + planet * 0.85 + limb * 1.0 + fres;
            double spec = Light.specular(nx, ny, nz, 70) * 1.2 + Light.specular(nx, ny, nz, 8) * 0.25;
            double streak = Tone.gauss((nx + ny * 0.6 + 0.35) / 0.07) * 0.45;
            return TemplateCanvas.rgb(0.20 + (r + spec + streak) * 0.95, 0.12 + (g + spec + streak) * 0.70,
                    0.03 + (b + spec + streak) * 0.30);
        });
        c.crease(c.over, visor, 1.0, 0.6, 0.35);
    }

    /**
     * What shows through the opening round the face: the suit's dark neck dam, the communications
     * cap (cream crown, brown sides, ear cups, a chin strap) and the rim's shadow inside.
     */
    private static void inside(TemplateCanvas c, Ellipse2D.Double opening) {
        FacePose f = c.face;
        Area interior = new Area(opening);
        interior.subtract(new Area(faceHole(f)));
        int seed = c.seed;
        c.fill(c.over, interior, (x, y) -> {
            double v = 0.10 + 0.08 * Noise.fbm(x * 0.06, y * 0.06, seed + 4, 3);
            return TemplateCanvas.rgb(v * 0.8, v * 0.95, v * 1.6);
        });
        Area cap = new Area(opening);
        cap.subtract(new Area(faceHole(f)));
        cap.intersect(new Area(new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, f.y(7.5))));
        double crownEnd = f.y(-5.6);
        double sides = f.y(-4.2);
        Relief.paint(c.over, cap, f.px(0.7), 0.8, Relief.dome(f.x(0), f.y(-1), f.px(9.6), f.px(10.5), 0.8),
                (x, y, nx, ny, nz, h) -> {
                    double d = Light.wrapped(nx, ny, nz, 0.4);
                    double quilt = 0.05 * Math.abs(Math.sin((x - f.x(0)) * 0.17));
                    double brown = Tone.smoothstep(crownEnd, sides, y);
                    double v = 0.46 + 0.44 * d - quilt;
                    double cream = 1 - brown;
                    return TemplateCanvas.rgb(v * (0.98 * cream + 0.42 * brown), v * (0.96 * cream + 0.30 * brown),
                            v * (0.90 * cream + 0.22 * brown));
                });
        c.crease(c.over, new Line2D.Double(f.x(-12), (crownEnd + sides) / 2, f.x(12), (crownEnd + sides) / 2), 1.0,
                0.6, 0.0);
        Path2D.Double strapLine = new Path2D.Double();
        strapLine.moveTo(f.x(-8.7), f.y(1.5));
        strapLine.curveTo(f.x(-8.2), f.y(7.2), f.x(-4.5), f.y(10.9), f.x(0), f.y(11.0));
        strapLine.curveTo(f.x(4.5), f.y(10.9), f.x(8.2), f.y(7.2), f.x(8.7), f.y(1.5));
        Area strap = new Area(new BasicStroke((float) f.px(1.0), BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND).createStrokedShape(strapLine));
        strap.intersect(new Area(opening));
        strap.subtract(new Area(faceHole(f)));
        Relief.paint(c.over, strap, f.px(0.3), 0.8, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double v = 0.16 + 0.28 * Light.wrapped(nx, ny, nz, 0.3);
            return TemplateCanvas.rgb(v * 1.3, v * 0.95, v * 0.7);
        });
        for (int side = -1; side <= 1; side += 2) {
            double cx = f.x(side * 8.9);
            double cy = f.y(-0.4);
            Area cup = new Area(TemplateCanvas.ellipse(cx, cy, f.px(1.9), f.px(3.0)));
            cup.intersect(new Area(opening));
            Relief.paint(c.over, cup, f.px(0.5), 0.9, Relief.dome(cx, cy, f.px(1.9), f.px(3.0), 0.8),
                    (x, y, nx, ny, nz, h) -> {
                        double d = Light.wrapped(nx, ny, nz, 0.3);
                        double v = 0.10 + 0.30 * d + Light.specular(nx, ny, nz, 30) * 0.3;
                        return TemplateCanvas.rgb(v * 1.2, v * 1.0, v * 0.85);
                    });
        }
        // The rim's shadow inside the helmet.
        Area lip = new Area(TemplateCanvas.ellipse(f.x(0), f.y(0.5), f.px(9.3) + 40, f.px(11.1) + 40));
        lip.subtract(new Area(opening));
        c.shade(c.over, Mask.of(lip, 30, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT).blurred(f.px(0.8)), 0.5,
                0x000000);
    }

    /** The face's outline as the cap and the helmet frame it: the forehead's top a little covered. */
    private static Path2D.Double faceHole(FacePose f) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int j = 0; j < 36; j++) {
            double top = Math.cos(j * Math.PI / 18); // 1 at the forehead, −1 at the chin
            double k = top > 0 ? -0.035 * top + 0.01 : 0.01 + 0.02 * -top;
            pts.add(f.ring(j, k));
        }
        return LayoutCanvas.closedCurve(pts);
    }

    /** Padded white shoulders, seams, chest connectors and a mission patch. */
    private static void suit(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(f.x(-26), f.y(40));
        body.lineTo(f.x(-25), f.y(22));
        body.curveTo(f.x(-24.5), f.y(16.5), f.x(-20), f.y(13.8), f.x(-12), f.y(12.6));
        body.lineTo(f.x(12), f.y(12.6));
        body.curveTo(f.x(20), f.y(13.8), f.x(24.5), f.y(16.5), f.x(25), f.y(22));
        body.lineTo(f.x(26), f.y(40));
        body.closePath();
        int seed = c.seed;
        Relief.paint(c.over, body, f.px(2.8), 1.1, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.35);
            double weave = (Noise.value(x * 0.15, y * 0.15, seed + 6) - 0.5) * 0.025;
            double v = 0.40 + 0.50 * d + weave;
            return TemplateCanvas.rgb(v * 0.97, v * 0.97, v * 0.95);
        });
        // Folds and the seams of the padded layers.
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double seam = new Path2D.Double();
            seam.moveTo(f.x(side * 14), f.y(13.2));
            seam.curveTo(f.x(side * 17), f.y(18), f.x(side * 17.5), f.y(24), f.x(side * 17), f.y(32));
            c.crease(c.over, seam, 2.2, 1.2, 0.35);
            for (int k = 0; k < 4; k++) {
                Path2D.Double fold = new Path2D.Double();
                double y0 = 17.5 + k * 3.4;
                fold.moveTo(f.x(side * 18.5), f.y(y0));
                fold.quadTo(f.x(side * 21.5), f.y(y0 - 1.6), f.x(side * 24.5), f.y(y0 + 0.4));
                c.crease(c.over, fold, 3.0, 2.5, 0.22);
                AffineTransform up = AffineTransform.getTranslateInstance(0, -4);
                c.crease(c.over, up.createTransformedShape(fold), 2.0, 2.0, -0.25);
            }
        }
        // Red and blue life-support connectors on the chest.
        int[] colours = {0xb8322c, 0x2a58a8};
        for (int i = 0; i < 2; i++) {
            double cx = f.x(i == 0 ? -5.2 : 5.2);
            double cy = f.y(19.5);
            Ellipse2D.Double port = TemplateCanvas.ellipse(cx, cy, f.px(1.5), f.px(1.5));
            Relief.paint(c.over, port, f.px(0.5), 1.0, Relief.dome(cx, cy, f.px(1.5), f.px(1.5), 0.6), Metal.STEEL);
            float[] col = TemplateCanvas.colour(colours[i]);
            Ellipse2D.Double cap = TemplateCanvas.ellipse(cx, cy, f.px(1.0), f.px(1.0));
            Relief.paint(c.over, cap, f.px(0.3), 1.0, Relief.dome(cx, cy, f.px(1.0), f.px(1.0), 0.7),
                    (x, y, nx, ny, nz, h) -> TemplateCanvas.rgb(col, 0.35 + 0.7 * Light.diffuse(nx, ny, nz),
                            Light.specular(nx, ny, nz, 40) * 0.7));
        }
        // Bearings where the arms join the torso, and the display and control module on the chest.
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double bearing = new Path2D.Double();
            bearing.moveTo(f.x(side * 19.2), f.y(14.6));
            bearing.curveTo(f.x(side * 17.4), f.y(19), f.x(side * 17.6), f.y(25), f.x(side * 19.6), f.y(31));
            Area ring = new Area(new BasicStroke((float) f.px(1.2), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                    .createStrokedShape(bearing));
            ring.intersect(new Area(body));
            c.castShadow(c.over, ring, side * 2, 3, 3, 0.35);
            Relief.paint(c.over, ring, f.px(0.4), 1.0, Relief.FLAT, Metal.STEEL);
        }
        RoundRectangle2D.Double module = new RoundRectangle2D.Double(f.x(-6.5), f.y(24.5), f.px(13), f.px(6.5),
                f.px(1.2), f.px(1.2));
        c.castShadow(c.over, module, 3, 5, 4, 0.45);
        Relief.paint(c.over, module, f.px(0.6), 0.9, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double v = 0.55 + 0.35 * Light.wrapped(nx, ny, nz, 0.3);
            return TemplateCanvas.rgb(v * 0.9, v * 0.92, v * 0.95);
        });
        Graphics2D g = TemplateCanvas.graphics(c.over);
        int[] knobs = {0xd8d8d8, 0xc03028, 0x2a2a2a, 0xe8b030};
        for (int i = 0; i < knobs.length; i++) {
            double kx = f.x(-4.5 + i * 3.0);
            double ky = f.y(26.6);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(kx - 2, ky - 2), (float) f.px(0.7),
                    new float[] {0f, 1f}, new Color[] {new Color(TemplateCanvas.lerp(knobs[i], 0xffffff, 0.5)),
                        new Color(TemplateCanvas.lerp(knobs[i], 0x000000, 0.4))}));
            g.fill(TemplateCanvas.ellipse(kx, ky, f.px(0.65), f.px(0.65)));
        }
        g.setColor(new Color(0x1a2a22));
        g.fill(new RoundRectangle2D.Double(f.x(-4.8), f.y(28.2), f.px(9.6), f.px(1.5), 4, 4));
        g.setColor(new Color(0x7ad09a));
        g.fill(new Rectangle2D.Double(f.x(-4.2), f.y(28.7), f.px(3.5), f.px(0.5)));
        g.dispose();
        patch(c, f.x(-12.5), f.y(20.0), f.px(2.5));
    }

    /** An embroidered mission patch: navy, a gold border, an orbit round a small planet, a star. */
    private static void patch(TemplateCanvas c, double cx, double cy, double r) {
        Ellipse2D.Double disc = TemplateCanvas.ellipse(cx, cy, r, r);
        Relief.paint(c.over, disc, 2.5, 0.6, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.4);
            double stitch = 0.05 * Math.sin((x + y) * 1.9);
            return TemplateCanvas.rgb(0.08 + 0.1 * d + stitch * 0.3, 0.12 + 0.14 * d, 0.30 + 0.26 * d + stitch);
        });
        Graphics2D g = TemplateCanvas.graphics(c.over);
        g.setClip(disc);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx - r * 0.3, cy + r * 0.3), (float) (r * 0.55),
                new float[] {0f, 1f}, new Color[] {new Color(0x7ac0ff), new Color(0x1f4f9a)}));
        g.fill(TemplateCanvas.ellipse(cx - r * 0.15, cy + r * 0.55, r * 0.55, r * 0.55));
        g.setClip(null);
        TemplateCanvas.stroke(g, TemplateCanvas.ellipse(cx, cy + r * 0.1, r * 0.78, r * 0.3), r * 0.06, new Color(0xf2f2f2));
        g.setColor(new Color(0xf6d36a));
        g.fill(TemplateCanvas.star(cx + r * 0.25, cy - r * 0.35, r * 0.28, r * 0.11, 5));
        TemplateCanvas.stroke(g, TemplateCanvas.ellipse(cx, cy, r - 2, r - 2), 4.0, new Color(0xd9a93a));
        g.dispose();
    }

}
