package app.maskai.masks.paint;

import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Tone;

/** A faceted stone in a metal setting, composed onto a texel's colour. */
final class Jewel {
    private Jewel() {
    }

    /** Returns {r, g, b, shade} after laying the stone at (u, v), radius px, over the colour. */
    static double[] stone(LayoutCanvas c, int x, int y, double u, double v, double radius,
            float[] setting, float[] colour, double shade, double light, float[] gem) {
        double r = Tone.hypot(x + 0.5 - c.x(u), y + 0.5 - c.y(v));
        double ring = Tone.smoothstep(radius + 3, radius + 1.5, r);
        double inner = Tone.smoothstep(radius + 0.5, radius - 0.5, r);
        float[] out = colour;
        if (ring > 0) {
            out = Tone.mix(out, setting, ring);
            shade = shade + (0.9 * light - shade) * ring;
        }
        if (inner > 0) {
            double ox = (x + 0.5 - c.x(u)) / radius;
            double oy = (y + 0.5 - c.y(v)) / radius;
            double facet = 0.65 + 0.35 * Math.cos(6 * Math.atan2(oy, ox)) * Tone.hypot(ox, oy);
            double glint = Tone.gauss(Tone.hypot(ox + 0.35, oy + 0.35) / 0.25);
            float[] lit = Tone.mix(gem, new float[] {1, 1, 1}, Tone.clamp(0.35 * facet + glint));
            out = Tone.mix(out, lit, inner);
            shade = shade + (light * (0.8 + 0.3 * facet) - shade) * inner;
        }
        return new double[] {out[0], out[1], out[2], shade};
    }
}
