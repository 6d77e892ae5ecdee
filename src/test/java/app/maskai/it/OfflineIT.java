package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Installable and offline, in headless Chromium with a fresh profile per test: after one visit
 * the service worker holds the whole build, and the app starts and works with the network gone
 * and the server stopped; a new build is announced and taken on request; all of it also from a
 * sub-path of the host.
 */
class OfflineIT {

    private static final Duration INSTALL_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern PATH = Pattern.compile("\"path\": \"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\": \"([0-9a-f]+)\"");

    @TempDir
    Path temp;

    @Test
    void startsTriesOnAndDownloadsWithNoNetworkAfterOneVisit() throws Exception {
        Path photo = LiveSite.testData().resolve("faces/astronaut.png");
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            browser.open(server.baseUrl());
            browser.waitReady();
            Map<String, Object> cache = waitForWorker(browser);
            List<String> expected = neededUrls(browser, LiveSite.siteDir(), server.baseUrl());
            List<String> listed = precacheUrls(LiveSite.siteDir(), server.baseUrl());
            String origin = server.baseUrl().replaceAll("/$", "");

            // What the worker fetched reached our server: every listed file once, nothing else
            // of the site's, and its list names nothing outside this origin's app folder.
            List<String> served = server.requests().stream().filter(r -> r.status() == 200)
                    .map(r -> origin + r.path()).toList();
            assertAll(
                    () -> assertEquals(sorted(expected), sorted(strings(cache.get("urls"))), "cached URLs"),
                    () -> assertTrue(expected.stream().allMatch(u -> u.startsWith(server.baseUrl())),
                            "precache list leaves " + server.baseUrl() + ": " + expected),
                    () -> assertTrue(served.containsAll(expected), "listed files the server never served: "
                            + expected.stream().filter(u -> !served.contains(u)).toList()),
                    () -> assertEquals(List.of(), served.stream().filter(u -> listed.contains(u) && !expected.contains(u))
                            .distinct().toList(), "listed files this browser does not run, downloaded all the same"),
                    () -> assertTrue(expected.stream().anyMatch(u -> u.endsWith(".wasm")), "no wasm in " + expected),
                    () -> assertTrue(expected.stream().anyMatch(u -> u.endsWith("models/facemesh.bin")), "no model"),
                    () -> assertTrue(expected.stream().anyMatch(u -> u.contains("/masks/")), "no masks"),
                    () -> assertFalse(expected.stream().anyMatch(u -> u.contains("__test__")), "test data cached"));

            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                    "offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            server.close();
            int before = server.requests().size();

            long start = System.nanoTime();
            browser.open(server.baseUrl());
            Map<String, Object> ready = browser.waitReady();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("offline: MaskAI ready in %.1f s after reload with no network: %s%n", seconds, ready);

            TryOnPage page = new TryOnPage(browser);
            page.choosePhoto(photo);
            page.waitForResult();
            Path downloaded = page.download();
            BufferedImage original = ImageIO.read(photo.toFile());
            BufferedImage result = ImageIO.read(downloaded.toFile());
            Map<String, Object> api = Browser.asMap(browser.call("""
                    const bytes = Uint8Array.from(atob(args[0]), c => c.charCodeAt(0));
                    const png = await MaskAI.tryOn(new Blob([bytes], {type: 'image/png'}), {mask: MaskAI.masks()[0].id});
                    const bitmap = await createImageBitmap(png);
                    return {type: png.type, width: bitmap.width, height: bitmap.height,
                        controlled: !!navigator.serviceWorker.controller};
                    """, Base64.getEncoder().encodeToString(Files.readAllBytes(photo))));

            assertAll(
                    () -> assertNotNull(result, downloaded + " is not a PNG"),
                    () -> assertEquals(original.getWidth() + "x" + original.getHeight(),
                            result.getWidth() + "x" + result.getHeight(), "downloaded size"),
                    () -> assertEquals("image/png", api.get("type")),
                    () -> assertEquals((long) original.getWidth(), api.get("width")),
                    () -> assertEquals(true, api.get("controlled"), "page not served by the worker"),
                    () -> assertEquals(before, server.requests().size(), "requests reached the stopped server"));
        }
    }

    @Test
    void keepsAListedFileItDidNotPrecacheOnceAControlledPageUsesIt() throws Exception {
        String file = "vendor/tfjs/tf-backend-webgl.min.js";
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            Map<String, Object> installed = openControlled(browser, server.baseUrl());
            // As the page would load it where the wasm backend cannot start.
            Map<String, Object> used = Browser.asMap(browser.call("""
                    const response = await fetch(args[0]);
                    return {status: response.status, size: (await response.arrayBuffer()).byteLength,
                        controlled: !!navigator.serviceWorker.controller};
                    """, file));
            String url = server.baseUrl() + file;
            List<String> kept = browser.waitFor(Duration.ofSeconds(30), "the worker to keep " + file, d -> {
                List<String> urls = strings(browser.call("""
                        const name = (await caches.keys()).filter(n => n.startsWith('maskai ')).pop();
                        return (await (await caches.open(name)).keys()).map(r => r.url);
                        """));
                return urls.contains(url) ? urls : null;
            });

            // Offline, the kept file comes from the cache.
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                    "offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            server.close();
            long offlineSize = ((Number) browser.call("""
                    return (await (await fetch(args[0])).arrayBuffer()).byteLength;
                    """, file)).longValue();
            long size = Files.size(LiveSite.siteDir().resolve(file));

            assertAll(
                    () -> assertFalse(strings(installed.get("urls")).contains(url), "precached: " + file),
                    () -> assertEquals(true, used.get("controlled"), "the page was not controlled"),
                    () -> assertEquals(200L, used.get("status")),
                    () -> assertEquals(size, ((Number) used.get("size")).longValue()),
                    () -> assertEquals(strings(installed.get("urls")).size() + 1, kept.size(), "cached: " + kept),
                    () -> assertEquals(size, offlineSize, "offline copy of " + file));
        }
    }

    @Test
    void announcesANewVersionAndTakesItOnRequest() throws Exception {
        Path site = copySite(temp.resolve("site"));
        try (StaticServer server = StaticServer.start(site, 0, LiveSite.testData());
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            browser.open(server.baseUrl());
            browser.waitReady();
            String first = (String) waitForWorker(browser).get("name");
            // The second visit is the worker's: the page is now controlled by this version.
            browser.open(server.baseUrl());
            browser.waitReady();
            assertEquals("", browser.find("#update-notice").getText(), "notice before any update");

            // Deploy "a new build": the same files under a new version, as a changed file would give.
            Path worker = site.resolve("sw.js");
            String script = Files.readString(worker);
            Matcher version = VERSION.matcher(script);
            assertTrue(version.find(), "no version in sw.js");
            String next = new StringBuilder(version.group(1)).reverse().toString();
            Files.writeString(worker, version.replaceFirst("\"version\": \"" + next + "\""));
            int before = server.requests().size();

            browser.open(server.baseUrl());
            browser.waitReady();
            WebElement reload = browser.waitFor(INSTALL_TIMEOUT, "the new-version notice",
                    d -> browser.findAll("#update-notice button").stream().filter(WebElement::isDisplayed)
                            .findFirst().orElse(null));
            WebElement notice = browser.find("#update-notice");
            String text = notice.getText();
            String ariaLive = notice.getAttribute("aria-live");
            System.out.println("update notice: \"" + text.replace('\n', ' ') + "\"");
            List<String> fetchedForUpdate = server.requests().subList(before, server.requests().size()).stream()
                    .map(StaticServer.Request::path).toList();

            // A person on the keyboard: Tab from the top of the page reaches Reload, Enter presses it.
            browser.execute("window.__beforeUpdate = true; document.activeElement && document.activeElement.blur();"
                    + " window.scrollTo(0, 0);");
            boolean reached = false;
            for (int i = 0; i < 6 && !reached; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                reached = (Boolean) browser.execute("return document.activeElement === arguments[0];", reload);
            }
            boolean reachedByKeyboard = reached;
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitFor(Duration.ofSeconds(30), "the page to reload into the new version",
                    d -> browser.execute("return window.__beforeUpdate === undefined"
                            + " && document.documentElement.getAttribute('data-maskai') !== null;"));
            browser.waitReady();
            Map<String, Object> after = waitForWorker(browser);

            assertAll(
                    () -> assertTrue(text.contains("A new version of MaskAI is ready"), text),
                    () -> assertTrue(text.contains("Reload"), text),
                    () -> assertEquals("polite", ariaLive),
                    () -> assertTrue(reachedByKeyboard, "Tab never reached the Reload button"),
                    () -> assertNotEquals(first, after.get("name"), "cache after the update"),
                    () -> assertTrue(String.valueOf(after.get("name")).endsWith(next), "cache " + after.get("name")),
                    () -> assertEquals(List.of(after.get("name")), after.get("all"), "old version's cache kept"),
                    () -> assertEquals("", browser.find("#update-notice").getText(), "notice after the reload"),
                    // Unchanged files come from the old version's cache, not the network.
                    () -> assertFalse(fetchedForUpdate.stream().anyMatch(p -> p.endsWith(".bin") || p.endsWith(".wasm")),
                            "the update downloaded unchanged files again: " + fetchedForUpdate));
        }
    }

    @Test
    void worksFromASubPathOfTheHost() throws Exception {
        String prefix = "/some/path/";
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData(), prefix);
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            Map<String, Object> cache = openControlled(browser, server.baseUrl());
            Map<String, Object> api = Browser.asMap(browser.call("""
                    const png = await MaskAI.tryOn(await T.blob('faces/astronaut.png'), {mask: MaskAI.masks()[0].id});
                    const reg = await navigator.serviceWorker.getRegistration();
                    return {size: png.size, scope: reg.scope, controlled: !!navigator.serviceWorker.controller,
                        manifest: document.querySelector('link[rel=manifest]').href};
                    """));
            List<String> outside = server.requests().stream().map(StaticServer.Request::path)
                    .filter(p -> !p.startsWith(prefix) && !p.startsWith(StaticServer.TEST_PREFIX)).toList();

            assertAll(
                    () -> assertEquals(server.baseUrl(), api.get("scope"), "worker scope"),
                    () -> assertEquals(true, api.get("controlled")),
                    () -> assertTrue(((Number) api.get("size")).longValue() > 0),
                    () -> assertEquals(server.baseUrl() + "manifest.webmanifest", api.get("manifest")),
                    () -> assertEquals(sorted(neededUrls(browser, LiveSite.siteDir(), server.baseUrl())),
                            sorted(strings(cache.get("urls")))),
                    () -> assertEquals(List.of(), outside, "requests outside " + prefix),
                    () -> assertEquals(List.of(), server.requests().stream().filter(r -> r.status() >= 400)
                            .map(r -> r.status() + " " + r).toList(), "failed requests"));
        }
    }

    /**
     * Waits until the page's service worker is activated, which happens only once its install
     * put every listed file this browser needs in the cache; returns {name, all, urls}: this folder's cache, all
     * of this folder's caches, and what the cache holds.
     */
    /**
     * Opens the app, waits for its service worker to install, and opens it again, so that the page
     * is controlled by the worker; returns the cache as {@link #waitForWorker} does.
     */
    private static Map<String, Object> openControlled(Browser browser, String url) {
        browser.open(url);
        browser.waitReady();
        Map<String, Object> cache = waitForWorker(browser);
        browser.open(url);
        browser.waitReady();
        return cache;
    }

    static Map<String, Object> waitForWorker(Browser browser) {
        long start = System.nanoTime();
        Map<String, Object> cache = browser.waitFor(INSTALL_TIMEOUT, "the service worker to be activated", d -> {
            Object state = browser.call("""
                    const reg = await navigator.serviceWorker.getRegistration();
                    if (!reg || !reg.active || reg.active.state !== 'activated') return null;
                    const prefix = 'maskai ' + new URL('./', location.href).href + ' ';
                    const all = (await caches.keys()).filter(n => n.startsWith(prefix));
                    if (all.length === 0) return null;
                    const urls = (await (await caches.open(all[all.length - 1])).keys()).map(r => r.url);
                    return {name: all[all.length - 1], all, urls};
                    """);
            return state == null ? null : Browser.asMap(state);
        });
        System.out.printf("service worker activated %.1f s after ready; cache \"%s\" holds %d files%n",
                (System.nanoTime() - start) / 1e9, cache.get("name"), strings(cache.get("urls")).size());
        return cache;
    }

    /**
     * The URLs of the files this browser needs offline, as the page {@code browser} shows runs:
     * every file sw.js lists but the other build of MaskAI's own code (js/maskai.js where the
     * page runs the WebAssembly build, js/maskai.wasm and its runtime where it runs the
     * JavaScript one), TF.js's wasm binary for the other kind of CPU (SIMD or not, as TF.js found
     * it; the threaded one unless the page runs multi-threaded), the webgl backend (run only
     * where the wasm backend cannot start), and the hand detector and the person segmentation
     * unless {@code handsUsed} (they load when a photo is first searched for what is in front of
     * its faces, and are kept from then on).
     */
    static List<String> neededUrls(Browser browser, Path site, String base) throws IOException {
        return neededUrls(browser, site, base, false);
    }

    static List<String> neededUrls(Browser browser, Path site, String base, boolean handsUsed) throws IOException {
        Map<String, Object> running = Browser.asMap(browser.call("""
                return {build: document.documentElement.getAttribute('data-maskai-build'),
                    backend: tf.getBackend(), simd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
                    threads: (await MaskAI.ready).threads};
                """));
        assertEquals("wasm", running.get("backend"), "the TF.js backend of the page whose files are counted");
        List<String> notNeeded = new ArrayList<>(List.of("vendor/tfjs/tf-backend-webgl.min.js",
                "vendor/tfjs/tf-backend-cpu.min.js"));
        // The hairstyle overlays and the templates' pictures load when chosen and are kept from
        // then on (sw.js ON_FIRST_USE).
        for (String id : HairstylesIT.HAIRSTYLES) {
            notNeeded.add("hairstyles/" + id + ".png");
        }
        try (java.util.stream.Stream<Path> templates = Files.list(site.resolve("templates"))) {
            templates.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jpg") || n.endsWith(".front.png"))
                    .forEach(n -> notNeeded.add("templates/" + n));
        }
        if (!handsUsed) {
            notNeeded.addAll(List.of("models/handtrack.json", "models/handtrack.bin", "models/selfie.json",
                    "models/selfie.bin"));
        }
        if (((Number) running.get("threads")).intValue() > 1) {
            notNeeded.addAll(List.of("vendor/tfjs/tfjs-backend-wasm.wasm", "vendor/tfjs/tfjs-backend-wasm-simd.wasm"));
        } else {
            notNeeded.add("vendor/tfjs/tfjs-backend-wasm-threaded-simd.wasm");
            notNeeded.add(Boolean.TRUE.equals(running.get("simd")) ? "vendor/tfjs/tfjs-backend-wasm.wasm"
                    : "vendor/tfjs/tfjs-backend-wasm-simd.wasm");
        }
        if ("wasm".equals(running.get("build"))) {
            notNeeded.add("js/maskai.js");
        } else {
            assertEquals("js", running.get("build"), "the page's build");
            notNeeded.addAll(List.of("js/maskai.wasm", "js/maskai.wasm-runtime.js"));
        }
        List<String> listed = precacheUrls(site, base);
        for (String path : notNeeded) {
            assertTrue(listed.contains(base + path), "sw.js does not list " + path);
        }
        return listed.stream().filter(url -> !notNeeded.contains(url.substring(base.length()))).toList();
    }

    /** The URLs the built sw.js lists, resolved against the folder it is served from. */
    static List<String> precacheUrls(Path site, String base) throws IOException {
        Matcher m = PATH.matcher(Files.readString(site.resolve("sw.js"), StandardCharsets.UTF_8));
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            urls.add(base + m.group(1));
        }
        assertFalse(urls.isEmpty(), "sw.js lists no files: was the site built with `mvn package`?");
        return urls;
    }

    private static Path copySite(Path target) throws IOException {
        Path source = LiveSite.siteDir();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    static List<String> strings(Object value) {
        return ((List<?>) value).stream().map(Objects::toString).toList();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
