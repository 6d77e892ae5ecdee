package app.maskai.it;

import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The page as a person uses it, through the DOM ids of docs/CONTRACTS.md: choose a photo,
 * pick a mask by its label, read #status, press Download.
 */
final class TryOnPage {

    private static final Duration RESULT_TIMEOUT = Duration.ofSeconds(60);
    /** How long #status must stay the same, with nothing busy, to count as the page's answer. */
    private static final Duration SETTLED = Duration.ofMillis(1500);

    /** Nothing busy, #result on show, #download enabled. */
    private static final String RESULT_ON_SHOW = "return !$('[aria-busy=true]') && shown($('#result'))"
            + " && !$('#download').matches(':disabled');";

    private final Browser browser;

    TryOnPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Starts recording every text #status shows from now on, so that a message counts even
     * when a later one replaces it, and a message left over from before does not.
     */
    void recordStatus() {
        browser.execute("""
                const status = document.getElementById('status');
                if (window.__statusObserver) window.__statusObserver.disconnect();
                window.__statusTexts = [];
                window.__statusObserver = new MutationObserver(() => window.__statusTexts.push(status.textContent));
                window.__statusObserver.observe(status, {childList: true, characterData: true, subtree: true});
                """);
    }

    /** Every #status text since {@link #recordStatus()}. */
    @SuppressWarnings("unchecked")
    List<String> statusTexts() {
        return (List<String>) browser.execute("return window.__statusTexts || [];");
    }

    /**
     * Waits for a #status text (since {@link #recordStatus()}) that matches, or for the page to
     * settle on another (nothing busy, no progress text, #status unchanged for {@link #SETTLED}); returns the
     * matching text, or null when the page settled without one.
     */
    String waitForStatus(Pattern pattern) {
        long[] stableSince = {System.nanoTime()};
        int[] seen = {-1};
        return browser.waitFor(RESULT_TIMEOUT, "#status to settle; it showed " + statusTexts(), d -> {
            List<String> texts = statusTexts();
            String match = texts.stream().filter(s -> pattern.matcher(s).find()).findFirst().orElse(null);
            if (match != null) {
                return Optional.of(match);
            }
            if (texts.size() != seen[0] || !browser.findAll("[aria-busy=true]").isEmpty()) {
                seen[0] = texts.size();
                stableSince[0] = System.nanoTime();
                return null;
            }
            // A text ending in "…" (Reading…, Finding faces…) says work is going on: not settled,
            // however long it stays (a 60-megapixel photo with two test classes at a time).
            boolean settled = !texts.isEmpty() && !texts.get(texts.size() - 1).endsWith("…")
                    && System.nanoTime() - stableSince[0] > SETTLED.toNanos();
            return settled ? Optional.<String>empty() : null;
        }).orElse(null);
    }

    String status() {
        return browser.find("#status").getText();
    }

    /** Chooses a photo with the file input, as the "Choose a photo…" button would. */
    void choosePhoto(Path file) {
        browser.find("#photo-input").sendKeys(file.toAbsolutePath().toString());
    }

    /** The ids of the mask radios in #mask-gallery, in order. */
    List<String> maskIds() {
        return browser.findAll("#mask-gallery input[type=radio][name=mask]").stream()
                .map(r -> r.getAttribute("value")).toList();
    }

    /** Clicks the label of the mask's radio, as a person clicks the thumbnail or the name. */
    void pickMask(String id) {
        WebElement radio = browser.find("#mask-gallery input[type=radio][name=mask][value='" + id + "']");
        WebElement label = (WebElement) browser.execute("return arguments[0].labels[0] || null;", radio);
        if (label == null) {
            throw new AssertionError("mask radio " + id + " has no label to click");
        }
        label.click();
        browser.waitInPage(Duration.ofSeconds(5), "mask " + id + " checked after clicking its label",
                "return args[0].checked;", radio);
    }

    /** Waits until a result is on show: nothing busy, #result visible, #download enabled. */
    void waitForResult() {
        try {
            browser.waitInPage(RESULT_TIMEOUT, "a result on show (#result visible, #download enabled, nothing busy)",
                    RESULT_ON_SHOW);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; #status: " + status(), e);
        }
    }

    /** Presses #download and waits for a complete PNG in the download folder. */
    Path download() throws IOException {
        return download(".png");
    }

    /** Presses #download and waits for a new, complete file ending in {@code suffix} in the download folder. */
    Path download(String suffix) throws IOException {
        List<Path> before = files();
        browser.find("#download").click();
        return browser.waitFor(RESULT_TIMEOUT, "a downloaded " + suffix + " in " + browser.downloadDir(), d -> {
            try {
                List<Path> all = files();
                if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(p -> p.toString().endsWith(suffix) && !before.contains(p))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    void discard() {
        WebElement discard = browser.find("#discard");
        if (discard.isEnabled()) {
            discard.click();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(browser.downloadDir())) {
            return files.toList();
        }
    }

    /**
     * The result on screen against the one remembered: with {@code remember}, keeps #result's
     * pixels and returns 0; without, their mean channel difference from those kept (0..255).
     */
    double resultDifference(boolean remember) {
        return ((Number) browser.execute("""
                const canvas = document.getElementById('result');
                const copy = document.createElement('canvas');
                copy.width = canvas.width; copy.height = canvas.height;
                copy.getContext('2d').drawImage(canvas, 0, 0);
                const now = copy.getContext('2d').getImageData(0, 0, copy.width, copy.height).data;
                if (arguments[0]) { window.__rememberedResult = now; return 0; }
                let sum = 0;
                for (let i = 0; i < now.length; i += 4) {
                  for (let c = 0; c < 3; c++) sum += Math.abs(now[i + c] - window.__rememberedResult[i + c]);
                }
                return sum / (3 * now.length / 4);
                """, remember)).doubleValue();
    }
}
