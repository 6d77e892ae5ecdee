package app.maskai.masks.templates;

import app.maskai.masks.draw.Noise;

/**
 * Polished or worn metal as a {@link Relief.Surface}: a ramp from a dark to a light tone, chosen
 * by what the surface reflects of the studio ({@link Light#environment}) mixed with its diffuse
 * light by {@code polish}, then a highlight; {@code grain} adds brushed streaks (horizontal),
 * {@code pitting} blotchy wear.
 */
final class Metal implements Relief.Surface {
    static final Metal GOLD = new Metal(0x4a2a08, 0xc8932e, 0xfff0b0, 0.75, 40, 0.05, 0.05, 1);
    static final Metal BRASS = new Metal(0x2a1704, 0xa5762a, 0xfbe3a0, 0.72, 36, 0.06, 0.12, 2);
    static final Metal STEEL = new Metal(0x1e2227, 0x8a939c, 0xeef3f7, 0.7, 50, 0.07, 0.06, 3);
    static final Metal IRON = new Metal(0x15171a, 0x5b6066, 0xc9ced2, 0.45, 22, 0.05, 0.22, 4);

    private final float[] dark;
    private final float[] mid;
    private final float[] light;
    private final double polish;
    private final double power;
    private final double grain;
    private final double pitting;
    private final int seed;

    Metal(int dark, int mid, int light, double polish, double power, double grain, double pitting,
            int seed) {
        this.dark = TemplateCanvas.colour(dark);
        this.mid = TemplateCanvas.colour(mid);
        this.light = TemplateCanvas.colour(light);
        this.polish = polish;
        this.power = power;
        this.grain = grain;
        this.pitting = pitting;
        this.seed = seed;
    }

    @Override
    public int rgb(int x, int y, double nx, double ny, double nz, double height) {
        return rgb(x, y, nx, ny, nz, height, 1);
    }

    /** The metal's colour with its light scaled by {@code shade} (shadows, recesses). */
    int rgb(int x, int y, double nx, double ny, double nz, double height, double shade) {
        double env = Light.environment(nx, ny, nz);
        double dif = Light.diffuse(nx, ny, nz);
        double t = polish * env + (1 - polish) * (0.15 + 0.85 * dif);
        t += grain * (Noise.value(x * 0.04, y * 0.3, seed) - 0.5);
        t -= pitting * Math.max(0, Noise.fbm(x * 0.06, y * 0.06, seed + 7, 4) - 0.45) * 2;
        t = Math.max(0, Math.min(1, t * shade * (0.85 + 0.15 * height)));
        double r;
        double g;
        double b;
        if (t < 0.5) {
            double u = t / 0.5;
            r = dark[0] + (mid[0] - dark[0]) * u;
            g = dark[1] + (mid[1] - dark[1]) * u;
            b = dark[2] + (mid[2] - dark[2]) * u;
        } else {
            double u = (t - 0.5) / 0.5;
            r = mid[0] + (light[0] - mid[0]) * u;
            g = mid[1] + (light[1] - mid[1]) * u;
            b = mid[2] + (light[2] - mid[2]) * u;
        }
        double spec = Light.specular(nx, ny, nz, power) * shade;
        r += (1 - r) * spec;
        g += (1 - g) * spec;
        b += (1 - b) * spec;
        return TemplateCanvas.rgb(r, g, b);
    }
}
