package app.maskai.core.hands;

/**
 * Which pixels around a found hand are the hand's: the matte through which the photo is drawn back
 * over a mask, so that a hand in front of the face stays in front.
 *
 * <p>The detector gives a box, not an outline. Inside it the hand's colours are learnt from the
 * box's middle (its central half each way, which a hand fills) and everything else's from a ring
 * around the box (face, clothes, background; {@link #RING}): two colour histograms of {@link #LEVELS}³ bins.
 * A pixel within the box (grown by {@link #BOX_SLACK}) is the hand's where its colour is likelier
 * the hand's than the rest's ({@link #BOX_PRIOR} times more readily inside the box itself); a
 * finger stretched past the box, up to {@link #REACH} of its size, where its colour is {@link
 * #REACH_PRIOR} times likelier the hand's. Then
 * thin bridges are cut (an opening), the parts that touch the middle kept, the holes in them
 * filled, and the edge grown by a pixel and softened by a 3 × 3 mean.
 *
 * <p>Pure and allocation-light: one call a hand; regions are at most a few hundred pixels a side.
 */
public final class HandMatte {
    /** Levels a colour channel is quantised to for the histograms. */
    static final int LEVELS = 16;
    /** How far the matte may reach past the detector's box, a fraction of its size each side. */
    static final float BOX_SLACK = 0.08f;
    /** The middle the hand's colours are learnt from: this fraction of the box each way. */
    static final float MIDDLE = 0.5f;
    /**
     * Inside the detector's own box a pixel is the hand's unless its colour is this many times
     * likelier the rest's (the box says a hand is there; its shadows and sleeve are rare outside).
     */
    static final double BOX_PRIOR = 3;
    /**
     * How far a finger may reach past the detector's box, a fraction of its size each side: the
     * box of a hand with a finger stretched out (over a cheek, say) often ends at the knuckles. Past
     * {@link #BOX_SLACK} a pixel is the hand's only where its colour is {@link #REACH_PRIOR} times
     * likelier the hand's than the rest's and it joins the hand in the box (the parts kept are those
     * that touch the box's middle).
     */
    static final float REACH = 0.6f;
    /** The odds a pixel past the box's slack needs: its colour this many times likelier the hand's. */
    static final double REACH_PRIOR = 2;
    /**
     * The ring everything else's colours are learnt from: from the box's slack to this fraction of
     * the box past it (a wider ring, to the reach, took so much of a face's skin that a finger of
     * like tones over it was lost).
     */
    static final float RING = 0.25f;

    private HandMatte() {
    }

    /**
     * The matte (0..255 a pixel) of a {@code width} × {@code height} region whose RGBA bytes are
     * {@code rgba}, with the hand's box at (x0, y0)–(x1, y1) in the region's pixels.
     */
    public static byte[] matte(byte[] rgba, int width, int height, float x0, float y0, float x1, float y1) {
        if (rgba.length < 4 * width * height || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("expected " + width + " × " + height + " RGBA pixels");
        }
        float bw = x1 - x0;
        float bh = y1 - y0;
        float mx0 = x0 + bw * (1 - MIDDLE) / 2;
        float mx1 = x1 - bw * (1 - MIDDLE) / 2;
        float my0 = y0 + bh * (1 - MIDDLE) / 2;
        float my1 = y1 - bh * (1 - MIDDLE) / 2;
        float sx0 = x0 - bw * BOX_SLACK;
        float sx1 = x1 + bw * BOX_SLACK;
        float sy0 = y0 - bh * BOX_SLACK;
        float sy1 = y1 + bh * BOX_SLACK;
        float gx0 = x0 - bw * RING;
        float gx1 = x1 + bw * RING;
        float gy0 = y0 - bh * RING;
        float gy1 = y1 + bh * RING;
        float rx0 = x0 - bw * REACH;
        float rx1 = x1 + bw * REACH;
        float ry0 = y0 - bh * REACH;
        float ry1 = y1 + bh * REACH;
        int bins = LEVELS * LEVELS * LEVELS;
        int[] hand = new int[bins];
        int[] rest = new int[bins];
        int handCount = 0;
        int restCount = 0;
        for (int y = 0; y < height; y++) {
            float py = y + 0.5f;
            for (int x = 0; x < width; x++) {
                float px = x + 0.5f;
                int bin = bin(rgba, 4 * (y * width + x));
                if (px >= mx0 && px < mx1 && py >= my0 && py < my1) {
                    hand[bin]++;
                    handCount++;
                } else if ((px < sx0 || px >= sx1 || py < sy0 || py >= sy1)
                        && px >= gx0 && px < gx1 && py >= gy0 && py < gy1) {
                    rest[bin]++;
                    restCount++;
                }
            }
        }
        boolean[] isHand = new boolean[width * height];
        double handTotal = handCount + 0.5 * bins;
        double restTotal = restCount + 0.5 * bins;
        for (int y = 0; y < height; y++) {
            float py = y + 0.5f;
            for (int x = 0; x < width; x++) {
                float px = x + 0.5f;
                if (px < rx0 || px >= rx1 || py < ry0 || py >= ry1) {
                    continue;
                }
                int bin = bin(rgba, 4 * (y * width + x));
                double pHand = (hand[bin] + 0.5) / handTotal;
                double pRest = (rest[bin] + 0.5) / restTotal;
                boolean inBox = px >= x0 && px < x1 && py >= y0 && py < y1;
                boolean inSlack = px >= sx0 && px < sx1 && py >= sy0 && py < sy1;
                isHand[y * width + x] = inBox ? pHand * BOX_PRIOR > pRest
                        : inSlack ? pHand > pRest : pHand > REACH_PRIOR * pRest;
            }
        }
        // Opened (thin bridges to look-alike skin cut), the parts at the middle kept, holes filled,
        // and grown by a pixel so that the softened edge still covers the hand's own edge.
        boolean[] opened = grow(shrink(isHand, width, height), width, height);
        boolean[] kept = touchingMiddle(opened, width, height, mx0, my0, mx1, my1);
        fillHoles(kept, width, height);
        return soften(grow(kept, width, height), width, height);
    }

