package app.maskai.web.masks;

import app.maskai.core.mask.Catalogue;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.template.TemplateManifest;
import app.maskai.core.template.TemplateSpec;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.offline.OfflineCache;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The face templates, as templates/templates.json lists them: read the first time templates are
 * offered or asked for (never at start: most sessions use none), each template's metadata and
 * pictures fetched the first time it is used and kept for the session.
 */
public final class TemplateLibrary {
    /** One template: what the picker shows, then its metadata and pictures once loaded. */
    public static final class Entry {
        public final String id;
        public final String name;
        public final String thumbnailUrl;
        private final String folder;
        private final String file;
        private JSPromise<Loaded> loaded;

        Entry(Catalogue.Item item, String folder) {
            this.id = item.id;
            this.name = item.name;
            this.thumbnailUrl = folder + item.thumbnail;
            this.folder = folder;
            this.file = item.file;
        }

        /**
         * The metadata, checked, and the pictures, decoded (once; a failed load is tried again on
         * the next call). Rejects with an Error that names the template and says what was wrong.
         */
        public JSPromise<Loaded> load() {
            if (loaded == null) {
                String where = "templates/" + file;
                loaded = AppFiles.fetchText(folder + file).flatThen(text -> {
                    TemplateSpec spec;
                    try {
                        spec = TemplateSpec.parse(text.stringValue(), where);
                    } catch (MaskSpecException e) {
                        return JSPromise.<Loaded>reject(JsErrors.error(e.getMessage()));
                    }
                    if (!spec.id.equals(id)) {
                        return JSPromise.<Loaded>reject(JsErrors.error(where + ": id \"" + spec.id
                                + "\" is not the list's \"" + id + "\""));
                    }
                    JSPromise<ImageBitmap> background = AppFiles.fetchBlob(folder + spec.background)
                            .flatThen(Images::decode);
                    JSPromise<ImageBitmap> front = spec.front == null ? JSPromise.<ImageBitmap>resolve(null)
                            : AppFiles.fetchBlob(folder + spec.front).flatThen(Images::decode);
                    return background.flatThen(b -> front.flatThen(f -> {
                        if (b.getWidth() != spec.width || b.getHeight() != spec.height) {
                            return JSPromise.<Loaded>reject(JsErrors.error(spec.background + " is " + b.getWidth()
                                    + " × " + b.getHeight() + ", not the " + spec.width + " × " + spec.height
                                    + " its metadata says"));
                        }
                        // Kept for offline use from now on (the worker does not precache the pictures).
                        OfflineCache.keep(folder + spec.background
                                + (spec.front == null ? "" : "," + folder + spec.front));
                        return JSPromise.resolve(new Loaded(spec, b, f));
                    }));
                }).flatCatchError(error -> {
                    loaded = null;
                    return JSPromise.reject(JsErrors.error("The template \"" + name + "\" could not be loaded ("
                            + JsErrors.messageOf((JSObject) error) + ")."));
                });
            }
            return loaded;
        }
    }

    /** A template ready to draw: its metadata, picture and front picture (or null). */
    public static final class Loaded {
        public final TemplateSpec spec;
        public final ImageBitmap background;
        public final ImageBitmap front;

        Loaded(TemplateSpec spec, ImageBitmap background, ImageBitmap front) {
            this.spec = spec;
            this.background = background;
            this.front = front;
        }
    }

    private static JSPromise<TemplateLibrary> library;
    private final List<Entry> entries;

    private TemplateLibrary(List<Entry> entries) {
        this.entries = entries;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The template with this id, or null. */
    public Entry find(String id) {
        for (Entry entry : entries) {
            if (entry.id.equals(id)) {
                return entry;
            }
        }
        return null;
    }

    /** The built-in templates (read once; a failed read is tried again on the next call). */
    public static JSPromise<TemplateLibrary> load() {
        if (library == null) {
            String folder = "templates/";
            library = CatalogueFile.read(folder, "templates.json", TemplateManifest::parse, "templates").then(items -> {
                List<Entry> entries = new ArrayList<>();
                for (Catalogue.Item item : items) {
                    entries.add(new Entry(item, folder));
                }
                return new TemplateLibrary(entries);
            });
            library.then(loaded -> null, error -> {
                library = null; // tried again on the next call
                return null;
            });
        }
        return library;
    }
}
