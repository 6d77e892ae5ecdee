package app.maskai.it;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in headless Chromium: chooses a photo, picks a mask by its label, downloads the result. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonTriesOnMaskIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** "No face found…", "Could not find a face…", "…face was not detected…". */
    static final Pattern NO_FACE = Pattern.compile("(?i)\\bno faces?\\b"
            + "|\\b(couldn.t|could not|did not|didn.t|cannot|can.t) (find|detect|see)\\b[^.]*\\bfaces?\\b"
            + "|\\bfaces?\\b[^.]*\\bnot (found|detected)\\b");

    /** Mask kinds that cover the nose, so the download must differ from the photo there. */
    private static final List<String> NOSE_COVERING = List.of("surgical", "respirator", "cloth");

    private static Browser browser() {
        return site.browser();
    }

    @Test
    @Order(1)
    void offersEveryMaskWithALabelOnceReady() throws IOException {
        browser().screenshot(LiveSite.screenshots().resolve("ready.png"));
        TryOnPage page = new TryOnPage(browser());
        List<Object> apiMasks = list(browser().call("return T.plain(MaskAI.masks()).map(m => m.id);"));

        assertEquals("ready", browser().find("html").getAttribute("data-maskai"), "html[data-maskai]");
        assertEquals(apiMasks, page.maskIds(), "gallery radios vs MaskAI.masks()");
        for (WebElement radio : browser().findAll("#mask-gallery input[type=radio][name=mask]")) {
            String label = (String) browser().execute(
                    "const l = arguments[0].labels; return l && l.length ? l[0].textContent.trim() : '';", radio);
            assertFalse(label.isBlank(), "mask " + radio.getAttribute("value") + " has no label text");
        }
        String diagnostics = browser().find("#diag-backend").getAttribute("textContent").strip();
        assertTrue(diagnostics.startsWith(String.valueOf(site.ready().get("backend"))),
                "#diag-backend \"" + diagnostics + "\" vs MaskAI.ready " + site.ready());
    }

    @Test
    @Order(1)
    void showsNothingMarkedHidden() {
        List<Object> shownButHidden = list(browser().execute("""
                return Array.from(document.querySelectorAll('[hidden]'))
                    .filter(e => getComputedStyle(e).display !== 'none')
                    .map(e => e.outerHTML.slice(0, 160));
                """));
        assertEquals(List.of(), shownButHidden, "elements with the hidden attribute that are displayed");
    }

    @Test
    @Order(2)
    void saysNoFaceForPhotosWithoutFaces() throws IOException {
        TryOnPage page = new TryOnPage(browser());
        List<Path> photos;
        try (Stream<Path> files = Files.list(LiveSite.testData().resolve("no-face"))) {
            photos = files.sorted().toList();
        }
        assertFalse(photos.isEmpty());
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Path photo : photos) {
            page.discard();
            page.recordStatus();
            page.choosePhoto(photo);
            String said = page.waitForStatus(NO_FACE);
            List<String> shown = page.statusTexts();
            System.out.println(photo.getFileName() + ": #status showed " + shown);
            checks.add(() -> assertNotNull(said, photo.getFileName() + ": no \"no face\" message; #status showed "
                    + shown));
        }
        assertAll(checks);
    }

    @Test
    @Order(3)
    void downloadsTheMaskedPhotoAtThePhotosSize() throws IOException {
        TryOnPage page = new TryOnPage(browser());
        Path photo = LiveSite.testData().resolve("faces/astronaut.png");
        // Prefer a mask that covers the nose and is not already chosen, so the click changes something.
        Map<String, Object> mask = Browser.asMap(browser().call("""
                const masks = MaskAI.masks();
                const checked = (document.querySelector('#mask-gallery input[name=mask]:checked') || {}).value;
                const score = m => (args[0].includes(m.category) ? 2 : 0) + (m.id !== checked ? 1 : 0);
                return T.plain(masks.reduce((best, m) => score(m) > score(best) ? m : best));
                """, NOSE_COVERING));
        String maskId = (String) mask.get("id");

        page.discard();
        page.recordStatus();
        page.choosePhoto(photo);
        page.waitForResult();
        page.pickMask(maskId);
        page.waitForResult();
        browser().screenshot(LiveSite.screenshots().resolve("after-try-on.png"));
        System.out.println("after choosing astronaut.png and " + maskId + ", #status says \"" + page.status() + "\"");
        Path downloaded = page.download();
        System.out.println("downloaded " + downloaded.getFileName() + " (" + Files.size(downloaded) + " bytes)");

        BufferedImage original = ImageIO.read(photo.toFile());
        BufferedImage result = ImageIO.read(downloaded.toFile());
        assertNotNull(result, downloaded + " is not an image ImageIO can read");
        assertEquals(original.getWidth() + "x" + original.getHeight(), result.getWidth() + "x" + result.getHeight(),
                "downloaded size");
        // Far from the face (the reference face spans x 178-273, y 69-177): untouched corners.
        assertTrue(Images.maxDifference(original, result, 0, 0, 64, 64) <= 2, "top-left corner changed");
        assertTrue(Images.maxDifference(original, result, 448, 448, 64, 64) <= 2, "bottom-right corner changed");
        if (NOSE_COVERING.contains(mask.get("category"))) {
            // Nose tip and mouth of the reference (landmarks 1 and 13) are at about (223, 131) and (223, 152).
            double nose = Images.meanDifference(original, result, 220, 128, 7, 7);
            double mouth = Images.meanDifference(original, result, 220, 149, 7, 7);
            assertAll(() -> assertTrue(nose > 8, "the nose looks unmasked: mean difference " + nose),
                    () -> assertTrue(mouth > 8, "the mouth looks unmasked: mean difference " + mouth));
        } else {
            double face = Images.meanDifference(original, result, 178, 69, 95, 108);
            assertTrue(face > 2, "the face looks unmasked: mean difference " + face);
        }
    }

    @Test
    @Order(4)
    void statusNamesTheMaskPickedLast() {
        TryOnPage page = new TryOnPage(browser());
        page.discard();
        page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
        page.waitForResult();
        Map<String, Object> names = Browser.asMap(browser().call(
                "return Object.fromEntries(MaskAI.masks().map(m => [m.id, m.name]));"));
        List<String> ids = page.maskIds();
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (String id : List.of(ids.get(ids.size() - 1), ids.get(0))) {
            page.pickMask(id);
            page.waitForResult();
            String status = page.status();
            List<Object> others = names.entrySet().stream().filter(e -> !e.getKey().equals(id))
                    .map(Map.Entry::getValue).filter(name -> status.contains((String) name)).toList();
            checks.add(() -> assertEquals(List.of(), others,
                    "after picking " + names.get(id) + ", #status names another mask: \"" + status + "\""));
        }
        assertAll(checks);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
