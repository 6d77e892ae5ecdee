package app.maskai.masks.templates;

import app.maskai.masks.draw.Noise;

/**
 * A seeded sequence of uniform numbers from {@link Noise#hash}: where stars, bubbles, strands and
 * stones fall. The same seed gives the same sequence on every run (no clock, no shared state).
 */
public final class Dice {
    private final int seed;
    private int next;

    public Dice(int seed) {
        this.seed = seed;
    }

    /** Uniform in [0, 1). */
    public double next() {
        return Noise.hash(next++, 0x5eed, seed);
    }

    /** Uniform in [from, to). */
    double range(double from, double to) {
        return from + (to - from) * next();
    }

    /** Roughly normal (the sum of three uniforms), mean 0, standard deviation about 1. */
    public double gauss() {
        return (next() + next() + next() - 1.5) * 2;
    }
}
