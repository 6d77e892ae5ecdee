package app.maskai.masks.hairstyles;

import app.maskai.masks.draw.Noise;
import app.maskai.masks.templates.Dice;
import app.maskai.masks.templates.Light;
import app.maskai.masks.templates.Mask;
import app.maskai.masks.templates.Relief;
import app.maskai.masks.templates.TemplateCanvas;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Curls as coils: short helices of a few fibres hanging outward and down from the head, each seen
 * from the side, its turns' near halves lit and far halves in shade, laid from the mass's rim (far)
 * to its middle (near), so that coils in front cover those behind.
 */
final class Coils {
    /** How coils look: their radius and turns (each ± a third), fibres a coil, fibre width (pixels). */
    record Style(double radius, double turns, int fibres, double width) {
    }

    private record Coil(double x, double y, double ax, double ay, double r, double turns, double phase, double tone,
            double depth) {
    }

    private Coils() {
    }

    /**
     * Lays {@code count} coils whose middles fall in {@code region} on the canvas, faded out where
     * {@code fade} falls to 0, lit on {@code form}; {@code centre} is where they spring from (the
     * head's middle).
     */
    static void paint(HairCanvas c, Shape region, HairMass.Field fade, Relief.Form form, Point2D.Double centre,
            Style style, int count, double shade, int seed) {
        Dice dice = new Dice(seed);
        Rectangle2D box = region.getBounds2D();
        List<Coil> coils = new ArrayList<>();
        double[] n = new double[3];
        for (int tries = 0; coils.size() < count && tries < count * 20; tries++) {
            double x = box.getMinX() + dice.next() * box.getWidth();
            double y = box.getMinY() + dice.next() * box.getHeight();
            double r = style.radius() * (0.7 + 0.6 * dice.next());
            double turns = style.turns() * (0.7 + 0.6 * dice.next());
            double phase = dice.next() * 2 * Math.PI;
            double tone = dice.next();
            double swing = dice.gauss() * 0.45;
            if (!region.contains(x, y)) {
                continue;
            }
            // Springing outward from the head's middle.
            double a = Math.atan2(y - centre.y, x - centre.x) + swing;
            form.normal(x, y, n);
            coils.add(new Coil(x, y, Math.cos(a), Math.sin(a), r, turns, phase, tone, n[2]));
        }
        coils.sort(Comparator.comparingDouble(Coil::depth));

        int size = HairCanvas.SIZE;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = TemplateCanvas.graphics(img);
        g.setStroke(new BasicStroke((float) style.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        float[] col = c.colour;
        for (Coil coil : coils) {
            form.normal(coil.x, coil.y, n);
            double lit = Light.wrapped(n[0], n[1], n[2], 0.45);
            // Deeper coils (at the rim, turned away) darker; each its own tone.
            // Clumps of curls a few centimetres across, lighter and darker.
            double clump = 0.8 + 0.4 * Noise.fbm(coil.x / 70, coil.y / 70, seed + 5, 2);
            double base = (0.28 + 0.82 * lit) * (0.8 + 0.4 * coil.tone) * clump * shade * (0.75 + 0.25 * coil.depth)
                    * (1 - 0.2 * c.nearFace(coil.x, coil.y));
            drawCoil(g, coil, style, col, base);
        }
        g.dispose();

        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Mask bounds = Mask.of(box, (int) Math.ceil(style.radius() * (style.turns() * 2 + 3)), size, size);
        HairLayer layer = new HairLayer(bounds.x0, bounds.y0, bounds.w, bounds.h);
        for (int y = 0; y < bounds.h; y++) {
            for (int x = 0; x < bounds.w; x++) {
                int v = px[(y + bounds.y0) * size + x + bounds.x0];
                double alpha = (v >>> 24) / 255.0 * c.allowed(x + bounds.x0, y + bounds.y0)
                        * fade.at(x + bounds.x0 + 0.5, y + bounds.y0 + 0.5);
                if (alpha > 0) {
                    layer.set(y * bounds.w + x, ((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0,
                            (v & 255) / 255.0, alpha);
                }
            }
        }
        c.lay(layer, 0.3);
    }

    /**
     * One coil: each fibre a helix round the coil's axis (x along it, y across it), its far half
     * (cos < 0) drawn first in shade, then its near half lit, with a glint where the near half faces
     * the light.
     */
    private static void drawCoil(Graphics2D g, Coil coil, Style style, float[] col, double base) {
        double pitch = coil.r * 1.3;
        double length = coil.turns * pitch;
        double px = -coil.ay;
        double py = coil.ax;
        int steps = (int) Math.ceil(coil.turns * 28);
        for (int pass = 0; pass < 3; pass++) {
            for (int f = 0; f < style.fibres(); f++) {
                double rr = coil.r * (0.8 + 0.4 * f / Math.max(1, style.fibres() - 1));
                double ph = coil.phase + f * 0.5;
                Path2D.Double run = null;
                for (int i = 0; i <= steps; i++) {
                    double t = i / (double) steps;
                    double ang = ph + t * coil.turns * 2 * Math.PI;
                    // The axis leans towards the viewer: the turns open into loops.
                    double along = t * length - length / 2 + rr * 0.55 * Math.cos(ang);
                    double across = rr * Math.sin(ang);
                    double near = Math.cos(ang);
                    double x = coil.x + coil.ax * along + px * across;
                    double y = coil.y + coil.ay * along + py * across;
                    // Pass 0: far halves; 1: near halves; 2: the glint on the near halves' lit side.
                    boolean in = pass == 0 ? near < 0.05 : pass == 1 ? near > -0.05
                            : near > 0.35 && Math.sin(ang) * (px * Light.X + py * Light.Y) > 0.1;
                    if (in) {
                        if (run == null) {
                            run = new Path2D.Double();
                            run.moveTo(x, y);
                        } else {
                            run.lineTo(x, y);
                        }
                    } else if (run != null) {
                        strokeRun(g, run, pass, col, base, style);
                        run = null;
                    }
                }
                if (run != null) {
                    strokeRun(g, run, pass, col, base, style);
                }
            }
        }
    }

    private static void strokeRun(Graphics2D g, Path2D.Double run, int pass, float[] col, double base, Style style) {
        double k = pass == 0 ? base * 0.5 : base;
        double add = pass == 2 ? 0.1 : 0;
        double mul = pass == 2 ? 1.35 : 1;
        g.setColor(new Color(HairCanvas.channel(col[0] * k * mul + add), HairCanvas.channel(col[1] * k * mul + add),
                HairCanvas.channel(col[2] * k * mul + add * 0.9), pass == 2 ? 150 : 255));
        if (pass == 2) {
            g.setStroke(new BasicStroke((float) (style.width() * 0.7), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(run);
            g.setStroke(new BasicStroke((float) style.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        } else {
            g.draw(run);
        }
    }
}
