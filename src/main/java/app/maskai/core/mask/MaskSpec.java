package app.maskai.core.mask;

/**
 * One mask: how it is shown in the gallery and how its texture is pinned to the face.
 *
 * <p>Schema "maskai.mask" versions 1 and 2 (docs/CONTRACTS.md). Vertices come in two runs:
 * <ul>
 *   <li>0 .. L−1 ({@link #landmarkVertexCount()}): vertex i sits on FaceMesh landmark
 *       {@code landmarks[i]};
 *   <li>L .. L+E−1: extra vertex L+e is the affine combination
 *       Σ {@code extraWeights[e][t]} · landmark {@code extraTerms[e][t]} (weights sum to 1), e.g.
 *       the extension rings of app.maskai.core.layout.FaceLayout beyond the face oval.
 * </ul>
 * Every vertex shows texture point ({@code uv[2i]}, {@code uv[2i+1]}) (0..1, v down). Triangles
 * come in {@link #parts}; {@link #triangles} is their concatenation in part order, which is what
 * the renderer draws. A vertex used only by rigid parts is rigid ({@link #isRigid}); one a
 * flexible part also uses follows its landmark.
 *
 * <p>A version 1 file reads as: no extra vertices, one non-rigid part "mask" holding its
 * triangles, blend "normal", lighting 1. Build one with {@link MaskSpecParser}, which validates
 * every field, or with a constructor (which checks only that the arrays fit together); write one
 * with {@link MaskSpecWriter}. Arrays are shared, not copied: do not modify them.
 */
public final class MaskSpec {
    /** Allowed values of {@link #category}, in gallery order. */
    public static final String[] CATEGORIES = {
            "surgical", "respirator", "cloth", "fashion", "masquerade", "carnival", "playful", "custom"};
    /** Blend mode: straight alpha "over" the photo. */
    public static final String BLEND_NORMAL = "normal";
    /** Blend mode: the mask's colour multiplies the photo's (sheer fabric, lace). */
    public static final String BLEND_MULTIPLY = "multiply";
    /** Name of the one part a version 1 file's triangles form. */
    public static final String V1_PART_NAME = "mask";
    /** The shininess of a file that gives none. */
    public static final float DEFAULT_SHININESS = 16;
    /** The largest shininess a file may give. */
    public static final float MAX_SHININESS = 256;

    /** Schema version the spec was read as (1 or 2); {@link MaskSpecWriter} always writes 2. */
    public final int version;
    public final String id;
    public final String name;
    public final String category;
    /**
     * Texture in the shared face layout, relative to the metadata file: RGBA, or only its colour
     * when {@link #textureAlpha} is set.
     */
    public final String texture;
    /**
     * An image the size of the texture whose alpha channel is the texture's alpha, replacing the
     * texture's own (so that the colour can be a JPEG, which has none); relative to the metadata
     * file. Null: the texture carries its own alpha. Version 2 only.
     */
    public final String textureAlpha;
    /** Small preview image for the gallery, relative to the metadata file. */
    public final String thumbnail;
    /** 0..1. */
    public final float opacity;
    /** {@link #BLEND_NORMAL} or {@link #BLEND_MULTIPLY}. */
    public final String blend;
    /** 0..1: how strongly the photo's light shades the mask (1 = fully). */
    public final float lighting;
    /**
     * 0..1: the strength of the mask's specular highlight (a sheen of fibre, the glint of sequins),
     * as a share of the photo's directional light; 0, the default, for a matte material such as
     * cloth. Version 2 only.
     */
    public final float specular;
    /** The Blinn–Phong exponent of that highlight: small for a broad sheen, large for a glint. */
    public final float shininess;
    /** FaceMesh landmark index (0..467) of each landmark vertex. */
    public final int[] landmarks;
    /** Per extra vertex: the landmark indices it combines. */
    public final int[][] extraTerms;
    /** Per extra vertex: the weights matching {@link #extraTerms}, summing to 1. */
    public final float[][] extraWeights;
    /** (u, v) per vertex (landmark vertices, then extra), 0..1. */
    public final float[] uv;
    /** The triangle groups, in file order; at least one. */
    public final MaskPart[] parts;
    /** 3 vertex indices per triangle: every part's triangles, in part order. */
    public final int[] triangles;
    private final boolean[] rigidVertex;
    private final boolean hasRigidParts;

    /** A version 1 mask: every vertex on a landmark, one non-rigid part. */
    public MaskSpec(String id, String name, String category, String texture, String thumbnail,
            float opacity, int[] landmarks, float[] uv, int[] triangles) {
        this(1, id, name, category, texture, thumbnail, opacity, BLEND_NORMAL, 1f, landmarks,
                new int[0][], new float[0][], uv,
                new MaskPart[] {new MaskPart(V1_PART_NAME, false, triangles)});
    }

    /** A version 2 mask. */
    public MaskSpec(String id, String name, String category, String texture, String thumbnail,
            float opacity, String blend, float lighting, int[] landmarks, int[][] extraTerms,
            float[][] extraWeights, float[] uv, MaskPart[] parts) {
        this(2, id, name, category, texture, thumbnail, opacity, blend, lighting, landmarks,
                extraTerms, extraWeights, uv, parts);
    }

