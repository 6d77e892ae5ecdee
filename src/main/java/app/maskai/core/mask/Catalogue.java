package app.maskai.core.mask;

import app.maskai.core.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list of built-in pictures a picker offers before any is read (the face templates', the
 * hairstyles'): a JSON object with its schema, version and one array, each entry a metadata file,
 * an id (listed once), a name and a thumbnail, in the picker's order. Unknown fields are refused.
 */
public final class Catalogue {
    /** One entry of the list. */
    public static final class Item {
        public final String file;
        public final String id;
        public final String name;
        public final String thumbnail;

        public Item(String file, String id, String name, String thumbnail) {
            this.file = file;
            this.id = id;
            this.name = name;
            this.thumbnail = thumbnail;
        }
    }

    private Catalogue() {
    }

    /** Reads a list of schema {@code schema} version {@code version} whose array is {@code key}. */
    public static List<Item> parse(String json, String fileName, String schema, int version, String key)
            throws MaskSpecException {
        SchemaReader r = new SchemaReader(fileName);
        Map<String, Object> root = r.parseObject(json);
        r.onlyKnownKeys(root, "", "schema", "version", key);
        r.schema(root, schema, version, version);
        List<Object> entries = r.array(root, key, key);
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = key + "[" + i + "]";
            Map<String, Object> entry = r.object(entries.get(i), path);
            r.onlyKnownKeys(entry, path + ".", "file", "id", "name", "thumbnail");
            String id = r.string(entry, "id", path + ".id");
            if (!ids.add(id)) {
                throw r.problem(path + ".id " + Json.quote(id) + " is listed twice");
            }
            items.add(new Item(r.relativeFileName(r.string(entry, "file", path + ".file"), path + ".file"), id,
                    r.string(entry, "name", path + ".name"),
                    r.relativeFileName(r.string(entry, "thumbnail", path + ".thumbnail"), path + ".thumbnail")));
        }
        return items;
    }

    /** The list as JSON, in the order given. */
    public static String write(String schema, int version, String key, List<Item> items) {
        StringBuilder s = new StringBuilder("{\n  \"schema\": ").append(Json.quote(schema))
                .append(",\n  \"version\": ").append(version).append(",\n  ").append(Json.quote(key)).append(": [\n");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            s.append("    {\"file\": ").append(Json.quote(item.file))
                    .append(", \"id\": ").append(Json.quote(item.id))
                    .append(", \"name\": ").append(Json.quote(item.name))
                    .append(", \"thumbnail\": ").append(Json.quote(item.thumbnail))
                    .append(i + 1 < items.size() ? "},\n" : "}\n");
        }
        return s.append("  ]\n}\n").toString();
    }
}
