package app.maskai.web.masks;

import app.maskai.core.mask.Catalogue;
import app.maskai.core.hair.HairstyleManifest;
import app.maskai.core.hair.HairstyleSpec;
import app.maskai.core.mask.MaskSpecException;
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
 * The hairstyle overlays, as hairstyles/hairstyles.json lists them: read the first time
 * hairstyles are offered or asked for (never at start), each overlay's metadata and picture fetched
 * the first time it is used and kept for the session (the service worker keeps the picture from
 * then on).
 */
public final class HairstyleLibrary {
    /** One hairstyle: what the picker shows, then its metadata and picture once loaded. */
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
         * The metadata, checked, and the picture, decoded (once; a failed load is tried again on
         * the next call). Rejects with an Error that names the hairstyle and says what was wrong.
         */
        public JSPromise<Loaded> load() {
            if (loaded == null) {
                String where = "hairstyles/" + file;
                loaded = AppFiles.fetchText(folder + file).flatThen(text -> {
                    HairstyleSpec spec;
                    try {
                        spec = HairstyleSpec.parse(text.stringValue(), where);
                    } catch (MaskSpecException e) {
                        return JSPromise.<Loaded>reject(JsErrors.error(e.getMessage()));
                    }
                    if (!spec.id.equals(id)) {
                        return JSPromise.<Loaded>reject(JsErrors.error(where + ": id \"" + spec.id
                                + "\" is not the list's \"" + id + "\""));
                    }
                    return AppFiles.fetchBlob(folder + spec.image).flatThen(Images::decode).flatThen(picture -> {
                        if (picture.getWidth() != spec.width || picture.getHeight() != spec.height) {
                            return JSPromise.<Loaded>reject(JsErrors.error(spec.image + " is " + picture.getWidth()
                                    + " × " + picture.getHeight() + ", not the " + spec.width + " × " + spec.height
                                    + " its metadata says"));
                        }
                        // Kept for offline use from now on (the worker does not precache overlays).
                        OfflineCache.keep(folder + spec.image);
                        return JSPromise.resolve(new Loaded(spec, picture));
                    });
                }).flatCatchError(error -> {
                    loaded = null;
                    return JSPromise.reject(JsErrors.error("The hairstyle \"" + name + "\" could not be loaded ("
                            + JsErrors.messageOf((JSObject) error) + ")."));
                });
            }
            return loaded;
        }
    }

    /** A hairstyle ready to draw: its metadata and its picture (straight alpha). */
    public static final class Loaded {
        public final HairstyleSpec spec;
        public final ImageBitmap picture;

        Loaded(HairstyleSpec spec, ImageBitmap picture) {
            this.spec = spec;
            this.picture = picture;
        }
    }

    private static JSPromise<HairstyleLibrary> library;
    private final List<Entry> entries;

    private HairstyleLibrary(List<Entry> entries) {
        this.entries = entries;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The hairstyle with this id, or null. */
    public Entry find(String id) {
        for (Entry entry : entries) {
            if (entry.id.equals(id)) {
                return entry;
            }
        }
        return null;
    }

    /** The built-in hairstyles (read once; a failed read is tried again on the next call). */
    public static JSPromise<HairstyleLibrary> load() {
        if (library == null) {
            String folder = "hairstyles/";
            library = CatalogueFile.read(folder, "hairstyles.json", HairstyleManifest::parse, "hairstyles").then(items -> {
                List<Entry> entries = new ArrayList<>();
                for (Catalogue.Item item : items) {
                    entries.add(new Entry(item, folder));
                }
                return new HairstyleLibrary(entries);
            });
            library.then(loaded -> null, error -> {
                library = null; // tried again on the next call
                return null;
            });
        }
        return library;
    }
}
