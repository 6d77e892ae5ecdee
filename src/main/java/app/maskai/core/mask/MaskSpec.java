package app.maskai.core.mask;

/**
 * One mask: how it is shown in the gallery and how its texture is pinned to the face.
 *
 * <p>Schema "maskai.mask" version 1 (docs/CONTRACTS.md). Vertex i sits on FaceMesh landmark
 * {@code landmarks[i]} and shows texture point ({@code uv[2i]}, {@code uv[2i+1]}) (0..1, v down);
 * {@code triangles} holds 3 vertex indices per triangle. Build one with {@link MaskSpecParser},
 * which validates every field; the arrays are shared, not copied: do not modify them.
 */
public final class MaskSpec {
  /** Allowed values of {@link #category}, in gallery order. */
  public static final String[] CATEGORIES = {
      "surgical", "respirator", "cloth", "fashion", "masquerade", "carnival", "playful", "custom"};

  public final String id;
  public final String name;
  public final String category;
  /** RGBA texture in the shared face layout, relative to the metadata file. */
  public final String texture;
  /** Small preview image for the gallery, relative to the metadata file. */
  public final String thumbnail;
  /** 0..1. */
  public final float opacity;
  /** FaceMesh landmark index (0..467) of each vertex. */
  public final int[] landmarks;
  /** (u, v) per vertex, 0..1. */
  public final float[] uv;
  /** 3 vertex indices per triangle. */
  public final int[] triangles;

  public MaskSpec(String id, String name, String category, String texture, String thumbnail,
      float opacity, int[] landmarks, float[] uv, int[] triangles) {
    this.id = id;
    this.name = name;
    this.category = category;
    this.texture = texture;
    this.thumbnail = thumbnail;
    this.opacity = opacity;
    this.landmarks = landmarks;
    this.uv = uv;
    this.triangles = triangles;
  }

  public int vertexCount() {
    return landmarks.length;
  }

  public int triangleCount() {
    return triangles.length / 3;
  }

  @Override
  public String toString() {
    return "MaskSpec(" + id + ", " + vertexCount() + " vertices, " + triangleCount()
        + " triangles)";
  }
}
