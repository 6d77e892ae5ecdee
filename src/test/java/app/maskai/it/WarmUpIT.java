package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 §3: the warm-up after ready (app.maskai.web.WarmUp) does the first photo's work ahead,
 * shows nothing of it and keeps no tensor; a photo chosen the moment the app is ready, before the
 * warm-up has done its work, still gets its result.
 */
class WarmUpIT {

    /**
     * Runs before the page's scripts: from the moment the page says ready until the warm-up says
     * done, notes the tensors alive at each end and every change a person could see.
     */
    private static final String WATCH = """
            window.__warm = {changes: []};
            new MutationObserver(() => {
              const root = document.documentElement;
              const w = window.__warm;
              if (root.getAttribute('data-maskai') === 'ready' && w.tensorsAtReady === undefined) {
                w.tensorsAtReady = tf.memory().numTensors;
                w.statusAtReady = document.getElementById('status').textContent;
                w.galleryAtReady = document.getElementById('mask-gallery').innerHTML;
                new MutationObserver(records => {
                  if (w.tensorsWhenDone !== undefined) return;
                  for (const r of records) {
                    const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
                    w.changes.push((target && target.id || target && target.tagName) + ' '
                        + (r.attributeName || r.type));
                  }
                }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                    attributeFilter: ['hidden', 'disabled', 'data-drawn', 'class', 'aria-busy']});
              }
              const warm = root.getAttribute('data-maskai-warm');
              if ((warm === 'done' || warm === 'stopped') && w.tensorsWhenDone === undefined) {
                w.state = warm;
                w.tensorsWhenDone = tf.memory().numTensors;
                w.statusWhenDone = document.getElementById('status').textContent;
                w.galleryWhenDone = document.getElementById('mask-gallery').innerHTML;
              }
            }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-maskai', 'data-maskai-warm']});
            """;

    @Test
    void warmsUpAfterReadyShowingNothingAndKeepingNoTensor() throws Exception {
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Page.enable", Map.of());
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            browser.open(server.baseUrl());
            browser.waitReady();
            Map<String, Object> warm = Browser.asMap(browser.waitFor(Duration.ofSeconds(60), "the warm-up to end",
                    d -> browser.execute("return window.__warm.tensorsWhenDone !== undefined ? window.__warm : null;")));
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) browser.execute(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            String defaultMask = ((String) browser.execute("return MaskAI.masks()[0].id;"));
            Object contextMade = browser.execute("return !!document.getElementById('result').getContext('webgl2')"
                    + " && document.getElementById('result').width;");
            System.out.println("warm-up: " + warm + "; #result width after " + contextMade);
            assertAll(
                    () -> assertEquals("done", warm.get("state"), "the warm-up's end"),
                    () -> assertEquals(warm.get("tensorsAtReady"), warm.get("tensorsWhenDone"), "tensors alive"),
                    () -> assertEquals(List.of(), warm.get("changes"), "what the page showed during the warm-up"),
                    () -> assertEquals(warm.get("statusAtReady"), warm.get("statusWhenDone"), "#status"),
                    () -> assertEquals(warm.get("galleryAtReady"), warm.get("galleryWhenDone"), "#mask-gallery"),
                    () -> assertEquals(Boolean.FALSE, browser.execute(
                            "return document.getElementById('result').hasAttribute('data-drawn');"), "a result drawn"),
                    () -> assertTrue(fetched.stream().anyMatch(u -> u.contains("/masks/" + defaultMask + ".")
                            && !u.contains(".thumb.")), "the default mask's texture fetched ahead: " + fetched));

            // What the warm-up did ahead is used: the first photo's result is drawn as any other.
            TryOnPage page = new TryOnPage(browser);
            page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
            page.waitForResult();
            assertTrue(page.status().startsWith("Found 1 face"), "#status: " + page.status());
        }
    }

    /**
     * The API's own renderer is warmed only for a page script that asks for MaskAI.ready: a page
     * that never does makes no second WebGL context; one that does gets its first tryOn from a
     * renderer already set up, with the same result as a later call's.
     */
    @Test
    void warmsTheApisRendererOnlyOnceAPageScriptAsksForReady() throws Exception {
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            browser.open(server.baseUrl());
            // Ready by the page's own attributes, not by MaskAI.ready.
            browser.waitFor(Duration.ofSeconds(60), "the page ready and its warm-up done", d -> browser.execute(
                    "const root = document.documentElement; return root.getAttribute('data-maskai') === 'ready'"
                            + " && root.getAttribute('data-maskai-warm') === 'done' ? true : null;"));
            Thread.sleep(1500);
            Object untouched = browser.execute("return document.documentElement.getAttribute('data-maskai-api-warm');");
            browser.waitReady();
            String state = (String) browser.waitFor(Duration.ofSeconds(30), "the API's warm-up", d -> browser.execute(
                    "const s = document.documentElement.getAttribute('data-maskai-api-warm');"
                            + " return s === 'done' || s === 'skipped' ? s : null;"));
            @SuppressWarnings("unchecked")
            List<Number> sizes = (List<Number>) browser.call("""
                    const blob = await (await fetch('/__test__/faces/astronaut.png')).blob();
                    const mask = MaskAI.masks()[0].id;
                    const sizes = [];
                    for (let k = 0; k < 2; k++) {
                      const png = await MaskAI.tryOn(blob, {mask});
                      const bitmap = await createImageBitmap(png);
                      sizes.push(bitmap.width, bitmap.height, png.size);
                      bitmap.close();
                    }
                    return sizes;
                    """);
            System.out.println("API warm-up: before ready was asked " + untouched + ", after " + state
                    + "; two tryOn results (width, height, bytes) " + sizes);
            assertAll(
                    () -> assertEquals(null, untouched, "the API's warm-up on a page that never asked for ready"),
                    () -> assertEquals("done", state, "the API's warm-up once ready was asked for"),
                    () -> assertEquals(List.of(512L, 512L), List.of(sizes.get(0).longValue(), sizes.get(1).longValue()),
                            "the first result's size"),
                    () -> assertEquals(sizes.get(2).longValue(), sizes.get(5).longValue(),
                            "the first and second results' PNG bytes (the same photo and mask)"));
        }
    }

    @Test
    void aPhotoChosenTheMomentTheAppIsReadyGetsItsResult() throws Exception {
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Page.enable", Map.of());
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            browser.open(server.baseUrl());
            browser.waitReady();
            TryOnPage page = new TryOnPage(browser);
            page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
            page.waitForResult();
            String warm = (String) browser.execute("return document.documentElement.getAttribute('data-maskai-warm');");
            System.out.println("photo at ready: warm-up " + warm + ", #status " + page.status());
            assertAll(
                    () -> assertTrue(page.status().startsWith("Found 1 face"), "#status: " + page.status()),
                    () -> assertEquals("1", browser.find("#result").getAttribute("data-drawn"),
                            "results drawn: only the person's"));
        }
    }
}
