package app.maskai.core.custom;

import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskPart;
import app.maskai.core.mask.MaskSpec;

/**
 * Binds the extended face layout's mesh to a picture: keeps the layout triangles whose texture
 * footprint overlaps at least one texel with alpha &gt; 0, and makes a version 2 {@link MaskSpec}
 * of them (docs/CONTRACTS.md). The build binds the built-in masks with
 * {@code FaceLayout.textureUv()}; the app binds custom masks with
 * {@code AnchorFit.textureCoordinates(width, height)}.
 *
 * <p><b>Footprint.</b> Texture coordinates (u, v) ∈ 0..1 map to texel space (u·width, v·height);
 * texel (i, j) is the square [i, i+1] × [j, j+1] (its centre at +0.5). A triangle overlaps a
 * texel when their interiors meet: per texel row the triangle is clipped to the row's strip and
 * its exact x-extent gives the texels it touches. The test is exact, not sampled; whole 16 × 16
 * blocks without an opaque texel are skipped, so binding a 1536² texture takes milliseconds.
 *
 * <p><b>Result.</b> The mask's vertices are the layout vertices the kept triangles use, in
 * ascending layout order: landmarks (0..467) become landmark vertices, ring vertices become extra
 * vertices with {@link FaceLayout#termsOf}/{@link FaceLayout#weightsOf}. Triangles keep the
 * layout's order and winding. uv are the given texture coordinates clamped to 0..1 (the schema's
 * range; only triangles that cross the picture's border are affected). Parts: the rigid
 * triangles (if any) as part {@value #RIGID_PART}, the rest as {@value #FLEXIBLE_PART}; empty
 * parts are left out.
 */
public final class MeshBinding {
    public static final String RIGID_PART = "rigid";
    public static final String FLEXIBLE_PART = "mask";
    private static final int BLOCK = 16;

    private MeshBinding() {
    }

    /**
     * A mask with texture "&lt;id&gt;.png", thumbnail "&lt;id&gt;.thumb.png", opacity 1, blend
     * normal, lighting 1 and no rigid part.
     */
    public static MaskSpec bind(String id, String name, String category, FaceLayout layout,
            float[] vertexTexCoords, AlphaMap alpha) {
        return bind(id, name, category, id + ".png", id + ".thumb.png", 1f, MaskSpec.BLEND_NORMAL,
                1f, layout, vertexTexCoords, alpha, null);
    }

