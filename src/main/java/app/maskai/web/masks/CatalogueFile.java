package app.maskai.web.masks;

import app.maskai.core.mask.Catalogue;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.JsErrors;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** Reads a picker's list of built-in pictures (core.mask.Catalogue): the templates', the hairstyles'. */
final class CatalogueFile {
    /** A list's own reader (its schema): TemplateManifest.parse, HairstyleManifest.parse. */
    interface Reader {
        List<Catalogue.Item> parse(String json, String fileName) throws MaskSpecException;
    }

    private CatalogueFile() {
    }

    /**
     * The list {@code folder + file}, fetched from this origin and checked by {@code reader};
     * rejects with an Error "The {@code what} could not be loaded (why)."
     */
    static JSPromise<List<Catalogue.Item>> read(String folder, String file, Reader reader, String what) {
        return AppFiles.fetchText(folder + file).flatThen(text -> {
            try {
                return JSPromise.resolve(reader.parse(text.stringValue(), folder + file));
            } catch (MaskSpecException e) {
                return JSPromise.<List<Catalogue.Item>>reject(JsErrors.error(e.getMessage()));
            }
        }).flatCatchError(error -> JSPromise.reject(JsErrors.error("The " + what + " could not be loaded ("
                + JsErrors.messageOf((JSObject) error) + ").")));
    }
}
