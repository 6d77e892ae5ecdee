package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults injected into a working app, each ending in a clear message and a usable page: the WebGL
 * context lost and restored (the result is drawn again, no reload), the camera unplugged
 * mid-stream, the wasm backend's files missing (another backend, and the person is told), and a
 * face model missing or corrupt (a message, a Try again button, and a working app once the file
 * is back). Faults in files are injected by the test server ({@link StaticServer#inject}), so the
 * page and its service worker see the same thing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Path PHOTO = LiveSite.testData().resolve("faces/astronaut.png");

    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
        browser = Browser.launch(LiveSite.buildDir(), List.of(
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"));
        browser.open(server.baseUrl());
        browser.waitReady();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The result canvas read back through a 2D canvas, 64×64, as RGB bytes. */
    private static List<Object> resultPixels() {
        @SuppressWarnings("unchecked")
        List<Object> pixels = (List<Object>) browser.execute("""
                const source = document.getElementById('result');
                const small = document.createElement('canvas');
                small.width = 64; small.height = 64;
                const g = small.getContext('2d', {willReadFrequently: true});
                g.drawImage(source, 0, 0, 64, 64);
                const data = g.getImageData(0, 0, 64, 64).data;
                const rgb = [];
                for (let i = 0; i < data.length; i += 4) rgb.push(data[i], data[i + 1], data[i + 2]);
                return rgb;
                """);
        return pixels;
    }

    private static double meanDifference(List<Object> a, List<Object> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += Math.abs(((Number) a.get(i)).doubleValue() - ((Number) b.get(i)).doubleValue());
        }
        return sum / a.size();
    }

    @Test
    @Order(1)
    void aLostWebGlContextIsRestoredAndTheResultDrawnAgainWithoutAReload() throws IOException {
        TryOnPage page = new TryOnPage(browser);
        page.choosePhoto(PHOTO);
        page.waitForResult();
        List<Object> before = resultPixels();
        browser.execute("window.__sameDocument = true;");

        browser.execute("""
                const gl = document.getElementById('result').getContext('webgl2');
                window.__loseContext = gl.getExtension('WEBGL_lose_context');
                window.__loseContext.loseContext();
                """);
        browser.waitFor(Duration.ofSeconds(10), "the context to be lost", d -> Boolean.TRUE.equals(browser.execute(
                "return document.getElementById('result').getContext('webgl2').isContextLost();")));
        page.recordStatus();
        browser.execute("window.__loseContext.restoreContext();");
        String said = page.waitForStatus(Pattern.compile("(?i)graphics were reset"));
        assertNotNull(said, "no word of the redraw; #status showed " + page.statusTexts());
        List<Object> after = resultPixels();
        double difference = meanDifference(before, after);
        System.out.printf("after a lost and restored WebGL context the result differs by %.2f (0-255)%n", difference);
        assertAll(
                () -> assertEquals(Boolean.TRUE, browser.execute("return window.__sameDocument === true;"),
                        "the page was reloaded"),
                () -> assertTrue(difference < 1, "the result was not drawn again: mean difference " + difference),
                () -> assertTrue(meanDifference(before, blank()) > 20, "the test's reading is of a real picture"));
        assertTrue(page.download().toFile().length() > 10_000, "Download works after the restore");
    }

    private static List<Object> blank() {
        return java.util.Collections.nCopies(64 * 64 * 3, 0);
    }

    @Test
    @Order(2)
    void aCameraUnpluggedMidStreamSaysSoAndThePhotoPathKeepsWorking() {
        TryOnPage page = new TryOnPage(browser);
        browser.find("#live-toggle").click();
        browser.waitFor(WAIT, "the live view to run", d -> {
            Map<String, Object> live = Browser.asMap(browser.execute("return MaskAI.live;"));
            return Boolean.TRUE.equals(live.get("running")) && ((Number) live.get("frames")).intValue() >= 5;
        });
        page.recordStatus();
        // What unplugging does: the source ends the track (stop() alone fires no event, so the test sends it).
        browser.execute("""
                const stream = document.getElementById('live-video').srcObject;
                stream.getVideoTracks().forEach(track => { track.stop(); track.dispatchEvent(new Event('ended')); });
                """);
        String said = page.waitForStatus(Pattern.compile("(?i)camera stopped"));
        assertNotNull(said, "#status showed " + page.statusTexts());
        Map<String, Object> live = Browser.asMap(browser.execute("return MaskAI.live;"));
        assertAll(
                () -> assertTrue(said.contains("photo"), "says the photo path remains: " + said),
                () -> assertEquals(Boolean.FALSE, live.get("running"), "live view stopped"),
                () -> assertEquals(0L, ((Number) live.get("tracksLive")).longValue(), "camera released"),
                () -> assertEquals("false", browser.find("#live-toggle").getAttribute("aria-pressed")),
                () -> assertTrue(browser.find("#live-toggle").isEnabled(), "Use camera can be pressed again"));
        page.discard();
        page.recordStatus();
        page.choosePhoto(PHOTO);
        assertNotNull(page.waitForStatus(Pattern.compile("Found 1 face")), "photo path: " + page.statusTexts());
    }

    @Test
    @Order(3)
    void withoutItsWasmFilesTheAppFallsBackToAnotherBackendAndSaysSo() throws IOException {
        // TF.js's wasm backend binaries (not the app's own js/maskai.wasm build).
        server.inject("vendor/tfjs/tfjs-backend-wasm-simd.wasm", new StaticServer.Fault(404, new byte[0]));
        server.inject("vendor/tfjs/tfjs-backend-wasm.wasm", new StaticServer.Fault(404, new byte[0]));
        Browser fresh = Browser.launch(LiveSite.buildDir());
        try {
            fresh.open(server.baseUrl());
            Map<String, Object> ready = fresh.waitReady();
            String status = fresh.find("#status").getText();
            System.out.println("without wasm files: " + ready + "; #status: " + status);
            assertNotEquals("wasm", ready.get("backend"), "backend without its wasm files");
            // The webgl backend's script is not in the page: it is loaded when wasm has failed.
            boolean webgl2 = (Boolean) fresh.execute("return !!document.createElement('canvas').getContext('webgl2');");
            if (webgl2) {
                assertEquals("webgl", ready.get("backend"), "backend where WebGL2 works and wasm does not");
                // Shapes as uniforms: the face search's inputs of many sizes share the programs.
                assertEquals(true, fresh.execute("return tf.env().getBool('WEBGL_USE_SHAPES_UNIFORMS');"),
                        "the webgl backend compiles a program once for every input size");
            }
            assertTrue(status.matches("(?s).*(?i)could not start.*" + ready.get("backend") + ".*"),
                    "the person is told which engine runs and why: " + status);
            assertTrue(fresh.find("#diag-fallback").getAttribute("textContent").contains("wasm"),
                    "diagnostics name the failed backend");
            assertPhotoPathWorks(fresh);
        } finally {
            server.clearFaults();
            fresh.close();
        }
    }

    @Test
    @Order(4)
    void aMissingOrCorruptModelGivesAMessageAndTryAgainWorksOnceTheFileIsBack() throws IOException {
        String[][] faults = {
            {"models/facemesh-detection-short.bin", "404", ""},
            {"models/facemesh.json", "200", "{ \"format\": \"graph-model\", \"modelTopology\": "}};
        for (int k = 0; k < faults.length; k++) {
            String[] fault = faults[k];
            // A browser of its own for each fault: once a Try again has made the page ready, the
            // service worker serves every model from its cache and the next fault on the server
            // would never reach the page (as when it won that race in CI, and this wait timed out).
            Browser fresh = Browser.launch(LiveSite.buildDir());
            try {
                server.inject(fault[0], new StaticServer.Fault(Integer.parseInt(fault[1]),
                        fault[2].getBytes(StandardCharsets.UTF_8)));
                fresh.open(server.baseUrl());
                fresh.waitFor(WAIT, "the app to report the failure (" + fault[0] + ")", d -> "failed".equals(
                        fresh.find("html").getAttribute("data-maskai")));
                String status = fresh.find("#status").getText();
                System.out.println(fault[0] + " " + fault[1] + ": #status: " + status);
                assertAll(fault[0],
                        () -> assertTrue(status.contains("face model could not be loaded"), status),
                        () -> assertTrue(status.contains(fault[0].substring(fault[0].indexOf('/') + 1,
                                fault[0].lastIndexOf('.'))), "names the file: " + status),
                        () -> assertTrue(fresh.find("#retry").isDisplayed(), "a Try again button"),
                        () -> assertEquals("rejected", fresh.executeAsync("""
                                const done = arguments[arguments.length - 1];
                                MaskAI.ready.then(() => done('resolved'), () => done('rejected'));
                                """), "MaskAI.ready"),
                        // Not frozen: the page still answers and its privacy text opens.
                        () -> assertEquals(2L, fresh.execute("return 1 + 1;")));
                server.clearFaults();
                fresh.find("#retry").click();
                Map<String, Object> ready = fresh.waitReady();
                assertEquals("ready", fresh.find("html").getAttribute("data-maskai"), "after Try again: " + ready);
                if (k == faults.length - 1) {
                    assertPhotoPathWorks(fresh);
                }
            } finally {
                server.clearFaults();
                fresh.close();
            }
        }
    }

    /** The photo path still works: the test photo chosen, its face found. */
    private static void assertPhotoPathWorks(Browser browser) {
        TryOnPage page = new TryOnPage(browser);
        page.recordStatus();
        page.choosePhoto(PHOTO);
        assertNotNull(page.waitForStatus(Pattern.compile("Found 1 face")), "photo path: " + page.statusTexts());
    }
}