    /**
     * The full form.
     *
     * @param vertexTexCoords u, v per extended layout vertex (2 × 576)
     * @param rigidTriangles per layout triangle (1114, in {@code layout.triangles()} order) whether
     *     it belongs to the rigid part; null for none
     * @throws IllegalArgumentException when no layout triangle overlaps an opaque texel
     */
    public static MaskSpec bind(String id, String name, String category, String texture,
            String thumbnail, float opacity, String blend, float lighting, FaceLayout layout,
            float[] vertexTexCoords, AlphaMap alpha, boolean[] rigidTriangles) {
        int[] all = layout.triangles();
        int triangleCount = all.length / 3;
        if (rigidTriangles != null && rigidTriangles.length != triangleCount) {
            throw new IllegalArgumentException("rigidTriangles has " + rigidTriangles.length
                    + " flags, the layout " + triangleCount + " triangles");
        }
        boolean[] kept = keptTriangles(layout, vertexTexCoords, alpha);
        int vertexCount = layout.vertexCount();
        int[] newIndex = new int[vertexCount];
        java.util.Arrays.fill(newIndex, -1);
        int rigidCount = 0;
        int flexibleCount = 0;
        for (int t = 0; t < triangleCount; t++) {
            if (!kept[t]) {
                continue;
            }
            if (rigidTriangles != null && rigidTriangles[t]) {
                rigidCount++;
            } else {
                flexibleCount++;
            }
            for (int c = 0; c < 3; c++) {
                newIndex[all[3 * t + c]] = 0;
            }
        }
        if (rigidCount + flexibleCount == 0) {
            throw new IllegalArgumentException(id + ": no triangle of the face layout covers an"
                    + " opaque pixel of the picture");
        }
        int landmarkCount = 0;
        int used = 0;
        for (int v = 0; v < vertexCount; v++) {
            if (newIndex[v] == 0) {
                newIndex[v] = used++;
                if (v < FaceLayout.LANDMARK_COUNT) {
                    landmarkCount++;
                }
            }
        }
        int[] landmarks = new int[landmarkCount];
        int[][] terms = new int[used - landmarkCount][];
        float[][] weights = new float[used - landmarkCount][];
        float[] uv = new float[2 * used];
        for (int v = 0; v < vertexCount; v++) {
            int i = newIndex[v];
            if (i < 0) {
                continue;
            }
            if (i < landmarkCount) {
                landmarks[i] = v;
            } else {
                terms[i - landmarkCount] = FaceLayout.termsOf(v);
                weights[i - landmarkCount] = FaceLayout.weightsOf(v);
            }
            uv[2 * i] = clamp01(vertexTexCoords[2 * v]);
            uv[2 * i + 1] = clamp01(vertexTexCoords[2 * v + 1]);
        }
        int[] rigid = new int[3 * rigidCount];
        int[] flexible = new int[3 * flexibleCount];
        int r = 0;
        int f = 0;
        for (int t = 0; t < triangleCount; t++) {
            if (!kept[t]) {
                continue;
            }
            boolean isRigid = rigidTriangles != null && rigidTriangles[t];
            for (int c = 0; c < 3; c++) {
                int index = newIndex[all[3 * t + c]];
                if (isRigid) {
                    rigid[r++] = index;
                } else {
                    flexible[f++] = index;
                }
            }
        }
        MaskPart[] parts;
        if (rigidCount == 0) {
            parts = new MaskPart[] {new MaskPart(FLEXIBLE_PART, false, flexible)};
        } else if (flexibleCount == 0) {
            parts = new MaskPart[] {new MaskPart(RIGID_PART, true, rigid)};
        } else {
            parts = new MaskPart[] {new MaskPart(RIGID_PART, true, rigid),
                    new MaskPart(FLEXIBLE_PART, false, flexible)};
        }
        return new MaskSpec(id, name, category, texture, thumbnail, opacity, blend, lighting,
                landmarks, terms, weights, uv, parts);
    }

    private static float clamp01(float value) {
        return value < 0 ? 0 : value > 1 ? 1 : value;
    }

    /**
     * Per layout triangle ({@code layout.triangles()} order) whether its footprint under
     * {@code vertexTexCoords} (2 per extended vertex) overlaps a texel with alpha &gt; 0.
     */
    public static boolean[] keptTriangles(FaceLayout layout, float[] vertexTexCoords,
            AlphaMap alpha) {
        int[] all = layout.triangles();
        if (vertexTexCoords.length < 2 * layout.vertexCount()) {
            throw new IllegalArgumentException("need " + 2 * layout.vertexCount()
                    + " texture coordinates (2 per layout vertex), got " + vertexTexCoords.length);
        }
        Footprint footprint = new Footprint(alpha);
        boolean[] kept = new boolean[all.length / 3];
        for (int t = 0; t < kept.length; t++) {
            kept[t] = footprint.touchesOpaque(vertexTexCoords, all[3 * t], all[3 * t + 1],
                    all[3 * t + 2]);
        }
        return kept;
    }

    /**
     * How many texels with alpha &gt; 0 no kept triangle overlaps: texels the mask could never
     * show. The build refuses a built-in mask whose count is not 0.
     */
    public static int opaqueTexelsOutside(FaceLayout layout, float[] vertexTexCoords,
            AlphaMap alpha, boolean[] kept) {
        int[] all = layout.triangles();
        boolean[] covered = new boolean[alpha.width * alpha.height];
        Footprint footprint = new Footprint(alpha);
        for (int t = 0; t < kept.length; t++) {
            if (kept[t]) {
                footprint.cover(vertexTexCoords, all[3 * t], all[3 * t + 1], all[3 * t + 2], covered);
            }
        }
        int outside = 0;
        for (int i = 0; i < covered.length; i++) {
            if (!covered[i] && alpha.alpha[i] != 0) {
                outside++;
            }
        }
        return outside;
    }

    /** Row-by-row overlap of a triangle with texels, with a block index of opaque texels. */
    private static final class Footprint {
        private final AlphaMap alpha;
        private final int blocksWide;
        private final boolean[] blockHasOpaque;
        private final double[] x = new double[3];
        private final double[] y = new double[3];
        private final double[] span = new double[2];

