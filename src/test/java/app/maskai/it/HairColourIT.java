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
 * Issue 15 §3: every hair colour, and a custom one, through {@code MaskAI.tryOn(image, {mask,
 * hair})} with the face's mask switched off, on the test photos, against the same try-on without. Regions come from the landmarks
 * MaskAI finds: the hair's (outside the face oval grown by 8 %, above the eyes' line, within a face
 * width of the face's middle), the face's (the oval drawn in to 80 %, below the brows: a fringe may
 * fall to them), the eyes' and mouth's (ellipses around each eye and the lips, as StylesIT's
 * without the brows) and the background (beyond 1.5 face widths). For each:
 * <ul>
 * <li>the hair changes where it should, to the colour chosen: more than a fifth of the hair region
 * changes, and the mean colour of what changed comes nearer the chosen colour (its RGB distance from
 * it at most {@link #MAX_DISTANCE_LEFT} of what it was; a strand keeps its own light, so never 0);
 * the mean channel difference there is printed;</li>
 * <li>nothing else changes: the face, the eyes and mouth and the background within 1 a channel;</li>
 * <li>the hair keeps its own light: the normalised correlation of the Laplacian of luminance before
 * and after over the changed hair pixels (the strands' light and shade) is at least {@link
 * #MIN_LIGHT_KEPT}; the eyes' and mouth's is 1 (untouched), so they keep more detail than the
 * hair, the part of the picture this effect changes.</li>
 * </ul>
 * Writes target/contact-sheet/hair.png: a row a photo, the plain result then each colour.
 */
public class HairColourIT {
    @RegisterExtension
    static final LiveSite site = new LiveSite();

    static final List<String> COLOURS = List.of("black", "dark-brown", "chestnut", "auburn", "copper", "blonde",
            "platinum", "silver", "pink", "blue", "#12ab9f");
    static final List<String> PHOTOS = List.of("faces/astronaut.png", "faces/camera.png");
    /** The hair's mean colour's distance from the chosen colour, after against before, at most. */
    static final double MAX_DISTANCE_LEFT = 0.7;
    static final double MIN_LIGHT_KEPT = 0.5;

    private static final List<Map<String, Object>> rows = new ArrayList<>();
    private static Map<String, Object> out;

    @BeforeAll
    static void colourEveryPhotosHair() {
        out = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const [colours, photos] = args;
                const mask = 'surgical-blue';
                const lum = (d, p) => 0.299 * d[4 * p] + 0.587 * d[4 * p + 1] + 0.114 * d[4 * p + 2];
                const lap = (px, w, h) => {
                  const o = new Float32Array(w * h);
                  for (let y = 1; y < h - 1; y++) for (let x = 1; x < w - 1; x++) {
                    const p = y * w + x;
                    o[p] = 4 * lum(px.data, p) - lum(px.data, p - 1) - lum(px.data, p + 1) - lum(px.data, p - w) - lum(px.data, p + w);
                  }
                  return o;
                };
                const inside = (poly, x, y) => {
                  let c = false;
                  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
                    const [xi, yi] = poly[i], [xj, yj] = poly[j];
                    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) c = !c;
                  }
                  return c;
                };
                const EYES = [[33, 133, 159, 145], [263, 362, 386, 374]];
                const LIPS = [61, 291, 0, 17, 37, 267, 84, 314];
                const cell = 200;
                const sheet = T.canvas(cell * (colours.length + 1), cell * photos.length);
                const sctx = sheet.getContext('2d');
                const result = {rows: []};
                for (const [row, path] of photos.entries()) {
                  const photo = await T.bitmap(path), w = photo.width, h = photo.height;
                  const face = (await MaskAI.detect(photo)).faces[0], lm = face.landmarks;
                  const oval = F.OVAL.map(i => lm[i]);
                  const mx = oval.reduce((a, p) => a + p[0], 0) / oval.length, my = oval.reduce((a, p) => a + p[1], 0) / oval.length;
                  const grown = oval.map(p => [mx + 1.08 * (p[0] - mx), my + 1.08 * (p[1] - my)]);
                  const shrunk = oval.map(p => [mx + 0.8 * (p[0] - mx), my + 0.8 * (p[1] - my)]);
                  const eyeLine = (lm[33][1] + lm[263][1]) / 2, fw = face.box.width;
                  const brows = Math.max(lm[105][1], lm[334][1]); // a fringe may reach the brows
                  const region = new Uint8Array(w * h); // 1 hair, 2 face, 3 eyes and mouth, 4 background
                  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                    const p = y * w + x, d = Math.hypot(x - mx, y - my);
                    if (inside(shrunk, x + 0.5, y + 0.5)) region[p] = y > brows ? 2 : 0;
                    else if (!inside(grown, x + 0.5, y + 0.5) && y < eyeLine && d < fw) region[p] = 1;
                    else if (d > 1.5 * fw) region[p] = 4;
                  }
                  for (const ids of [...EYES, LIPS]) {
                    let x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
                    for (const i of ids) { x0 = Math.min(x0, lm[i][0]); x1 = Math.max(x1, lm[i][0]); y0 = Math.min(y0, lm[i][1]); y1 = Math.max(y1, lm[i][1]); }
                    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, rx = (x1 - x0) * 0.7 + 2, ry = (y1 - y0) * 0.7 + 2;
                    for (let y = Math.floor(cy - ry); y <= cy + ry; y++) for (let x = Math.floor(cx - rx); x <= cx + rx; x++) {
                      if (x >= 0 && y >= 0 && x < w && y < h && ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) region[y * w + x] = 3;
                    }
                  }
                  const bare = [{enabled: false}]; // no mask: the face must come out exactly as it went in
                  const plain = await F.tryOnPixels(photo, {mask, faces: bare});
                  const plainLap = lap(plain, w, h);
                  const side = Math.min(w, h, fw * 2.6);
                  const crop = (pixels, column) => {
                    const c = T.canvas(w, h); c.getContext('2d').putImageData(pixels, 0, 0);
                    sctx.drawImage(c, Math.max(0, mx - side / 2), Math.max(0, my - side * 0.6), side, side,
                        column * cell, row * cell, cell, cell);
                  };
                  crop(plain, 0);
                  for (const [k, colour] of colours.entries()) {
                    const t0 = performance.now();
                    const dyed = await F.tryOnPixels(photo, {mask, hair: colour, faces: bare});
                    const ms = performance.now() - t0;
                    const dyedLap = lap(dyed, w, h);
                    const sums = [0, 0, 0, 0, 0], counts = [0, 0, 0, 0, 0];
                    let changed = 0, changedSum = 0, ab = 0, aa = 0, bb = 0, eyesMax = 0;
                    const before = [0, 0, 0], after = [0, 0, 0];
                    for (let p = 0; p < w * h; p++) {
                      let d = 0;
                      for (let c = 0; c < 3; c++) d += Math.abs(dyed.data[4 * p + c] - plain.data[4 * p + c]) / 3;
                      sums[region[p]] += d; counts[region[p]]++;
                      if (region[p] === 3) eyesMax = Math.max(eyesMax, d);
                      if (region[p] === 1 && d > 2) {
                        changed++; changedSum += d;
                        for (let c = 0; c < 3; c++) { before[c] += plain.data[4 * p + c]; after[c] += dyed.data[4 * p + c]; }
                        ab += plainLap[p] * dyedLap[p]; aa += plainLap[p] ** 2; bb += dyedLap[p] ** 2;
                      }
                    }
                    const hex = colour.startsWith('#') ? colour : MaskAI.hairColours().find(c => c.id === colour).colour;
                    const target = [1, 3, 5].map(i => parseInt(hex.substr(i, 2), 16));
                    const far = m => Math.hypot(...m.map((v, c) => v / Math.max(1, changed) - target[c]));
                    result.rows.push({photo: path, colour, ms, hairShare: changed / Math.max(1, counts[1]),
                        towards: far(before) > 0 ? far(after) / far(before) : 0, fromTarget: far(before),
                        hairChange: changedSum / Math.max(1, changed), face: sums[2] / counts[2], eyes: eyesMax,
                        background: counts[4] ? sums[4] / counts[4] : 0,
                        light: aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0});
                    crop(dyed, k + 1);
                  }
                }
                result.sheet = sheet.toDataURL('image/png');
                result.listed = MaskAI.hairColours().map(c => c.id);
                result.bad = null;
                try { await MaskAI.tryOn(await T.bitmap(photos[0]), {mask, hair: 'green'}); } catch (e) { result.bad = String(e.message); }
                return result;
                """, COLOURS, PHOTOS));
        Images.writeDataUrl((String) out.remove("sheet"), LiveSite.buildDir().resolve("contact-sheet/hair.png"));
        System.out.println("hair colours: the hair region's changed share and change there (mean channel difference),"
                + " the face, eyes and mouth (largest) and background changes, the strands' light kept (Laplacian"
                + " correlation)");
        for (Object row : (List<?>) out.get("rows")) {
            Map<String, Object> r = Browser.asMap(row);
            rows.add(r);
            System.out.printf("  %-20s %-11s hair %4.0f %% changed by %5.1f, distance to the colour %5.1f → ×%.2f"
                    + "  face %4.2f  eyes+mouth %4.1f  background %4.2f  light kept %.3f  %5.0f ms%n", r.get("photo"),
                    r.get("colour"), 100 * number(r.get("hairShare")), number(r.get("hairChange")),
                    number(r.get("fromTarget")), number(r.get("towards")), number(r.get("face")),
                    number(r.get("eyes")), number(r.get("background")), number(r.get("light")), number(r.get("ms")));
        }
    }

    @Test
    void everyColourChangesTheHairAndNothingElse() {
        List<Executable> checks = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String what = r.get("photo") + ", " + r.get("colour");
            checks.add(() -> assertTrue(number(r.get("hairShare")) > 0.2, what + ": the hair changed over "
                    + number(r.get("hairShare")) + " of its region"));
            checks.add(() -> assertTrue(number(r.get("towards")) <= MAX_DISTANCE_LEFT, what + ": the hair's mean colour"
                    + " is " + number(r.get("towards")) + " of its distance from the colour before (at most "
                    + MAX_DISTANCE_LEFT + ")"));
            checks.add(() -> assertTrue(number(r.get("face")) < 1, what + ": the face changed by " + r.get("face")));
            checks.add(() -> assertTrue(number(r.get("eyes")) < 1, what + ": the eyes and mouth changed by up to "
                    + r.get("eyes")));
            checks.add(() -> assertTrue(number(r.get("background")) < 1, what + ": the background changed by "
                    + r.get("background")));
        }
        assertEquals(COLOURS.size() * PHOTOS.size(), rows.size());
        assertAll(checks);
    }

    @Test
    void theHairKeepsItsOwnLightAndShade() {
        List<Executable> checks = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            checks.add(() -> assertTrue(number(r.get("light")) >= MIN_LIGHT_KEPT, r.get("photo") + ", " + r.get("colour")
                    + ": the strands' light and shade kept by " + r.get("light")));
        }
        assertAll(checks);
    }

    @Test
    void theApiListsTheColoursAndRefusesAnUnknownOne() {
        assertEquals(COLOURS.subList(0, 10), out.get("listed"));
        String bad = (String) out.get("bad");
        assertTrue(bad != null && bad.contains("options.hair must be one of black, dark-brown"), "refused: " + bad);
    }

    /**
     * On the page: a person picks a hair colour for the photo on show, then says "natural hair"
     * and gets the plain result back; axe-core finds no violation in the section.
     */
    @Test
    void aPersonColoursTheirHairOnThePage() throws Exception {
        Browser browser = site.browser();
        TryOnPage page = new TryOnPage(browser);
        page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
        page.waitForResult();
        page.resultDifference(true);
        Object before = browser.execute("return document.getElementById('result').getAttribute('data-drawn');");
        new org.openqa.selenium.support.ui.Select(browser.find("#hair-choice")).selectByValue("pink");
        browser.waitFor(java.time.Duration.ofSeconds(60), "the result drawn with pink hair", d -> !java.util.Objects.equals(
                before, browser.execute("return document.getElementById('result').getAttribute('data-drawn');")));
        page.waitForResult();
        double pink = page.resultDifference(false);
        String said = (String) browser.execute("return document.getElementById('status').textContent;");
        browser.screenshot(LiveSite.screenshots().resolve("hair-pink.png"));
        List<String> axe = Axe.within(browser, "Style and more", "#style-more");
        String natural = StylesIT.say(browser, page, "natural hair");
        double back = page.resultDifference(false);
        Object chosen = browser.execute("return document.getElementById('hair-choice').value;");
        System.out.printf("the page: pink hair changed the result by %.2f a channel (whole picture); natural hair %.2f;"
                + " said \"%s\", \"%s\"%n", pink, back, said, natural);
        assertAll(
                () -> assertTrue(pink > 0.3, "pink hair changed the result by " + pink),
                () -> assertTrue(said.contains("Hair: Rose pink at 85 %."), "#status: " + said),
                () -> assertEquals(List.of(), axe, "axe-core in Style and more"),
                () -> assertEquals("Done: hair as it is.", natural),
                () -> assertTrue(back < 0.05, "natural hair gives the plain result back: " + back),
                () -> assertEquals("", chosen));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
