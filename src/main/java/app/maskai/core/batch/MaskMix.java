package app.maskai.core.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which mask each face of a batch gets (issue 14 §1): one mask, or a mix where each face draws
 * its mask from the chosen set, and optionally a colour and a size, as MaskTheFace does for
 * masked-face data sets. The draw is a pure function of the seed and the face's place (photo index,
 * face index), never of what was drawn before: the same seed gives the same choices in the same
 * places whatever else the batch holds, on the JVM and in the browser alike (SplitMix64, whose
 * 64-bit arithmetic is exact in both).
 *
 * <p>Size: a scale drawn evenly from 1 ± {@link #SIZE_SPREAD}, so a mask never leaves the face it
 * was fitted to. Colour: one of {@link #COLOURS}, applied by the renderer as a recolour of the
 * mask's own light and shade (a white mask in navy keeps its pleats).
 */
public final class MaskMix {
    /** How far a varied size strays from the fitted one: ±12 %. */
    public static final float SIZE_SPREAD = 0.12f;
    /** How much of a mask's colour a drawn colour replaces (the rest keeps the print or weave). */
    public static final float COLOUR_STRENGTH = 0.75f;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** A colour a mask may be given, by name (as the labels write it) and 0xRRGGBB. */
    public static final class Colour {
        public final String name;
        public final int rgb;

        Colour(String name, int rgb) {
            this.name = name;
            this.rgb = rgb;
        }

        /** "#rrggbb". */
        public String hex() {
            String digits = Integer.toHexString(rgb | 0x1000000).substring(1);
            return "#" + digits;
        }
    }

    /** The colours drawn from: those masks are sold in, dark and light. */
    public static final List<Colour> COLOURS = Collections.unmodifiableList(List.of(
            new Colour("black", 0x202124), new Colour("white", 0xf4f4f2), new Colour("grey", 0x8a8d91),
            new Colour("navy", 0x1f3a68), new Colour("sky", 0x7fb6e6), new Colour("teal", 0x1e8c8a),
            new Colour("green", 0x3f7d3a), new Colour("yellow", 0xe8c547), new Colour("orange", 0xe07b31),
            new Colour("red", 0xb8322d), new Colour("pink", 0xe89ab8), new Colour("purple", 0x6a3f8f)));

    /** One face's draw. */
    public static final class Choice {
        public final String maskId;
        /** 1 where sizes are not varied. */
        public final float scale;
        /** Null where colours are not varied. */
        public final Colour colour;

        Choice(String maskId, float scale, Colour colour) {
            this.maskId = maskId;
            this.scale = scale;
            this.colour = colour;
        }
    }

    private final List<String> masks;
    private final boolean varyColour;
    private final boolean varySize;
    private final long seed;

    /**
     * {@code masks}: the ids drawn from (at least one; a repeated id counts once more, weighting
     * it); {@code seed}: any number, the same for a repeatable run.
     */
    public MaskMix(List<String> masks, boolean varyColour, boolean varySize, long seed) {
        if (masks == null || masks.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one mask");
        }
        for (String id : masks) {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("a mask id is empty");
            }
        }
        this.masks = new ArrayList<>(masks);
        this.varyColour = varyColour;
        this.varySize = varySize;
        this.seed = seed;
    }

    public List<String> masks() {
        return Collections.unmodifiableList(masks);
    }

    public long seed() {
        return seed;
    }

    public boolean variesColour() {
        return varyColour;
    }

    public boolean variesSize() {
        return varySize;
    }

    /** The draw for face {@code face} (0-based, in the order faces are found) of photo {@code photo}. */
    public Choice choose(int photo, int face) {
        if (photo < 0 || face < 0) {
            throw new IllegalArgumentException("photo and face are counted from 0");
        }
        long state = mix(mix(seed + GOLDEN * (photo + 1L)) + GOLDEN * (face + 1L));
        state += GOLDEN;
        String mask = masks.get(below(mix(state), masks.size()));
        state += GOLDEN;
        float scale = 1f;
        if (varySize) {
            double unit = (mix(state) >>> 11) * 0x1.0p-53;
            scale = (float) (1 - SIZE_SPREAD + 2 * SIZE_SPREAD * unit);
            // Two decimals, as the labels write it and as the renderer then draws it.
            scale = Math.round(scale * 100) / 100f;
        }
        state += GOLDEN;
        Colour colour = varyColour ? COLOURS.get(below(mix(state), COLOURS.size())) : null;
        return new Choice(mask, scale, colour);
    }

    /** An even draw in 0..bound-1 from 64 random bits (bias below 2^-50 for the bounds used here). */
    private static int below(long bits, int bound) {
        return (int) (((bits >>> 11) * 0x1.0p-53) * bound);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): every bit of the input reaches every bit out. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
