package app.maskai.web.masks;

import app.maskai.core.mask.MaskManifest;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.mask.MaskSpecParser;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.Idle;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The masks: the built-in ones as masks/manifest.json lists them (what the gallery shows: id,
 * name, category, thumbnail), each mask's metadata read and checked the first time it is drawn,
 * or by {@link #checkAll} just after start, and its texture fetched on first use; then the
 * person's own, made in this session.
 */
public final class MaskLibrary {
    /**
     * One mask: what the gallery shows, its metadata ({@link #spec}) once read, and its texture,
     * fetched the first time it is needed (textures are most of the masks' bytes) and kept for
     * the session.
     */
    public static final class Entry {
        /** Entries made so far in this session (for {@link #textureKey}). */
        private static int made;

        public final String id;
        public final String name;
        public final String category;
        public final String thumbnailUrl;
        /**
         * This entry's picture, among every entry of the session: a mask rebuilt under the same id
         * (a person's own, its picture changed) is a new entry with a new key (renderers key their
         * GPU copies by it).
         */
        public final String textureKey;
        /** The folder of the metadata and texture files; null for a person's own mask. */
        private final String folder;
        private final String specFile;
        private MaskSpec spec;
        private JSPromise<MaskSpec> specLoad;
        private JSPromise<ImageBitmap> texture;

        Entry(MaskManifest.Item item, String folder) {
            this.id = item.id;
            this.name = item.name;
            this.category = item.category;
            this.thumbnailUrl = folder + item.thumbnail;
            this.textureKey = id + "#" + (++made);
            this.folder = folder;
            this.specFile = item.file;
        }

        private Entry(MaskSpec spec, String thumbnailUrl) {
            this.id = spec.id;
            this.name = spec.name;
            this.category = spec.category;
            this.thumbnailUrl = thumbnailUrl;
            this.textureKey = id + "#" + (++made);
            this.folder = null;
            this.specFile = null;
            this.spec = spec;
            this.specLoad = JSPromise.resolve(spec);
        }

        /** A mask made in this session (a person's own image): its texture is already decoded. */
        public static Entry inMemory(MaskSpec spec, ImageBitmap texture, String thumbnailUrl) {
            Entry entry = new Entry(spec, thumbnailUrl);
            entry.texture = JSPromise.resolve(texture);
            return entry;
        }

        /** True for a person's own mask, which lives in memory for the session only. */
        public boolean isCustom() {
            return folder == null;
        }

        /**
         * The mask's metadata, once {@link #loadSpec} or {@link #texture} has resolved (every
         * drawing waits for the texture); null before.
         */
        public MaskSpec spec() {
            return spec;
        }

        /**
         * Reads and checks the metadata file (once; a failed read is tried again on the next
         * call). Rejects with an Error that names the mask and says what was wrong.
         */
        public JSPromise<MaskSpec> loadSpec() {
            if (specLoad == null) {
                String where = "masks/" + specFile;
                specLoad = AppFiles.fetchText(folder + specFile).flatThen(text -> {
                    MaskSpec read;
                    try {
                        read = MaskSpecParser.parse(text.stringValue(), where);
                    } catch (MaskSpecException e) {
                        return JSPromise.<MaskSpec>reject(JsErrors.error(e.getMessage()));
                    }
                    if (!read.id.equals(id)) {
                        return JSPromise.<MaskSpec>reject(JsErrors.error(where + ": id \"" + read.id
                                + "\" is not the manifest's \"" + id + "\""));
                    }
                    spec = read;
                    return JSPromise.resolve(read);
                }).flatCatchError(error -> {
                    specLoad = null;
                    return JSPromise.reject(JsErrors.error("The mask \"" + name + "\" could not be loaded ("
                            + JsErrors.messageOf((JSObject) error) + ")."));
                });
            }
            return specLoad;
        }

        /**
         * The decoded texture, one RGBA bitmap (a separate alpha image is already applied), with
         * the metadata read first ({@link #spec} is set once it resolves); a failed load is
         * retried on the next call.
         */
        public JSPromise<ImageBitmap> texture() {
            if (texture == null) {
                texture = loadSpec().flatThen(read -> {
                    JSPromise<ImageBitmap> colour = AppFiles.fetchBlob(folder + read.texture).flatThen(Images::decode);
                    JSPromise<ImageBitmap> decoded = read.textureAlpha == null ? colour
                            : TextureAlpha.apply(colour,
                                    AppFiles.fetchBlob(folder + read.textureAlpha).flatThen(Images::decode));
                    return decoded.flatCatchError(error -> JSPromise.reject(JsErrors.error("The texture of the mask \""
                            + name + "\" could not be loaded (" + JsErrors.messageOf((JSObject) error) + ").")));
                }).flatCatchError(error -> {
                    texture = null;
                    return JSPromise.reject(error);
                });
            }
            return texture;
        }
    }

    private final List<Entry> entries;

    private MaskLibrary(List<Entry> entries) {
        this.entries = new ArrayList<>(entries);
    }

    /** The built-in masks, then the person's own, in the order added. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Adds a person's own mask for this session (replacing one with the same id). */
    public void addCustom(Entry entry) {
        removeCustom(entry.id);
        entries.add(entry);
    }

    /** Removes a person's own mask; built-in masks cannot be removed. Returns what was removed, or null. */
    public Entry removeCustom(String id) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.isCustom() && entry.id.equals(id)) {
                entries.remove(i);
                return entry;
            }
        }
        return null;
    }

    /** The mask with this id, or null. */
    public Entry find(String id) {
        for (Entry entry : entries) {
            if (entry.id.equals(id)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * Loads {@code folder}/manifest.json: the library, each mask's metadata still to read. Fails
     * (through {@code onError}) when the list cannot be read.
     */
    public static void load(String folder, Consumer<MaskLibrary> onLoaded, Consumer<String> onError) {
        AppFiles.fetchText(folder + "manifest.json").then(text -> {
            List<MaskManifest.Item> items;
            try {
                items = MaskManifest.parse(text.stringValue(), "masks/manifest.json");
            } catch (MaskSpecException e) {
                onError.accept(e.getMessage());
                return null;
            }
            List<Entry> entries = new ArrayList<>();
            for (MaskManifest.Item item : items) {
                entries.add(new Entry(item, folder));
            }
            onLoaded.accept(new MaskLibrary(entries));
            return null;
        }, error -> {
            onError.accept("The mask library could not be loaded: " + JsErrors.messageOf((JSObject) error));
            return null;
        });
    }

    /**
     * Reads every built-in mask's metadata, one after another, and leaves out each that cannot be
     * read or is malformed: {@code onProblem} gets what was wrong, then {@code onChanged} runs
     * once (when any was left out). The last mask is never left out: with none, the app could
     * show nothing, so its failure is only reported, and drawing it says so again.
     */
    public void checkAll(Consumer<String> onProblem, Runnable onChanged) {
        List<Entry> builtIn = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.isCustom()) {
                builtIn.add(entry);
            }
        }
        check(builtIn, 0, false, onProblem, onChanged);
    }

    private void check(List<Entry> list, int index, boolean changed, Consumer<String> onProblem,
            Runnable onChanged) {
        if (index == list.size()) {
            if (changed) {
                onChanged.run();
            }
            return;
        }
        Entry entry = list.get(index);
        // One mask per idle moment of the main thread: the camera's frames and the first photo
        // come first.
        Idle.next(500).flatThen(x -> entry.loadSpec()).then(spec -> {
            check(list, index + 1, changed, onProblem, onChanged);
            return null;
        }, error -> {
            onProblem.accept(JsErrors.messageOf((JSObject) error));
            boolean removed = entries.size() > 1 && entries.remove(entry);
            check(list, index + 1, changed || removed, onProblem, onChanged);
            return null;
        });
    }
}
