package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.file.Blob;
import org.teavm.jso.typedarrays.Int8Array;

/** Blobs as bytes, object URLs and downloads (the recording's and the batch's), which TeaVM does not bind. */
public final class BlobFiles {
    private BlobFiles() {
    }

    /** All of the blob's bytes. */
    @JSBody(params = "blob", script = "return blob.arrayBuffer().then(function (buffer) { return new Int8Array(buffer); });")
    public static native JSPromise<Int8Array> bytes(Blob blob);

    @JSBody(params = "blob", script = "return URL.createObjectURL(blob);")
    public static native String objectUrl(Blob blob);

    @JSBody(params = "url", script = "URL.revokeObjectURL(url);")
    public static native void revoke(String url);

    /** Downloads {@code url} as {@code name} (the URL stays valid: the caller revokes it). */
    @JSBody(params = {"url", "name"}, script = "var link = document.createElement('a'); link.href = url;"
            + " link.download = name; link.rel = 'noopener'; document.body.appendChild(link); link.click(); link.remove();")
    public static native void downloadUrl(String url, String name);

    /** Downloads the blob as {@code name} through an object URL of its own, revoked once the download started. */
    public static void download(Blob blob, String name) {
        String url = objectUrl(blob);
        downloadUrl(url, name);
        revokeLater(url, 1000);
    }

    @JSBody(params = {"url", "milliseconds"}, script = "setTimeout(function () { URL.revokeObjectURL(url); }, milliseconds);")
    private static native void revokeLater(String url, int milliseconds);
}
