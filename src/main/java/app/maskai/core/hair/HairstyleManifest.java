package app.maskai.core.hair;

import app.maskai.core.json.Json;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.mask.SchemaReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The list of built-in hairstyles (schema {@value #SCHEMA} version {@value #VERSION}): in the order
 * the page offers them, each hairstyle's metadata file, id, name and thumbnail, what the picker shows
 * before any overlay is read.
 */
public final class HairstyleManifest {
    public static final String SCHEMA = "maskai.hairstyles";
    public static final int VERSION = 1;

    /** One hairstyle in the list. */
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

    private HairstyleManifest() {
    }

    public static List<Item> parse(String json, String fileName) throws MaskSpecException {
        SchemaReader r = new SchemaReader(fileName);
        Map<String, Object> root = r.parseObject(json);
        r.onlyKnownKeys(root, "", "schema", "version", "hairstyles");
        r.schema(root, SCHEMA, VERSION, VERSION);
        List<Object> entries = r.array(root, "hairstyles", "hairstyles");
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "hairstyles[" + i + "]";
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

    /** The list as JSON, in the order given, each hairstyle's metadata in {@code <id>.json}. */
    public static String write(List<HairstyleSpec> hairstyles) {
        StringBuilder s = new StringBuilder("{\n  \"schema\": ").append(Json.quote(SCHEMA))
                .append(",\n  \"version\": ").append(VERSION).append(",\n  \"hairstyles\": [\n");
        for (int i = 0; i < hairstyles.size(); i++) {
            HairstyleSpec h = hairstyles.get(i);
            s.append("    {\"file\": ").append(Json.quote(h.id + ".json"))
                    .append(", \"id\": ").append(Json.quote(h.id))
                    .append(", \"name\": ").append(Json.quote(h.name))
                    .append(", \"thumbnail\": ").append(Json.quote(h.thumbnail))
                    .append(i + 1 < hairstyles.size() ? "},\n" : "}\n");
        }
        return s.append("  ]\n}\n").toString();
    }
}
