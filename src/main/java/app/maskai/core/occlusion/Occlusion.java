package app.maskai.core.occlusion;

import app.maskai.core.hands.Hand;
import app.maskai.core.hands.HandDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * What is in front of the masks in one image: a matte (0..255 a pixel, row by row) of the
 * rectangle at (x, y) of width × height in the image's pixels, 0 everywhere outside it, and what
 * made it. Also the decisions around the mattes: which hands reach a face, the region each is
 * matted in, and how the mattes join.
 */
public final class Occlusion {
    /** Values a hand takes in a packed array: score, x, y, width, height, kind's index. */
    public static final int VALUES_PER_HAND = 6;
    /**
     * How far past a face's box a hand counts as reaching its mask, a fraction of the box each
     * side: a mask's loops and straps reach past the landmarks' box.
     */
    public static final float FACE_REACH = 0.5f;
    /**
     * How far past a hand's box its matte's region reaches, a fraction of the box each side: a
     * finger may reach 0.6 past it (HandMatte.REACH), and the colours around it are learnt
     * beyond that.
     */
    public static final float HAND_MARGIN = 0.75f;

    public final int x;
    public final int y;
    public final int width;
    public final int height;
    public final byte[] alpha;
    /** What is in front: how many hands, and whether hair (or the like) beside a face. */
    public final int hands;
    public final boolean hair;

    public Occlusion(int x, int y, int width, int height, byte[] alpha, int hands, boolean hair) {
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

    /** The axis-aligned box of a face's landmarks (x, y, z each): x, y, width, height. */
    public static float[] landmarkBox(float[] landmarks) {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (int i = 0; i + 2 < landmarks.length; i += 3) {
            x0 = Math.min(x0, landmarks[i]);
            y0 = Math.min(y0, landmarks[i + 1]);
            x1 = Math.max(x1, landmarks[i]);
            y1 = Math.max(y1, landmarks[i + 1]);
        }
        return new float[] {x0, y0, x1 - x0, y1 - y0};
    }

    /**
     * Where {@code hand} is matted in an image of width × height: its box grown by {@link
     * #HAND_MARGIN} each side, within the image, as {x0, y0, x1, y1}; null where the hand reaches
     * none of the faces ({@code faceBoxes}: x, y, width, height each; see {@link #FACE_REACH}) or
     * the region is too small to matte.
     */
    public static int[] handRegion(Hand hand, List<float[]> faceBoxes, int width, int height) {
        boolean inFront = false;
        for (float[] box : faceBoxes) {
            float gx = box[2] * FACE_REACH;
            float gy = box[3] * FACE_REACH;
            inFront |= hand.overlaps(box[0] - gx, box[1] - gy, box[0] + box[2] + gx, box[1] + box[3] + gy);
        }
        int[] r = {
            Math.max(0, (int) Math.floor(hand.x - HAND_MARGIN * hand.width)),
            Math.max(0, (int) Math.floor(hand.y - HAND_MARGIN * hand.height)),
            Math.min(width, (int) Math.ceil(hand.x + (1 + HAND_MARGIN) * hand.width)),
            Math.min(height, (int) Math.ceil(hand.y + (1 + HAND_MARGIN) * hand.height))};
        return inFront && r[2] - r[0] > 2 && r[3] - r[1] > 2 ? r : null;
    }

    /**
     * The mattes ({@code rects}: x0, y0, x1, y1 each; the first {@code hands} hands', the rest
     * hair's) in one rectangle, the greatest value a pixel; null where none has a pixel.
     */
    public static Occlusion union(List<int[]> rects, List<byte[]> mattes, int hands, int width, int height) {
        int x0 = width;
        int y0 = height;
        int x1 = 0;
        int y1 = 0;
        int handsDrawn = 0;
        boolean hair = false;
        List<Integer> drawn = new ArrayList<>();
        for (int k = 0; k < rects.size(); k++) {
            boolean any = false;
            for (byte value : mattes.get(k)) {
                if (value != 0) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                continue;
            }
            drawn.add(k);
            if (k < hands) {
                handsDrawn++;
            } else {
                hair = true;
            }
            int[] r = rects.get(k);
            x0 = Math.min(x0, r[0]);
            y0 = Math.min(y0, r[1]);
            x1 = Math.max(x1, r[2]);
            y1 = Math.max(y1, r[3]);
        }
        if (drawn.isEmpty()) {
            return null;
        }
        int w = x1 - x0;
        int h = y1 - y0;
        byte[] alpha = new byte[w * h];
        for (int k : drawn) {
            int[] r = rects.get(k);
            byte[] matte = mattes.get(k);
            int rw = r[2] - r[0];
            for (int yy = r[1]; yy < r[3]; yy++) {
                for (int xx = r[0]; xx < r[2]; xx++) {
                    int to = (yy - y0) * w + (xx - x0);
                    int value = matte[(yy - r[1]) * rw + (xx - r[0])] & 0xFF;
                    if (value > (alpha[to] & 0xFF)) {
                        alpha[to] = (byte) value;
                    }
                }
            }
        }
        return new Occlusion(x0, y0, w, h, alpha, handsDrawn, hair);
    }

    /** Hands as {@link #VALUES_PER_HAND} values each, for a message between threads. */
    public static float[] pack(List<Hand> hands) {
        float[] values = new float[VALUES_PER_HAND * hands.size()];
        for (int i = 0; i < hands.size(); i++) {
            Hand hand = hands.get(i);
            int at = VALUES_PER_HAND * i;
            values[at] = hand.score;
            values[at + 1] = hand.x;
            values[at + 2] = hand.y;
            values[at + 3] = hand.width;
            values[at + 4] = hand.height;
            values[at + 5] = hand.kindIndex();
        }
        return values;
    }

    /** The hands {@link #pack} packed (a kind index out of range reads as "hand"). */
    public static List<Hand> unpack(float[] values) {
        List<Hand> hands = new ArrayList<>();
        for (int i = 0; i + VALUES_PER_HAND - 1 < values.length; i += VALUES_PER_HAND) {
            int kind = (int) values[i + 5];
            hands.add(new Hand(values[i], values[i + 1], values[i + 2], values[i + 3], values[i + 4],
                    kind >= 0 && kind < HandDetector.KINDS.length ? HandDetector.KINDS[kind] : "hand"));
        }
        return hands;
    }
}
