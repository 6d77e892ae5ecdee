package app.maskai.masks.draw;

/** Deterministic value noise (integer hash, no java.util.Random). Output 0..1. */
public final class Noise {
    private Noise() {
    }

    public static double hash(int x, int y, int seed) {
        int h = x * 0x27d4eb2d ^ y * 0x165667b1 ^ seed * 0x9e3779b9;
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        h *= 0x297a2d39;
        h ^= h >>> 15;
        return (h >>> 8) / 16777216.0;
    }

    public static double value(double x, double y, int seed) {
        int xi = (int) Math.floor(x);
        int yi = (int) Math.floor(y);
        double fx = x - xi;
        double fy = y - yi;
        fx = fx * fx * (3 - 2 * fx);
        fy = fy * fy * (3 - 2 * fy);
        double a = hash(xi, yi, seed);
        double b = hash(xi + 1, yi, seed);
        double c = hash(xi, yi + 1, seed);
        double d = hash(xi + 1, yi + 1, seed);
        return (a + (b - a) * fx) + ((c + (d - c) * fx) - (a + (b - a) * fx)) * fy;
    }

    public static double fbm(double x, double y, int seed, int octaves) {
        double sum = 0;
        double amp = 0.5;
        double norm = 0;
        for (int o = 0; o < octaves; o++) {
            sum += amp * value(x, y, seed + 31 * o);
            norm += amp;
            x *= 2.03;
            y *= 2.03;
            amp *= 0.5;
        }
        return sum / norm;
    }
}
