package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 500 {@code MaskAI.tryOn} calls over varied images and masks, failures among them (corrupt,
 * empty and text files, a 1×1 image, an unknown mask): afterwards the TF.js tensor count and the
 * live WebGL textures, buffers and other GL objects (counted by wrapping WebGL2's create and
 * delete calls before the app loads) are back at their baseline, and the JS heap after a garbage
 * collection has grown less than 10 %. The baseline is taken after a warm-up round that loads
 * every mask's texture once, since those are kept for the session by design.
 */
class SoakIT {

    private static final int CALLS = 500;
    private static final int BATCH = 25;

    /** Counts live WebGL objects per kind; installed before any page script runs. */
    private static final String COUNT_GL_OBJECTS = """
            (() => {
              const live = {};
              const kinds = {Texture: 'textures', Buffer: 'buffers', Framebuffer: 'framebuffers',
                  Renderbuffer: 'renderbuffers', VertexArray: 'vertexArrays', Program: 'programs',
                  Shader: 'shaders', Sampler: 'samplers'};
              for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
                for (const [kind, key] of Object.entries(kinds)) {
                  const create = proto['create' + kind], remove = proto['delete' + kind];
                  if (!create || !remove || create.__counted) continue;
                  live[key] = 0;
                  proto['create' + kind] = function () {
                    const made = create.apply(this, arguments);
                    if (made) live[key]++;
                    return made;
                  };
                  proto['create' + kind].__counted = true;
                  proto['delete' + kind] = function (object) {
                    if (object && !object.__deleted) { object.__deleted = true; live[key]--; }
                    return remove.apply(this, arguments);
                  };
                }
              }
              window.__glLive = live;
            })();
            """;

    /** Makes the inputs once: Blobs and canvases, good and bad. */
    private static final String PREPARE = """
            const astronaut = await T.bitmap('faces/astronaut.png');
            const scaled = (side) => { const c = T.canvas(side, side); c.getContext('2d').drawImage(astronaut, 0, 0, side, side); return c; };
            const inputs = [
              {name: 'astronaut.png', image: await T.blob('faces/astronaut.png')},
              {name: 'camera.png', image: await T.blob('faces/camera.png')},
              {name: 'astronaut 320 canvas', image: scaled(320)},
              {name: 'astronaut 768 canvas', image: scaled(768)},
              {name: 'astronaut bitmap', image: astronaut},
              {name: 'brick.png (no face)', image: await T.blob('no-face/brick.png')},
              {name: 'coffee.png (no face)', image: await T.blob('no-face/coffee.png')},
              {name: 'corrupt PNG', image: new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 1, 2])], {type: 'image/png'}), fails: true},
              {name: 'empty file', image: new Blob([], {type: 'image/jpeg'}), fails: true},
              {name: 'text file', image: new Blob(['not a photo'], {type: 'image/jpeg'}), fails: true},
              {name: '1×1', image: scaled(1)},
              {name: 'unknown mask', image: scaled(200), mask: 'no-such-mask', fails: true},
            ];
            window.__soak = {inputs, masks: MaskAI.masks().map(m => m.id), calls: 0, failures: 0, unexpected: []};
            // Every mask's texture once: the renderer keeps them for the session, by design.
            for (const mask of window.__soak.masks) await MaskAI.tryOn(scaled(200), {mask});
            return inputs.length;
            """;

    /** Runs calls [from, to): input i % inputs, mask i % masks. */
    private static final String RUN = """
            const soak = window.__soak;
            for (let i = args[0]; i < args[1]; i++) {
              const input = soak.inputs[i % soak.inputs.length];
              const mask = input.mask || soak.masks[i % soak.masks.length];
              try {
                const png = await MaskAI.tryOn(input.image, {mask});
                if (input.fails) soak.unexpected.push(input.name + ' succeeded');
                else if (!(png instanceof Blob) || png.size < 60) soak.unexpected.push(input.name + ': no PNG');
              } catch (e) {
                soak.failures++;
                if (!input.fails) soak.unexpected.push(input.name + ' with ' + mask + ': ' + e.message);
              }
              soak.calls++;
            }
            return soak.calls;
            """;

    @Test
    void fiveHundredTryOnsLeaveNoTensorGlObjectOrHeapBehind() throws Exception {
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Page.enable", Map.of());
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT_GL_OBJECTS));
            browser.open(server.baseUrl());
            browser.waitReady();
            int inputs = ((Number) browser.call(PREPARE)).intValue();

            // Warm-up: every input once (PREPARE has loaded every mask's texture).
            int warmUp = inputs;
            browser.call(RUN, 0, warmUp);
            Map<String, Object> before = state(browser, chrome);
            long start = System.nanoTime();
            for (int from = warmUp; from < CALLS; from += BATCH) {
                browser.call(RUN, from, Math.min(CALLS, from + BATCH));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> after = state(browser, chrome);
            Map<String, Object> soak = Browser.asMap(browser.execute(
                    "return {calls: window.__soak.calls, failures: window.__soak.failures, unexpected: window.__soak.unexpected};"));
            double heapBefore = ((Number) before.get("heap")).doubleValue();
            double heapAfter = ((Number) after.get("heap")).doubleValue();
            System.out.printf("soak: %s calls (%s failed as they should) in %.0f s after a %d-call warm-up and one"
                    + " call per mask;"
                    + " tensors %s → %s; WebGL objects %s → %s; JS heap after GC %.2f → %.2f MB (%+.1f %%)%n",
                    soak.get("calls"), soak.get("failures"), seconds, warmUp, before.get("tensors"), after.get("tensors"),
                    before.get("gl"), after.get("gl"), heapBefore / 1e6, heapAfter / 1e6,
                    100 * (heapAfter - heapBefore) / heapBefore);
            assertAll(
                    () -> assertEquals((long) CALLS, ((Number) soak.get("calls")).longValue(), "calls made"),
                    () -> assertEquals(List.of(), soak.get("unexpected"), "calls that did not end as they should"),
                    () -> assertTrue(((Number) soak.get("failures")).intValue() >= CALLS / inputs * 4,
                            "failures among the calls: " + soak.get("failures")),
                    () -> assertEquals(before.get("tensors"), after.get("tensors"), "TF.js tensors"),
                    () -> assertEquals(before.get("gl"), after.get("gl"), "live WebGL objects"),
                    () -> assertTrue(heapAfter < 1.10 * heapBefore, "JS heap grew "
                            + Math.round(100 * (heapAfter - heapBefore) / heapBefore) + " %"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        }
    }

    private static Map<String, Object> state(Browser browser, ChromeDriver chrome) {
        chrome.executeCdpCommand("HeapProfiler.enable", Map.of());
        chrome.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        chrome.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        Object used = chrome.executeCdpCommand("Runtime.getHeapUsage", Map.of()).get("usedSize");
        Map<String, Object> state = new java.util.HashMap<>(Browser.asMap(browser.execute(
                "return {tensors: tf.memory().numTensors, gl: JSON.stringify(window.__glLive)};")));
        state.put("heap", used);
        return state;
    }
}