    MaskSpec(int version, String id, String name, String category, String texture,
            String thumbnail, float opacity, String blend, float lighting, int[] landmarks,
            int[][] extraTerms, float[][] extraWeights, float[] uv, MaskPart[] parts) {
        if (extraTerms.length != extraWeights.length) {
            throw new IllegalArgumentException(extraTerms.length + " extra vertices have terms but "
                    + extraWeights.length + " have weights");
        }
        for (int e = 0; e < extraTerms.length; e++) {
            if (extraTerms[e].length != extraWeights[e].length || extraTerms[e].length == 0) {
                throw new IllegalArgumentException("extra vertex " + e + " has " + extraTerms[e].length
                        + " terms and " + extraWeights[e].length + " weights");
            }
        }
        int count = landmarks.length + extraTerms.length;
        if (uv.length != 2 * count) {
            throw new IllegalArgumentException("uv has " + uv.length + " values, expected " + 2 * count);
        }
        if (parts.length == 0) {
            throw new IllegalArgumentException("a mask needs at least one part");
        }
        this.version = version;
        this.id = id;
        this.name = name;
        this.category = category;
        this.texture = texture;
        this.textureAlpha = null;
        this.thumbnail = thumbnail;
        this.opacity = opacity;
        this.blend = blend;
        this.lighting = lighting;
        this.specular = 0;
        this.shininess = DEFAULT_SHININESS;
        this.landmarks = landmarks;
        this.extraTerms = extraTerms;
        this.extraWeights = extraWeights;
        this.uv = uv;
        this.parts = parts;
        int total = 0;
        for (MaskPart part : parts) {
            total += part.triangles.length;
        }
        this.triangles = new int[total];
        this.rigidVertex = new boolean[count];
        boolean[] flexible = new boolean[count];
        boolean rigid = false;
        int at = 0;
        for (MaskPart part : parts) {
            for (int i = 0; i < part.triangles.length; i++) {
                int v = part.triangles[i];
                if (v < 0 || v >= count) {
                    throw new IllegalArgumentException("part " + part.name + " names vertex " + v
                            + ", vertex count " + count);
                }
                triangles[at++] = v;
                if (part.rigid) {
                    rigidVertex[v] = true;
                    rigid = true;
                } else {
                    flexible[v] = true;
                }
            }
        }
        // A vertex a flexible part also uses follows its landmark: where ribbons or loops join a
        // rigid shell, the join then bends with the face on both sides alike (measured: a join
        // vertex placed rigidly on one side only put a masquerade's mirrored fit 10 % of the
        // inter-ocular distance off).
        for (int v = 0; v < count; v++) {
            rigidVertex[v] &= !flexible[v];
        }
        this.hasRigidParts = rigid;
    }

    private MaskSpec(MaskSpec spec, String textureAlpha, float specular, float shininess) {
        this.version = spec.version;
        this.id = spec.id;
        this.name = spec.name;
        this.category = spec.category;
        this.texture = spec.texture;
        this.textureAlpha = textureAlpha;
        this.thumbnail = spec.thumbnail;
        this.opacity = spec.opacity;
        this.blend = spec.blend;
        this.lighting = spec.lighting;
        this.specular = specular;
        this.shininess = shininess;
        this.landmarks = spec.landmarks;
        this.extraTerms = spec.extraTerms;
        this.extraWeights = spec.extraWeights;
        this.uv = spec.uv;
        this.parts = spec.parts;
        this.triangles = spec.triangles;
        this.rigidVertex = spec.rigidVertex;
        this.hasRigidParts = spec.hasRigidParts;
    }

    /**
     * This mask with its texture's alpha read from {@code textureAlpha} (a file name relative to
     * the metadata file), or from the texture itself when null. Only version 2 has the field.
     */
    public MaskSpec withTextureAlpha(String textureAlpha) {
        if (textureAlpha != null && version != 2) {
            throw new IllegalArgumentException("textureAlpha needs schema version 2, this is " + version);
        }
        return new MaskSpec(this, textureAlpha, specular, shininess);
    }

    /**
     * This mask with a specular highlight of {@code specular} (0..1) and exponent
     * {@code shininess} (1..{@link #MAX_SHININESS}). Only version 2 has the fields.
     */
    public MaskSpec withSpecular(float specular, float shininess) {
        if (specular != 0 && version != 2) {
            throw new IllegalArgumentException("specular needs schema version 2, this is " + version);
        }
        if (!(specular >= 0 && specular <= 1) || !(shininess >= 1 && shininess <= MAX_SHININESS)) {
            throw new IllegalArgumentException("specular " + specular + " must be 0..1 and shininess " + shininess
                    + " 1.." + MAX_SHININESS);
        }
        return new MaskSpec(this, textureAlpha, specular, shininess);
    }

    /** All vertices: landmark vertices plus extra vertices. */
    public int vertexCount() {
        return landmarks.length + extraTerms.length;
    }

    /** Vertices that sit on one landmark: the first {@code landmarks.length}. */
    public int landmarkVertexCount() {
        return landmarks.length;
    }

    public int extraVertexCount() {
        return extraTerms.length;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    /** Every part's triangles, in part order (the same array as {@link #triangles}). */
    public int[] allTriangles() {
        return triangles;
    }

    /** Whether vertex {@code v} belongs to a rigid part. */
    public boolean isRigid(int v) {
        return rigidVertex[v];
    }

    public boolean hasRigidParts() {
        return hasRigidParts;
    }

    @Override
    public String toString() {
        return "MaskSpec(" + id + ", " + vertexCount() + " vertices, " + triangleCount()
                + " triangles, " + parts.length + (parts.length == 1 ? " part)" : " parts)");
    }
}
