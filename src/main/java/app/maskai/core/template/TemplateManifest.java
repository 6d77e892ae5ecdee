package app.maskai.core.template;

import app.maskai.core.mask.Catalogue;
import app.maskai.core.mask.MaskSpecException;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of built-in templates (schema {@value #SCHEMA} version {@value #VERSION}, a
 * {@link Catalogue} under "templates"): in the order the page offers them, each template's metadata
 * file, id, name and thumbnail, what the picker shows before any template is read.
 */
public final class TemplateManifest {
    public static final String SCHEMA = "maskai.templates";
    public static final int VERSION = 1;

    private TemplateManifest() {
    }

    public static List<Catalogue.Item> parse(String json, String fileName) throws MaskSpecException {
        return Catalogue.parse(json, fileName, SCHEMA, VERSION, "templates");
    }

    /** The list as JSON, in the order given, each template's metadata in {@code files}' file. */
    public static String write(List<TemplateSpec> templates, List<String> files) {
        List<Catalogue.Item> items = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            TemplateSpec t = templates.get(i);
            items.add(new Catalogue.Item(files.get(i), t.id, t.name, t.thumbnail));
        }
        return Catalogue.write(SCHEMA, VERSION, "templates", items);
    }
}
