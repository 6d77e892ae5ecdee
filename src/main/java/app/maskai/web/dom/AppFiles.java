package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.Blob;
import org.teavm.jso.file.File;
import org.teavm.jso.file.FileList;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * This app's own files, fetched from its origin, and the first bytes of a person's file.
 */
public final class AppFiles {
    private AppFiles() {
    }

    /** The first {@code count} bytes of a Blob (fewer if it is shorter). */
    @JSBody(params = {"blob", "count"}, script = "return blob.slice(0, count).arrayBuffer()"
            + ".then(function (buffer) { return new Int8Array(buffer); });")
    public static native JSPromise<Int8Array> leadingBytes(Blob blob, int count);

    /** GETs a file of this app (same origin) as text; rejects with an Error naming the URL on HTTP errors. */
    @JSBody(params = "url", script = "return fetch(url, {credentials: 'same-origin'}).then(function (r) {"
            + " if (!r.ok) throw new Error(url + ': HTTP ' + r.status); return r.text(); });")
    public static native JSPromise<JSString> fetchText(String url);

    /** GETs a file of this app (same origin) as a Blob. */
    @JSBody(params = "url", script = "return fetch(url, {credentials: 'same-origin'}).then(function (r) {"
            + " if (!r.ok) throw new Error(url + ': HTTP ' + r.status); return r.blob(); });")
    public static native JSPromise<Blob> fetchBlob(String url);

    /** Resolves a path against the document's base URL, so the app also works from a sub-path. */
    @JSBody(params = "path", script = "return new URL(path, document.baseURI).href;")
    public static native String absoluteUrl(String path);

    /** The first file chosen in a file input, or null when none is. */
    public static File firstChosen(HTMLInputElement input) {
        FileList files = input.getFiles();
        return files != null && files.getLength() > 0 ? files.get(0) : null;
    }
}
