package app.maskai.core.custom;

/**
 * A picture's opacity: {@code width} × {@code height} alpha values, row-major from the top-left,
 * 0 = transparent, 255 = opaque (read as unsigned: {@code alpha[i] & 0xFF}). The array is shared,
 * not copied.
 */
public final class AlphaMap {
    public final int width;
    public final int height;
    public final byte[] alpha;

    public AlphaMap(int width, int height, byte[] alpha) {
        if (width < 1 || height < 1 || alpha.length != width * height) {
            throw new IllegalArgumentException("alpha map " + width + " × " + height + " needs "
                    + (long) width * height + " values, got " + alpha.length);
        }
        this.width = width;
        this.height = height;
        this.alpha = alpha;
    }

    /** The alpha channel of packed ARGB pixels (as Java2D's getRGB and canvas ImageData give). */
    public static AlphaMap fromArgb(int[] argb, int width, int height) {
        byte[] alpha = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            alpha[i] = (byte) (argb[i] >>> 24);
        }
        return new AlphaMap(width, height, alpha);
    }

    /** Alpha at texel (x, y), 0..255. */
    public int alphaAt(int x, int y) {
        return alpha[y * width + x] & 0xFF;
    }
}
