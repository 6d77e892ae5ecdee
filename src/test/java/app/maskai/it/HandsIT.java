package app.maskai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13 §1: a hand in front of a face stays in front of the mask. A fist of public-domain
 * origin (testdata/occluders/fist.png, see SOURCES.md) is drawn over the astronaut's mouth by
 * script. {@code MaskAI.detect(image, {hands: true})} must find it where it was drawn, find none
 * on the photo without it, and still find the face under it; {@code MaskAI.tryOn(image, {mask,
 * occlusion: true})} must keep the fist's pixels under each mask the photo's own (≥ 90 %) and
 * leave the rest of the mask drawn (≥ 95 % of its solid inside, away from the fist's edge), the
 * issue's two measures. Writes target/screenshots/occlusion-&lt;mask&gt;.png: the photo, the mask
 * without occlusion, and with it.
 */
public class HandsIT {
    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** The fist drawn this many times its size, centred here on the astronaut (over mouth and chin), as F.withFist draws it. */
    static final double FIST_SCALE = 1.8;
    static final double[] FIST_CENTRE = {230, 162};
    /** A found hand matches the drawn fist when their boxes overlap by this IoU. */
    static final double MIN_IOU = 0.5;
    /** Issue 13's measures: the fist's pixels under the mask that keep the photo's colour, and the mask's own that stay drawn. */
    static final double MIN_OCCLUDER_KEPT = 0.90;
    static final double MIN_MASK_KEPT = 0.95;
    /** Two pixels are the same colour within this, per channel (the result is a PNG of the same photo). */
    static final int SAME = 12;
    static final List<String> MASKS = List.of("surgical-blue", "n95-white", "cloth-red-tartan", "kn95-white");

    private static Map<String, Object> out;

    @BeforeAll
    static void findHands() {
        out = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const photo = await T.bitmap('faces/astronaut.png'), w = photo.width, h = photo.height;
                const {canvas: composite, fist: alone} = await F.withFist(photo);
                const a = alone.getContext('2d').getImageData(0, 0, w, h).data;
                let x0 = w, y0 = h, x1 = 0, y1 = 0;
                for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (a[4 * (y * w + x) + 3] > 127) {
                  x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x + 1); y1 = Math.max(y1, y + 1);
                }
                const t0 = performance.now();
                const withFist = await MaskAI.detect(composite, {hands: true});
                const t1 = performance.now();
                const again = await MaskAI.detect(composite, {hands: true});
                const t2 = performance.now();
                const facesOnly = await MaskAI.detect(composite);
                const t3 = performance.now();
                const plain = await MaskAI.detect(photo, {hands: true});
                // Occlusion: the fist's own pixels must stay the photo's; the rest of the mask must stay drawn.
                const occlusion = {};
                for (const id of args[1]) {
                  occlusion[id] = await F.occlusionKept(composite, alone, id, args[0], [140, 80, 180]);
                }
                return {occlusion,
                        drawn: {x: x0, y: y0, width: x1 - x0, height: y1 - y0},
                        hands: withFist.hands, faces: withFist.faces.length, plainHands: plain.hands,
                        plainFaces: plain.faces.length, againHands: again.hands.length, noHandsKey: 'hands' in facesOnly,
                        firstMs: t1 - t0, laterMs: t2 - t1, facesOnlyMs: t3 - t2};
                """, SAME, MASKS));
        System.out.println("hands: " + out.get("hands") + " on the fist, " + out.get("plainHands") + " without it");
        System.out.printf("detect with hands: first %.0f ms (the hand detector loaded), later %.0f ms; faces only %.0f ms%n",
                number(out.get("firstMs")), number(out.get("laterMs")), number(out.get("facesOnlyMs")));
    }

    @Test
    void aFistOverTheMouthIsFoundWhereItWasDrawn() {
        Map<String, Object> drawn = Browser.asMap(out.get("drawn"));
        List<?> hands = (List<?>) out.get("hands");
        double best = 0;
        for (Object h : hands) {
            best = Math.max(best, iou(Browser.asMap(Browser.asMap(h).get("box")), drawn));
        }
        double bestIou = best;
        assertAll(
                () -> assertTrue(bestIou >= MIN_IOU, String.format("no hand found over the drawn fist %s (best IoU %.2f,"
                        + " at least %.2f): %s", drawn, bestIou, MIN_IOU, hands)),
                () -> assertEquals(1L, out.get("faces"), "the face behind the fist is still found"),
                () -> assertEquals((long) hands.size(), out.get("againHands"), "the same hands a second time"),
                () -> assertEquals(false, out.get("noHandsKey"), "hands are looked for only when asked"));
    }

    @Test
    void thePhotoWithoutTheFistHasNoHand() {
        assertAll(
                () -> assertEquals(List.of(), out.get("plainHands"), "hands found on the astronaut without the fist"),
                () -> assertEquals(1L, out.get("plainFaces")));
    }

    @Test
    void theFistStaysInFrontOfEveryMaskAndTheRestOfTheMaskStaysDrawn() {
        Map<String, Object> occlusion = Browser.asMap(out.get("occlusion"));
        System.out.println("occlusion: a fist over the mouth, under each mask's solid inside");
        assertAll(occlusionChecks(occlusion, "fist", "occlusion-", 200));
    }

    /**
     * Issue 13's finger over the cheek (F.withFinger: the public-domain fist beside the chin, its
     * finger stretched up over the mask to the cheek, past the box the hand detector gives): the
     * finger's pixels under each mask keep the photo's colour (≥ 90 %) and the rest of the mask
     * stays drawn (≥ 95 %). Writes target/screenshots/finger-&lt;mask&gt;.png.
     */
    @Test
    void aFingerOverTheCheekStaysInFrontOfEveryMask() {
        Map<String, Object> finger = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const photo = await T.bitmap('faces/astronaut.png'), w = photo.width, h = photo.height;
                const {canvas: composite, finger: alone} = await F.withFinger(photo);
                const hands = (await MaskAI.detect(composite, {hands: true})).hands;
                const out = {hands};
                for (const id of args[1]) {
                  out[id] = await F.occlusionKept(composite, alone, id, args[0], [110, 60, 200]);
                }
                return out;
                """, SAME, MASKS));
        System.out.println("occlusion: a finger over the cheek, under each mask's solid inside; hands found: "
                + finger.get("hands"));
        assertAll(occlusionChecks(finger, "finger", "finger-", 100));
    }

    /**
     * Prints each mask's measures of F.occlusionKept in {@code results} (by mask id), writes its
     * picture to target/screenshots/&lt;prefix&gt;&lt;mask&gt;.png, and returns issue 13's checks: the
     * occluder ({@code what}) under the mask (more than {@code minFront} px, over 90 % covered
     * without occlusion) keeps the photo's colour, and the rest of the mask stays drawn.
     */
    private static List<org.junit.jupiter.api.function.Executable> occlusionChecks(Map<String, Object> results,
            String what, String prefix, double minFront) {
        List<org.junit.jupiter.api.function.Executable> checks = new java.util.ArrayList<>();
        for (String id : MASKS) {
            Map<String, Object> m = Browser.asMap(results.get(id));
            Images.writeDataUrl((String) m.remove("picture"), LiveSite.screenshots().resolve(prefix + id + ".png"));
            double front = number(m.get("front"));
            double frontKept = number(m.get("frontKept")) / front;
            double covered = number(m.get("frontCovered")) / front;
            double restKept = number(m.get("restKept")) / number(m.get("rest"));
            System.out.printf("  %-18s %s kept %5.1f %% of %4.0f px, rest of mask drawn %5.1f %% of %5.0f px, %s under"
                    + " the mask without occlusion %5.1f %%, tryOn %.0f→%.0f ms%n", id, what, 100 * frontKept, front,
                    100 * restKept, number(m.get("rest")), what, 100 * covered, number(m.get("withoutMs")),
                    number(m.get("withMs")));
            checks.add(() -> assertTrue(front > minFront && covered > 0.9, id + ": the test needs the mask over the "
                    + what + " without occlusion: " + m));
            checks.add(() -> assertTrue(frontKept >= MIN_OCCLUDER_KEPT, String.format("%s: %.1f %% of the %s's pixels"
                    + " under the mask keep the photo's colour (at least %.0f %%)", id, 100 * frontKept, what,
                    100 * MIN_OCCLUDER_KEPT)));
            checks.add(() -> assertTrue(restKept >= MIN_MASK_KEPT, String.format("%s: %.1f %% of the mask away from the"
                    + " %s stays drawn (at least %.0f %%)", id, 100 * restKept, what, 100 * MIN_MASK_KEPT)));
        }
        return checks;
    }

    /**
     * The page: a person chooses the photo with the fist, turns on "Keep hands in front of the
     * mask", and the fist comes back in front of the mask on screen (and goes under it again when
     * turned off).
     */
    @Test
    void aPersonKeepsTheirHandInFrontWithTheSwitch() throws Exception {
        java.nio.file.Path file = fistOverMouth("it-hands");

        Browser browser = site.browser();
        TryOnPage page = new TryOnPage(browser);
        page.choosePhoto(file);
        page.waitForResult();
        double off = fistDifference(browser);
        page.recordStatus();
        browser.find("#hands-in-front").click();
        String said = page.waitForStatus(java.util.regex.Pattern.compile("(?i)hand is in front"));
        page.waitForResult();
        double on = fistDifference(browser);
        browser.screenshot(LiveSite.screenshots().resolve("hands-in-front.png"));
        browser.find("#hands-in-front").click();
        page.waitForResult();
        double offAgain = fistDifference(browser);
        System.out.printf("the page: the fist's middle differs from the photo by %.1f (switch off), %.1f (on), %.1f (off"
                + " again); #status said %s%n", off, on, offAgain, said);
        assertAll(
                () -> assertTrue(off > 30, "with the switch off the mask covers the fist: " + off),
                () -> assertTrue(on < 6, "with the switch on the fist is the photo's own: " + on),
                () -> assertTrue(offAgain > 30, "off again, the mask is over the fist again: " + offAgain),
                () -> assertTrue(said != null, "#status says a hand is in front: " + page.statusTexts()));
    }

    /** Mean channel difference between #result and the chosen photo over the fist's middle (205..255, 145..170). */
    private static double fistDifference(Browser browser) {
        return ((Number) browser.call("""
                const canvas = document.getElementById('result');
                const copy = T.canvas(canvas.width, canvas.height);
                copy.getContext('2d').drawImage(canvas, 0, 0);
                const shown = copy.getContext('2d').getImageData(205, 145, 50, 25).data;
                const file = document.getElementById('photo-input').files[0];
                const photo = T.canvas(canvas.width, canvas.height);
                photo.getContext('2d').drawImage(await createImageBitmap(file), 0, 0);
                const own = photo.getContext('2d').getImageData(205, 145, 50, 25).data;
                let sum = 0;
                for (let i = 0; i < shown.length; i += 4) {
                  sum += Math.abs(shown[i] - own[i]) + Math.abs(shown[i + 1] - own[i + 1]) + Math.abs(shown[i + 2] - own[i + 2]);
                }
                return sum / (shown.length / 4 * 3);
                """)).doubleValue();
    }

    private static double iou(Map<String, Object> a, Map<String, Object> b) {
        double ax0 = number(a.get("x"));
        double ay0 = number(a.get("y"));
        double ax1 = ax0 + number(a.get("width"));
        double ay1 = ay0 + number(a.get("height"));
        double bx0 = number(b.get("x"));
        double by0 = number(b.get("y"));
        double bx1 = bx0 + number(b.get("width"));
        double by1 = by0 + number(b.get("height"));
        double iw = Math.max(0, Math.min(ax1, bx1) - Math.max(ax0, bx0));
        double ih = Math.max(0, Math.min(ay1, by1) - Math.max(ay0, by0));
        double inter = iw * ih;
        return inter / ((ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter);
    }

    /**
     * The astronaut with the fist over her mouth, as F.withFist draws it, written to a PNG in
     * target/{@code folder}/ (a folder of the caller's own: test classes run two at a time).
     */
    public static java.nio.file.Path fistOverMouth(String folder) throws java.io.IOException {
        java.awt.image.BufferedImage photo = javax.imageio.ImageIO.read(LiveSite.testData().resolve("faces/astronaut.png").toFile());
        java.awt.image.BufferedImage fist = javax.imageio.ImageIO.read(LiveSite.testData().resolve("occluders/fist.png").toFile());
        java.awt.Graphics2D g = photo.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double fw = fist.getWidth() * FIST_SCALE;
        double fh = fist.getHeight() * FIST_SCALE;
        g.drawImage(fist, (int) Math.round(FIST_CENTRE[0] - fw / 2), (int) Math.round(FIST_CENTRE[1] - fh / 2),
                (int) Math.round(fw), (int) Math.round(fh), null);
        g.dispose();
        java.nio.file.Path file = java.nio.file.Files.createDirectories(LiveSite.buildDir().resolve(folder))
                .resolve("fist-over-mouth.png");
        javax.imageio.ImageIO.write(photo, "png", file.toFile());
        return file;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
