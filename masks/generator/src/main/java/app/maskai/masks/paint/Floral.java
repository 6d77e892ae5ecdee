package app.maskai.masks.paint;

import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Tone;

/** A small-flower print: five-petal flowers with leaves on a jittered grid, and buds between. */
final class Floral {
    static final double PITCH = 1.75;

    private Floral() {
    }

    static float[] colour(double s, double t, float[] ground, float[] petal, double perCm,
            boolean rightPanel, double fine) {
        float[] centre = {0.88f, 0.68f, 0.25f};
        float[] leaf = Tone.mix(new float[] {0.36f, 0.50f, 0.32f}, ground, 0.25);
        float[] colour = ground;
        double aa = 1.2 / perCm; // an antialiasing width of about a pixel, in cm
        int ci = (int) Math.floor(s / PITCH);
        int cj = (int) Math.floor(t / PITCH);
        for (int j = cj - 1; j <= cj + 1; j++) {
            for (int i = ci - 1; i <= ci + 1; i++) {
                double fx = (i + 0.2 + 0.6 * Noise.hash(i, j, 81)) * PITCH;
                double fy = (j + 0.2 + 0.6 * Noise.hash(i, j, 82)) * PITCH;
                double radius = 0.42 + 0.14 * Noise.hash(i, j, 83);
                double rot = 2 * Math.PI * Noise.hash(i, j, 84);
                double dx = s - fx;
                double dy = t - fy;
                double rho = Tone.hypot(dx, dy);
                if (rho > 2.2 * radius || ClothPainter.nearMouth(fx, fy, radius, rightPanel)) {
                    continue;
                }
                // Two leaves behind the flower.
                for (int l = 0; l < 2; l++) {
                    double a = rot + Math.PI / 5 + l * (Math.PI * 0.9 + 0.6 * Noise.hash(i, j, 85 + l));
                    double lx = fx + Math.cos(a) * radius * 1.25;
                    double ly = fy + Math.sin(a) * radius * 1.25;
                    double along = (s - lx) * Math.cos(a) + (t - ly) * Math.sin(a);
                    double acrossLeaf = -(s - lx) * Math.sin(a) + (t - ly) * Math.cos(a);
                    double half = 0.17 * Math.sqrt(Math.max(0, 1 - along * along / (0.42 * 0.42)));
                    double in = 1 - Tone.smoothstep(half - aa, half + aa, Math.abs(acrossLeaf));
                    if (in > 0) {
                        double vein = Tone.gauss(acrossLeaf / (0.6 * aa));
                        float[] lc = Tone.mix(leaf, Tone.scale(leaf, 1.25), 0.5 * vein);
                        colour = Tone.mix(colour, lc, in * fine);
                    }
                }
                // Petals: five lobes, darker towards the heart.
                double theta = Math.atan2(dy, dx) - rot;
                double edge = radius * (0.42 + 0.58 * Math.pow(Math.abs(Math.cos(2.5 * theta)), 0.65));
                double in = 1 - Tone.smoothstep(edge - aa, edge + aa, rho);
                if (in > 0) {
                    float[] pc = Tone.mix(Tone.scale(petal, 0.86), petal, Tone.smoothstep(0.1, 0.8,
                            rho / radius));
                    double crease = Tone.gauss(Math.sin(2.5 * theta) * rho / (1.5 * aa))
                            * Tone.smoothstep(0.25, 0.5, rho / radius);
                    pc = Tone.mix(pc, Tone.scale(petal, 0.8), 0.4 * crease);
                    colour = Tone.mix(colour, pc, in);
                }
                double heart = 1 - Tone.smoothstep(0.2 * radius - aa, 0.2 * radius + aa, rho);
                if (heart > 0) {
                    colour = Tone.mix(colour, centre, heart);
                }
                // A bud half a cell away.
                double bx = fx + 0.5 * PITCH;
                double by = fy + 0.45 * PITCH;
                double bud = 1 - Tone.smoothstep(0.07 - aa, 0.07 + aa, Tone.hypot(s - bx, t - by));
                if (bud > 0 && !ClothPainter.nearMouth(bx, by, 0.07, rightPanel)) {
                    colour = Tone.mix(colour, petal, 0.9 * bud);
                }
            }
        }
        return colour;
    }
}
