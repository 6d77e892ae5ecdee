package app.maskai.core.custom;

import app.maskai.core.layout.FaceLayout;

/**
 * Where the face layout lies on a person's own mask picture, from six anchors they place on it
 * (docs/CONTRACTS.md, "Custom masks").
 *
 * <p>The anchors, in order ({@link #ANCHOR_LANDMARKS}): nose bridge top (168), the subject's right
 * cheek under the eye (118), left cheek (347), right jaw corner (172), left jaw corner (397),
 * chin (152) — "right" is the subject's, so 118 and 172 sit on the picture's left for a picture
 * seen from the front. A {@link ThinPlateSpline} through the six (layout uv → picture pixel) pairs
 * then places every vertex of the extended layout, the rings included, on the picture
 * ({@link #imagePointOf}); divided by the picture's size those are the texture coordinates
 * {@link MeshBinding} binds. Picture pixels: origin top-left, y down.
 */
public final class AnchorFit {
    /** FaceMesh landmarks of the six anchors, in the order the person places them. */
    public static final int[] ANCHOR_LANDMARKS = {168, 118, 347, 172, 397, 152};
    public static final int ANCHOR_COUNT = 6;
    /**
     * The anchors' layout uv (v down) in the canonical face model (masks/face-layout), to 6
     * decimals; a test checks them against the obj.
     */
    static final float[] ANCHOR_UV = {
            0.499923f, 0.351524f, 0.286267f, 0.467675f, 0.713757f, 0.467627f,
            0.128294f, 0.791941f, 0.871706f, 0.791941f, 0.499977f, 0.954453f};
    /** Share of the picture's width and height the default anchors span. */
    static final float DEFAULT_SPAN = 0.8f;

    private final ThinPlateSpline spline;
    private final float[] layoutUv;

    private AnchorFit(ThinPlateSpline spline, float[] layoutUv) {
        this.spline = spline;
        this.layoutUv = layoutUv;
    }

    /**
     * The fit for anchors at {@code imagePoints} (12 floats: x, y of each anchor in
     * {@link #ANCHOR_LANDMARKS} order, picture pixels).
     *
     * @throws IllegalArgumentException when there are not 12 finite values, or the anchors are
     *     degenerate (two on one spot, or all on one line)
     */
    public static AnchorFit fromAnchors(float[] imagePoints, FaceLayout layout) {
        if (imagePoints.length != 2 * ANCHOR_COUNT) {
            throw new IllegalArgumentException("need 12 values (x, y of 6 anchors), got "
                    + imagePoints.length);
        }
        for (float value : imagePoints) {
            if (Float.isNaN(value) || Float.isInfinite(value)) {
                throw new IllegalArgumentException("anchor coordinates must be finite");
            }
        }
        float[] uv = layout.uv();
        float[] sources = new float[2 * ANCHOR_COUNT];
        for (int i = 0; i < ANCHOR_COUNT; i++) {
            sources[2 * i] = uv[2 * ANCHOR_LANDMARKS[i]];
            sources[2 * i + 1] = uv[2 * ANCHOR_LANDMARKS[i] + 1];
        }
        return new AnchorFit(ThinPlateSpline.fit(sources, imagePoints), uv);
    }

    /**
     * A starting placement for the editor on a {@code imageWidth} × {@code imageHeight} picture:
     * the anchors keep their layout proportions and their bounding box spans the middle 80 % of
     * the picture's width and height (a mask picture usually shows the mask filling the frame).
     */
    public static float[] defaultAnchors(int imageWidth, int imageHeight) {
        float minU = Float.POSITIVE_INFINITY;
        float maxU = Float.NEGATIVE_INFINITY;
        float minV = Float.POSITIVE_INFINITY;
        float maxV = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < ANCHOR_COUNT; i++) {
            minU = Math.min(minU, ANCHOR_UV[2 * i]);
            maxU = Math.max(maxU, ANCHOR_UV[2 * i]);
            minV = Math.min(minV, ANCHOR_UV[2 * i + 1]);
            maxV = Math.max(maxV, ANCHOR_UV[2 * i + 1]);
        }
        float margin = (1 - DEFAULT_SPAN) / 2;
        float[] points = new float[2 * ANCHOR_COUNT];
        for (int i = 0; i < ANCHOR_COUNT; i++) {
            float u = (ANCHOR_UV[2 * i] - minU) / (maxU - minU);
            float v = (ANCHOR_UV[2 * i + 1] - minV) / (maxV - minV);
            points[2 * i] = imageWidth * (margin + DEFAULT_SPAN * u);
            points[2 * i + 1] = imageHeight * (margin + DEFAULT_SPAN * v);
        }
        return points;
    }

    /** Writes the picture pixel of extended layout vertex {@code layoutVertex} into dest[0..1]. */
    public void imagePointOf(int layoutVertex, float[] dest) {
        if (layoutVertex < 0 || 2 * layoutVertex >= layoutUv.length) {
            throw new IllegalArgumentException("layout vertex " + layoutVertex + " is out of range");
        }
        spline.map(layoutUv[2 * layoutVertex], layoutUv[2 * layoutVertex + 1], dest, 0);
    }

    /** Writes the picture pixel of layout point (u, v) into dest[0..1]. */
    public void imagePointOfUv(float u, float v, float[] dest) {
        spline.map(u, v, dest, 0);
    }

    /**
     * Texture coordinates (0..1 inside the picture) of every extended layout vertex: the picture
     * pixel divided by the picture's size, 2 per vertex: {@link MeshBinding}'s input.
     */
    public float[] textureCoordinates(int imageWidth, int imageHeight) {
        int count = layoutUv.length / 2;
        float[] out = new float[2 * count];
        for (int v = 0; v < count; v++) {
            spline.map(layoutUv[2 * v], layoutUv[2 * v + 1], out, 2 * v);
            out[2 * v] /= imageWidth;
            out[2 * v + 1] /= imageHeight;
        }
        return out;
    }
}
