package app.maskai.core.hands;

/** A hand the detector found: its box in the image's pixels, its score and what it is doing. */
public final class Hand {
    public final float score;
    public final float x;
    public final float y;
    public final float width;
    public final float height;
    /** One of {@link HandDetector#KINDS}, never "face". */
    public final String kind;

    public Hand(float score, float x, float y, float width, float height, String kind) {
        this.score = score;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.kind = kind;
    }

    /** Whether this hand's box overlaps the axis-aligned box (x0, y0)–(x1, y1). */
    public boolean overlaps(float x0, float y0, float x1, float y1) {
        return x < x1 && x + width > x0 && y < y1 && y + height > y0;
    }

    /** The index of {@link #kind} in {@link HandDetector#KINDS}. */
    public int kindIndex() {
        for (int k = 0; k < HandDetector.KINDS.length; k++) {
            if (HandDetector.KINDS[k].equals(kind)) {
                return k;
            }
        }
        return -1;
    }

    /** This hand in an image scaled by {@code sx} across and {@code sy} down. */
    public Hand scaled(float sx, float sy) {
        return new Hand(score, x * sx, y * sy, width * sx, height * sy, kind);
    }

    @Override
    public String toString() {
        return "Hand(" + kind + ", score=" + score + ", box=" + x + "," + y + " " + width + "x" + height + ")";
    }
}
