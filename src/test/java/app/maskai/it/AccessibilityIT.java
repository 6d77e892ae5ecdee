package app.maskai.it;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4 §6: axe-core finds no serious or critical violation on any view; the whole flow works
 * from the keyboard alone; and the layout at a phone's and a laptop's size, photo loaded, is
 * saved for a look. axe-core comes from node_modules (a devDependency, never part of the site)
 * and is injected into the page with executeScript.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final Path ASTRONAUT = LiveSite.testData().resolve("faces/astronaut.png");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Browser browser() {
        return site.browser();
    }

    // ---------------------------------------------------------------- axe

    @Test
    @Order(1)
    void axeFindsNoSeriousOrCriticalViolationOnAnyView() throws IOException {
        site.openAndWaitReady();
        List<String> serious = new ArrayList<>();
        serious.addAll(audit("start page"));

        TryOnPage page = new TryOnPage(browser());
        dismissNotice();
        page.choosePhoto(ASTRONAUT);
        page.waitForResult();
        serious.addAll(audit("photo opened"));

        browser().waitFor(WAIT, "#adjust shown", d -> browser().find("#adjust").isDisplayed());
        browser().execute("document.getElementById('adjust').scrollIntoView();");
        serious.addAll(audit("adjust panel"));

        browser().execute("document.getElementById('settings').open = true;"
                + " document.getElementById('settings').scrollIntoView();");
        serious.addAll(audit("settings open"));
        browser().execute("document.getElementById('settings').open = false;");

        browser().execute("document.getElementById('privacy-open').scrollIntoView();");
        browser().execute("document.getElementById('privacy-open').click();");
        browser().waitFor(Duration.ofSeconds(10), "#privacy-dialog open",
                d -> Boolean.TRUE.equals(browser().execute("return document.getElementById('privacy-dialog').open;")));
        serious.addAll(audit("privacy dialog"));
        browser().execute("document.getElementById('privacy-close').click();");

        browser().find("#custom-input").sendKeys(ASTRONAUT.toString());
        browser().waitFor(WAIT, "the anchor editor to open", d -> browser().find("#custom-panel").isDisplayed()
                && browser().findAll("#custom-mask[aria-busy=true]").isEmpty());
        serious.addAll(audit("custom-mask editor"));

        assertEquals(List.of(), serious, "serious or critical axe-core violations");
    }

    /** Runs axe-core on the page; prints every violation, returns the serious and critical ones. */
    private static List<String> audit(String view) throws IOException {
        return Axe.serious(browser(), view);
    }

    private static void dismissNotice() {
        List<WebElement> ok = browser().findAll("#privacy-notice-ok");
        if (!ok.isEmpty() && ok.get(0).isDisplayed()) {
            ok.get(0).click();
        }
    }

    // ---------------------------------------------------------------- keyboard

    @Test
    @Order(2)
    void theWholeFlowWorksFromTheKeyboard() throws IOException {
        site.openAndWaitReady();
        dismissNotice();
        browser().execute("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        TryOnPage page = new TryOnPage(browser());

        tabTo("#photo-input", "id", "photo-input");
        browser().driver().switchTo().activeElement().sendKeys(ASTRONAUT.toString());
        page.waitForResult();

        tabTo("a mask radio", "name", "mask");
        WebElement focused = browser().driver().switchTo().activeElement();
        String before = (String) browser().execute(
                "return document.querySelector('#mask-gallery input[name=mask]:checked').value;");
        keys(Keys.ARROW_RIGHT);
        browser().waitFor(Duration.ofSeconds(5), "the arrow key to check another mask", d -> !before.equals(
                browser().execute("return document.querySelector('#mask-gallery input[name=mask]:checked').value;")));
        String after = (String) browser().execute(
                "return document.querySelector('#mask-gallery input[name=mask]:checked').value;");
        System.out.println("keyboard: mask " + before + " -> " + after + " (focus was on " + focused.getAttribute("value") + ")");
        page.waitForResult();

        tabTo("#adjust-scale", "id", "adjust-scale");
        String scale = browser().find("#adjust-scale").getAttribute("value");
        keys(Keys.ARROW_RIGHT);
        String scaled = browser().find("#adjust-scale").getAttribute("value");
        System.out.println("keyboard: scale " + scale + " -> " + scaled);
        assertNotEquals(scale, scaled, "ArrowRight did not move #adjust-scale");
        page.waitForResult();

        tabTo("#download", "id", "download");
        List<Path> before2 = pngs();
        keys(Keys.ENTER);
        Path file = browser().waitFor(WAIT, "a downloaded PNG in " + browser().downloadDir(), d -> {
            try {
                List<Path> all;
                try (Stream<Path> files = Files.list(browser().downloadDir())) {
                    all = files.toList();
                }
                if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(p -> p.toString().endsWith(".png") && !before2.contains(p))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        System.out.println("keyboard: downloaded " + file + " (" + Files.size(file) + " bytes)");
        assertTrue(Files.size(file) > 1000, "the download is too small to be a picture");
    }

    /** Presses Tab (at most 120 times) until the focused element's {@code attr} is {@code value}. */
    private static void tabTo(String what, String attr, String value) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            keys(Keys.TAB);
            Object got = browser().execute("const e = document.activeElement; return e ? e.getAttribute(arguments[0]) : null;", attr);
            Object id = browser().execute("const e = document.activeElement; return e ? (e.id || e.tagName) : null;");
            path.add(String.valueOf(id));
            if (value.equals(got)) {
                System.out.println("keyboard: " + what + " after " + (i + 1) + " Tab(s)");
                return;
            }
        }
        throw new AssertionError("Tab never reached " + what + "; focus went " + path);
    }

    private static void keys(CharSequence key) {
        new Actions(browser().driver()).sendKeys(key).perform();
    }

    private static List<Path> pngs() throws IOException {
        try (Stream<Path> files = Files.list(browser().downloadDir())) {
            return files.filter(p -> p.toString().endsWith(".png")).toList();
        }
    }

    // ---------------------------------------------------------------- layout

    @Test
    @Order(3)
    void layoutScreenshotsAtPhoneAndLaptopSizes() throws IOException {
        ChromeDriver driver = (ChromeDriver) browser().driver();
        try {
            for (int[] size : new int[][] {{360, 740}, {1280, 800}}) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                        "width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", size[0] < 600));
                site.openAndWaitReady();
                dismissNotice();
                TryOnPage page = new TryOnPage(browser());
                page.choosePhoto(ASTRONAUT);
                page.waitForResult();
                try {
                    // On narrow screens the page scrolls the result into view (smoothly): let it finish.
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Object metrics = browser().execute("""
                        const de = document.documentElement;
                        const wide = [...document.querySelectorAll('body *')].filter(e => {
                          const r = e.getBoundingClientRect();
                          return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1);
                        }).slice(0, 10).map(e => (e.id ? '#' + e.id : e.tagName.toLowerCase()) + ' ' +
                            Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right));
                        const widest = [...document.querySelectorAll('body *')].map(e => [e, e.getBoundingClientRect()])
                            .filter(([e, r]) => r.width > 0).sort((a, b) => b[1].right - a[1].right).slice(0, 6)
                            .map(([e, r]) => (e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + e.className) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
                        return {innerWidth, clientWidth: de.clientWidth, scrollWidth: de.scrollWidth, scrollHeight: de.scrollHeight, wide, widest};
                        """);
                System.out.println("layout " + size[0] + "x" + size[1] + ": " + metrics);
                Path file = LiveSite.screenshots().resolve("layout-" + size[0] + "x" + size[1] + ".png");
                browser().screenshot(file);
                assertTrue(Files.size(file) > 1000, "empty screenshot " + file);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
