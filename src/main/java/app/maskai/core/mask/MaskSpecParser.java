package app.maskai.core.mask;

import app.maskai.core.json.Json;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates mask metadata, schema "maskai.mask" version 1 (docs/CONTRACTS.md).
 *
 * <p>Every field is required and no others are allowed: a misspelt field is an error, not a silent
 * default. Limits keep a bad file from costing the page much: at most {@link #MAX_VERTICES}
 * vertices and {@link #MAX_TRIANGLES} triangles. Every problem is a {@link MaskSpecException}
 * whose message names the file, the field and what is wrong.
 */
public final class MaskSpecParser {
  public static final String SCHEMA = "maskai.mask";
  public static final int VERSION = 1;
  public static final int MAX_ID_LENGTH = 40;
  public static final int MAX_NAME_LENGTH = 80;
  public static final int MAX_VERTICES = 2000;
  public static final int MAX_TRIANGLES = 4000;
  /** FaceMesh has 468 landmarks: indices 0..467. */
  public static final int LANDMARK_COUNT = 468;

  private MaskSpecParser() {
  }

  public static MaskSpec parse(String json, String fileName) throws MaskSpecException {
    SchemaReader in = new SchemaReader(fileName);
    Map<String, Object> root = in.parseObject(json);
    in.schema(root, SCHEMA, VERSION);
    in.onlyKnownKeys(root, "", "schema", "version", "id", "name", "category", "texture",
        "thumbnail", "opacity", "mesh");

    String id = in.string(root, "id", "id");
    if (!isValidId(id)) {
      throw in.problem("id = " + Json.quote(id) + " must be 1 to " + MAX_ID_LENGTH
          + " characters from a-z, 0-9 and '-'");
    }
    String name = in.string(root, "name", "name");
    if (name.trim().isEmpty()) {
      throw in.problem("name is empty");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw in.problem("name is " + name.length() + " characters long, at most "
          + MAX_NAME_LENGTH + " allowed");
    }
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) < 0x20) {
        throw in.problem("name contains a control character");
      }
    }
    String category = in.string(root, "category", "category");
    if (!isKnownCategory(category)) {
      StringBuilder known = new StringBuilder();
      for (int i = 0; i < MaskSpec.CATEGORIES.length; i++) {
        known.append(i == 0 ? "" : ", ").append(MaskSpec.CATEGORIES[i]);
      }
      throw in.problem("category = " + Json.quote(category) + " is not one of: " + known);
    }
    String texture = in.relativeFileName(in.string(root, "texture", "texture"), "texture");
    String thumbnail = in.relativeFileName(in.string(root, "thumbnail", "thumbnail"),
        "thumbnail");
    double opacity = in.number(root, "opacity", "opacity");
    if (!(opacity >= 0 && opacity <= 1)) {
      throw in.problem("opacity = " + Json.number(opacity) + " must be between 0 and 1");
    }

    Map<String, Object> mesh = in.object(in.member(root, "mesh", "mesh"), "mesh");
    in.onlyKnownKeys(mesh, "mesh.", "landmarks", "uv", "triangles");
    int[] landmarks = readLandmarks(in, in.array(mesh, "landmarks", "mesh.landmarks"));
    int vertexCount = landmarks.length;
    float[] uv = readUv(in, in.array(mesh, "uv", "mesh.uv"), vertexCount);
    int[] triangles = readTriangles(in, in.array(mesh, "triangles", "mesh.triangles"),
        vertexCount);
    return new MaskSpec(id, name, category, texture, thumbnail, (float) opacity, landmarks, uv,
        triangles);
  }

  private static int[] readLandmarks(SchemaReader in, List<Object> list)
      throws MaskSpecException {
    if (list.isEmpty()) {
      throw in.problem("mesh.landmarks is empty");
    }
    if (list.size() > MAX_VERTICES) {
      throw in.problem("mesh.landmarks has " + list.size() + " vertices, at most "
          + MAX_VERTICES + " allowed");
    }
    int[] landmarks = new int[list.size()];
    for (int i = 0; i < landmarks.length; i++) {
      String path = "mesh.landmarks[" + i + "]";
      int index = in.integer(list.get(i), path);
      if (index < 0 || index >= LANDMARK_COUNT) {
        throw in.problem(path + " = " + index + " is not a FaceMesh landmark (0.."
            + (LANDMARK_COUNT - 1) + ")");
      }
      landmarks[i] = index;
    }
    return landmarks;
  }

  private static float[] readUv(SchemaReader in, List<Object> list, int vertexCount)
      throws MaskSpecException {
    if (list.size() != 2 * vertexCount) {
      throw in.problem("mesh.uv has " + list.size() + " numbers, expected " + 2 * vertexCount
          + " (2 per vertex, vertex count " + vertexCount + ")");
    }
    float[] uv = new float[list.size()];
    for (int i = 0; i < uv.length; i++) {
      String path = "mesh.uv[" + i + "]";
      Object value = list.get(i);
      if (!(value instanceof Double)) {
        throw in.problem(path + " must be a number, found " + SchemaReader.describe(value));
      }
      double d = ((Double) value).doubleValue();
      if (!(d >= 0 && d <= 1)) {
        throw in.problem(path + " = " + Json.number(d) + " is outside 0..1");
      }
      uv[i] = (float) d;
    }
    return uv;
  }

  private static int[] readTriangles(SchemaReader in, List<Object> list, int vertexCount)
      throws MaskSpecException {
    if (list.isEmpty()) {
      throw in.problem("mesh.triangles is empty (at least one triangle needed)");
    }
    if (list.size() % 3 != 0) {
      throw in.problem("mesh.triangles has " + list.size()
          + " indices, not a multiple of 3");
    }
    if (list.size() / 3 > MAX_TRIANGLES) {
      throw in.problem("mesh.triangles has " + list.size() / 3 + " triangles, at most "
          + MAX_TRIANGLES + " allowed");
    }
    int[] triangles = new int[list.size()];
    for (int i = 0; i < triangles.length; i++) {
      String path = "mesh.triangles[" + i + "]";
      int index = in.integer(list.get(i), path);
      if (index < 0 || index >= vertexCount) {
        throw in.problem(path + " = " + index + " is out of range (vertex count " + vertexCount
            + ")");
      }
      triangles[i] = index;
    }
    return triangles;
  }

  static boolean isValidId(String id) {
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isKnownCategory(String category) {
    for (String known : MaskSpec.CATEGORIES) {
      if (known.equals(category)) {
        return true;
      }
    }
    return false;
  }
}
