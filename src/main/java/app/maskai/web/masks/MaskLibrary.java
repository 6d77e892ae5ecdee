package app.maskai.web.masks;

import app.maskai.core.mask.MaskManifest;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.mask.MaskSpecParser;
import app.maskai.web.dom.Browser;
import app.maskai.web.dom.ImageBitmap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** The built-in masks: metadata loaded and validated at start, textures on first use. */
public final class MaskLibrary {
    /**
     * One mask: its validated metadata, the URL of its thumbnail, and its texture, fetched the
     * first time it is needed (textures are most of the masks' bytes) and kept for the session.
     */
    public static final class Entry {
        public final MaskSpec spec;
        public final String thumbnailUrl;
        private final String textureUrl;
        /** The image whose alpha channel is the texture's (the colour is then a JPEG), or null. */
        private final String textureAlphaUrl;
        private JSPromise<ImageBitmap> texture;

        Entry(MaskSpec spec, String textureUrl, String textureAlphaUrl, String thumbnailUrl) {
            this.spec = spec;
            this.textureUrl = textureUrl;
            this.textureAlphaUrl = textureAlphaUrl;
            this.thumbnailUrl = thumbnailUrl;
        }

        /** A mask made in this session (a person's own image): its texture is already decoded. */
        public static Entry inMemory(MaskSpec spec, ImageBitmap texture, String thumbnailUrl) {
            Entry entry = new Entry(spec, null, null, thumbnailUrl);
            entry.texture = JSPromise.resolve(texture);
            return entry;
        }

        /** True for a person's own mask, which lives in memory for the session only. */
        public boolean isCustom() {
            return textureUrl == null;
        }

        /**
         * The decoded texture, one RGBA bitmap (a separate alpha image is already applied); a
         * failed load is retried on the next call.
         */
        public JSPromise<ImageBitmap> texture() {
            if (texture == null) {
                JSPromise<ImageBitmap> colour = Browser.fetchBlob(textureUrl).flatThen(Browser::decode);
                JSPromise<ImageBitmap> decoded = textureAlphaUrl == null ? colour
                        : TextureAlpha.apply(colour, Browser.fetchBlob(textureAlphaUrl).flatThen(Browser::decode));
                texture = decoded.flatCatchError(error -> {
                    texture = null;
                    return JSPromise.reject(Browser.error("The texture of the mask \"" + spec.name
                            + "\" could not be loaded (" + Browser.messageOf((JSObject) error) + ")."));
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
        removeCustom(entry.spec.id);
        entries.add(entry);
    }

    /** Removes a person's own mask; built-in masks cannot be removed. Returns what was removed, or null. */
    public Entry removeCustom(String id) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.isCustom() && entry.spec.id.equals(id)) {
                entries.remove(i);
                return entry;
            }
        }
        return null;
    }

    /** The mask with this id, or null. */
    public Entry find(String id) {
        for (Entry entry : entries) {
            if (entry.spec.id.equals(id)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * Loads {@code folder}/manifest.json and every mask it lists. A mask whose metadata or
     * texture is bad is left out and reported through {@code onProblem} (file and reason); the
     * library fails as a whole only when the manifest cannot be read or no mask loads.
     */
    public static void load(String folder, Consumer<MaskLibrary> onLoaded, Consumer<String> onProblem,
            Consumer<String> onError) {
        String manifestUrl = folder + "manifest.json";
        Browser.fetchText(manifestUrl).then(text -> {
            List<String> files;
            try {
                files = MaskManifest.parse(text.stringValue(), "masks/manifest.json");
            } catch (MaskSpecException e) {
                onError.accept(e.getMessage());
                return null;
            }
            loadAll(folder, files, onLoaded, onProblem, onError);
            return null;
        }, error -> {
            onError.accept("The mask library could not be loaded: " + Browser.messageOf((JSObject) error));
            return null;
        });
    }

    private static void loadAll(String folder, List<String> files, Consumer<MaskLibrary> onLoaded,
            Consumer<String> onProblem, Consumer<String> onError) {
        Entry[] loaded = new Entry[files.size()];
        int[] pending = {files.size()};
        Runnable finished = () -> {
            if (--pending[0] > 0) {
                return;
            }
            List<Entry> entries = new ArrayList<>();
            for (Entry entry : loaded) {
                if (entry != null) {
                    entries.add(entry);
                }
            }
            if (entries.isEmpty()) {
                onError.accept("No mask could be loaded.");
            } else {
                onLoaded.accept(new MaskLibrary(entries));
            }
        };
        for (int i = 0; i < files.size(); i++) {
            int index = i;
            String file = files.get(i);
            Browser.fetchText(folder + file).then(text -> {
                MaskSpec spec;
                try {
                    spec = MaskSpecParser.parse(text.stringValue(), "masks/" + file);
                } catch (MaskSpecException e) {
                    onProblem.accept(e.getMessage());
                    finished.run();
                    return null;
                }
                loaded[index] = new Entry(spec, folder + spec.texture,
                        spec.textureAlpha == null ? null : folder + spec.textureAlpha, folder + spec.thumbnail);
                finished.run();
                return null;
            }, error -> {
                onProblem.accept("masks/" + file + ": " + Browser.messageOf((JSObject) error));
                finished.run();
                return null;
            });
        }
    }
}
