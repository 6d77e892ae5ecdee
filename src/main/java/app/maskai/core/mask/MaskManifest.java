package app.maskai.core.mask;

import app.maskai.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the mask list, masks/manifest.json: schema "maskai.manifest" version 2 with "masks", a
 * non-empty array, in gallery order, of what the gallery shows before any mask's metadata is read
 * (docs/CONTRACTS.md): each mask's metadata file, id, name, category and thumbnail, checked with
 * the metadata's own rules. The app starts on the list alone and reads a mask's metadata (about
 * 37 KB) when it is first drawn: reading all fourteen held the start back by 70-110 ms on 2 cores.
 */
public final class MaskManifest {
    public static final String SCHEMA = "maskai.manifest";
    public static final int VERSION = 2;

    /** One mask as the list gives it. */
    public static final class Item {
        /** Its metadata file, relative to the manifest's folder. */
        public final String file;
        public final String id;
        public final String name;
        public final String category;
        /** Its thumbnail, relative to the manifest's folder. */
        public final String thumbnail;

        public Item(String file, String id, String name, String category, String thumbnail) {
            this.file = file;
            this.id = id;
            this.name = name;
            this.category = category;
            this.thumbnail = thumbnail;
        }
    }

    private MaskManifest() {
    }

    /** The masks, in manifest order. */
    public static List<Item> parse(String json, String fileName) throws MaskSpecException {
        SchemaReader in = new SchemaReader(fileName);
        Map<String, Object> root = in.parseObject(json);
        in.schema(root, SCHEMA, VERSION, VERSION);
        in.onlyKnownKeys(root, "", "schema", "version", "masks");
        List<Object> masks = in.array(root, "masks", "masks");
        if (masks.isEmpty()) {
            throw in.problem("masks is empty (list at least one mask)");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < masks.size(); i++) {
            String path = "masks[" + i + "].";
            Map<String, Object> mask = in.object(masks.get(i), "masks[" + i + "]");
            in.onlyKnownKeys(mask, path, "file", "id", "name", "category", "thumbnail");
            String file = in.relativeFileName(in.string(mask, "file", path + "file"), path + "file");
            if (!file.endsWith(".json")) {
                throw in.problem(path + "file = " + Json.quote(file) + " must name a .json file");
            }
            Item item = new Item(file, MaskSpecParser.id(in, mask, path), MaskSpecParser.name(in, mask, path),
                    MaskSpecParser.category(in, mask, path),
                    in.relativeFileName(in.string(mask, "thumbnail", path + "thumbnail"), path + "thumbnail"));
            for (int j = 0; j < items.size(); j++) {
                if (items.get(j).file.equals(item.file)) {
                    throw in.problem(path + "file = " + Json.quote(file) + " repeats masks[" + j + "]");
                }
                if (items.get(j).id.equals(item.id)) {
                    throw in.problem(path + "id = " + Json.quote(item.id) + " repeats masks[" + j + "]");
                }
            }
            items.add(item);
        }
        return items;
    }
}
