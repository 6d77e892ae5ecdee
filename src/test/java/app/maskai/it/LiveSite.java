package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The built site (system property maskai.site, set by failsafe) served on a random port of
 * 127.0.0.1 with the test data mounted at /__test__/, and one headless Chromium, for one test
 * class, opened and ready before the first test: the browser the test JVM lends from class to
 * class ({@link Browser#lend}), in a new tab, or one of the class's own. Register with
 * {@code @RegisterExtension static final LiveSite site = new LiveSite();}.
 */
public final class LiveSite implements BeforeAllCallback, AfterAllCallback {

    private final boolean ownBrowser;
    private StaticServer server;
    private Browser browser;
    private Map<String, Object> ready;

    /** A site with a browser lent for the class ({@link Browser#lend}). */
    public LiveSite() {
        this(false);
    }

    /** With {@code ownBrowser}, a browser started for this class alone and quit after it (an audit's). */
    public LiveSite(boolean ownBrowser) {
        this.ownBrowser = ownBrowser;
    }

    public static Path siteDir() {
        return Path.of(System.getProperty("maskai.site", "target/site")).toAbsolutePath();
    }

    public static Path testData() {
        return Path.of(System.getProperty("maskai.testdata", "src/test/resources/testdata")).toAbsolutePath();
    }

    /** The build folder (target/), parent of the site. */
    public static Path buildDir() {
        return siteDir().getParent();
    }

    public static Path screenshots() {
        return buildDir().resolve("screenshots");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path site = siteDir();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("No built site at " + site + ": run `mvn package` first.");
        }
        server = StaticServer.start(site, 0, testData());
        browser = ownBrowser ? Browser.launch(buildDir()) : Browser.lend(buildDir());
        openAndWaitReady();
    }

    /** Loads the page afresh and waits for MaskAI.ready; returns {backend, version}. */
    public Map<String, Object> openAndWaitReady() {
        long start = System.nanoTime();
        browser.open(server.baseUrl());
        ready = browser.waitReady();
        System.out.printf("MaskAI ready in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, ready);
        return ready;
    }

    @Override
    public void afterAll(ExtensionContext context) {
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

    public StaticServer server() {
        return server;
    }

    public Browser browser() {
        return browser;
    }

    /** What MaskAI.ready resolved to on the last {@link #openAndWaitReady()}. */
    public Map<String, Object> ready() {
        return ready;
    }
}
