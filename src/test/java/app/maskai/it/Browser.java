package app.maskai.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Headless Chromium for the browser tests: the Debian chromium and chromedriver in /usr/bin
 * (Selenium Manager never runs, so nothing is downloaded), a fresh profile and download folder
 * under target/ per instance, software WebGL (SwiftShader), and the tab's network and console
 * recorded for the whole session (a lent browser's, from when it was lent).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(120);
    /**
     * Selenium looks for DevTools bindings of this Chromium's version, has none (4.52 ships
     * older ones) and says so on every start; nothing here uses them.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    /** The window size every browser starts with, and a lent one is given back at. */
    private static final Dimension WINDOW = new Dimension(1280, 900);
    /** The browser this test JVM lends to the next test class ({@link #lend}), or null. */
    private static Browser idle;
    private static boolean quitIdleAtExit;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private Path downloadDir;
    private final Path profile;
    /** Whether close gives it back to be lent again rather than quits it. */
    private boolean lent;
    /** The origins of the pages opened since it was lent (their storage is cleared when it is given back). */
    private final Set<String> originsOpened = new LinkedHashSet<>();
    private final List<String> requestUrls = new ArrayList<>();
    private final List<LoggedRequest> loggedRequests = new ArrayList<>();
    private final Set<String> answeredByWorker = new HashSet<>();
    /** Requests with a response or a failure in the performance log (the rest are in flight). */
    private final Set<String> settled = new HashSet<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private final Json json = new Json();

    private Browser(ChromeDriverService service, ChromeDriver driver, Path downloadDir, Path profile) {
        this.service = service;
        this.driver = driver;
        this.downloadDir = downloadDir;
        this.profile = profile;
    }

    /**
     * A browser for one test class's site ({@link LiveSite}): the one the class before it in this
     * test JVM gave back, in a new tab with its window size, timeouts, logs and download folder
     * fresh, or a new one. Starting Chromium costs 2–4 s and about 6 CPU-seconds on 2 cores (its
     * GPU process on SwiftShader alone 1.3), for each of some 40 classes. Each class serves the
     * site on a port of its own, so its pages have an origin of their own (storage, service
     * worker, permissions and cache are kept by origin); what the last class's pages stored is
     * cleared when it is given back. {@link #close()} gives it back; quit at the JVM's exit.
     */
    public static synchronized Browser lend(Path workDir) throws IOException {
        Browser browser = idle;
        idle = null;
        if (browser != null) {
            try {
                browser.freshTab();
                return browser;
            } catch (RuntimeException e) {
                browser.quit();
            }
        }
        browser = launch(workDir);
        browser.lent = true;
        if (!quitIdleAtExit) {
            quitIdleAtExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle));
        }
        return browser;
    }

    private static synchronized void quitIdle() {
        if (idle != null) {
            idle.quit();
            idle = null;
        }
    }

    /** Takes a lent browser back: its pages' origins cleared (the next {@link #lend} gives it a new tab). */
    private static synchronized void giveBack(Browser browser) {
        try {
            browser.clearOrigins();
        } catch (RuntimeException e) {
            browser.quit();
            return;
        }
        if (idle != null) {
            idle.quit();
        }
        idle = browser;
    }

    private void clearOrigins() {
        driver.get("about:blank");
        for (String origin : originsOpened) {
            // Its service worker unregistered and stopped, its caches and storage gone.
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        originsOpened.clear();
    }

    /**
     * A new blank tab in place of every other, at the starting window size and timeouts, with a
     * new download folder and empty logs: what a test set on the old tab (emulation, scripts
     * added to new documents) stays with it.
     */
    private void freshTab() {
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle);
                driver.close();
            }
        }
        driver.switchTo().window(fresh);
        driver.manage().window().setSize(WINDOW);
        driver.manage().timeouts().scriptTimeout(CALL_TIMEOUT);
        try {
            downloadDir = Files.createTempDirectory(profile.getParent(), "downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloadDir.toString()));
        driver.get("about:blank");
        synchronized (this) {
            driver.manage().logs().get("performance");
            driver.manage().logs().get("browser");
            requestUrls.clear();
            loggedRequests.clear();
            answeredByWorker.clear();
            settled.clear();
            consoleErrors.clear();
        }
    }

    /** Starts Chromium with its profile, downloads and driver log under {@code workDir}. */
    public static Browser launch(Path workDir) throws IOException {
        return launch(workDir, List.of());
    }

    /**
     * As {@link #launch(Path)}, with {@code extraArguments} added to Chromium's command line (e.g.
     * the fake camera's {@code --use-fake-device-for-media-stream}).
     */
    public static Browser launch(Path workDir, List<String> extraArguments) throws IOException {
        Path base = Files.createDirectories(workDir.toAbsolutePath().resolve("it-chromium"));
        Path profile = Files.createTempDirectory(base, "profile-");
        Path downloads = Files.createTempDirectory(base, "downloads-");

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withLogFile(profile.resolveSibling(profile.getFileName() + "-chromedriver.log").toFile())
                .build();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--disable-dev-shm-usage",
                "--use-angle=swiftshader",
                "--enable-unsafe-swiftshader",
                "--window-size=" + WINDOW.width + "," + WINDOW.height,
                "--lang=en-US",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("intl.accept_languages", "en-US");
        options.setExperimentalOption("prefs", prefs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable("performance", Level.ALL);
        logging.enable("browser", Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().scriptTimeout(CALL_TIMEOUT);
            // Headless Chromium honours the download prefs; this makes it explicit for the tab.
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            // The tab opens on Chromium's new-tab page, whose chrome:// requests are not ours:
            // leave it, and start the session's logs from a blank page.
            driver.get("about:blank");
            driver.manage().logs().get("performance");
            driver.manage().logs().get("browser");
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
        return new Browser(service, driver, downloads, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    public Path downloadDir() {
        return downloadDir;
    }

    /**
     * The build of the app the tests run (system property maskai.build, {@code js} or
     * {@code wasm}; failsafe runs every browser test once with each), or null to let the page
     * choose as it does for people.
     */
    public static String build() {
        String build = System.getProperty("maskai.build", "").trim();
        if (build.isEmpty()) {
            return null;
        }
        if (!build.equals("js") && !build.equals("wasm")) {
            throw new IllegalArgumentException("maskai.build must be js or wasm, not " + build);
        }
        return build;
    }

    /** Opens {@code url}; a page of the site gets {@code ?build=} when {@link #build()} names one. */
    public void open(String url) {
        noteOrigin(url);
        driver.get(withBuild(url));
    }

    /** Opens {@code url} exactly as given, whatever {@link #build()} says. */
    public void openAsIs(String url) {
        noteOrigin(url);
        driver.get(url);
    }

    private void noteOrigin(String url) {
        if (url.startsWith("http")) {
            URI uri = URI.create(url);
            originsOpened.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        }
    }

    static String withBuild(String url) {
        String build = build();
        if (build == null || !url.startsWith("http")) {
            return url;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String rest = hash < 0 ? url : url.substring(0, hash);
        return rest + (rest.contains("?") ? "&" : "?") + "build=" + build + fragment;
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits up to {@code timeout} for {@code condition} to give a non-null, non-false value. */
    public <T> T waitFor(Duration timeout, String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .withMessage(() -> what + "; console errors: " + consoleErrors())
                .until(condition);
    }

    /**
     * Waits up to {@code timeout} for {@code condition}, the body of a function run in the page
     * (with {@code args} in scope), to return a truthy value, and returns that value. The page
     * checks it every 25 ms itself and answers once, so the wait is one WebDriver call, where
     * {@link #waitFor} polls a Java condition (often several WebDriver calls) every 100 ms. A
     * condition that throws counts as not yet met; the last error is reported. In scope besides
     * {@code args}: {@code $(selector)} and {@code shown(element)} (rendered with a size, visible
     * and not transparent, as WebDriver's isDisplayed). Not for waits across a navigation, which
     * ends the script.
     */
    public Object waitInPage(Duration timeout, String what, String condition, Object... args) {
        String script = "const done = arguments[arguments.length - 1];\n"
                + "const args = Array.prototype.slice.call(arguments, 1, arguments.length - 1);\n"
                + "const deadline = performance.now() + arguments[0];\n"
                + "const $ = selector => document.querySelector(selector);\n"
                + "const shown = e => { if (!e) return false; const box = e.getBoundingClientRect();\n"
                + "  return box.width > 0 && box.height > 0 && e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}); };\n"
                + "const check = () => {\n" + condition + "\n};\n"
                + "(function poll() {\n"
                + "  let value = null, error = null;\n"
                + "  try { value = check(); } catch (e) { error = String(e && e.message || e); }\n"
                + "  if (error === null && value) done({ok: true, value});\n"
                + "  else if (performance.now() > deadline) done({ok: false, value: value === undefined ? null : value, error});\n"
                + "  else setTimeout(poll, 25);\n"
                + "})();";
        Object[] all = new Object[args.length + 1];
        all[0] = timeout.toMillis();
        System.arraycopy(args, 0, all, 1, args.length);
        Map<String, Object> outcome;
        boolean longer = timeout.plusSeconds(10).compareTo(CALL_TIMEOUT) > 0;
        try {
            if (longer) {
                driver.manage().timeouts().scriptTimeout(timeout.plusSeconds(10));
            }
            outcome = asMap(driver.executeAsyncScript(script, all));
        } catch (ScriptTimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; console errors: " + consoleErrors(), e);
        } finally {
            if (longer) {
                driver.manage().timeouts().scriptTimeout(CALL_TIMEOUT);
            }
        }
        if (!Boolean.TRUE.equals(outcome.get("ok"))) {
            throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                    + " (last value " + outcome.get("value") + (outcome.get("error") == null ? ""
                    : ", last error " + outcome.get("error")) + "); console errors: " + consoleErrors());
        }
        return outcome.get("value");
    }

    /**
     * Waits for {@code window.MaskAI.ready} and returns what it resolved to ({backend, version, build}).
     * On failure the message carries the page's console errors and data-maskai state.
     */
    public Map<String, Object> waitReady() {
        String script = """
                const done = arguments[arguments.length - 1];
                const deadline = performance.now() + arguments[0];
                const fail = e => done({ok: false, error: String(e && e.message || e),
                    state: document.documentElement.getAttribute('data-maskai'),
                    status: (document.getElementById('status') || {}).textContent});
                (function poll() {
                  if (window.MaskAI && window.MaskAI.ready) {
                    Promise.race([window.MaskAI.ready, new Promise((_, reject) => setTimeout(
                        () => reject(new Error('MaskAI.ready did not settle in time')),
                        Math.max(0, deadline - performance.now())))])
                      .then(value => done({ok: true, value}), fail);
                  } else if (performance.now() > deadline) {
                    fail(new Error('window.MaskAI.ready never appeared'));
                  } else {
                    setTimeout(poll, 50);
                  }
                })();
                """;
        Object outcome;
        try {
            driver.manage().timeouts().scriptTimeout(READY_TIMEOUT.plusSeconds(10));
            outcome = driver.executeAsyncScript(script, READY_TIMEOUT.toMillis());
        } catch (ScriptTimeoutException e) {
            throw new AssertionError("MaskAI.ready timed out; console errors: " + consoleErrors(), e);
        } finally {
            driver.manage().timeouts().scriptTimeout(CALL_TIMEOUT);
        }
        Map<String, Object> result = asMap(outcome);
        if (!Boolean.TRUE.equals(result.get("ok"))) {
            throw new AssertionError("MaskAI.ready failed: " + result.get("error")
                    + " (data-maskai=" + result.get("state") + ", #status=" + result.get("status")
                    + "); console errors: " + consoleErrors());
        }
        Map<String, Object> value = asMap(result.get("value"));
        String build = build();
        if (build != null && !build.equals(value.get("build"))) {
            throw new AssertionError("asked for the " + build + " build, MaskAI.ready says " + value);
        }
        return value;
    }

    /** Selenium's executeAsyncScript: the script calls {@code arguments[arguments.length - 1]}. */
    public Object executeAsync(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    public Object execute(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Runs {@code body} as the body of an async function in the page, with the helpers of
     * {@link PageScripts#PRELUDE} in scope and the arguments as {@code args}; returns what it
     * returns. A rejection becomes a {@link PageError} carrying the Error's name and message.
     */
    public Object call(String body, Object... args) {
        String script = "const done = arguments[arguments.length - 1];\n"
                + "const args = Array.prototype.slice.call(arguments, 0, arguments.length - 1);\n"
                + "(async () => {\n" + PageScripts.PRELUDE + "\n" + body + "\n})()\n"
                + ".then(value => done({ok: true, value: value === undefined ? null : value}),\n"
                + "      e => done({ok: false, name: e && e.name, message: e && e.message !== undefined"
                + " ? String(e.message) : String(e), stack: e && e.stack}));";
        Map<String, Object> outcome;
        try {
            outcome = asMap(driver.executeAsyncScript(script, args));
        } catch (ScriptTimeoutException e) {
            throw new AssertionError("page script timed out; console errors: " + consoleErrors(), e);
        }
        if (!Boolean.TRUE.equals(outcome.get("ok"))) {
            throw new PageError((String) outcome.get("name"), (String) outcome.get("message"),
                    (String) outcome.get("stack"));
        }
        return outcome.get("value");
    }

    /** SEVERE entries of the browser console (errors, failed loads), for the whole session. */
    public List<String> consoleErrors() {
        drainConsole();
        return List.copyOf(consoleErrors);
    }

    /**
     * The URL of every request the tab started this session (Network.requestWillBeSent in the
     * performance log, from the first page opened on), in order, data: and blob: included.
     */
    public List<String> requestUrls() {
        drainPerformance();
        return List.copyOf(requestUrls);
    }

    /**
     * Every request in the performance log this session, in order, with what the network audit
     * needs: the DevTools target it came from ({@link LoggedRequest#TAB} for this tab, which
     * includes its dedicated workers; anything else is another target's id), method, whether it
     * carried a body, and whether the service worker answered it. WebSockets count as requests
     * with method {@code WEBSOCKET}.
     */
    /**
     * Waits, at most {@code timeout}, until every request of this tab logged from index {@code from}
     * on has its response or its failure (data: and blob: URLs aside): the page's own fetches (a
     * mask's metadata checked when idle) may still be on their way when a test reads the log.
     */
    public void waitForRequestsSettled(int from, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            List<LoggedRequest> all = loggedRequests();
            boolean inFlight;
            synchronized (this) {
                inFlight = all.subList(Math.min(from, all.size()), all.size()).stream()
                        .anyMatch(r -> r.source().equals(LoggedRequest.TAB) && !r.url().startsWith("data:")
                                && !r.url().startsWith("blob:") && !r.method().equals("WEBSOCKET")
                                && !settled.contains(r.requestId()));
            }
            if (!inFlight) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public List<LoggedRequest> loggedRequests() {
        drainPerformance();
        return loggedRequests.stream().map(r -> r.withAnsweredByWorker(answeredByWorker.contains(r.requestId())))
                .toList();
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Quits Chromium and deletes its profile (about 12 MB); the downloads stay for a look. A lent
     * browser ({@link #lend}) is given back instead.
     */
    @Override
    public void close() {
        if (lent) {
            giveBack(this);
        } else {
            quit();
        }
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a profile left behind under target/ harms nothing.
        }
    }

    private synchronized void drainConsole() {
        for (LogEntry entry : driver.manage().logs().get("browser")) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
    }

    private synchronized void drainPerformance() {
        String tab = driver.getWindowHandle();
        for (LogEntry entry : driver.manage().logs().get("performance")) {
            Map<String, Object> logged = asMap(json.toType(entry.getMessage(), Map.class));
            Map<String, Object> message = asMap(logged.get("message"));
            String webview = String.valueOf(logged.get("webview"));
            String source = tab.endsWith(webview) ? LoggedRequest.TAB : webview;
            Object method = message.get("method");
            if ("Network.requestWillBeSent".equals(method)) {
                Map<String, Object> params = asMap(message.get("params"));
                Map<String, Object> request = asMap(params.get("request"));
                String url = String.valueOf(request.get("url"));
                requestUrls.add(url);
                loggedRequests.add(new LoggedRequest(source, String.valueOf(params.get("requestId")), url,
                        String.valueOf(request.get("method")), Boolean.TRUE.equals(request.get("hasPostData")),
                        String.valueOf(params.get("type")), false));
            } else if ("Network.webSocketCreated".equals(method)) {
                Map<String, Object> params = asMap(message.get("params"));
                loggedRequests.add(new LoggedRequest(source, String.valueOf(params.get("requestId")),
                        String.valueOf(params.get("url")), "WEBSOCKET", false, "WebSocket", false));
            } else if ("Network.loadingFailed".equals(method)) {
                settled.add(String.valueOf(asMap(message.get("params")).get("requestId")));
            } else if ("Network.responseReceived".equals(method)) {
                Map<String, Object> params = asMap(message.get("params"));
                settled.add(String.valueOf(params.get("requestId")));
                if (Boolean.TRUE.equals(asMap(params.get("response")).get("fromServiceWorker"))) {
                    answeredByWorker.add(String.valueOf(params.get("requestId")));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected an object from the page, got " + value);
        }
        return (Map<String, Object>) value;
    }

    /**
     * One request of {@link #loggedRequests()}: {@code type} is DevTools' resource type
     * (Document, Script, Fetch, Image, ...), {@code hasBody} its {@code hasPostData}.
     */
    public record LoggedRequest(String source, String requestId, String url, String method, boolean hasBody,
                                String type, boolean answeredByWorker) {
        /** {@link #source} of this tab's own requests (its page and dedicated workers). */
        public static final String TAB = "tab";

        LoggedRequest withAnsweredByWorker(boolean answered) {
            return new LoggedRequest(source, requestId, url, method, hasBody, type, answered);
        }

        @Override
        public String toString() {
            return source + " " + method + " " + url + " (" + type + ")";
        }
    }

    /** A promise in the page rejected. */
    public static final class PageError extends RuntimeException {
        private final String name;
        private final String jsMessage;

        PageError(String name, String message, String stack) {
            super((name == null ? "" : name + ": ") + message + (stack == null ? "" : "\n" + stack));
            this.name = name;
            this.jsMessage = message;
        }

        /** The Error's name ("Error", "TypeError", ...), or null when something else was thrown. */
        public String name() {
            return name;
        }

        /** The Error's message as the page would show it. */
        public String jsMessage() {
            return jsMessage;
        }
    }
}
