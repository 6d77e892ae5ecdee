package app.maskai.core.hair;

import app.maskai.core.mask.Catalogue;
import app.maskai.core.mask.MaskSpecException;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of built-in hairstyles (schema {@value #SCHEMA} version {@value #VERSION}, a
 * {@link Catalogue} under "hairstyles"): in the order the page offers them, each hairstyle's
 * metadata file, id, name and thumbnail, what the picker shows before any overlay is read.
 */
public final class HairstyleManifest {
    public static final String SCHEMA = "maskai.hairstyles";
    public static final int VERSION = 1;

    private HairstyleManifest() {
    }

    public static List<Catalogue.Item> parse(String json, String fileName) throws MaskSpecException {
        return Catalogue.parse(json, fileName, SCHEMA, VERSION, "hairstyles");
    }

    /** The list as JSON, in the order given, each hairstyle's metadata in {@code <id>.json}. */
    public static String write(List<HairstyleSpec> hairstyles) {
        List<Catalogue.Item> items = new ArrayList<>();
        for (HairstyleSpec h : hairstyles) {
            items.add(new Catalogue.Item(h.id + ".json", h.id, h.name, h.thumbnail));
        }
        return Catalogue.write(SCHEMA, VERSION, "hairstyles", items);
    }
}
