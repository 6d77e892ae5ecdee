package app.maskai.masks.draw;

/** Colour ramps used by every painter. */
public final class Tone {
    private Tone() {
    }

    public static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    public static double smoothstep(double e0, double e1, double x) {
        double t = clamp((x - e0) / (e1 - e0));
        return t * t * (3 - 2 * t);
    }

    public static double gauss(double x) {
        return Math.exp(-x * x);
    }

    /** √(x² + y²): Math.hypot's care for overflow is not needed here, and it is slow. */
    public static double hypot(double x, double y) {
        return Math.sqrt(x * x + y * y);
    }

    public static float[] mix(float[] a, float[] b, double t) {
        return new float[] {(float) (a[0] + (b[0] - a[0]) * t), (float) (a[1] + (b[1] - a[1]) * t),
                (float) (a[2] + (b[2] - a[2]) * t)};
    }

    public static float[] scale(float[] a, double s) {
        return new float[] {(float) (a[0] * s), (float) (a[1] * s), (float) (a[2] * s)};
    }

    public static double luminance(float[] c) {
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static float[] rgb(int hex) {
        return new float[] {(hex >> 16 & 255) / 255f, (hex >> 8 & 255) / 255f, (hex & 255) / 255f};
    }
}
