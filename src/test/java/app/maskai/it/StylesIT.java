package app.maskai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 15 §1: every portrait style, through {@code MaskAI.tryOn(image, {mask, style,
 * styleStrength})}, on the test photos. For each style and photo:
 * <ul>
 * <li>the output differs from the unstyled result (the same mask): mean channel difference over
 * the photo at least {@link #MIN_CHANGE};</li>
 * <li>strength 0 gives the unstyled result (within 1 a channel; the first style a photo, each
 * check costing a whole try-on);</li>
 * <li>the eyes and mouth keep more detail than the background. The measure ("detail kept"): the
 * normalised correlation of the Laplacian of luminance before and after the style, over a
 * region's pixels; the eyes' and mouth's regions (ellipses around each eye with its brow and around
 * the lips, from the landmarks MaskAI finds) against the background (farther than 1.5 face widths
 * from the face's middle). Their ratio must exceed 1 and is printed.</li>
 * </ul>
 * Writes target/contact-sheet/styles.png: a row a photo, the result then each style.
 */
public class StylesIT {
    @RegisterExtension
    static final LiveSite site = new LiveSite();

    static final List<String> STYLES = List.of("pencil", "ink", "oil", "watercolour", "halftone", "duotone");
    static final List<String> PHOTOS = List.of("faces/astronaut.png", "faces/camera.png");
    /** A large photo's styled edges against the small photo's style scaled up, at least. */
    static final double MIN_LARGE_EDGES = 0.85;
    /** Mean channel difference (0..255) a style must make over the whole photo. */
    static final double MIN_CHANGE = 8;

    private static Map<String, Object> out;

    @BeforeAll
    static void styleEveryPhoto() {
        out = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const [styles, photos] = args;
                const mask = 'surgical-blue';
                const lap = (px, w, h) => {
                  const l = new Float32Array(w * h), o = new Float32Array(w * h);
                  for (let p = 0; p < w * h; p++) l[p] = 0.299 * px.data[4 * p] + 0.587 * px.data[4 * p + 1] + 0.114 * px.data[4 * p + 2];
                  for (let y = 1; y < h - 1; y++) for (let x = 1; x < w - 1; x++) {
                    const p = y * w + x;
                    o[p] = 4 * l[p] - l[p - 1] - l[p + 1] - l[p - w] - l[p + w];
                  }
                  return o;
                };
                const ncc = (a, b, region) => {
                  let ab = 0, aa = 0, bb = 0;
                  for (let p = 0; p < a.length; p++) if (region[p]) { ab += a[p] * b[p]; aa += a[p] * a[p]; bb += b[p] * b[p]; }
                  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
                };
                // An ellipse around landmarks: their mean, half their spread each way, grown 1.4×.
                const around = (lm, ids, w, h, region) => {
                  let x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
                  for (const i of ids) { x0 = Math.min(x0, lm[i][0]); x1 = Math.max(x1, lm[i][0]); y0 = Math.min(y0, lm[i][1]); y1 = Math.max(y1, lm[i][1]); }
                  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, rx = (x1 - x0) * 0.7 + 2, ry = (y1 - y0) * 0.7 + 2;
                  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                    if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) region[y * w + x] = 1;
                  }
                };
                const EYES = [[33, 133, 159, 145, 70, 105, 107], [263, 362, 386, 374, 300, 334, 336]];
                const LIPS = [61, 291, 0, 17, 37, 267, 84, 314];
                const result = {rows: []};
                const sheetCell = 220;
                const sheet = T.canvas(sheetCell * (styles.length + 1), sheetCell * photos.length);
                const sctx = sheet.getContext('2d');
                for (const [row, path] of photos.entries()) {
                  const photo = await T.bitmap(path), w = photo.width, h = photo.height;
                  const face = (await MaskAI.detect(photo)).faces[0];
                  const features = new Uint8Array(w * h), background = new Uint8Array(w * h);
                  for (const ids of EYES) around(face.landmarks, ids, w, h, features);
                  around(face.landmarks, LIPS, w, h, features);
                  const fx = face.box.x + face.box.width / 2, fy = face.box.y + face.box.height / 2, reach = 1.5 * face.box.width;
                  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                    if (Math.hypot(x - fx, y - fy) > reach) background[y * w + x] = 1;
                  }
                  const plain = await F.tryOnPixels(photo, {mask});
                  const plainLap = lap(plain, w, h);
                  const crop = async (pixels, column) => {
                    const c = T.canvas(w, h); c.getContext('2d').putImageData(pixels, 0, 0);
                    const side = Math.min(w, h, face.box.width * 3.2);
                    sctx.drawImage(c, Math.max(0, fx - side / 2), Math.max(0, fy - side / 2), side, side,
                        column * sheetCell, row * sheetCell, sheetCell, sheetCell);
                  };
                  await crop(plain, 0);
                  for (const [k, style] of styles.entries()) {
                    const t0 = performance.now();
                    const styled = await F.tryOnPixels(photo, {mask, style});
                    const ms = performance.now() - t0;
                    // Strength 0, once a photo (each costs a whole try-on).
                    const none = k === 0 ? await F.tryOnPixels(photo, {mask, style, styleStrength: 0}) : plain;
                    let change = 0, zeroDiff = 0;
                    for (let i = 0; i < styled.data.length; i += 4) {
                      for (let c = 0; c < 3; c++) {
                        change += Math.abs(styled.data[i + c] - plain.data[i + c]);
                        zeroDiff = Math.max(zeroDiff, Math.abs(none.data[i + c] - plain.data[i + c]));
                      }
                    }
                    const styledLap = lap(styled, w, h);
                    result.rows.push({photo: path, style, ms, change: change / (3 * w * h), zeroDiff,
                        features: ncc(plainLap, styledLap, features), background: ncc(plainLap, styledLap, background)});
                    await crop(styled, k + 1);
                  }
                }
                result.sheet = sheet.toDataURL('image/png');
                let bad = null;
                try { await MaskAI.tryOn(await T.bitmap(photos[0]), {mask, style: 'cubist'}); } catch (e) { bad = String(e.message); }
                result.badStyle = bad;
                result.listed = MaskAI.styles().map(s => s.id);
                return result;
                """, STYLES, PHOTOS));
        Images.writeDataUrl((String) out.remove("sheet"), LiveSite.buildDir().resolve("contact-sheet/styles.png"));
        System.out.println("portrait styles: change (mean channel difference), detail kept (Laplacian correlation)"
                + " in the eyes and mouth against the background, and their ratio");
        for (Object row : (List<?>) out.get("rows")) {
            Map<String, Object> r = Browser.asMap(row);
            System.out.printf("  %-22s %-12s change %5.1f  eyes+mouth %.3f  background %.3f  ratio %5.2f  %5.0f ms%n",
                    r.get("photo"), r.get("style"), number(r.get("change")), number(r.get("features")),
                    number(r.get("background")), number(r.get("features")) / number(r.get("background")),
                    number(r.get("ms")));
        }
    }

    @Test
    void everyStyleChangesThePhotoAndStrengthZeroChangesNothing() {
        List<Executable> checks = new ArrayList<>();
        for (Object row : (List<?>) out.get("rows")) {
            Map<String, Object> r = Browser.asMap(row);
            String what = r.get("photo") + ", " + r.get("style");
            checks.add(() -> assertTrue(number(r.get("change")) >= MIN_CHANGE, what + ": the style changed the result by "
                    + number(r.get("change")) + " a channel on average (at least " + MIN_CHANGE + ")"));
            checks.add(() -> assertTrue(number(r.get("zeroDiff")) <= 1, what + ": strength 0 differs from the unstyled"
                    + " result by up to " + r.get("zeroDiff")));
        }
        assertEquals(STYLES.size() * PHOTOS.size(), ((List<?>) out.get("rows")).size());
        assertAll(checks);
    }

    @Test
    void theEyesAndMouthKeepMoreDetailThanTheBackground() {
        List<Executable> checks = new ArrayList<>();
        for (Object row : (List<?>) out.get("rows")) {
            Map<String, Object> r = Browser.asMap(row);
            double features = number(r.get("features"));
            double background = number(r.get("background"));
            checks.add(() -> assertTrue(features > background, String.format("%s, %s: detail kept in the eyes and mouth"
                    + " %.3f, in the background %.3f", r.get("photo"), r.get("style"), features, background)));
        }
        assertAll(checks);
    }

    /**
     * A photo larger than a style's working size (core.style.PortraitStyle.workPixels) is styled at
     * that size and brought back by joint bilateral upsampling: the result has the photo's size,
     * the style changes it as much as on a small photo, and the style's edges follow the photo's
     * about as well as the same style made on the small photo and scaled up by the canvas (its
     * high-quality smoothing): the normalised correlation of the gradient magnitude of the styled
     * result with the plain result's, at full size, at least {@link #MIN_LARGE_EDGES} of the scaled
     * one's (measured 0.90-1.40: the halftone's dots follow the photo's edges better, the pencil's
     * and oil's strokes, made at 632² and 400² against 512², a little less). Writes
     * target/contact-sheet/styles-large.png (the eyes, full size: plain, then each style).
     */
    @Test
    void aLargePhotoIsStyledAtTheWorkingSizeWithItsEdgesKept() {
        Map<String, Object> big = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const photo = await T.bitmap('faces/astronaut.png');
                const side = 3 * photo.width;
                const c = T.canvas(side, side), ctx = c.getContext('2d');
                ctx.imageSmoothingQuality = 'high';
                ctx.drawImage(photo, 0, 0, side, side);
                const large = await createImageBitmap(c);
                const mask = 'surgical-blue';
                const plain = await F.tryOnPixels(large, {mask});
                const gradient = px => {
                  const w = px.width, h = px.height, d = px.data, g = new Float32Array(w * h);
                  const l = p => 0.299 * d[4 * p] + 0.587 * d[4 * p + 1] + 0.114 * d[4 * p + 2];
                  for (let y = 1; y < h - 1; y++) for (let x = 1; x < w - 1; x++) {
                    const p = y * w + x;
                    g[p] = Math.hypot(l(p + 1) - l(p - 1), l(p + w) - l(p - w));
                  }
                  return g;
                };
                const corr = (a, b) => {
                  let ab = 0, aa = 0, bb = 0, ma = 0, mb = 0;
                  for (let i = 0; i < a.length; i++) { ma += a[i]; mb += b[i]; }
                  ma /= a.length; mb /= b.length;
                  for (let i = 0; i < a.length; i++) { ab += (a[i] - ma) * (b[i] - mb); aa += (a[i] - ma) ** 2; bb += (b[i] - mb) ** 2; }
                  return ab / Math.sqrt(aa * bb);
                };
                const plainEdges = gradient(plain);
                const sheet = T.canvas(4 * 300, 300), sctx = sheet.getContext('2d');
                const crop = (pixels, column) => {
                  const k = T.canvas(pixels.width, pixels.height); k.getContext('2d').putImageData(pixels, 0, 0);
                  sctx.drawImage(k, 0.33 * side, 0.1 * side, 300, 300, column * 300, 0, 300, 300);
                };
                crop(plain, 0);
                const rows = [];
                for (const [k, style] of ['pencil', 'oil', 'halftone'].entries()) {
                  const t0 = performance.now();
                  const styled = await F.tryOnPixels(large, {mask, style});
                  const ms = performance.now() - t0;
                  // The same style on the small photo, scaled up by the canvas: what plain upsampling gives.
                  const small = await T.bitmap(await MaskAI.tryOn(photo, {mask, style}));
                  const up = T.canvas(side, side);
                  up.getContext('2d').imageSmoothingQuality = 'high';
                  up.getContext('2d').drawImage(small, 0, 0, side, side);
                  const scaled = up.getContext('2d').getImageData(0, 0, side, side);
                  let change = 0;
                  for (let p = 0; p < side * side; p++) for (let c = 0; c < 3; c++) change += Math.abs(styled.data[4 * p + c] - plain.data[4 * p + c]);
                  rows.push({style, ms, width: styled.width, change: change / (3 * side * side),
                      edges: corr(gradient(styled), plainEdges), scaledEdges: corr(gradient(scaled), plainEdges)});
                  crop(styled, k + 1);
                }
                return {side, rows, sheet: sheet.toDataURL('image/png')};
                """));
        Images.writeDataUrl((String) big.remove("sheet"), LiveSite.buildDir().resolve("contact-sheet/styles-large.png"));
        int side = ((Number) big.get("side")).intValue();
        List<Executable> checks = new ArrayList<>();
        for (Object row : (List<?>) big.get("rows")) {
            Map<String, Object> r = Browser.asMap(row);
            System.out.printf("a %d² photo, %s: %.0f ms, changed by %.1f, edges with the photo's %.3f (the small"
                    + " photo's style scaled up: %.3f)%n", side, r.get("style"), number(r.get("ms")), number(r.get("change")),
                    number(r.get("edges")), number(r.get("scaledEdges")));
            checks.add(() -> assertEquals(side, number(r.get("width")), 0, r.get("style") + ": the result's size"));
            checks.add(() -> assertTrue(number(r.get("change")) >= MIN_CHANGE, r.get("style") + ": changed by "
                    + r.get("change")));
            checks.add(() -> assertTrue(number(r.get("edges")) >= MIN_LARGE_EDGES * number(r.get("scaledEdges")),
                    r.get("style") + ": the edges follow the photo's by " + r.get("edges") + ", the small photo's style"
                    + " scaled up's by " + r.get("scaledEdges")));
        }
        assertAll(checks);
    }

    @Test
    void theApiListsTheStylesAndRefusesAnUnknownOne() {
        assertEquals(STYLES, out.get("listed"));
        String bad = (String) out.get("badStyle");
        assertTrue(bad != null && bad.contains("options.style must be one of pencil, ink, oil, watercolour, halftone,"
                + " duotone"), "an unknown style is refused with the list: " + bad);
    }

    /**
     * The page's "Style and more": a person picks a style for the photo on show and the result is
     * drawn again with it; strength 0 and "None" give the plain result back. axe-core finds no
     * violation in the section.
     */
    @Test
    void aPersonPicksAStyleAndItsStrengthOnThePage() throws Exception {
        Browser browser = site.browser();
        TryOnPage page = new TryOnPage(browser);
        page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
        page.waitForResult();
        page.resultDifference(true);
        AuditSession session = new AuditSession(browser);
        session.pickStyle("halftone");
        double styled = page.resultDifference(false);
        browser.screenshot(LiveSite.screenshots().resolve("style-halftone.png"));
        browser.execute("const s = document.getElementById('style-strength'); s.value = '0';"
                + " s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));");
        page.waitForResult();
        browser.waitFor(java.time.Duration.ofSeconds(30), "the result drawn at strength 0",
                d -> page.resultDifference(false) < 1.5);
        double atZero = page.resultDifference(false);
        String said = (String) browser.execute("return document.getElementById('status').textContent;");
        List<String> axe = Axe.within(browser, "Style and more", "#style-more");
        session.pickStyle("");
        double none = page.resultDifference(false);
        System.out.printf("the page: halftone changed the result by %.1f a channel; strength 0 left %.2f, None %.2f;"
                + " #status said \"%s\"%n", styled, atZero, none, said);
        assertAll(
                () -> assertTrue(styled >= MIN_CHANGE, "the halftone style changed the result by " + styled),
                () -> assertTrue(atZero < 1.5, "strength 0 leaves the plain result: " + atZero),
                () -> assertTrue(none < 1.5, "None gives the plain result back: " + none),
                () -> assertTrue(said.contains("Pop-art halftone at 0 %"), "#status says the style: " + said),
                () -> assertEquals(List.of(), axe, "axe-core in Style and more"));
    }

    /** Types {@code words} into "Say what to change", presses Enter, and returns what the page said. */
    static String say(Browser browser, TryOnPage page, String words) {
        Object before = browser.execute("return document.getElementById('result').getAttribute('data-drawn');");
        org.openqa.selenium.WebElement box = browser.find("#command");
        box.clear();
        box.sendKeys(words + org.openqa.selenium.Keys.ENTER);
        browser.waitInPage(java.time.Duration.ofSeconds(30), "the command '" + words + "' done",
                "return $('#command').value === '';");
        if (page != null) {
            browser.waitInPage(java.time.Duration.ofSeconds(60), "the result drawn after '" + words + "'",
                    "return $('#result').getAttribute('data-drawn') !== args[0];", before);
            page.waitForResult();
        }
        return (String) browser.execute("return document.getElementById('command-said').textContent;");
    }

    private static Map<String, Object> controls(Browser browser) {
        return Browser.asMap(browser.execute("""
                const checked = document.querySelector('#mask-gallery input[name=mask]:checked');
                return {mask: checked && checked.value, scale: document.getElementById('adjust-scale').value,
                    style: document.getElementById('style-choice').value,
                    strength: document.getElementById('style-strength').value};
                """));
    }

    /**
     * Issue 15 §4 on the page: commands in words change the page's own controls (the gallery's
     * mask, the fit's size, the style and its strength), say what they did, "undo" takes each back,
     * hairstyles are named as not there yet and an unknown word is reported; suggestions follow
     * what is typed; axe-core finds no violation in the box.
     */
    @Test
    void aPersonSaysWhatToChange() throws Exception {
        Browser browser = site.browser();
        TryOnPage page = new TryOnPage(browser);
        page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
        page.waitForResult();
        page.pickMask("surgical-blue");
        page.waitForResult();
        Map<String, Object> start = controls(browser);
        String first = say(browser, page, "red tartan mask, a bit bigger");
        Map<String, Object> afterFirst = controls(browser);
        String second = say(browser, page, "sketch style at 60%");
        Map<String, Object> afterSecond = controls(browser);
        browser.screenshot(LiveSite.screenshots().resolve("command.png"));
        String undone = say(browser, page, "undo");
        Map<String, Object> afterUndo = controls(browser);
        say(browser, page, "undo");
        Map<String, Object> afterTwoUndos = controls(browser);
        String unclear = say(browser, null, "mohawk haircut, frobnicate");
        browser.find("#command").sendKeys("penc");
        browser.waitFor(java.time.Duration.ofSeconds(5), "suggestions for 'penc'", d -> Boolean.TRUE.equals(browser.execute(
                "return document.querySelectorAll('#command-suggestions option').length > 0;")));
        Object suggested = browser.execute("return Array.from(document.querySelectorAll('#command-suggestions option'))"
                + ".map(o => o.value);");
        List<String> axe = Axe.within(browser, "Say what to change", "#command-form");
        Map<String, Object> api = Browser.asMap(browser.call("return await MaskAI.command('much bigger, then undo');"));
        String refused = (String) browser.call("try { await MaskAI.command(42); return null; } catch (e) { return e.message; }");
        browser.find("#command").clear();
        System.out.printf("commands: %s → %s; %s → %s; undo → %s; undo → %s%n  said: %s | %s | %s | %s%n"
                + "  suggested for 'penc': %s%n", "red tartan mask, a bit bigger", afterFirst, "sketch style at 60%",
                afterSecond, afterUndo, afterTwoUndos, first, second, undone, unclear, suggested);
        assertAll(
                () -> assertEquals(List.of("surgical-blue", "100", ""), List.of(start.get("mask"), start.get("scale"),
                        start.get("style"))),
                () -> assertEquals(Map.of("mask", "cloth-red-tartan", "scale", "105", "style", "",
                        "strength", start.get("strength")), afterFirst),
                () -> assertEquals(Map.of("mask", "cloth-red-tartan", "scale", "105", "style", "pencil",
                        "strength", "60"), afterSecond),
                () -> assertEquals(afterFirst, afterUndo, "the first undo takes the style back"),
                () -> assertEquals(start, afterTwoUndos, "the second undo takes the mask and size back"),
                () -> assertEquals("Done: mask Cloth, red tartan, size 105 %.", first),
                () -> assertEquals("Done: pencil sketch style, style strength 60 %.", second),
                () -> assertEquals("Done: the last change taken back.", undone),
                () -> assertEquals("Hairstyles: bob, pixie, long-waves, curly, bun, ponytail. Not understood: “mohawk”,"
                        + " “frobnicate”.", unclear),
                () -> assertTrue(((List<?>) suggested).contains("pencil sketch style"), "suggested: " + suggested),
                () -> assertEquals(List.of(), axe, "axe-core in Say what to change"),
                () -> assertEquals(List.of("size ×1.25", "undo"), api.get("operations"), "MaskAI.command: " + api),
                () -> assertEquals("Done: the change before it taken back.", api.get("said"), "MaskAI.command: " + api),
                () -> assertTrue(refused != null && refused.contains("give the command as a string"), "refused: " + refused));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
