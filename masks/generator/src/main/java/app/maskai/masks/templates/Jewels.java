package app.maskai.masks.templates;

/**
 * Cut stones as {@link Relief.Surface}s: a deep body colour, brighter where the light passes
 * through (opposite the light: the far side of a cabochon glows), a sharp white highlight and a
 * sparkle of facets.
 */
final class Jewels implements Relief.Surface {
    static final Jewels RUBY = new Jewels(0x5a0410, 0xe0303a);
    static final Jewels SAPPHIRE = new Jewels(0x06103e, 0x3c70e0);
    static final Jewels EMERALD = new Jewels(0x032a16, 0x2ab86a);
    static final Jewels PEARL = new Jewels(0x9a948c, 0xfbf6ee);

    private final float[] deep;
    private final float[] glow;

    Jewels(int deep, int glow) {
        this.deep = TemplateCanvas.colour(deep);
        this.glow = TemplateCanvas.colour(glow);
    }

    @Override
    public int rgb(int x, int y, double nx, double ny, double nz, double height) {
        // Light passing through comes out on the side away from the light.
        double through = Math.max(0, -(nx * Light.X + ny * Light.Y)) * 1.3;
        double t = Math.min(1, 0.25 + through * 0.9 + 0.25 * Light.diffuse(nx, ny, nz));
        double facet = ((x * 7 + y * 13) % 11 == 0) ? 0.15 : 0;
        double spec = Light.specular(nx, ny, nz, 90) * 1.2 + Light.specular(nx, ny, nz, 12) * 0.15 + facet;
        double r = deep[0] + (glow[0] - deep[0]) * t;
        double g = deep[1] + (glow[1] - deep[1]) * t;
        double b = deep[2] + (glow[2] - deep[2]) * t;
        return TemplateCanvas.rgb(r + spec, g + spec, b + spec);
    }
}
