package app.maskai.web.dom;

import org.teavm.jso.JSBody;

/** What this browser and page offer the start: features, isolation, the URL's parameters, a reload. */
public final class Platform {
    private Platform() {
    }

    /** The browser features the app cannot work without, that are missing here ("" when none). */
    @JSBody(script = "var need = {fetch: typeof fetch, Promise: typeof Promise, WebAssembly: typeof WebAssembly,"
            + " createImageBitmap: typeof createImageBitmap, Blob: typeof Blob};"
            + " return Object.keys(need).filter(function (k) { return need[k] === 'undefined'; }).join(', ');")
    public static native String missingFeatures();

    /** Whether the page is cross-origin isolated (COOP and COEP), so wasm threads may run. */
    @JSBody(script = "return self.crossOriginIsolated === true;")
    public static native boolean crossOriginIsolated();

    /** The page URL's {@code threads} parameter ("on", "off"), or null. */
    @JSBody(script = "return new URLSearchParams(location.search).get('threads');")
    public static native String threadsParameter();

    /** Loads the page again. */
    @JSBody(script = "location.reload();")
    public static native void reload();
}
