package app.maskai.web.render;

/**
 * What is in front of the masks in a photo: a matte (0..255 a pixel, row by row) of the
 * rectangle at (x, y) of width × height in the photo's pixels; 0 everywhere outside it.
 */
public final class Occluders {
    public final int x;
    public final int y;
    public final int width;
    public final int height;
    public final byte[] alpha;
    /** What is in front: how many hands, and whether hair (or the like) beside a face. */
    public final int hands;
    public final boolean hair;

    public Occluders(int x, int y, int width, int height, byte[] alpha, int hands, boolean hair) {
        if (width <= 0 || height <= 0 || alpha.length != width * height) {
            throw new IllegalArgumentException("a matte of " + width + " × " + height + " needs as many values");
        }
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.alpha = alpha;
        this.hands = hands;
        this.hair = hair;
    }
}
