package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The storage audit (issue 5 §2): after a whole session (photo, every built-in mask, a mask of
 * the person's own, settings, downloads, the live camera) the browser holds, for this origin,
 * nothing but the settings of docs/CONTRACTS.md in localStorage and the build's own files in
 * Cache Storage, byte for byte; no image data, no face data, no cookies, no IndexedDB, no
 * session storage, no private file system. Object URLs are counted from before the app's first
 * line runs: every one still alive is on show. "Clear all app data" leaves every store empty and
 * the app starts again.
 */
class StorageAuditIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The fields of `maskai.settings` (docs/CONTRACTS.md, "Settings"). */
    private static final Set<String> SETTINGS_FIELDS = Set.of(
            "schema", "version", "imageQuality", "sensitivity", "defaultMask", "theme", "privacySeen", "recordingLength");
    private static final Pattern BUILD_FILE = Pattern.compile(
            "\\{\"path\": \"([^\"]+)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"\\}");

    /**
     * Runs before any script of every page: wraps URL.createObjectURL / revokeObjectURL so that
     * {@code __objectUrls.live()} lists every object URL made and not yet revoked.
     */
    private static final String COUNT_OBJECT_URLS = """
            (() => {
              const live = new Map();
              const counts = {created: 0, revoked: 0};
              const create = URL.createObjectURL.bind(URL);
              const revoke = URL.revokeObjectURL.bind(URL);
              URL.createObjectURL = function (object) {
                const url = create(object);
                counts.created++;
                live.set(url, {type: object && object.type, size: object && object.size,
                    stack: String(new Error().stack).split('\\n').slice(2, 5).join(' | ')});
                return url;
              };
              URL.revokeObjectURL = function (url) {
                if (live.delete(url)) counts.revoked++;
                return revoke(url);
              };
              Object.defineProperty(window, '__objectUrls', {value: {counts,
                  live: () => Array.from(live, ([url, info]) => Object.assign({url}, info))}});
            })();
            """;

    /** {objectUrls: {created, revoked, live: [...]}, shown: [blob: URLs in the document]}. */
    private static final String OBJECT_URLS = """
            const shown = new Set();
            for (const element of document.querySelectorAll('*')) {
              for (const attribute of ['src', 'href', 'poster', 'srcset', 'style']) {
                const value = element.getAttribute(attribute) || '';
                for (const match of value.matchAll(/blob:[^\\s"')]+/g)) shown.add(match[0]);
              }
            }
            return {created: __objectUrls.counts.created, revoked: __objectUrls.counts.revoked,
                live: __objectUrls.live(), shown: Array.from(shown)};
            """;

    /** Every store the page can reach, as plain values. */
    private static final String STORES = """
            const entries = storage => Object.keys(storage).map(key => ({key, value: storage.getItem(key)}));
            const hex = buffer => Array.from(new Uint8Array(buffer), b => b.toString(16).padStart(2, '0')).join('');
            const cacheEntries = [];
            const cacheNames = await caches.keys();
            for (const name of cacheNames) {
              const cache = await caches.open(name);
              for (const request of await cache.keys()) {
                const bytes = await (await cache.match(request)).arrayBuffer();
                cacheEntries.push({cache: name, url: request.url, method: request.method, size: bytes.byteLength,
                    sha256: hex(await crypto.subtle.digest('SHA-256', bytes))});
              }
            }
            const files = [];
            const root = await navigator.storage.getDirectory();
            for await (const name of root.keys()) files.push(name);
            return {local: entries(localStorage), session: entries(sessionStorage),
                databases: (await indexedDB.databases()).map(d => d.name + ' ' + d.version),
                cacheNames, cacheEntries, cookie: document.cookie, files,
                workers: (await navigator.serviceWorker.getRegistrations()).map(r => r.scope)};
            """;

    @Test
    void keepsOnlySettingsAndItsOwnFilesAndClearingEmptiesEverything() throws Exception {
        Path site = LiveSite.siteDir();
        Map<String, String[]> build = buildFiles(site);
        try (StaticServer server = StaticServer.start(site, 0);
             Browser browser = AuditSession.launchWithFakeCamera()) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Page.enable", Map.of());
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT_OBJECT_URLS));
            AuditSession session = new AuditSession(browser);
            browser.open(server.baseUrl());
            browser.waitReady();
            OfflineIT.waitForWorker(browser);
            List<String> needed = OfflineIT.neededUrls(browser, site, server.baseUrl(), true);

            // The audit sees what it looks for: a photo and landmarks put in every store are found.
            browser.call("""
                    const face = JSON.stringify({landmarks: [[10.5, 20.25, -3], [11, 21, -2.5]],
                        photo: 'data:image/png;base64,' + 'iVBORw0KGgo'.repeat(20)});
                    localStorage.setItem('probe', face);
                    sessionStorage.setItem('probe', face);
                    document.cookie = 'probe=1';
                    await (await caches.open('probe')).put('probe.png', new Response(face));
                    await new Promise((resolve, reject) => {
                      const open = indexedDB.open('probe');
                      open.onsuccess = () => { open.result.close(); resolve(); };
                      open.onerror = () => reject(open.error);
                    });
                    await (await navigator.storage.getDirectory()).getFileHandle('probe.png', {create: true});
                    """);
            List<String> planted = storeProblems(Browser.asMap(browser.call(STORES)), build, server.baseUrl());
            Object plantedCookies = cookies(chrome).get("network");
            String leaked = (String) browser.execute("return URL.createObjectURL(new Blob(['probe']));");
            List<String> plantedUrls = objectUrlProblems(Browser.asMap(browser.call(OBJECT_URLS)));
            browser.execute("URL.revokeObjectURL(arguments[0]);", leaked);
            System.out.println("planted data found: " + planted + "; cookies " + plantedCookies + "; " + plantedUrls);
            assertEquals(1, ((List<?>) plantedCookies).size(), "DevTools lists the planted cookie");
            assertEquals(1, plantedUrls.size(), "the planted object URL is found: " + plantedUrls);
            browser.call("""
                    localStorage.removeItem('probe');
                    sessionStorage.removeItem('probe');
                    document.cookie = 'probe=; max-age=0';
                    await caches.delete('probe');
                    await new Promise(resolve => { const d = indexedDB.deleteDatabase('probe'); d.onsuccess = d.onerror = resolve; });
                    await (await navigator.storage.getDirectory()).removeEntry('probe.png');
                    """);
            for (String expected : List.of("localStorage keys", "face or photo word", "data: or blob:", "base64",
                    "numbers like coordinates", "session holds", "databases holds", "files holds", "document.cookie",
                    "not the app's: probe", "no build file")) {
                assertTrue(planted.stream().anyMatch(p -> p.contains(expected)), "the audit missed " + expected
                        + " in " + planted);
            }

            session.choosePhoto();
            session.findHands();
            session.useStyles();
            session.pickEveryMask();
            String custom = session.addCustomMask();
            session.download();
            session.changeSettings("JPEG_HIGH");
            session.download();
            session.useCameraAndCapture();
            session.runBatch();
            session.download();
            // The download's object URL is revoked a second after the click.
            Thread.sleep(1500);

            // With the photo, its result and the custom mask on show.
            Map<String, Object> stores = Browser.asMap(browser.call(STORES));
            List<String> cachedUrls = ((List<?>) stores.get("cacheEntries")).stream()
                    .map(e -> String.valueOf(Browser.asMap(e).get("url"))).toList();
            Map<String, Object> cookies = cookies(chrome);
            Map<String, Object> urlsShowing = Browser.asMap(browser.call(OBJECT_URLS));
            List<String> problems = storeProblems(stores, build, server.baseUrl());
            problems.addAll(objectUrlProblems(urlsShowing));
            Map<String, Object> settings = settings(stores);
            int checked = ((List<?>) stores.get("local")).size() + ((List<?>) stores.get("session")).size()
                    + ((List<?>) stores.get("databases")).size() + ((List<?>) stores.get("cacheEntries")).size()
                    + ((List<?>) stores.get("files")).size() + ((List<?>) cookies.get("network")).size()
                    + ((List<?>) cookies.get("storage")).size();
            System.out.println("storage audit after the session: " + checked + " items checked: localStorage "
                    + keys(stores.get("local")) + ", sessionStorage " + keys(stores.get("session")) + ", IndexedDB "
                    + stores.get("databases") + ", caches " + stores.get("cacheNames") + " holding "
                    + ((List<?>) stores.get("cacheEntries")).size() + " entries, OPFS " + stores.get("files")
                    + ", cookies " + cookies + ", document.cookie \"" + stores.get("cookie") + "\"; object URLs made "
                    + urlsShowing.get("created") + ", revoked " + urlsShowing.get("revoked") + ", live "
                    + urls(urlsShowing.get("live")) + ", shown " + urlsShowing.get("shown"));
            System.out.println("stored settings: " + settings);
            assertAll("after the session",
                    () -> assertEquals(List.of(), problems, "what the stores hold"),
                    // The session did reach the stores, or the audit proves little.
                    () -> assertEquals("JPEG_HIGH", settings.get("imageQuality"), "settings were saved"),
                    () -> assertEquals("DARK", settings.get("theme"), "settings were saved"),
                    () -> assertTrue(cachedUrls.containsAll(needed), "the offline copy lacks files this browser needs: "
                            + needed.stream().filter(u -> !cachedUrls.contains(u)).toList()),
                    () -> assertTrue(custom != null && custom.startsWith("custom-"), "custom mask on show: " + custom),
                    () -> assertTrue(((List<?>) urlsShowing.get("shown")).size() >= 1,
                            "the custom mask's thumbnail is an object URL on show"),
                    // The counting wrapper saw the probe and the app's calls: the thumbnail and three downloads.
                    () -> assertTrue(((Number) urlsShowing.get("created")).intValue() >= 5,
                            "object URLs counted: " + urlsShowing.get("created")));

            // Discard the photo and clear the custom masks: their object URLs go.
            session.page().discard();
            browser.find("#custom-clear").click();
            browser.waitFor(WAIT, "the custom masks cleared",
                    d -> browser.findAll("#mask-gallery input[value^='custom-']").isEmpty());
            Map<String, Object> urlsAfterDiscard = Browser.asMap(browser.call(OBJECT_URLS));
            System.out.println("after Discard and Clear my masks: object URLs live " + urls(urlsAfterDiscard.get("live"))
                    + ", shown " + urlsAfterDiscard.get("shown"));
            assertAll("after Discard and Clear my masks",
                    () -> assertEquals(List.of(), objectUrlProblems(urlsAfterDiscard), "object URLs"),
                    () -> assertEquals(List.of(), urlsAfterDiscard.get("live"), "object URLs still alive"));

            // Clear all app data, as SettingsIT drives it.
            browser.execute("document.getElementById('settings').open = true;"
                    + " document.getElementById('settings').scrollIntoView();");
            browser.find("#clear-data").click();
            browser.find("#clear-confirm").click();
            browser.waitFor(WAIT, "the status to say the data was cleared",
                    d -> browser.find("#settings-status").getText().startsWith("All app data was cleared"));
            Map<String, Object> cleared = Browser.asMap(browser.call(STORES));
            Map<String, Object> cookiesCleared = cookies(chrome);
            Map<String, Object> urlsCleared = Browser.asMap(browser.call(OBJECT_URLS));
            System.out.println("after Clear all app data: " + cleared + ", cookies " + cookiesCleared
                    + ", object URLs live " + urls(urlsCleared.get("live")));
            assertAll("after Clear all app data",
                    () -> assertEquals(List.of(), cleared.get("local"), "localStorage"),
                    () -> assertEquals(List.of(), cleared.get("session"), "sessionStorage"),
                    () -> assertEquals(List.of(), cleared.get("databases"), "IndexedDB"),
                    () -> assertEquals(List.of(), cleared.get("cacheNames"), "Cache Storage"),
                    () -> assertEquals(List.of(), cleared.get("files"), "private file system"),
                    () -> assertEquals("", cleared.get("cookie"), "document.cookie"),
                    () -> assertEquals(List.of(), cookiesCleared.get("network"), "cookies (Network)"),
                    () -> assertEquals(List.of(), cookiesCleared.get("storage"), "cookies (Storage)"),
                    () -> assertEquals(List.of(), cleared.get("workers"), "service worker registrations"),
                    () -> assertEquals(List.of(), urlsCleared.get("live"), "object URLs still alive"));

            // The app still starts, and works.
            browser.open(server.baseUrl());
            browser.waitReady();
            session.choosePhoto();
        }
    }

    /** What is wrong with what the stores hold; empty when nothing is. */
    private static List<String> storeProblems(Map<String, Object> stores, Map<String, String[]> build, String base) {
        List<String> problems = new ArrayList<>();
        List<?> local = (List<?>) stores.get("local");
        if (!keys(local).equals(List.of("maskai.settings"))) {
            problems.add("localStorage keys " + keys(local) + ", not only maskai.settings");
        }
        for (Object entry : local) {
            String value = String.valueOf(Browser.asMap(entry).get("value"));
            try {
                Set<String> fields = new TreeSet<>(Browser.asMap(new Json().toType(value, Map.class)).keySet());
                if (!SETTINGS_FIELDS.containsAll(fields)) {
                    problems.add("settings fields beyond docs/CONTRACTS.md: " + fields);
                }
            } catch (RuntimeException | AssertionError e) {
                problems.add("localStorage " + Browser.asMap(entry).get("key") + " is not a JSON object");
            }
            problems.addAll(textProblems("localStorage " + Browser.asMap(entry).get("key"), value));
        }
        for (String store : List.of("session", "databases", "files")) {
            if (!((List<?>) stores.get(store)).isEmpty()) {
                problems.add(store + " holds " + stores.get(store));
            }
        }
        if (!"".equals(stores.get("cookie"))) {
            problems.add("document.cookie is \"" + stores.get("cookie") + "\"");
        }
        for (Object name : (List<?>) stores.get("cacheNames")) {
            if (!String.valueOf(name).startsWith("maskai " + base + " ")) {
                problems.add("a cache that is not the app's: " + name);
            }
        }
        for (Object e : (List<?>) stores.get("cacheEntries")) {
            Map<String, Object> entry = Browser.asMap(e);
            String url = String.valueOf(entry.get("url"));
            String[] file = url.startsWith(base) ? build.get(url.substring(base.length())) : null;
            if (file == null) {
                problems.add("a cached URL that is no build file: " + url);
            } else if (!file[0].equals(String.valueOf(entry.get("size"))) || !file[1].equals(entry.get("sha256"))) {
                problems.add("cached bytes that are not the build's " + url + ": " + entry.get("size") + " bytes");
            }
            if (!"GET".equals(entry.get("method"))) {
                problems.add("a cached " + entry.get("method") + ": " + url);
            }
        }
        return problems;
    }

    /** Image data, face data or bulk in a stored text. */
    private static List<String> textProblems(String where, String text) {
        List<String> problems = new ArrayList<>();
        if (text.length() > 1024) {
            problems.add(where + ": " + text.length() + " characters");
        }
        if (text.contains("data:") || text.contains("blob:")) {
            problems.add(where + ": a data: or blob: URL");
        }
        if (Pattern.compile("[A-Za-z0-9+/=]{64,}").matcher(text).find()) {
            problems.add(where + ": a long base64 run");
        }
        if (Pattern.compile("-?\\d+(\\.\\d+)?(\\s*]?\\s*,\\s*\\[?\\s*-?\\d+(\\.\\d+)?){5,}").matcher(text).find()) {
            problems.add(where + ": a run of numbers like coordinates");
        }
        if (Pattern.compile("(?i)landmark|face|mesh|vert|box|photo|pixel|anchor").matcher(text).find()) {
            problems.add(where + ": a face or photo word");
        }
        return problems;
    }

    /** Every object URL alive must be on show. */
    private static List<String> objectUrlProblems(Map<String, Object> objectUrls) {
        List<?> shown = (List<?>) objectUrls.get("shown");
        List<String> problems = new ArrayList<>();
        for (Object live : (List<?>) objectUrls.get("live")) {
            Map<String, Object> url = Browser.asMap(live);
            if (!shown.contains(url.get("url"))) {
                problems.add("an object URL alive but not on show: " + url);
            }
        }
        return problems;
    }

    private static Map<String, Object> settings(Map<String, Object> stores) {
        for (Object entry : (List<?>) stores.get("local")) {
            if ("maskai.settings".equals(Browser.asMap(entry).get("key"))) {
                return Browser.asMap(new Json().toType(String.valueOf(Browser.asMap(entry).get("value")), Map.class));
            }
        }
        return Map.of();
    }

    /** Cookies of the whole browser, as DevTools' Network and Storage domains list them. */
    private static Map<String, Object> cookies(ChromeDriver chrome) {
        Map<String, Object> both = new HashMap<>();
        both.put("network", chrome.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies"));
        both.put("storage", chrome.executeCdpCommand("Storage.getCookies", Map.of()).get("cookies"));
        return both;
    }

    private static List<String> keys(Object entries) {
        return ((List<?>) entries).stream().map(e -> String.valueOf(Browser.asMap(e).get("key"))).toList();
    }

    private static List<String> urls(Object live) {
        return ((List<?>) live).stream().map(e -> Browser.asMap(e).get("url") + " (" + Browser.asMap(e).get("type")
                + ", " + Browser.asMap(e).get("size") + " bytes, made at " + Browser.asMap(e).get("stack") + ")").toList();
    }

    /** The build's files as sw.js lists them: path → {size, sha256}. */
    private static Map<String, String[]> buildFiles(Path site) throws java.io.IOException {
        Matcher m = BUILD_FILE.matcher(Files.readString(site.resolve("sw.js"), StandardCharsets.UTF_8));
        Map<String, String[]> files = new HashMap<>();
        while (m.find()) {
            files.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        assertFalse(files.isEmpty(), "sw.js lists no files: was the site built with `mvn package`?");
        return files;
    }
}
