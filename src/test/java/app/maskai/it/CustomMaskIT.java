package app.maskai.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person makes their own mask in headless Chromium: chooses a picture of a blue mask on a white
 * background with #custom-input, sees the background removed (and can put it back), nudges the
 * anchors with the keyboard, presses "Use this mask", and downloads the astronaut wearing it.
 * Pictures that cannot be masks are refused with a message that says why; a chin placed above
 * the nose bridge is explained, not drawn; "Clear my masks" forgets every one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomMaskIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path ASTRONAUT = LiveSite.testData().resolve("faces/astronaut.png");
    /** Where a pixel far from the face may differ from the photo (PNG round trips through WebGL). */
    private static final int UNCHANGED_TOLERANCE = 2;

    private static Path pictures;
    private static Path blueMask;

    private static Browser browser() {
        return site.browser();
    }

    @BeforeAll
    static void makePictures() throws IOException {
        pictures = Files.createDirectories(LiveSite.buildDir().resolve("custom-mask-it"));
        blueMask = pictures.resolve("blue-mask.png");
        ImageIO.write(blueMaskOnWhite(), "png", blueMask.toFile());
        Files.writeString(pictures.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
                + " height=\"10\"><rect width=\"10\" height=\"10\" fill=\"blue\"/></svg>", StandardCharsets.UTF_8);
        Files.writeString(pictures.resolve("notes.png"), "These are notes, not a picture.\n", StandardCharsets.UTF_8);
        ImageIO.write(new BufferedImage(8001, 10, BufferedImage.TYPE_INT_RGB), "png",
                pictures.resolve("too-wide.png").toFile());
    }

    /**
     * 800 × 560: a blue surgical-style mask, seen from the front as if worn, filling the middle of
     * a white picture (top edge at y 50, sides at x 100 and 700, bottom at y 530), pleats darker.
     */
    static BufferedImage blueMaskOnWhite() {
        BufferedImage image = new BufferedImage(800, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 560);
        Path2D body = new Path2D.Float();
        body.moveTo(400, 50);
        body.curveTo(300, 50, 180, 90, 100, 150);
        body.lineTo(100, 420);
        body.curveTo(200, 500, 300, 530, 400, 530);
        body.curveTo(500, 530, 600, 500, 700, 420);
        body.lineTo(700, 150);
        body.curveTo(620, 90, 500, 50, 400, 50);
        body.closePath();
        g.setColor(new Color(40, 90, 210));
        g.fill(body);
        g.setClip(body);
        g.setStroke(new BasicStroke(5));
        g.setColor(new Color(20, 50, 140));
        for (int y = 230; y <= 390; y += 80) {
            g.drawLine(100, y, 700, y + 10);
        }
        g.dispose();
        return image;
    }

    @Test
    @Order(1)
    void refusesPicturesThatCannotBeMasksAndSaysWhy() {
        TryOnPage page = new TryOnPage(browser());
        Map<String, Pattern> refusals = Map.of(
                "drawing.svg", Pattern.compile("(?i)\\bSVG\\b"),
                "notes.png", Pattern.compile("(?i)contents are not|not a picture|renamed"),
                "too-wide.png", Pattern.compile("8001 × 10 pixels.*8000 pixels a side"));
        for (Map.Entry<String, Pattern> refusal : refusals.entrySet()) {
            page.recordStatus();
            browser().find("#custom-input").sendKeys(pictures.resolve(refusal.getKey()).toString());
            String said = page.waitForStatus(refusal.getValue());
            System.out.println(refusal.getKey() + ": #status showed " + page.statusTexts());
            assertAll(refusal.getKey(),
                    () -> assertNotNull(said, "no reason matching " + refusal.getValue() + "; #status showed "
                            + page.statusTexts()),
                    () -> assertTrue(browser().find("#status").getAttribute("class").contains("error"),
                            "#status is not marked as an error"),
                    () -> assertFalse(browser().find("#custom-panel").isDisplayed(), "the editor opened"),
                    () -> assertEquals(List.of(), customMaskIds(), "a custom mask was added"));
        }
    }

    @Test
    @Order(2)
    void aPictureOnWhiteBecomesAMaskFittedOnTheAstronaut() throws IOException {
        TryOnPage page = new TryOnPage(browser());
        page.discard();
        page.choosePhoto(ASTRONAUT);
        page.waitForResult();

        page.recordStatus();
        browser().find("#custom-input").sendKeys(blueMask.toString());
        browser().waitFor(WAIT, "the anchor editor to open", d -> browser().find("#custom-panel").isDisplayed()
                && browser().findAll("#custom-mask[aria-busy=true]").isEmpty());
        assertTrue(browser().find("#custom-remove-bg").isSelected(), "the white background is not marked removed");
        assertEquals(0, editorAlphaAt(0.02, 0.02), "the white corner of the picture is not transparent");
        assertEquals(255, editorAlphaAt(0.5, 0.6), "the mask itself is not opaque");

        // Undo and redo the background removal.
        browser().find("#custom-remove-bg").click();
        browser().waitFor(WAIT, "the white background back", d -> editorAlphaAt(0.02, 0.02) == 255);
        // The box is disabled while the mask's texture and thumbnail are repainted (one at a time).
        browser().waitFor(WAIT, "the background box enabled after the repaint",
                d -> browser().find("#custom-remove-bg").isEnabled());
        browser().find("#custom-remove-bg").click();
        browser().waitFor(WAIT, "the white background removed again", d -> editorAlphaAt(0.02, 0.02) == 0);

        // Six handles, labelled, moved with the keyboard in picture pixels.
        List<WebElement> handles = browser().findAll("#custom-editor [role=slider]");
        assertEquals(6, handles.size(), "anchor handles");
        for (WebElement handle : handles) {
            assertEquals("0", handle.getAttribute("tabindex"), handle.getAttribute("id") + " is not focusable");
            assertFalse(handle.getAttribute("aria-label").isBlank(), handle.getAttribute("id") + " has no label");
        }
        assertTrue(handles.get(1).getAttribute("aria-label").contains("right"), "anchor 2 is not the wearer's right");
        WebElement chin = browser().find("#custom-anchor-6");
        int[] before = position(chin);
        chin.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_DOWN));
        chin.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_LEFT);
        int[] after = position(chin);
        assertEquals(before[0] - 1, after[0], "x after ← (aria-valuetext " + chin.getAttribute("aria-valuetext") + ")");
        assertEquals(before[1] + 12, after[1], "y after Shift+↓ ↓ ↓");
        WebElement nose = browser().find("#custom-anchor-1");
        nose.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_UP));

        // Each handle is drawn over its anchor on the picture (its centre within 2 CSS pixels).
        for (WebElement handle : handles) {
            Map<String, Object> off = Browser.asMap(browser().execute("""
                    const h = arguments[0], c = document.querySelector('#custom-editor canvas');
                    const hr = h.getBoundingClientRect(), cr = c.getBoundingClientRect();
                    const m = /x (-?\\d+), y (-?\\d+) of (\\d+) × (\\d+)/.exec(h.getAttribute('aria-valuetext'));
                    return {dx: hr.left + hr.width / 2 - (cr.left + cr.width * m[1] / m[3]),
                        dy: hr.top + hr.height / 2 - (cr.top + cr.height * m[2] / m[4])};
                    """, handle));
            double dx = ((Number) off.get("dx")).doubleValue();
            double dy = ((Number) off.get("dy")).doubleValue();
            assertTrue(Math.abs(dx) <= 2 && Math.abs(dy) <= 2, handle.getAttribute("id") + " is drawn " + dx + ", "
                    + dy + " CSS px from its anchor (" + handle.getAttribute("aria-valuetext") + ")");
        }
        browser().screenshot(LiveSite.screenshots().resolve("custom-editor.png"));

        WebElement name = browser().find("#custom-name");
        name.clear();
        name.sendKeys("Blue pleats");
        page.recordStatus();
        browser().find("#custom-add").click();
        assertNotNull(page.waitForStatus(Pattern.compile("Blue pleats.*in the gallery")),
                "no word that the mask is in the gallery; #status showed " + page.statusTexts());
        assertFalse(browser().find("#custom-panel").isDisplayed(), "the editor stayed open");
        List<Object> custom = list(browser().call(
                "return T.plain(MaskAI.masks().filter(m => m.category === 'custom'));"));
        assertEquals(1, custom.size(), "custom masks in MaskAI.masks(): " + custom);
        String id = (String) Browser.asMap(custom.get(0)).get("id");
        assertEquals("Blue pleats", Browser.asMap(custom.get(0)).get("name"));
        WebElement radio = browser().find("#mask-gallery input[type=radio][name=mask][value='" + id + "']");
        assertTrue(radio.isSelected(), "the new mask is not the photo's mask");

        page.waitForResult();
        browser().screenshot(LiveSite.screenshots().resolve("custom-mask.png"));
        Path downloaded = page.download();
        BufferedImage original = ImageIO.read(ASTRONAUT.toFile());
        BufferedImage result = ImageIO.read(downloaded.toFile());
        assertNotNull(result, downloaded + " is not a PNG");
        assertEquals(original.getWidth() + "x" + original.getHeight(), result.getWidth() + "x" + result.getHeight());
        // The reference face spans x 178-273, y 69-177; nose tip (223, 131), mouth (223, 152).
        int[] nosePatch = {220, 128, 7, 7};
        int[] mouthPatch = {220, 149, 7, 7};
        assertAll(
                () -> assertTrue(maxDifference(original, result, 0, 0, 64, 64) <= UNCHANGED_TOLERANCE,
                        "top-left corner changed"),
                () -> assertTrue(maxDifference(original, result, 448, 448, 64, 64) <= UNCHANGED_TOLERANCE,
                        "bottom-right corner changed"),
                () -> assertTrue(meanDifference(original, result, nosePatch) > 8, "the nose looks unmasked"),
                () -> assertTrue(meanDifference(original, result, mouthPatch) > 8, "the mouth looks unmasked"),
                () -> assertTrue(blueness(result, nosePatch) > 20, "the nose is not covered in blue: "
                        + blueness(result, nosePatch)),
                () -> assertTrue(blueness(result, mouthPatch) > 20, "the mouth is not covered in blue: "
                        + blueness(result, mouthPatch)));
    }

    @Test
    @Order(3)
    void explainsAChinAboveTheNoseBridgeAndRecovers() {
        TryOnPage page = new TryOnPage(browser());
        browser().find("#custom-input").sendKeys(blueMask.toString());
        browser().waitFor(WAIT, "the anchor editor to open", d -> browser().find("#custom-panel").isDisplayed()
                && browser().findAll("#custom-mask[aria-busy=true]").isEmpty());
        WebElement chin = browser().find("#custom-anchor-6");
        page.recordStatus();
        for (int i = 0; i < 50; i++) {
            chin.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_UP));
        }
        assertNotNull(page.waitForStatus(Pattern.compile("(?i)chin.*above")),
                "no message about the chin; #status showed " + page.statusTexts());
        browser().waitFor(WAIT, "the problem shown by the editor", d -> browser().find("#custom-problem").isDisplayed());
        assertFalse(browser().find("#custom-add").isEnabled(), "\"Use this mask\" is offered for a folded mask");
        assertEquals(List.of(), browser().consoleErrors(), "console errors");

        for (int i = 0; i < 50; i++) {
            chin.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_DOWN));
        }
        browser().waitFor(WAIT, "the problem gone", d -> !browser().find("#custom-problem").isDisplayed()
                && browser().find("#custom-add").isEnabled());
        browser().find("#custom-cancel").click();
        browser().waitFor(WAIT, "the editor closed", d -> !browser().find("#custom-panel").isDisplayed());
        assertEquals(1, customMaskIds().size(), "Cancel left the draft, or removed the kept mask: " + customMaskIds());
    }

    @Test
    @Order(4)
    void addMaskAndRemoveMaskInThePublicApi() {
        Map<String, Object> added = Browser.asMap(browser().call("""
                const c = T.canvas(300, 200);
                const g = c.getContext('2d');
                g.fillStyle = '#ffffff';
                g.fillRect(0, 0, 300, 200);
                g.fillStyle = '#cc3333';
                g.fillRect(40, 30, 220, 150);
                return await MaskAI.addMask(c, {name: 'Red box'});
                """));
        assertEquals("Red box", added.get("name"));
        assertEquals("custom", added.get("category"));
        assertTrue(customMaskIds().contains(added.get("id")), "MaskAI.masks() lacks " + added);

        Browser.PageError svg = org.junit.jupiter.api.Assertions.assertThrows(Browser.PageError.class, () ->
                browser().call("return await MaskAI.addMask(new Blob(['<svg/>'], {type: 'image/svg+xml'}));"));
        assertTrue(svg.jsMessage().contains("SVG"), svg.jsMessage());
        Browser.PageError anchors = org.junit.jupiter.api.Assertions.assertThrows(Browser.PageError.class, () ->
                browser().call("return await MaskAI.addMask(T.canvas(10, 10), {anchors: [[1, 2]]});"));
        assertTrue(anchors.jsMessage().contains("anchors"), anchors.jsMessage());
        Browser.PageError builtIn = org.junit.jupiter.api.Assertions.assertThrows(Browser.PageError.class, () ->
                browser().call("return await MaskAI.removeMask(MaskAI.masks()[0].id);"));
        assertTrue(builtIn.jsMessage().contains("built-in"), builtIn.jsMessage());

        assertEquals(Boolean.TRUE, browser().call("return await MaskAI.removeMask(args[0]);", added.get("id")));
        assertFalse(customMaskIds().contains(added.get("id")), "removed mask still listed");
    }

    @Test
    @Order(5)
    void clearForgetsEveryCustomMask() {
        TryOnPage page = new TryOnPage(browser());
        List<String> ids = customMaskIds();
        assertFalse(ids.isEmpty(), "no custom mask left to clear");
        String thumbnail = browser().find("#mask-gallery input[value='" + ids.get(0) + "']")
                .findElement(org.openqa.selenium.By.xpath("..")).findElement(org.openqa.selenium.By.tagName("img"))
                .getAttribute("src");
        assertTrue(thumbnail.startsWith("blob:"), "thumbnail " + thumbnail);
        assertEquals("loads", imageAt(thumbnail), "the thumbnail's object URL before Clear");
        page.recordStatus();
        browser().find("#custom-clear").click();
        assertNotNull(page.waitForStatus(Pattern.compile("(?i)removed")), "#status showed " + page.statusTexts());
        assertAll(
                () -> assertEquals(List.of(), customMaskIds(), "custom masks after Clear"),
                () -> assertEquals(List.of(), browser().findAll("#mask-gallery input[value^='custom-']"),
                        "custom masks in the gallery after Clear"),
                () -> assertFalse(browser().find("#custom-clear").isEnabled(), "Clear is still offered"),
                () -> assertEquals(List.of(), browser().consoleErrors(), "console errors"));
        // Loading a revoked URL logs a failed load, so this comes last.
        assertEquals("fails", imageAt(thumbnail), "the thumbnail's object URL after Clear (not revoked)");
    }

    /** "loads" or "fails": whether an image loads from {@code url} (img-src allows blob:, connect-src does not). */
    private static String imageAt(String url) {
        return (String) browser().call("""
                return await new Promise(resolve => {
                  const image = new Image();
                  image.onload = () => resolve('loads');
                  image.onerror = () => resolve('fails');
                  image.src = args[0];
                });
                """, url);
    }

    @SuppressWarnings("unchecked")
    private static List<String> customMaskIds() {
        return (List<String>) browser().call(
                "return MaskAI.masks().filter(m => m.category === 'custom').map(m => m.id);");
    }

    /** Alpha (0..255) of the editor's canvas at a fraction of its size: the picture as the editor shows it. */
    private static long editorAlphaAt(double fx, double fy) {
        return ((Number) browser().execute("""
                const c = document.querySelector('#custom-editor canvas');
                const x = Math.floor(arguments[0] * c.width), y = Math.floor(arguments[1] * c.height);
                return c.getContext('2d').getImageData(x, y, 1, 1).data[3];
                """, fx, fy)).longValue();
    }

    /** x, y from a handle's aria-valuetext ("x 400, y 504 of 800 × 560 pixels"). */
    private static int[] position(WebElement handle) {
        java.util.regex.Matcher m = Pattern.compile("x (-?\\d+), y (-?\\d+)").matcher(handle.getAttribute("aria-valuetext"));
        assertTrue(m.find(), "aria-valuetext " + handle.getAttribute("aria-valuetext"));
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static int maxDifference(BufferedImage a, BufferedImage b, int x0, int y0, int w, int h) {
        int max = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    max = Math.max(max, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
                }
            }
        }
        return max;
    }

    /** Mean absolute RGB difference over the patch {x, y, w, h}. */
    private static double meanDifference(BufferedImage a, BufferedImage b, int[] patch) {
        long sum = 0;
        for (int y = patch[1]; y < patch[1] + patch[3]; y++) {
            for (int x = patch[0]; x < patch[0] + patch[2]; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * patch[2] * patch[3]);
    }

    /** Mean blue minus mean red over the patch: skin is redder than blue, the test mask far bluer. */
    private static double blueness(BufferedImage image, int[] patch) {
        long sum = 0;
        for (int y = patch[1]; y < patch[1] + patch[3]; y++) {
            for (int x = patch[0]; x < patch[0] + patch[2]; x++) {
                int p = image.getRGB(x, y);
                sum += (p & 0xff) - ((p >> 16) & 0xff);
            }
        }
        return sum / (double) (patch[2] * patch[3]);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
