package app.maskai.core.fit;

import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.mask.MaskSpec;

/**
 * Places a mask's vertices on a face.
 *
 * <p>Schema version 1 binds every vertex to one FaceMesh landmark, so a vertex sits exactly on its
 * landmark. A later schema version may add vertices placed relative to several landmarks (a brim
 * beyond the face outline, say); that would be another branch here, keyed on the spec's version.
 */
public final class MaskFit {
  private MaskFit() {
  }

  /**
   * Writes (x, y, z) per mask vertex into {@code dest} (3 × vertexCount floats) from the face's
   * {@code landmarks} (468 × (x, y, z), image pixels). Allocates nothing.
   */
  public static void vertices(MaskSpec spec, float[] landmarks, float[] dest) {
    int count = spec.vertexCount();
    if (landmarks.length < LandmarkModel.MESH_VALUES) {
      throw new IllegalArgumentException("expected " + LandmarkModel.MESH_VALUES
          + " landmark values, got " + landmarks.length);
    }
    if (dest.length < 3 * count) {
      throw new IllegalArgumentException("dest holds " + dest.length + " values, need "
          + 3 * count);
    }
    int[] bound = spec.landmarks;
    for (int v = 0; v < count; v++) {
      int from = 3 * bound[v];
      int to = 3 * v;
      dest[to] = landmarks[from];
      dest[to + 1] = landmarks[from + 1];
      dest[to + 2] = landmarks[from + 2];
    }
  }
}
