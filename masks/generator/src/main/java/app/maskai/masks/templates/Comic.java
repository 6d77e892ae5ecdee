package app.maskai.masks.templates;

import app.maskai.masks.draw.Tone;

/**
 * Comic-book rendering: light in flat bands (cel shading) with soft enough steps not to alias,
 * and printed halftone dots, as on newsprint, in the shade.
 */
final class Comic {
    /** Halftone cell, pixels, and the screen's angle (45°, as printers set black). */
    static final double CELL = 7;

    private Comic() {
    }

    /** Diffuse light in three bands: shade, mid tone, light (0, 0.55, 1). */
    static double cel(double light) {
        return 0.55 * Tone.smoothstep(0.28, 0.33, light) + 0.45 * Tone.smoothstep(0.72, 0.77, light);
    }

    /**
     * Halftone ink at (x, y), 0..1: dots on a 45° screen whose size grows with {@code amount}
     * (0 none, 1 the dots touch), antialiased over a pixel.
     */
    static double halftone(double x, double y, double amount) {
        double u = (x + y) / (CELL * Math.sqrt(2));
        double v = (x - y) / (CELL * Math.sqrt(2));
        double du = u - Math.floor(u) - 0.5;
        double dv = v - Math.floor(v) - 0.5;
        double d = Math.sqrt(du * du + dv * dv) * CELL;
        double r = Math.sqrt(Math.max(0, amount)) * CELL * 0.55;
        return Tone.clamp(r - d + 0.5);
    }
}
