package app.maskai.core.mask;

import app.maskai.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the mask list, masks/manifest.json: schema "maskai.manifest" version 1 with "masks", a
 * non-empty array of distinct relative file names ending in ".json" (docs/CONTRACTS.md).
 */
public final class MaskManifest {
  public static final String SCHEMA = "maskai.manifest";
  public static final int VERSION = 1;

  private MaskManifest() {
  }

  /** The metadata file names, in manifest order. */
  public static List<String> parse(String json, String fileName) throws MaskSpecException {
    SchemaReader in = new SchemaReader(fileName);
    Map<String, Object> root = in.parseObject(json);
    in.schema(root, SCHEMA, VERSION, VERSION);
    in.onlyKnownKeys(root, "", "schema", "version", "masks");
    List<Object> masks = in.array(root, "masks", "masks");
    if (masks.isEmpty()) {
      throw in.problem("masks is empty (list at least one mask file)");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < masks.size(); i++) {
      String path = "masks[" + i + "]";
      Object value = masks.get(i);
      if (!(value instanceof String)) {
        throw in.problem(path + " must be a string, found " + SchemaReader.describe(value));
      }
      String name = in.relativeFileName((String) value, path);
      if (!name.endsWith(".json")) {
        throw in.problem(path + " = " + Json.quote(name) + " must name a .json file");
      }
      int previous = names.indexOf(name);
      if (previous >= 0) {
        throw in.problem(path + " = " + Json.quote(name) + " repeats masks[" + previous + "]");
      }
      names.add(name);
    }
    return names;
  }
}
