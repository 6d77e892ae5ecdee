package app.maskai.it;

import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole session of a person using MaskAI, for the privacy audits (network and storage): a
 * photo, every built-in mask picked in the gallery, a mask of their own, the settings and the
 * privacy page, a download, the live camera (Chromium's fake device) with a capture and a recording
 * (downloaded, then discarded), a batch of photos (its ZIP downloaded, its results discarded), and
 * Discard.
 * Everything goes through the page's controls with files from disk, so that the page itself never
 * asks the server for test data.
 */
final class AuditSession {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Browser browser;
    private final TryOnPage page;
    private final Path photo = LiveSite.testData().resolve("faces/astronaut.png");

    AuditSession(Browser browser) {
        this.browser = browser;
        this.page = new TryOnPage(browser);
    }

    /** Chromium with the fake camera playing {@link LiveCameraIT}'s video of the astronaut. */
    static Browser launchWithFakeCamera() throws IOException {
        Path video = LiveCameraIT.newVideoFile();
        LiveCameraIT.writeVideo(LiveSite.testData().resolve("faces/astronaut.png"), video);
        return Browser.launch(LiveSite.buildDir(), List.of(
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
    }

    TryOnPage page() {
        return page;
    }

    Path photo() {
        return photo;
    }

    /**
     * Many photos at once: the astronaut and a photo without a face chosen together, the batch run
     * with labels, its ZIP downloaded, one result opened in the adjust panel, then the results
     * discarded (their thumbnails' object URLs revoked).
     */
    void runBatch() throws IOException {
        Path folder = Files.createDirectories(LiveSite.buildDir().resolve("audit-it").resolve("batch"));
        Path brick = folder.resolve("brick.png");
        Files.copy(LiveSite.testData().resolve("no-face/brick.png"), brick, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        browser.find("#batch-input").sendKeys(photo.toString() + "\n" + brick);
        browser.execute("document.getElementById('batch-vary-colour').click();"
                + " document.getElementById('batch-start').scrollIntoView();");
        browser.find("#batch-start").click();
        browser.waitInPage(WAIT, "the batch to finish", "return $('#batch-status').textContent.startsWith('Done:');");
        browser.find("#batch-download").click();
        browser.waitFor(WAIT, "the batch's ZIP downloaded", d -> {
            try (Stream<Path> files = Files.list(browser.downloadDir())) {
                return files.anyMatch(f -> f.getFileName().toString().matches("maskai-batch-\\d{8}-\\d{6}\\.zip"));
            } catch (IOException e) {
                return false;
            }
        });
        Object drawn = browser.execute("return document.getElementById('result').getAttribute('data-drawn');");
        browser.execute("document.querySelector('#batch-grid li button').click();");
        browser.waitInPage(WAIT, "the opened result drawn", "return $('#result').getAttribute('data-drawn') !== args[0];",
                drawn);
        page.waitForResult();
        browser.find("#batch-discard").click();
    }

    /** Chooses the astronaut photo and waits for its result. */
    void choosePhoto() {
        page.choosePhoto(photo);
        page.waitForResult();
    }

    /**
     * Searches the result on screen for hands ({@code MaskAI.detect(..., {hands: true})}) and
     * tries a mask on it with occlusion ({@code MaskAI.tryOn(..., {occlusion: true})}), which
     * loads the hand detector (in the hands worker) and the person segmentation: their files must
     * come from the app's own origin and leave nothing stored. Returns how many hands were found.
     */
    long findHands() {
        Object found = browser.call("""
                const result = await MaskAI.detect(document.getElementById('result'), {hands: true});
                const blob = await MaskAI.tryOn(document.getElementById('result'), {mask: MaskAI.masks()[0].id, occlusion: true});
                if (!(blob instanceof Blob) || blob.size === 0) throw new Error('no try-on with occlusion');
                return result.hands.length;
                """);
        return ((Number) found).longValue();
    }

    /**
     * Issue 15's "Style and more": picks a style and a strength for the photo on show, then none
     * again, a hair colour, a template, a hairstyle, commands in words (the box and MaskAI.command),
     * and asks the API for another style, for a template with a custom hair colour and for a
     * hairstyle in a colour; all drawn in the tab (the person segmentation and the templates' and
     * hairstyles' pictures fetched from this origin).
     */
    void useStyles() {
        pickStyle("pencil");
        browser.execute("const s = document.getElementById('style-strength'); s.value = '60';"
                + " s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));");
        page.waitForResult();
        pickStyle("");
        Object size = browser.call("""
                const blob = await MaskAI.tryOn(document.getElementById('result'), {mask: MaskAI.masks()[0].id,
                    style: 'oil', styleStrength: 0.8});
                return blob.size;
                """);
        if (((Number) size).longValue() <= 0) {
            throw new IllegalStateException("no styled try-on");
        }
        // Hair colours and templates (issue 15): the page's pickers, then the API.
        pick("#hair-choice", "pink");
        pick("#hair-choice", "");
        browser.waitInPage(Duration.ofSeconds(30), "the templates listed",
                "return document.querySelectorAll('#template-choice option').length > 1;");
        pick("#template-choice", "knight");
        pick("#template-choice", "");
        browser.waitInPage(Duration.ofSeconds(30), "the hairstyles listed",
                "return document.querySelectorAll('#hairstyle-choice option').length > 1;");
        pick("#hairstyle-choice", "bun");
        pick("#hairstyle-choice", "");
        // Edits in words: the box, an undo, and the API's command (a colour and a cut), then back.
        StylesIT.say(browser, page, "pencil style, a bit bigger");
        StylesIT.say(browser, page, "undo");
        Object said = browser.call("return (await MaskAI.command('blonde bob')).said;");
        if (!String.valueOf(said).startsWith("Done:")) {
            throw new IllegalStateException("MaskAI.command said: " + said);
        }
        page.waitForResult();
        StylesIT.say(browser, page, "my own hair, natural hair");
        Object templated = browser.call("""
                const blob = await MaskAI.tryOn(document.getElementById('result'), {template: 'astronaut',
                    hair: '#12ab9f', mask: MaskAI.masks()[0].id});
                const styled = await MaskAI.tryOn(document.getElementById('result'), {hairstyle: 'curly',
                    hair: 'copper'});
                return Math.min(blob.size, styled.size);
                """);
        if (((Number) templated).longValue() <= 0) {
            throw new IllegalStateException("no try-on in a template or with a hairstyle");
        }
    }

    /** Chooses {@code value} in the select {@code css} and waits for the result drawn again. */
    private void pick(String css, String value) {
        Object before = browser.execute("return document.getElementById('result').getAttribute('data-drawn');");
        new org.openqa.selenium.support.ui.Select(browser.find(css)).selectByValue(value);
        browser.waitInPage(Duration.ofSeconds(60), "the result drawn with " + css + " '" + value + "'",
                "return $('#result').getAttribute('data-drawn') !== args[0];", before);
        page.waitForResult();
    }

    /** Chooses {@code id} ("" for none) in #style-choice and waits for the result drawn with it. */
    void pickStyle(String id) {
        pick("#style-choice", id);
    }

    /** Picks every built-in mask in the gallery in turn, each drawn on the photo; returns their ids. */
    List<String> pickEveryMask() {
        List<String> ids = page.maskIds();
        for (String id : ids) {
            page.pickMask(id);
            page.waitForResult();
        }
        return ids;
    }

    /** Makes a mask of {@link CustomMaskIT}'s blue mask on white and puts it on the photo; returns its id. */
    String addCustomMask() throws IOException {
        Path picture = Files.createDirectories(LiveSite.buildDir().resolve("audit-it")).resolve("blue-mask.png");
        ImageIO.write(CustomMaskIT.blueMaskOnWhite(), "png", picture.toFile());
        browser.find("#custom-input").sendKeys(picture.toString());
        browser.waitInPage(WAIT, "the anchor editor to open",
                "return shown($('#custom-panel')) && !$('#custom-mask[aria-busy=true]');");
        browser.find("#custom-add").click();
        browser.waitInPage(WAIT, "the editor to close", "return !shown($('#custom-panel'));");
        page.waitForResult();
        return (String) browser.execute(
                "const r = document.querySelector('#mask-gallery input[name=mask]:checked'); return r && r.value;");
    }

    /**
     * Changes every setting (image quality to {@code quality}, sensitivity, default mask, theme) and
     * reads the privacy page.
     */
    void changeSettings(String quality) {
        browser.execute("document.getElementById('settings').open = true;"
                + " document.getElementById('settings').scrollIntoView();");
        new Select(browser.find("#image-quality")).selectByValue(quality);
        new Select(browser.find("#sensitivity")).selectByValue("PRECISE");
        new Select(browser.find("#default-mask")).selectByIndex(2);
        new Select(browser.find("#theme")).selectByValue("DARK");
        browser.find("#privacy-open").click();
        browser.waitInPage(WAIT, "the privacy policy rendered into #privacy-text", "return !!$('#privacy-text h3');");
        browser.find("#privacy-close").click();
    }

    /** Presses Download and waits for a new complete file; returns it. */
    Path download() throws IOException {
        Map<Path, Long> before = filesAndTimes();
        browser.find("#download").click();
        // A file of a name downloaded before is written again in its place (headless Chromium does
        // not number it): new, or newly written, counts.
        return browser.waitFor(WAIT, "a new download in " + browser.downloadDir(), d -> {
            try {
                Map<Path, Long> all = filesAndTimes();
                if (all.keySet().stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private Map<Path, Long> filesAndTimes() throws IOException {
        Map<Path, Long> times = new java.util.HashMap<>();
        for (Path file : files()) {
            times.put(file, Files.getLastModifiedTime(file).toMillis());
        }
        return times;
    }

    /**
     * Turns the camera on, waits for tracked frames, captures a still into the result, records a
     * moment (downloads the recording, then discards it), turns the camera off.
     */
    void useCameraAndCapture() {
        browser.find("#live-toggle").click();
        browser.waitInPage(WAIT, "the live view to process 20 frames with a face",
                "const live = window.MaskAI.live; return live.running && live.frames >= 20 && live.faces >= 1;");
        browser.find("#live-capture").click();
        page.waitForResult();
        // A short recording, downloaded, then discarded (its object URL revoked).
        browser.find("#live-record").click();
        browser.call("await new Promise(resolve => setTimeout(resolve, 1500));");
        browser.find("#live-record").click();
        browser.waitInPage(Duration.ofSeconds(60), "the recording on show", "return !$('#recording').hidden;");
        List<Path> before = filesQuietly();
        browser.find("#recording-download").click();
        browser.waitFor(WAIT, "the recording downloaded", d -> {
            List<Path> now = filesQuietly();
            return now.stream().anyMatch(p -> !before.contains(p) && p.toString().endsWith(".webm")) ? now : null;
        });
        browser.find("#recording-discard").click();
        browser.find("#live-toggle").click();
        browser.waitInPage(Duration.ofSeconds(10), "the camera to stop", "return !(window.MaskAI.live && window.MaskAI.live.running);");
    }

    private List<Path> filesQuietly() {
        try {
            return files();
        } catch (IOException e) {
            return List.of();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(browser.downloadDir())) {
            return files.toList();
        }
    }
}
