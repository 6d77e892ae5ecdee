package app.maskai.it;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings in headless Chromium as a person uses them: chosen in the Settings panel, still there
 * after a reload and applied at start; Download following the image quality without the photo's
 * EXIF; a pasted photo; Compare; and "Clear all app data" leaving nothing behind and the app
 * working.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettingsIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Browser browser() {
        return site.browser();
    }

    private static void openSettings() {
        browser().execute("document.getElementById('settings').open = true;"
                + " document.getElementById('settings').scrollIntoView();");
    }

    private static void choose(String selectId, String value) {
        openSettings();
        new Select(browser().find("#" + selectId)).selectByValue(value);
    }

    private static String value(String selectId) {
        return (String) browser().execute("return document.getElementById(arguments[0]).value;", selectId);
    }

    @Test
    @Order(1)
    void keepsSettingsAcrossReloadsAndAppliesThemAtStart() throws IOException {
        TryOnPage page = new TryOnPage(browser());
        List<String> masks = page.maskIds();
        String second = masks.get(1);
        assertEquals(masks.get(0), checkedMask(), "the gallery's first mask is picked before any setting");

        choose("image-quality", "JPEG_HIGH");
        choose("sensitivity", "PRECISE");
        choose("default-mask", second);
        choose("theme", "DARK");
        assertEquals("dark", browser().find("html").getAttribute("data-theme"), "theme applied at once");

        site.openAndWaitReady();
        openSettings();
        browser().screenshot(LiveSite.screenshots().resolve("settings-dark.png"));
        assertAll(
                () -> assertEquals("JPEG_HIGH", value("image-quality")),
                () -> assertEquals("PRECISE", value("sensitivity")),
                () -> assertEquals(second, value("default-mask")),
                () -> assertEquals("DARK", value("theme")),
                () -> assertEquals("dark", browser().find("html").getAttribute("data-theme")),
                () -> assertEquals(second, checkedMask(), "the default mask is picked at start"),
                () -> assertEquals("Download JPEG", browser().find("#download").getText()),
                () -> assertEquals("rgb(20, 23, 29)", browser().execute(
                        "return getComputedStyle(document.body).backgroundColor;"), "dark background"));

        String stored = (String) browser().execute("return localStorage.getItem('maskai.settings');");
        System.out.println("stored settings: " + stored);
        assertNotNull(stored);
        assertTrue(stored.length() < 300, "settings hold no image or face data: " + stored);
        assertEquals(List.of("maskai.settings"), browser().execute(
                "return Object.keys(localStorage).filter(k => k.startsWith('maskai'));"));

        choose("theme", "LIGHT");
        browser().screenshot(LiveSite.screenshots().resolve("settings-light.png"));
        assertEquals("rgb(245, 246, 248)", browser().execute("return getComputedStyle(document.body).backgroundColor;"),
                "light background");
    }

    @Test
    @Order(2)
    void downloadsInTheChosenQualityWithoutThePhotosExif() throws IOException {
        TryOnPage page = new TryOnPage(browser());
        Path photo = withExif(LiveSite.testData().resolve("faces/astronaut.png"));
        assertTrue(contains(Files.readAllBytes(photo), "Exif"), "the test photo carries EXIF");

        choose("image-quality", "JPEG_MEDIUM");
        page.discard();
        page.choosePhoto(photo);
        page.waitForResult();
        Path jpeg = new TryOnPage(browser()).download(".jpg");
        byte[] jpegBytes = Files.readAllBytes(jpeg);
        System.out.println("downloaded " + jpeg.getFileName() + " (" + jpegBytes.length + " bytes)");

        choose("image-quality", "PNG");
        assertEquals("Download PNG", browser().find("#download").getText());
        Path png = new TryOnPage(browser()).download(".png");
        byte[] pngBytes = Files.readAllBytes(png);

        BufferedImage original = ImageIO.read(LiveSite.testData().resolve("faces/astronaut.png").toFile());
        BufferedImage fromJpeg = ImageIO.read(jpeg.toFile());
        assertAll(
                () -> assertEquals(0xFF, jpegBytes[0] & 0xFF, "JPEG starts FF D8"),
                () -> assertEquals(0xD8, jpegBytes[1] & 0xFF, "JPEG starts FF D8"),
                () -> assertFalse(contains(jpegBytes, "Exif"), "the JPEG carries an Exif segment"),
                () -> assertTrue(jpeg.getFileName().toString().endsWith("-maskai-" + checkedMask() + ".jpg"),
                        jpeg.getFileName().toString()),
                () -> assertEquals(original.getWidth(), fromJpeg.getWidth(), "JPEG width"),
                () -> assertEquals(0x89504E47, ((pngBytes[0] & 0xFF) << 24) | ((pngBytes[1] & 0xFF) << 16)
                        | ((pngBytes[2] & 0xFF) << 8) | (pngBytes[3] & 0xFF), "PNG starts 89 50 4E 47"),
                () -> assertFalse(contains(pngBytes, "eXIf") || contains(pngBytes, "Exif"), "the PNG carries EXIF"),
                () -> assertTrue(png.getFileName().toString().endsWith(".png")));
    }

    @Test
    @Order(3)
    void comparesWithTheOriginalAndBack() {
        WebElement compare = browser().find("#compare");
        assertTrue(compare.isEnabled(), "Compare is enabled with a result on show");
        compare.click();
        assertAll(
                () -> assertEquals("true", compare.getAttribute("aria-pressed")),
                () -> assertTrue(browser().find("#original").isDisplayed(), "the original shows"),
                () -> assertFalse(browser().find("#result").isDisplayed(), "the result is out of the way"));
        Map<String, Object> size = Browser.asMap(browser().execute(
                "const c = document.getElementById('original'); return {w: c.width, h: c.height};"));
        assertEquals(512L, size.get("w"), "the original at the photo's size");
        compare.click();
        assertAll(
                () -> assertEquals("false", compare.getAttribute("aria-pressed")),
                () -> assertFalse(browser().find("#original").isDisplayed()),
                () -> assertTrue(browser().find("#result").isDisplayed()),
                () -> assertEquals(0L, browser().execute("return document.getElementById('original').width;"),
                        "the copy of the photo is dropped"));
    }

    @Test
    @Order(4)
    void takesAPastedPhoto() {
        TryOnPage page = new TryOnPage(browser());
        page.discard();
        assertFalse(browser().find("#download").isEnabled(), "no result after Discard");
        page.recordStatus();
        browser().call("""
                const blob = await T.blob('faces/astronaut.png');
                const transfer = new DataTransfer();
                transfer.items.add(new File([blob], 'image.png', {type: 'image/png'}));
                const event = new ClipboardEvent('paste', {clipboardData: transfer, bubbles: true, cancelable: true});
                document.body.dispatchEvent(event);
                return event.defaultPrevented;
                """);
        page.waitForResult();
        assertTrue(page.statusTexts().stream().anyMatch(s -> s.startsWith("Found 1 face")),
                "status after paste: " + page.statusTexts());
    }

    @Test
    @Order(5)
    void clearsAllAppDataAndStillWorks() throws IOException {
        browser().call("""
                const cache = await caches.open('maskai-settings-it');
                await cache.put('/settings-it', new Response('x'));
                """);
        assertFalse(((List<?>) browser().call("return await caches.keys();")).isEmpty());
        assertTrue(((Number) browser().execute("return localStorage.length;")).intValue() > 0);

        openSettings();
        browser().find("#clear-data").click();
        assertEquals(Boolean.TRUE, browser().execute("return document.getElementById('clear-dialog').open;"));
        browser().screenshot(LiveSite.screenshots().resolve("settings-clear-dialog.png"));
        browser().find("#clear-confirm").click();
        browser().waitFor(WAIT, "the status to say the data was cleared",
                d -> browser().find("#settings-status").getText().startsWith("All app data was cleared"));
        assertAll(
                () -> assertEquals(0L, browser().execute("return localStorage.length;"), "localStorage"),
                () -> assertEquals(List.of(), browser().call("return await caches.keys();"), "Cache Storage"),
                () -> assertEquals(0L, browser().call(
                        "return (await navigator.serviceWorker.getRegistrations()).length;"), "service workers"),
                () -> assertEquals("SYSTEM", value("theme")),
                () -> assertEquals("PNG", value("image-quality")),
                () -> assertEquals("BALANCED", value("sensitivity")),
                () -> assertEquals(null, browser().find("html").getAttribute("data-theme")));

        site.openAndWaitReady();
        TryOnPage page = new TryOnPage(browser());
        assertEquals(page.maskIds().get(0), checkedMask(), "the first mask again");
        page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
        page.waitForResult();
        assertTrue(new TryOnPage(browser()).download(".png").getFileName().toString().endsWith(".png"));
    }

    private static String checkedMask() {
        return (String) browser().execute(
                "const r = document.querySelector('#mask-gallery input[name=mask]:checked'); return r ? r.value : null;");
    }

    /**
     * The photo as a JPEG with an Exif APP1 segment (a little-endian TIFF header and one empty
     * IFD) right after the start marker, as cameras write it; in target/, named .jpg.
     */
    private static Path withExif(Path png) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        BufferedImage image = ImageIO.read(png.toFile());
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        ImageIO.write(rgb, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(header);
        out.write(tiff);
        out.write(plain, 2, plain.length - 2);
        Path file = LiveSite.buildDir().resolve("it-settings/astronaut-exif.jpg");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return file;
    }

    private static boolean contains(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
