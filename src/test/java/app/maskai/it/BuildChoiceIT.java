package app.maskai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * js/boot.js's choice between the two builds of the app: WebAssembly GC where the browser has it,
 * JavaScript otherwise; {@code ?build=js} and {@code ?build=wasm} force one. MaskAI.ready and the
 * Diagnostics panel say which runs.
 */
class BuildChoiceIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final String READY = """
            while (!window.MaskAI) await new Promise(resolve => setTimeout(resolve, 50));
            const ready = await MaskAI.ready;
            const gcModule = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]);
            return {build: ready.build, shown: document.getElementById('diag-build').textContent,
                marked: document.documentElement.getAttribute('data-maskai-build'),
                wasmGc: typeof WebAssembly === 'object' && WebAssembly.validate(gcModule)};
            """;

    @Test
    void picksWasmWhereTheBrowserHasWasmGcAndObeysTheQuery() {
        String base = site.server().baseUrl();
        Map<String, Object> chosen = readyAt(base);
        Map<String, Object> js = readyAt(base + "?build=js");
        Map<String, Object> wasm = readyAt(base + "?build=wasm");
        String expected = Boolean.TRUE.equals(chosen.get("wasmGc")) ? "wasm" : "js";
        System.out.println("build chosen " + chosen + "; forced js " + js + "; forced wasm " + wasm);
        assertAll(
                () -> assertEquals(expected, chosen.get("build"), "MaskAI.ready's build with no query"),
                () -> assertEquals(expected, chosen.get("marked"), "<html data-maskai-build>"),
                () -> assertEquals(shown(expected), chosen.get("shown"), "#diag-build"),
                () -> assertEquals("js", js.get("build"), "?build=js"),
                () -> assertEquals(shown("js"), js.get("shown"), "#diag-build with ?build=js"),
                () -> assertEquals("wasm", wasm.get("build"), "?build=wasm"),
                () -> assertEquals(shown("wasm"), wasm.get("shown"), "#diag-build with ?build=wasm"));
    }

    private static String shown(String build) {
        return build.equals("wasm") ? "WebAssembly (Wasm GC)" : "JavaScript";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readyAt(String url) {
        site.browser().openAsIs(url);
        return (Map<String, Object>) site.browser().call(READY);
    }
}
