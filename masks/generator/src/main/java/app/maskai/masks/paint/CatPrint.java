package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;
import java.awt.geom.Path2D;

/**
 * A cat's face printed on the cloth: a pink nose over the wearer's nose tip, a "w" mouth above
 * the real one (kept off the lips, whose triangles stretch), three whiskers a side and blush.
 */
final class CatPrint {
    final LayoutCanvas canvas;
    final float[] ink;
    final float[] nose;
    final Layer noseLayer;
    final float[] lines;

    CatPrint(LayoutCanvas c) {
        noseLayer = c.layer(c.closedCurve(new double[][] {{0.500, 0.503}, {0.541, 0.504},
                {0.558, 0.515}, {0.544, 0.537}, {0.517, 0.556}, {0.500, 0.562}, {0.483, 0.556},
                {0.456, 0.537}, {0.442, 0.515}, {0.459, 0.504}}), 1.5);
        Path2D.Double strokes = new Path2D.Double();
        strokes.append(c.curve(new double[][] {{0.500, 0.558}, {0.500, 0.632}}), false);
        for (int side = -1; side <= 1; side += 2) {
            strokes.append(c.curve(Wear.side(new double[][] {{0.500, 0.633}, {0.484, 0.648},
                    {0.466, 0.649}, {0.452, 0.637}}, side)), false);
            strokes.append(c.curve(Wear.side(new double[][] {{0.375, 0.588}, {0.28, 0.567},
                    {0.17, 0.556}}, side)), false);
            strokes.append(c.curve(Wear.side(new double[][] {{0.372, 0.615}, {0.27, 0.611},
                    {0.16, 0.617}}, side)), false);
            strokes.append(c.curve(Wear.side(new double[][] {{0.375, 0.642}, {0.28, 0.656},
                    {0.18, 0.680}}, side)), false);
        }
        lines = c.strokeCoverage(strokes, 6.5);
        ink = new float[] {0.16f, 0.15f, 0.17f};
        nose = new float[] {0.91f, 0.55f, 0.63f};
        canvas = c;
    }

    float[] colour(int p, int x, int y, float[] base, double heather) {
        LayoutCanvas c = canvas;
        double u = c.u(x);
        double v = c.v(y);
        float[] colour = Tone.scale(base, 1 + 0.18 * heather);
        // Blush on the cheeks.
        for (int side = -1; side <= 1; side += 2) {
            double bu = side < 0 ? 0.285 : 0.715;
            double blush = Tone.gauss(Tone.hypot((u - bu) / 0.065, (v - 0.545) / 0.035));
            colour = Tone.mix(colour, new float[] {0.93f, 0.62f, 0.66f}, 0.45 * blush);
        }
        double print = 0.9 + 0.1 * Noise.value(x / 1.5, y / 1.5, 36);
        // Whiskers taper: lighter towards their tips.
        double taper = 1 - 0.55 * Tone.smoothstep(0.28, 0.34, Math.abs(u - 0.5));
        colour = Tone.mix(colour, ink, lines[p] * print * taper);
        double n = noseLayer.alpha[p];
        if (n > 0) {
            double hl = Tone.gauss(Tone.hypot((u - 0.485) / 0.018, (v - 0.515) / 0.008));
            float[] nc = Tone.mix(nose, new float[] {1f, 0.86f, 0.89f}, 0.6 * hl);
            colour = Tone.mix(colour, nc, n * print);
        }
        return colour;
    }
}
