package app.maskai.core.custom;

/**
 * Removes a flat background from a mask picture (docs/CONTRACTS.md, "Custom masks"): a flood
 * fill from the picture's border over pixels close to the border's dominant colour.
 *
 * <ul>
 *   <li>Dominant colour: the most common cell of a 16 × 16 × 16 RGB histogram of the border
 *       pixels (alpha &gt; 0; ties go to the lowest cell), averaged over that cell's pixels.
 *   <li>A pixel matches when every channel is within {@code tolerance} (0..255) of it, or when it
 *       is fully transparent already.
 *   <li>The fill starts at every matching border pixel and spreads to matching 4-neighbours, with
 *       an explicit stack (no recursion), so a matching region enclosed by the mask (a white eye
 *       hole inside a white-bordered picture's mask) is kept.
 *   <li>Result alpha: 0 filled, 255 kept, and 128 for kept pixels with a filled 4-neighbour (a
 *       1-pixel feather). Combine it with the picture's own alpha (minimum) to apply it; keep the
 *       original pixels to undo.
 * </ul>
 * Pixels are packed ARGB ints, row-major from the top-left.
 */
public final class BackgroundRemoval {
    /** A tolerance that takes JPEG noise on a studio-white background. */
    public static final int DEFAULT_TOLERANCE = 32;
    /** Share of the border that must match its dominant colour for the background to be flat. */
    public static final double FLAT_BORDER_SHARE = 0.6;
    public static final int FEATHER_ALPHA = 128;

    private BackgroundRemoval() {
    }

    /** The new alpha per pixel (0, 128 or 255); see the class comment. */
    public static byte[] flatBackgroundAlpha(int[] argb, int width, int height, int tolerance) {
        check(argb, width, height, tolerance);
        int background = dominantBorderColour(argb, width, height);
        int count = width * height;
        boolean[] filled = new boolean[count];
        int[] stack = new int[count];
        int top = 0;
        int border = borderLength(width, height);
        for (int b = 0; b < border; b++) {
            int i = borderPixel(b, width, height);
            if (!filled[i] && matches(argb[i], background, tolerance)) {
                filled[i] = true;
                stack[top++] = i;
            }
        }
        while (top > 0) {
            int i = stack[--top];
            int x = i % width;
            int y = i / width;
            if (x > 0 && !filled[i - 1] && matches(argb[i - 1], background, tolerance)) {
                filled[i - 1] = true;
                stack[top++] = i - 1;
            }
            if (x < width - 1 && !filled[i + 1] && matches(argb[i + 1], background, tolerance)) {
                filled[i + 1] = true;
                stack[top++] = i + 1;
            }
            if (y > 0 && !filled[i - width] && matches(argb[i - width], background, tolerance)) {
                filled[i - width] = true;
                stack[top++] = i - width;
            }
            if (y < height - 1 && !filled[i + width]
                    && matches(argb[i + width], background, tolerance)) {
                filled[i + width] = true;
                stack[top++] = i + width;
            }
        }
        byte[] alpha = new byte[count];
        for (int i = 0; i < count; i++) {
            if (filled[i]) {
                continue;
            }
            int x = i % width;
            int y = i / width;
            boolean edge = (x > 0 && filled[i - 1]) || (x < width - 1 && filled[i + 1])
                    || (y > 0 && filled[i - width]) || (y < height - 1 && filled[i + width]);
            alpha[i] = (byte) (edge ? FEATHER_ALPHA : 255);
        }
        return alpha;
    }

    /**
     * A copy of {@code argb} with the flat background removed at {@link #DEFAULT_TOLERANCE}: each
     * pixel's alpha becomes the smaller of its own and {@link #flatBackgroundAlpha}'s; colours are
     * kept (straight alpha), so the original stays available for undo.
     */
    public static int[] remove(int[] argb, int width, int height) {
        return remove(argb, width, height, DEFAULT_TOLERANCE);
    }

    /** As {@link #remove(int[], int, int)} with the given tolerance (0..255). */
    public static int[] remove(int[] argb, int width, int height, int tolerance) {
        byte[] alpha = flatBackgroundAlpha(argb, width, height, tolerance);
        int[] out = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int a = Math.min(argb[i] >>> 24, alpha[i] & 0xFF);
            out[i] = a << 24 | (argb[i] & 0xFFFFFF);
        }
        return out;
    }

    /** Whether at least 60 % of the border matches its dominant colour: worth offering removal. */
    public static boolean looksFlat(int[] argb, int width, int height, int tolerance) {
        check(argb, width, height, tolerance);
        int background = dominantBorderColour(argb, width, height);
        int border = borderLength(width, height);
        int matching = 0;
        for (int b = 0; b < border; b++) {
            if (matches(argb[borderPixel(b, width, height)], background, tolerance)) {
                matching++;
            }
        }
        return matching >= FLAT_BORDER_SHARE * border;
    }

    /** The border's dominant colour as 0xRRGGBB (0 when the whole border is transparent). */
    public static int dominantBorderColour(int[] argb, int width, int height) {
        int[] counts = new int[4096];
        int border = borderLength(width, height);
        for (int b = 0; b < border; b++) {
            int p = argb[borderPixel(b, width, height)];
            if ((p >>> 24) != 0) {
                counts[cell(p)]++;
            }
        }
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        if (counts[best] == 0) {
            return 0;
        }
        long r = 0;
        long g = 0;
        long bl = 0;
        for (int b = 0; b < border; b++) {
            int p = argb[borderPixel(b, width, height)];
            if ((p >>> 24) != 0 && cell(p) == best) {
                r += (p >> 16) & 0xFF;
                g += (p >> 8) & 0xFF;
                bl += p & 0xFF;
            }
        }
        int n = counts[best];
        return (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((bl + n / 2) / n);
    }

    private static int cell(int p) {
        return ((p >> 20) & 0xF) << 8 | ((p >> 12) & 0xF) << 4 | ((p >> 4) & 0xF);
    }

    static boolean matches(int p, int rgb, int tolerance) {
        if ((p >>> 24) == 0) {
            return true;
        }
        return Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= tolerance
                && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= tolerance
                && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= tolerance;
    }

    /** Pixels on the border, each once. */
    static int borderLength(int width, int height) {
        if (width == 1 || height == 1) {
            return width * height;
        }
        return 2 * width + 2 * (height - 2);
    }

    /** The b-th border pixel: the top row, the bottom row, then the left and right columns. */
    static int borderPixel(int b, int width, int height) {
        if (width == 1 || height == 1) {
            return b;
        }
        if (b < width) {
            return b;
        }
        b -= width;
        if (b < width) {
            return (height - 1) * width + b;
        }
        b -= width;
        int y = 1 + b / 2;
        return y * width + (b % 2 == 0 ? 0 : width - 1);
    }

    private static void check(int[] argb, int width, int height, int tolerance) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("picture " + width + " × " + height + " needs "
                    + (long) width * height + " pixels, got " + argb.length);
        }
        if (tolerance < 0 || tolerance > 255) {
            throw new IllegalArgumentException("tolerance must be 0..255, got " + tolerance);
        }
    }
}
