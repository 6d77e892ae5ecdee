package app.maskai.masks.templates;

/**
 * The one light every template is painted in: a key light from the upper left, in front, as in
 * a studio portrait. Normals here are in the picture's frame: x right, y down, z towards the
 * viewer, unit length.
 */
public final class Light {
    /** Towards the light: left, up and in front (unit). */
    public static final double X = -0.46;
    public static final double Y = -0.56;
    public static final double Z = 0.689;
    /** The half vector between the light and the viewer (0, 0, 1), for highlights (unit). */
    private static final double HX;
    private static final double HY;
    private static final double HZ;

    static {
        double len = Math.sqrt(X * X + Y * Y + (Z + 1) * (Z + 1));
        HX = X / len;
        HY = Y / len;
        HZ = (Z + 1) / len;
    }

    private Light() {
    }

    /** Lambert: the cosine between the normal and the light, 0 where it faces away. */
    static double diffuse(double nx, double ny, double nz) {
        return Math.max(0, nx * X + ny * Y + nz * Z);
    }

    /**
     * Lambert wrapped round the terminator by {@code wrap} (0..1): soft light that reaches a
     * little past the side facing away, as on skin or cloth.
     */
    public static double wrapped(double nx, double ny, double nz, double wrap) {
        return Math.max(0, (nx * X + ny * Y + nz * Z + wrap) / (1 + wrap));
    }

    /** Blinn-Phong highlight of the given sharpness. */
    public static double specular(double nx, double ny, double nz, double power) {
        double d = nx * HX + ny * HY + nz * HZ;
        return d <= 0 ? 0 : Math.pow(d, power);
    }

    /**
     * What a mirror-like surface with this normal reflects of a simple studio: a bright sky above,
     * a darker band at the horizon and a warm floor below (0..1). Polished metal reads as metal
     * by these bands more than by its highlight.
     */
    static double environment(double nx, double ny, double nz) {
        // Reflected view ray r = 2 (n·v) n − v with v = (0, 0, 1); up is −y.
        double up = -2 * nz * ny;
        double side = 2 * nz * nx;
        double sky = 0.62 + 0.38 * Math.max(0, up) - 0.08 * side;
        double floor = 0.38 + 0.22 * Math.max(0, -up - 0.25);
        double t = smooth(-0.12, 0.08, up);
        return floor + (sky - floor) * t;
    }

    private static double smooth(double e0, double e1, double x) {
        double t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
        return t * t * (3 - 2 * t);
    }
}