    private static int bin(byte[] rgba, int i) {
        int shift = 8 - Integer.numberOfTrailingZeros(LEVELS);
        int r = (rgba[i] & 0xFF) >> shift;
        int g = (rgba[i + 1] & 0xFF) >> shift;
        int b = (rgba[i + 2] & 0xFF) >> shift;
        return (r * LEVELS + g) * LEVELS + b;
    }

    /** The 4-connected parts of {@code on} that have a pixel in the middle box. */
    private static boolean[] touchingMiddle(boolean[] on, int width, int height, float mx0, float my0, float mx1,
            float my1) {
        boolean[] kept = new boolean[on.length];
        int[] stack = new int[on.length];
        for (int y = Math.max(0, (int) my0); y < Math.min(height, (int) Math.ceil(my1)); y++) {
            for (int x = Math.max(0, (int) mx0); x < Math.min(width, (int) Math.ceil(mx1)); x++) {
                int seed = y * width + x;
                if (on[seed] && !kept[seed]) {
                    flood(on, kept, stack, seed, width, height, true);
                }
            }
        }
        return kept;
    }

    /** Marks as the hand's every pixel that the region's border cannot reach without crossing the hand. */
    private static void fillHoles(boolean[] hand, int width, int height) {
        boolean[] outside = new boolean[hand.length];
        boolean[] open = new boolean[hand.length];
        for (int i = 0; i < hand.length; i++) {
            open[i] = !hand[i];
        }
        int[] stack = new int[hand.length];
        for (int x = 0; x < width; x++) {
            seedOutside(open, outside, stack, x, width, height);
            seedOutside(open, outside, stack, (height - 1) * width + x, width, height);
        }
        for (int y = 0; y < height; y++) {
            seedOutside(open, outside, stack, y * width, width, height);
            seedOutside(open, outside, stack, y * width + width - 1, width, height);
        }
        for (int i = 0; i < hand.length; i++) {
            hand[i] = !outside[i];
        }
    }

    private static void seedOutside(boolean[] open, boolean[] outside, int[] stack, int seed, int width, int height) {
        if (open[seed] && !outside[seed]) {
            flood(open, outside, stack, seed, width, height, true);
        }
    }

    /** Marks into {@code mark} the 4-connected part of {@code on} around {@code seed}. */
    private static void flood(boolean[] on, boolean[] mark, int[] stack, int seed, int width, int height,
            boolean value) {
        int top = 0;
        stack[top++] = seed;
        mark[seed] = value;
        while (top > 0) {
            int p = stack[--top];
            int x = p % width;
            int y = p / width;
            if (x > 0) {
                top = push(on, mark, stack, top, p - 1);
            }
            if (x + 1 < width) {
                top = push(on, mark, stack, top, p + 1);
            }
            if (y > 0) {
                top = push(on, mark, stack, top, p - width);
            }
            if (y + 1 < height) {
                top = push(on, mark, stack, top, p + width);
            }
        }
    }

    private static int push(boolean[] on, boolean[] mark, int[] stack, int top, int p) {
        if (on[p] && !mark[p]) {
            mark[p] = true;
            stack[top++] = p;
        }
        return top;
    }

    /** On where every 4-neighbour (inside the region) and the pixel itself are on. */
    private static boolean[] shrink(boolean[] on, int width, int height) {
        boolean[] out = new boolean[on.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                out[p] = on[p] && (x == 0 || on[p - 1]) && (x + 1 == width || on[p + 1])
                        && (y == 0 || on[p - width]) && (y + 1 == height || on[p + width]);
            }
        }
        return out;
    }

    /** On where the pixel or any 4-neighbour is on. */
    private static boolean[] grow(boolean[] on, int width, int height) {
        boolean[] out = new boolean[on.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                out[p] = on[p] || (x > 0 && on[p - 1]) || (x + 1 < width && on[p + 1])
                        || (y > 0 && on[p - width]) || (y + 1 < height && on[p + width]);
            }
        }
        return out;
    }

    /** 255 where {@code hand}, softened by a 3 × 3 mean. */
    private static byte[] soften(boolean[] hand, int width, int height) {
        byte[] out = new byte[hand.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= width) {
                            continue;
                        }
                        n++;
                        if (hand[yy * width + xx]) {
                            sum++;
                        }
                    }
                }
                out[y * width + x] = (byte) Math.round(255f * sum / n);
            }
        }
        return out;
    }
}
