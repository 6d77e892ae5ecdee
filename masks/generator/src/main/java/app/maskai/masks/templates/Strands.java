package app.maskai.masks.templates;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Hair and fur as many thin strokes: each starts at a seeded point inside a shape and follows a
 * flow field ({@link Flow}: the direction hair falls or fur lies), its colour from a dark to a
 * light tone by the light on a base form, so that a mass of strands reads as a lit volume.
 */
public final class Strands {
    private Strands() {
    }

    /** The direction strands run at a pixel, radians (0 right, π/2 down). */
    @FunctionalInterface
    public interface Flow {
        double angle(double x, double y);
    }

    /** How a mass of strands looks. */
    record Style(int dark, int light, double length, double width, double alpha, int count) {
    }

    /**
     * Draws {@code style.count()} strands inside {@code shape} on {@code target}, following
     * {@code flow}; {@code form} lights them (its normal's diffuse light picks the tone).
     */
    static void draw(BufferedImage target, Shape shape, Flow flow, Relief.Form form, Style style, int seed) {
        Graphics2D g = TemplateCanvas.graphics(target);
        g.clip(shape);
        Rectangle2D b = shape.getBounds2D();
        Dice dice = new Dice(seed);
        double[] n = new double[3];
        int drawn = 0;
        for (int tries = 0; drawn < style.count() && tries < style.count() * 6; tries++) {
            double x = b.getMinX() + dice.next() * b.getWidth();
            double y = b.getMinY() + dice.next() * b.getHeight();
            double len = style.length() * (0.6 + 0.8 * dice.next());
            double wid = style.width() * (0.6 + 0.8 * dice.next());
            double jitter = dice.gauss() * 0.25;
            double tone = dice.next();
            if (!shape.contains(x, y)) {
                continue;
            }
            drawn++;
            Path2D.Double path = new Path2D.Double();
            path.moveTo(x, y);
            double step = 3;
            for (double s = 0; s < len; s += step) {
                double a = flow.angle(x, y) + jitter;
                x += Math.cos(a) * step;
                y += Math.sin(a) * step;
                path.lineTo(x, y);
            }
            form.normal(x, y, n);
            double light = Light.wrapped(n[0], n[1], n[2], 0.3);
            double t = Math.max(0, Math.min(1, light * 0.85 + (tone - 0.5) * 0.5));
            int colour = TemplateCanvas.lerp(style.dark(), style.light(), t);
            g.setColor(TemplateCanvas.awt(colour, style.alpha()));
            g.setStroke(new BasicStroke((float) wid, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
        g.dispose();
    }
}
