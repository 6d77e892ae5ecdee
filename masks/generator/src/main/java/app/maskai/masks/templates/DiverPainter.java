package app.maskai.masks.templates;

import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A deep-sea diver in a brass standard-dress helmet: the face behind the round front porthole
 * (its bolted frame and a light glint on the glass in front of the face, the helmet's dark inside
 * round it), side and top ports, an air valve breathing bubbles, the bolted breastplate over a
 * canvas suit, in blue-green water under shafts of light, with drifting specks, kelp and fish.
 */
final class DiverPainter implements TemplatePainter {
    /** The front porthole's inner radius, face centimetres, about the face oval's centroid. */
    private static final double PORT = 9.3;

    @Override
    public PaintedHead.Look look(TemplateDesign design) {
        return new PaintedHead.Look(design.hair(), 0x4a6a4a, false);
    }

    @Override
    public void behind(TemplateCanvas c) {
        int seed = c.seed;
        double sunX = 230;
        c.fill(c.back, new Rectangle2D.Double(0, 0, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT), (x, y) -> {
            double t = y / (double) TemplateCanvas.HEIGHT;
            double r = 0.10 + 0.10 * (1 - t);
            double g = 0.34 + 0.28 * (1 - t) * (1 - t);
            double b = 0.40 + 0.18 * (1 - t);
            // Shafts of light fanning down from the surface, upper left.
            double a = Math.atan2(x - sunX, y + 300);
            double shaft = Math.pow(Tone.smoothstep(0.45, 0.85, Noise.fbm(a * 9, 0.5, seed, 3)), 1.5)
                    * Math.exp(-t * 2.2);
            double web = Math.abs(Noise.fbm(x / 55.0, y / 22.0, seed + 1, 3) - 0.5);
            double caustic = Tone.smoothstep(0.035, 0.0, web) * Math.exp(-t * 7) * 0.35;
            double light = shaft * 0.3 + caustic;
            return TemplateCanvas.rgb(r + light * 0.6, g + light, b + light * 0.9);
        });
        Graphics2D g = TemplateCanvas.graphics(c.back);
        Dice dice = new Dice(seed + 2);
        // Kelp at the bottom corners, far off: dark, soft.
        for (int i = 0; i < 9; i++) {
            double x0 = i < 5 ? dice.range(-20, 170) : dice.range(560, 740);
            double height = dice.range(260, 460);
            Path2D.Double kelp = new Path2D.Double();
            kelp.moveTo(x0, TemplateCanvas.HEIGHT);
            double sway = dice.range(-40, 40);
            kelp.curveTo(x0 + sway, TemplateCanvas.HEIGHT - height * 0.4, x0 - sway, TemplateCanvas.HEIGHT - height * 0.7,
                    x0 + sway * 0.5, TemplateCanvas.HEIGHT - height);
            TemplateCanvas.stroke(g, kelp, dice.range(7, 14), new Color(0x0c3a34));
        }
        // Fish far off, in the blue.
        for (int i = 0; i < 7; i++) {
            double fx = dice.range(30, 690);
            double fy = dice.range(60, 420);
            double size = dice.range(10, 20);
            int dir = dice.next() < 0.5 ? -1 : 1;
            Path2D.Double fish = new Path2D.Double();
            fish.moveTo(fx + dir * size, fy);
            fish.quadTo(fx, fy - size * 0.5, fx - dir * size * 0.7, fy);
            fish.lineTo(fx - dir * size * 1.2, fy - size * 0.4);
            fish.lineTo(fx - dir * size * 1.2, fy + size * 0.4);
            fish.lineTo(fx - dir * size * 0.7, fy);
            fish.quadTo(fx, fy + size * 0.5, fx + dir * size, fy);
            g.setColor(new Color(0x1d5a62));
            g.fill(fish);
        }
        // Drifting specks.
        for (int i = 0; i < 260; i++) {
            double x = dice.range(0, TemplateCanvas.WIDTH);
            double y = dice.range(0, TemplateCanvas.HEIGHT);
            double r = dice.range(0.5, 1.6);
            g.setColor(TemplateCanvas.awt(0xcff4ec, dice.range(0.15, 0.5)));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        g.dispose();
    }

    @Override
    public void over(TemplateCanvas c) {
        suit(c);
        breastplate(c);
        helmet(c);
        bubbles(c);
    }

    /** The canvas suit over the shoulders, below the breastplate. */
    private static void suit(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double body = new Path2D.Double();
        body.moveTo(f.x(-27), f.y(40));
        body.lineTo(f.x(-26), f.y(24));
        body.curveTo(f.x(-24), f.y(17), f.x(-18), f.y(14.5), f.x(-10), f.y(13.5));
        body.lineTo(f.x(10), f.y(13.5));
        body.curveTo(f.x(18), f.y(14.5), f.x(24), f.y(17), f.x(26), f.y(24));
        body.lineTo(f.x(27), f.y(40));
        body.closePath();
        int seed = c.seed;
        Relief.paint(c.over, body, f.px(2), 0.9, Relief.FLAT, (x, y, nx, ny, nz, h) -> {
            double d = Light.wrapped(nx, ny, nz, 0.4);
            double weave = 0.015 * Math.sin(x * 0.8) * Math.sin(y * 0.8) + (Noise.fbm(x / 30.0, y / 30.0, seed + 4, 3)
                    - 0.5) * 0.12;
            double v = 0.25 + 0.40 * d + weave;
            return TemplateCanvas.rgb(v * 0.85, v * 0.75, v * 0.55);
        });
    }

    /** The brass breastplate (corselet) with its edge strip and wing nuts. */
    private static void breastplate(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double plate = new Path2D.Double();
        plate.moveTo(f.x(-19.5), f.y(24));
        plate.curveTo(f.x(-21), f.y(17), f.x(-16), f.y(12.5), f.x(-8), f.y(11.6));
        plate.lineTo(f.x(8), f.y(11.6));
        plate.curveTo(f.x(16), f.y(12.5), f.x(21), f.y(17), f.x(19.5), f.y(24));
        plate.curveTo(f.x(12), f.y(27.5), f.x(-12), f.y(27.5), f.x(-19.5), f.y(24));
        plate.closePath();
        c.castShadow(c.over, plate, 0, f.px(0.8), f.px(1.0), 0.5);
        Relief.Form form = Relief.dome(f.x(0), f.y(13), f.px(22), f.px(15), 0.9);
        Relief.paint(c.over, plate, f.px(0.9), 1.0, form, patinated(c.seed + 5));
        // The edge strip (brail) and its wing nuts.
        Path2D.Double brail = new Path2D.Double();
        brail.moveTo(f.x(-18.6), f.y(23.0));
        brail.curveTo(f.x(-12), f.y(26.0), f.x(12), f.y(26.0), f.x(18.6), f.y(23.0));
        Area strip = new Area(new BasicStroke((float) f.px(1.3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(brail));
        Relief.paint(c.over, strip, f.px(0.3), 1.0, Relief.FLAT, Metal.BRASS);
        double[] ts = {0.06, 0.28, 0.5, 0.72, 0.94};
        for (double t : ts) {
            double x = (1 - t) * (1 - t) * (1 - t) * -18.6 + 3 * (1 - t) * (1 - t) * t * -12 + 3 * (1 - t) * t * t * 12
                    + t * t * t * 18.6;
            double y = (1 - t) * (1 - t) * (1 - t) * 23 + 3 * (1 - t) * (1 - t) * t * 26 + 3 * (1 - t) * t * t * 26
                    + t * t * t * 23;
            wingNut(c, f.x(x), f.y(y), f.px(0.9));
        }
        for (int side = -1; side <= 1; side += 2) {
            for (int i = 0; i < 3; i++) {
                double bx = f.x(side * (9.5 + i * 3.6));
                double by = f.y(13.2 + i * 1.6);
                Ellipse2D.Double stud = TemplateCanvas.ellipse(bx, by, f.px(0.55), f.px(0.55));
                c.castShadow(c.over, stud, 1.5, 2, 1.5, 0.4);
                Relief.paint(c.over, stud, 1.5, 1, Relief.dome(bx, by, f.px(0.55), f.px(0.55), 1), Metal.BRASS);
            }
        }
    }

    /** A wing nut: a hub and two flat wings. */
    private static void wingNut(TemplateCanvas c, double x, double y, double r) {
        Area nut = new Area(TemplateCanvas.ellipse(x, y, r * 0.7, r * 0.7));
        nut.add(new Area(new Ellipse2D.Double(x - r * 2.1, y - r * 0.55, r * 1.8, r * 1.1)));
        nut.add(new Area(new Ellipse2D.Double(x + r * 0.3, y - r * 0.55, r * 1.8, r * 1.1)));
        c.castShadow(c.over, nut, 2, 3, 2, 0.45);
        Relief.paint(c.over, nut, 1.6, 1.1, Relief.FLAT, Metal.BRASS);
    }

    /** Brass with a blue-green patina gathering in blotches. */
    static Relief.Surface patinated(int seed) {
        return (x, y, nx, ny, nz, h) -> {
            int brass = Metal.BRASS.rgb(x, y, nx, ny, nz, h);
            double verdigris = Tone.smoothstep(0.6, 0.78, Noise.fbm(x / 22.0, y / 22.0, seed, 4)) * 0.55;
            return TemplateCanvas.lerp(brass, 0x4f9a86, verdigris * (0.6 + 0.4 * (1 - h)));
        };
    }

    private static void helmet(TemplateCanvas c) {
        FacePose f = c.face;
        Point2D.Double hc = f.at(0, -0.6);
        double rx = f.px(13.6);
        double ry = f.px(14.0);
        Ellipse2D.Double bonnet = TemplateCanvas.ellipse(hc.x, hc.y, rx, ry);
        Point2D.Double pc = f.ovalCentre();
        double port = f.px(PORT);
        Ellipse2D.Double portHole = TemplateCanvas.ellipse(pc.x, pc.y, port, port);
        // The neck ring where the bonnet meets the breastplate.
        Ellipse2D.Double neck = TemplateCanvas.ellipse(f.x(0), f.y(12.0), f.px(9.8), f.px(2.6));
        Relief.paint(c.over, neck, f.px(0.6), 1.0, Relief.FLAT, Metal.BRASS);
        // Side ports seen at a slant, then the bonnet over them.
        Area shell = new Area(bonnet);
        shell.subtract(new Area(portHole));
        c.castShadow(c.over, shell, f.px(0.4), f.px(0.8), f.px(1.2), 0.5);
        Relief.paint(c.over, shell, f.px(1.0), 0.8, Relief.dome(hc.x, hc.y, rx, ry, 1.0), patinated(c.seed + 6));
        for (int side = -1; side <= 1; side += 2) {
            sidePort(c, f.x(side * 11.6), f.y(-1.5), f.px(1.7), f.px(3.0));
        }
        sidePort(c, f.x(0), f.y(-11.6), f.px(2.9), f.px(1.5));
        valve(c);
        inside(c, portHole);
        frame(c, pc, port);
        glint(c, pc, port);
    }

    /** A small port on the helmet's side: a brass rim round dark, reflecting glass. */
    private static void sidePort(TemplateCanvas c, double x, double y, double rx, double ry) {
        Ellipse2D.Double rim = TemplateCanvas.ellipse(x, y, rx * 1.35, ry * 1.25);
        c.castShadow(c.over, rim, 2, 3, 3, 0.45);
        Relief.paint(c.over, rim, 3, 1.2, Relief.dome(x, y, rx * 1.35, ry * 1.25, 0.6), Metal.BRASS);
        Ellipse2D.Double glass = TemplateCanvas.ellipse(x, y, rx, ry);
        Relief.paint(c.over, glass, 2, 0.8, Relief.dome(x, y, rx, ry, 0.8), (px, py, nx, ny, nz, h) -> {
            double env = Light.environment(nx, ny, nz);
            double spec = Light.specular(nx, ny, nz, 60);
            double v = 0.04 + 0.16 * env;
            return TemplateCanvas.rgb(v * 0.6 + spec, v * 1.2 + spec, v * 1.2 + spec);
        });
    }

    /** The air inlet on the right: an elbow pipe ending in a valve. */
    private static void valve(TemplateCanvas c) {
        FacePose f = c.face;
        Path2D.Double pipe = new Path2D.Double();
        pipe.moveTo(f.x(8.5), f.y(-9.5));
        pipe.quadTo(f.x(12.5), f.y(-13.5), f.x(15.2), f.y(-12.0));
        Area tube = new Area(new BasicStroke((float) f.px(1.5), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                .createStrokedShape(pipe));
        c.castShadow(c.over, tube, 2, 3, 3, 0.45);
        Relief.paint(c.over, tube, f.px(0.6), 1.2, Relief.FLAT, Metal.BRASS);
        Ellipse2D.Double cap = TemplateCanvas.ellipse(f.x(15.3), f.y(-12.0), f.px(1.0), f.px(1.3));
        Relief.paint(c.over, cap, 3, 1.2, Relief.dome(f.x(15.3), f.y(-12.0), f.px(1.0), f.px(1.3), 0.9), Metal.BRASS);
    }

    /**
     * The helmet's inside round the face, seen through the porthole: dark, the face's edge fading
     * into it (a soft edge, so the person's face fades the same way).
     */
    private static void inside(TemplateCanvas c, Ellipse2D.Double portHole) {
        FacePose f = c.face;
        List<Point2D.Double> pts = new ArrayList<>();
        for (int j = 0; j < 36; j++) {
            pts.add(f.ring(j, 0.06));
        }
        Mask face = Mask.of(LayoutCanvas.closedCurve(pts), (int) f.px(1.5), TemplateCanvas.WIDTH,
                TemplateCanvas.HEIGHT).blurred(f.px(0.45));
        Mask dark = Mask.of(portHole, 2, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT).minus(face);
        int seed = c.seed;
        c.paint(c.over, dark, (x, y) -> {
            double v = 0.03 + 0.05 * Noise.fbm(x / 20.0, y / 20.0, seed + 8, 3);
            return TemplateCanvas.rgb(v * 0.7, v * 1.3, v * 1.3);
        });
    }

    /** The porthole's bolted brass frame. */
    private static void frame(TemplateCanvas c, Point2D.Double pc, double port) {
        FacePose f = c.face;
        Area ring = new Area(TemplateCanvas.ellipse(pc.x, pc.y, port + f.px(2.1), port + f.px(2.1)));
        ring.subtract(new Area(TemplateCanvas.ellipse(pc.x, pc.y, port, port)));
        c.castShadow(c.over, ring, f.px(0.15), f.px(0.3), f.px(0.3), 0.55);
        Relief.Form torus = (x, y, out) -> {
            double dx = x - pc.x;
            double dy = y - pc.y;
            double r = Math.sqrt(dx * dx + dy * dy);
            double across = Math.max(-0.95, Math.min(0.95, (r - port - f.px(1.05)) / f.px(1.2)));
            double z = Math.sqrt(1 - across * across);
            Relief.unit(dx / r * across, dy / r * across, z, out);
        };
        Relief.paint(c.over, ring, f.px(0.3), 0.9, torus, Metal.BRASS);
        // The inner lip that holds the glass.
        Area lip = new Area(TemplateCanvas.ellipse(pc.x, pc.y, port + f.px(0.45), port + f.px(0.45)));
        lip.subtract(new Area(TemplateCanvas.ellipse(pc.x, pc.y, port, port)));
        Relief.paint(c.over, lip, f.px(0.15), 1.0, Relief.FLAT, Metal.BRASS);
        for (int i = 0; i < 8; i++) {
            double a = Math.PI / 8 + i * Math.PI / 4;
            double bx = pc.x + Math.cos(a) * (port + f.px(1.2));
            double by = pc.y + Math.sin(a) * (port + f.px(1.2));
            Path2D.Double hex = new Path2D.Double();
            for (int k = 0; k < 6; k++) {
                double ha = a + k * Math.PI / 3;
                double hx = bx + Math.cos(ha) * f.px(0.6);
                double hy = by + Math.sin(ha) * f.px(0.6);
                if (k == 0) {
                    hex.moveTo(hx, hy);
                } else {
                    hex.lineTo(hx, hy);
                }
            }
            hex.closePath();
            c.castShadow(c.over, hex, 1.5, 2, 1.5, 0.5);
            Relief.paint(c.over, hex, 1.2, 1.0, Relief.dome(bx, by, f.px(0.6), f.px(0.6), 0.4), Metal.BRASS);
        }
    }

    /** A faint glint on the porthole's glass, upper left, away from the eyes. */
    private static void glint(TemplateCanvas c, Point2D.Double pc, double port) {
        Graphics2D g = TemplateCanvas.graphics(c.over);
        double r = port * 0.86;
        Arc2D.Double arc = new Arc2D.Double(pc.x - r, pc.y - r, 2 * r, 2 * r, 118, 42, Arc2D.OPEN);
        g.setStroke(new BasicStroke((float) (port * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 70));
        g.draw(arc);
        double r2 = port * 0.76;
        Arc2D.Double arc2 = new Arc2D.Double(pc.x - r2, pc.y - r2, 2 * r2, 2 * r2, 128, 22, Arc2D.OPEN);
        g.setStroke(new BasicStroke((float) (port * 0.03), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 55));
        g.draw(arc2);
        g.dispose();
        // A softer sheen across the whole glass edge on the lit side.
        Area sheen = new Area(TemplateCanvas.ellipse(pc.x, pc.y, port, port));
        sheen.subtract(new Area(TemplateCanvas.ellipse(pc.x + port * 0.12, pc.y + port * 0.12, port * 0.98,
                port * 0.98)));
        c.paint(c.over, Mask.of(sheen, 6, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT).blurred(3).times(0.25),
                (x, y) -> 0xe8fff8);
    }

    /** Bubbles rising from the valve, and a few drifting up the water. */
    private static void bubbles(TemplateCanvas c) {
        FacePose f = c.face;
        Dice dice = new Dice(c.seed + 30);
        Graphics2D g = TemplateCanvas.graphics(c.over);
        double x = f.x(15.8);
        double y = f.y(-13.6);
        for (int i = 0; i < 16; i++) {
            double r = dice.range(3, 9) * (1 + i * 0.05);
            x += dice.range(-8, 10);
            y -= r * 2.2 + dice.range(2, 10);
            if (y < -10) {
                break;
            }
            bubble(g, x, y, r);
        }
        for (int i = 0; i < 14; i++) {
            double bx = dice.next() < 0.5 ? dice.range(20, 150) : dice.range(570, 700);
            bubble(g, bx, dice.range(40, 700), dice.range(2.5, 7));
        }
        g.dispose();
    }

    private static void bubble(Graphics2D g, double x, double y, double r) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) r, new float[] {0f, 0.75f, 1f},
                new Color[] {new Color(180, 240, 235, 25), new Color(190, 245, 240, 60), new Color(230, 255, 250, 200)}));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        g.setColor(new Color(255, 255, 255, 220));
        double h = r * 0.28;
        g.fill(new Ellipse2D.Double(x - r * 0.45 - h, y - r * 0.45 - h, 2 * h, 2 * h));
    }
}