        Footprint(AlphaMap alpha) {
            this.alpha = alpha;
            this.blocksWide = (alpha.width + BLOCK - 1) / BLOCK;
            int blocksHigh = (alpha.height + BLOCK - 1) / BLOCK;
            this.blockHasOpaque = new boolean[blocksWide * blocksHigh];
            for (int j = 0; j < alpha.height; j++) {
                int row = j * alpha.width;
                int blockRow = (j / BLOCK) * blocksWide;
                for (int i = 0; i < alpha.width; i++) {
                    if (alpha.alpha[row + i] != 0) {
                        blockHasOpaque[blockRow + i / BLOCK] = true;
                    }
                }
            }
        }

        private void load(float[] tex, int a, int b, int c) {
            x[0] = tex[2 * a] * (double) alpha.width;
            y[0] = tex[2 * a + 1] * (double) alpha.height;
            x[1] = tex[2 * b] * (double) alpha.width;
            y[1] = tex[2 * b + 1] * (double) alpha.height;
            x[2] = tex[2 * c] * (double) alpha.width;
            y[2] = tex[2 * c + 1] * (double) alpha.height;
        }

        boolean touchesOpaque(float[] tex, int a, int b, int c) {
            load(tex, a, b, c);
            int row0 = Math.max(0, (int) Math.floor(Math.min(y[0], Math.min(y[1], y[2]))));
            int row1 = Math.min(alpha.height - 1,
                    (int) Math.ceil(Math.max(y[0], Math.max(y[1], y[2]))) - 1);
            for (int j = row0; j <= row1; j++) {
                if (!span(j)) {
                    continue;
                }
                int i0 = Math.max(0, (int) Math.floor(span[0]));
                int i1 = Math.min(alpha.width - 1, Math.max((int) Math.floor(span[0]),
                        (int) Math.ceil(span[1]) - 1));
                int blockRow = (j / BLOCK) * blocksWide;
                int row = j * alpha.width;
                int i = i0;
                while (i <= i1) {
                    if (!blockHasOpaque[blockRow + i / BLOCK]) {
                        i = (i / BLOCK + 1) * BLOCK;
                        continue;
                    }
                    if (alpha.alpha[row + i] != 0) {
                        return true;
                    }
                    i++;
                }
            }
            return false;
        }

        void cover(float[] tex, int a, int b, int c, boolean[] covered) {
            load(tex, a, b, c);
            int row0 = Math.max(0, (int) Math.floor(Math.min(y[0], Math.min(y[1], y[2]))));
            int row1 = Math.min(alpha.height - 1,
                    (int) Math.ceil(Math.max(y[0], Math.max(y[1], y[2]))) - 1);
            for (int j = row0; j <= row1; j++) {
                if (!span(j)) {
                    continue;
                }
                int i0 = Math.max(0, (int) Math.floor(span[0]));
                int i1 = Math.min(alpha.width - 1, Math.max((int) Math.floor(span[0]),
                        (int) Math.ceil(span[1]) - 1));
                for (int i = i0; i <= i1; i++) {
                    covered[j * alpha.width + i] = true;
                }
            }
        }

        /**
         * The x-extent of the loaded triangle within the strip j ≤ y ≤ j+1 into span; false when
         * they do not meet.
         */
        private boolean span(int j) {
            double top = j;
            double bottom = j + 1;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                if (y[k] >= top && y[k] <= bottom) {
                    min = Math.min(min, x[k]);
                    max = Math.max(max, x[k]);
                }
                int n = (k + 1) % 3;
                double ya = y[k];
                double yb = y[n];
                if (ya == yb) {
                    continue;
                }
                for (int s = 0; s < 2; s++) {
                    double line = s == 0 ? top : bottom;
                    if ((line - ya) * (line - yb) <= 0) {
                        double xi = x[k] + (line - ya) * (x[n] - x[k]) / (yb - ya);
                        min = Math.min(min, xi);
                        max = Math.max(max, xi);
                    }
                }
            }
            if (min > max) {
                return false;
            }
            span[0] = min;
            span[1] = max;
            return true;
        }
    }
}
