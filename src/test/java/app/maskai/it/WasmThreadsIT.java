package app.maskai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 §2: the page is cross-origin isolated (the server's COOP and COEP headers), so TF.js's
 * multi-threaded wasm backend can run: asked for ({@code ?threads=on}) the page runs TF.js's
 * threaded binary and finds the same landmarks as the single-threaded default
 * (core.pipeline.WasmThreads). Prints both paths' detect times and the pool TF.js reports.
 */
class WasmThreadsIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final String DETECT = """
            const photo = await T.bitmap('faces/astronaut.png');
            const faces = (await MaskAI.detect(photo)).faces;
            const times = [];
            for (let i = 0; i < 9; i++) {
              const t0 = performance.now();
              await MaskAI.detect(photo);
              times.push(performance.now() - t0);
            }
            times.sort((a, b) => a - b);
            return {isolated: self.crossOriginIsolated, cores: navigator.hardwareConcurrency,
                ready: await MaskAI.ready, ms: times[4], landmarks: faces.length === 1 ? faces[0].landmarks : null,
                faces: faces.length, threadedBinary: performance.getEntriesByType('resource')
                    .some(e => e.name.endsWith('tfjs-backend-wasm-threaded-simd.wasm'))};
            """;

    @Test
    void runsThreadedWhereIsolatedWithTheSameLandmarks() {
        Map<String, Object> single = Browser.asMap(site.browser().call(DETECT));
        Browser browser = site.browser();
        browser.open(site.server().baseUrl() + "?threads=on");
        browser.waitReady();
        Map<String, Object> threaded = Browser.asMap(browser.call(DETECT));
        Map<String, Object> singleReady = Browser.asMap(single.get("ready"));
        Map<String, Object> threadedReady = Browser.asMap(threaded.get("ready"));
        int cores = ((Number) single.get("cores")).intValue();
        System.out.printf("wasm threads: default %s thread(s) on %d cores, detect %.1f ms; ?threads=on %s threads,"
                        + " detect %.1f ms%n", singleReady.get("threads"), cores, number(single.get("ms")),
                threadedReady.get("threads"), number(threaded.get("ms")));
        double largest = 0;
        List<?> a = (List<?>) single.get("landmarks");
        List<?> b = (List<?>) threaded.get("landmarks");
        if (a != null && b != null) {
            for (int i = 0; i < a.size(); i++) {
                List<?> p = (List<?>) a.get(i);
                List<?> q = (List<?>) b.get(i);
                largest = Math.max(largest, Math.hypot(number(p.get(0)) - number(q.get(0)),
                        number(p.get(1)) - number(q.get(1))));
            }
        }
        double farthest = largest;
        System.out.printf("  landmarks: farthest apart %.4f px%n", farthest);
        assertAll(
                () -> assertEquals(Boolean.TRUE, single.get("isolated"), "the page is not cross-origin isolated:"
                        + " the server's Cross-Origin-Opener-Policy / -Embedder-Policy headers did not take"),
                () -> assertEquals(Boolean.FALSE, single.get("threadedBinary"), "the default is single-threaded"),
                () -> assertEquals(Boolean.TRUE, threaded.get("threadedBinary"),
                        "?threads=on did not load the threaded wasm backend: " + threadedReady),
                () -> assertEquals("wasm", threadedReady.get("backend")),
                () -> assertEquals(1L, ((Number) threaded.get("faces")).longValue(), "faces found threaded"),
                () -> assertTrue(a != null && b != null && farthest < 0.05, "threaded landmarks differ from"
                        + " single-threaded ones by up to " + farthest + " px"));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
