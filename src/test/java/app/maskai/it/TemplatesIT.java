package app.maskai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.template.TemplateFit;
import app.maskai.core.template.TemplateSpec;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 15 §2: every face template, through {@code MaskAI.tryOn(image, {template})}, on the test
 * photos. Where the face goes is computed here with the app's own core.template.TemplateFit from
 * the landmarks MaskAI.detect finds, so the measures look where the blend is. For each template and
 * photo:
 * <ul>
 * <li>the output differs from the template's picture inside the blend region (the person's face is
 * in: mean channel difference at least {@link #MIN_FACE_CHANGE}) and is the template's own picture
 * far from the face (mean difference under 1.5: the blend stays local);</li>
 * <li>the seam: along the blend outline, every ~2 px, the colour 3 px inside and 3 px outside; in
 * runs of 12 such points the mean inside against the mean outside, per channel; the seam is the
 * mean of those differences over the outline (0..255), leaving out runs where the template's front
 * layer (a rim, a cowl, with its soft edge) lies within 2 px of either side. It must be under {@link #MAX_SEAM} (the 6/255).
 * The same measure on {@code templateBlend: 'paste'} (the face cut in, no colour match) is printed
 * beside it, and on the template's own picture at the same places;</li>
 * <li>the eyes and mouth keep their detail as the background keeps its own. A template simplifies
 * nothing (a style does): what could lose detail is the face's warp, colour match and blend. So
 * "detail kept" is the mean gradient magnitude of luminance in ellipses around the eyes (with
 * brows) and lips, in the result against the photo's own at the same landmarks, corrected for the
 * warp's scale (a face enlarged s times has 1/s of the gradient a pixel): at least {@link
 * #MIN_DETAIL_KEPT}; and in the picture beyond 1.5 face widths from the template's face, the result
 * against the template's own picture: 1. Both printed, with the raw gradients.</li>
 * </ul>
 * Writes target/contact-sheet/templates.png: a row a photo, then the first photo pasted without the
 * blend; a column a template.
 */
public class TemplatesIT {
    @RegisterExtension
    static final LiveSite site = new LiveSite();

    static final List<String> TEMPLATES = List.of("astronaut", "renaissance", "superhero", "knight", "diver", "royal",
            "wanted", "viking");
    static final List<String> PHOTOS = List.of("faces/astronaut.png", "faces/camera.png");
    static final double MIN_FACE_CHANGE = 8;
    static final double MAX_SEAM = 6;
    /** The share of the photo's eye and mouth detail (gradient per pixel, scale-corrected) a template keeps. */
    static final double MIN_DETAIL_KEPT = 0.7;

    private static final List<Map<String, Object>> rows = new ArrayList<>();
    private static Map<String, Object> api;

    @BeforeAll
    static void putEveryPhotoInEveryTemplate() throws Exception {
        Browser browser = site.browser();
        List<?> found = (List<?>) browser.call("""
                const out = [];
                for (const path of args[0]) out.push((await MaskAI.detect(await T.bitmap(path))).faces[0].landmarks.flat());
                return out;
                """, PHOTOS);
        // Where each face goes in each template, and its blend outline, by the app's own core.
        Map<String, Object> places = new LinkedHashMap<>();
        TemplateFit fit = new TemplateFit();
        for (String id : TEMPLATES) {
            TemplateSpec spec = TemplateSpec.parse(Files.readString(LiveSite.siteDir().resolve("templates/" + id + ".json")),
                    id + ".json");
            List<Object> perPhoto = new ArrayList<>();
            for (Object face : found) {
                List<?> flat = (List<?>) face;
                float[] landmarks = new float[flat.size()];
                for (int i = 0; i < landmarks.length; i++) {
                    landmarks[i] = ((Number) flat.get(i)).floatValue();
                }
                float[] placed = new float[landmarks.length];
                fit.place(landmarks, spec.landmarks, 0, placed);
                List<Double> outline = new ArrayList<>();
                for (float v : TemplateFit.blendOutline(placed)) {
                    outline.add((double) v);
                }
                List<Double> points = new ArrayList<>();
                for (float v : placed) {
                    points.add((double) v);
                }
                // The template's own face: its middle and width (the background lies 1.5 widths beyond).
                float[] own = TemplateFit.blendOutline(spec.landmarks);
                double cx = 0;
                double cy = 0;
                double x0 = Double.MAX_VALUE;
                double x1 = -Double.MAX_VALUE;
                for (int j = 0; j < own.length; j += 2) {
                    cx += own[j] / (own.length / 2);
                    cy += own[j + 1] / (own.length / 2);
                    x0 = Math.min(x0, own[j]);
                    x1 = Math.max(x1, own[j]);
                }
                perPhoto.add(Map.of("outline", outline, "placed", points, "centre", List.of(cx, cy),
                        "faceWidth", (x1 - x0) / TemplateFit.OUTLINE_SCALE, "scale", fit.scale()));
            }
            places.put(id, perPhoto);
        }
        Map<String, Object> out = Browser.asMap(browser.call(FitScripts.HELPERS + """
                const [templates, photos, places] = args;
                const lum = (d, p) => 0.299 * d[4 * p] + 0.587 * d[4 * p + 1] + 0.114 * d[4 * p + 2];
                const gradient = (px, w, h) => {
                  const g = new Float32Array(w * h);
                  for (let y = 1; y < h - 1; y++) for (let x = 1; x < w - 1; x++) {
                    const p = y * w + x;
                    g[p] = Math.hypot(lum(px.data, p + 1) - lum(px.data, p - 1), lum(px.data, p + w) - lum(px.data, p - w)) / 2;
                  }
                  return g;
                };
                const inside = (poly, x, y) => {
                  let c = false;
                  for (let i = 0, j = poly.length / 2 - 1; i < poly.length / 2; j = i++) {
                    const xi = poly[2 * i], yi = poly[2 * i + 1], xj = poly[2 * j], yj = poly[2 * j + 1];
                    if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) c = !c;
                  }
                  return c;
                };
                const at = (px, w, x, y) => { const i = 4 * (Math.round(y) * w + Math.round(x)); return [px.data[i], px.data[i + 1], px.data[i + 2]]; };
                // The seam along an outline (x, y pairs, anticlockwise or not): see the class comment.
                const seam = (px, w, h, outline, front) => {
                  const n = outline.length / 2;
                  let cx = 0, cy = 0;
                  for (let j = 0; j < n; j++) { cx += outline[2 * j] / n; cy += outline[2 * j + 1] / n; }
                  const samples = [];
                  for (let j = 0; j < n; j++) {
                    const x0 = outline[2 * j], y0 = outline[2 * j + 1], x1 = outline[2 * ((j + 1) % n)], y1 = outline[2 * ((j + 1) % n) + 1];
                    const len = Math.hypot(x1 - x0, y1 - y0), steps = Math.max(1, Math.round(len / 2));
                    let nx = (y1 - y0) / len, ny = -(x1 - x0) / len;
                    const mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
                    if (nx * (mx - cx) + ny * (my - cy) < 0) { nx = -nx; ny = -ny; }
                    for (let s = 0; s < steps; s++) {
                      const x = x0 + (x1 - x0) * s / steps, y = y0 + (y1 - y0) * s / steps;
                      const ix = x - 3 * nx, iy = y - 3 * ny, ox = x + 3 * nx, oy = y + 3 * ny;
                      if (ox < 0 || oy < 0 || ox > w - 1 || oy > h - 1) { samples.push(null); continue; }
                      const near = (x, y) => {
                        for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) {
                          const xx = Math.min(w - 1, Math.max(0, Math.round(x) + dx)), yy = Math.min(h - 1, Math.max(0, Math.round(y) + dy));
                          if (front.data[4 * (yy * w + xx) + 3] > 8) return true;
                        }
                        return false;
                      };
                      const covered = front && (near(ix, iy) || near(ox, oy));
                      samples.push(covered ? null : [at(px, w, ix, iy), at(px, w, ox, oy)]);
                    }
                  }
                  let sum = 0, runs = 0;
                  for (let r = 0; r + 12 <= samples.length; r += 12) {
                    const run = samples.slice(r, r + 12);
                    if (run.some(s => s === null)) continue;
                    for (let c = 0; c < 3; c++) {
                      let a = 0, b = 0;
                      for (const s of run) { a += s[0][c] / 12; b += s[1][c] / 12; }
                      sum += Math.abs(a - b) / 3;
                    }
                    runs++;
                  }
                  return {seam: runs ? sum / runs : -1, runs};
                };
                const ellipse = (lm, ids, region, w, h) => {
                  let x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
                  for (const i of ids) { x0 = Math.min(x0, lm[3 * i]); x1 = Math.max(x1, lm[3 * i]); y0 = Math.min(y0, lm[3 * i + 1]); y1 = Math.max(y1, lm[3 * i + 1]); }
                  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, rx = (x1 - x0) * 0.7 + 2, ry = (y1 - y0) * 0.7 + 2;
                  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                    if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) region[y * w + x] = 1;
                  }
                };
                const EYES = [[33, 133, 159, 145, 70, 105, 107], [263, 362, 386, 374, 300, 334, 336]];
                const LIPS = [61, 291, 0, 17, 37, 267, 84, 314];
                const result = {rows: []};
                const cw = 150, ch = 188;
                const sheet = T.canvas(cw * templates.length, ch * (photos.length + 1));
                const sctx = sheet.getContext('2d');
                sctx.fillStyle = '#fff'; sctx.fillRect(0, 0, sheet.width, sheet.height);
                const cell = (pixels, column, row) => {
                  const c = T.canvas(pixels.width, pixels.height); c.getContext('2d').putImageData(pixels, 0, 0);
                  sctx.drawImage(c, 0, 0, pixels.width, pixels.height, column * cw, row * ch, cw, ch);
                };
                const pictures = {};
                for (const id of templates) {
                  const back = T.pixels(await createImageBitmap(await (await fetch('templates/' + id + '.jpg')).blob(),
                      {colorSpaceConversion: 'none'}));
                  const front = T.pixels(await createImageBitmap(await (await fetch('templates/' + id + '.front.png')).blob(),
                      {premultiplyAlpha: 'none', colorSpaceConversion: 'none'}));
                  pictures[id] = {back, front};
                }
                for (const [row, path] of photos.entries()) {
                  const photo = await T.bitmap(path);
                  // The photo's own eyes and mouth: their detail before the face was put anywhere.
                  const source = T.pixels(photo), sw = photo.width, sh = photo.height;
                  const lm = (await MaskAI.detect(photo)).faces[0].landmarks.flat();
                  const sourceFeatures = new Uint8Array(sw * sh);
                  for (const ids of EYES) ellipse(lm, ids, sourceFeatures, sw, sh);
                  ellipse(lm, LIPS, sourceFeatures, sw, sh);
                  const sg = gradient(source, sw, sh);
                  let sourceDetail = 0, sourceCount = 0;
                  for (let p = 0; p < sw * sh; p++) if (sourceFeatures[p]) { sourceDetail += sg[p]; sourceCount++; }
                  sourceDetail /= Math.max(1, sourceCount);
                  for (const [column, id] of templates.entries()) {
                    const {outline, placed, centre, faceWidth, scale} = places[id][row];
                    const [cx, cy] = centre;
                    const {back, front} = pictures[id];
                    const t0 = performance.now();
                    const out = await F.tryOnPixels(photo, {template: id});
                    const ms = performance.now() - t0;
                    const w = out.width, h = out.height;
                    let inFace = 0, inCount = 0, far = 0, farCount = 0;
                    const features = new Uint8Array(w * h);
                    for (const ids of EYES) ellipse(placed, ids, features, w, h);
                    ellipse(placed, LIPS, features, w, h);
                    const g = gradient(out, w, h), gt = gradient(back, w, h);
                    let gFeat = 0, nFeat = 0, gBack = 0, nBack = 0, gOwn = 0;
                    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                      const p = y * w + x;
                      let d = 0;
                      for (let c = 0; c < 3; c++) d += Math.abs(out.data[4 * p + c] - back.data[4 * p + c]) / 3;
                      if (inside(outline, x + 0.5, y + 0.5)) { inFace += d; inCount++; }
                      const distance = Math.hypot(x - cx, y - cy);
                      if (distance > 1.5 * faceWidth) { far += d; farCount++; gBack += g[p]; gOwn += gt[p]; nBack++; }
                      if (features[p]) { gFeat += g[p]; nFeat++; }
                    }
                    const blended = seam(out, w, h, outline, front);
                    const own = seam(back, w, h, outline, front);
                    let pasted = null;
                    if (row === 0) {
                      const paste = await F.tryOnPixels(photo, {template: id, templateBlend: 'paste'});
                      pasted = seam(paste, w, h, outline, front).seam;
                      cell(paste, column, photos.length);
                    }
                    result.rows.push({photo: path, template: id, ms, width: w, height: h,
                        faceChange: inFace / Math.max(1, inCount), farChange: farCount ? far / farCount : -1,
                        seam: blended.seam, runs: blended.runs, pasted, own: own.seam,
                        features: gFeat / Math.max(1, nFeat), background: gBack / Math.max(1, nBack),
                        featuresKept: gFeat / Math.max(1, nFeat) / (sourceDetail / scale), backgroundKept: gBack / Math.max(1e-9, gOwn)});
                    cell(out, column, row);
                  }
                }
                result.sheet = sheet.toDataURL('image/png');
                result.listed = (await MaskAI.templates()).map(t => t.id);
                // Two faces: each in its own copy side by side, or the second alone.
                const one = await T.bitmap(photos[0]);
                const two = T.canvas(one.width * 2, one.height);
                two.getContext('2d').drawImage(one, 0, 0);
                two.getContext('2d').drawImage(one, one.width, 0);
                const size = async options => { const b = await T.bitmap(await MaskAI.tryOn(two, options)); return [b.width, b.height]; };
                result.each = await size({template: 'royal', mask: 'surgical-blue'});
                result.second = await size({template: 'royal', templateFace: 1});
                result.unknown = null;
                try { await MaskAI.tryOn(one, {template: 'pirate'}); } catch (e) { result.unknown = String(e.message); }
                result.badFace = null;
                try { await MaskAI.tryOn(one, {template: 'royal', templateFace: 'left'}); } catch (e) { result.badFace = String(e.message); }
                return result;
                """, TEMPLATES, PHOTOS, places));
        Images.writeDataUrl((String) out.remove("sheet"), LiveSite.buildDir().resolve("contact-sheet/templates.png"));
        System.out.println("face templates: change in the face and far from it (mean channel difference), seam (mean"
                + " colour step across the blend outline, 0..255: blended, pasted, the template's own), detail ratio");
        for (Object row : (List<?>) out.get("rows")) {
            Map<String, Object> r = Browser.asMap(row);
            rows.add(r);
            System.out.printf("  %-20s %-12s %dx%d face %5.1f far %4.2f  seam %4.2f (%d runs) pasted %s own %4.2f"
                    + "  detail kept: eyes+mouth %4.2f, background %4.2f (gradient %5.2f / %5.2f)  %5.0f ms%n",
                    r.get("photo"), r.get("template"),
                    ((Number) r.get("width")).intValue(), ((Number) r.get("height")).intValue(),
                    number(r.get("faceChange")), number(r.get("farChange")), number(r.get("seam")),
                    ((Number) r.get("runs")).intValue(),
                    r.get("pasted") == null ? "  -  " : String.format("%5.2f", number(r.get("pasted"))),
                    number(r.get("own")), number(r.get("featuresKept")), number(r.get("backgroundKept")),
                    number(r.get("features")), number(r.get("background")), number(r.get("ms")));
        }
        api = out;
        System.out.println("two faces: each " + out.get("each") + ", the second alone " + out.get("second"));
    }

    @Test
    void everyTemplateTakesTheFaceAndKeepsItsOwnPictureAwayFromIt() {
        List<Executable> checks = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String what = r.get("photo") + " in " + r.get("template");
            checks.add(() -> assertTrue(number(r.get("faceChange")) >= MIN_FACE_CHANGE, what + ": the face region changed"
                    + " by " + number(r.get("faceChange")) + " (at least " + MIN_FACE_CHANGE + ")"));
            checks.add(() -> assertTrue(number(r.get("farChange")) >= 0 && number(r.get("farChange")) < 1.5, what
                    + ": far from the face the picture changed by " + number(r.get("farChange"))));
        }
        assertEquals(TEMPLATES.size() * PHOTOS.size(), rows.size());
        assertAll(checks);
    }

    @Test
    void theBlendLeavesNoSeam() {
        List<Executable> checks = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String what = r.get("photo") + " in " + r.get("template");
            checks.add(() -> assertTrue(((Number) r.get("runs")).intValue() >= 8, what + ": the seam was measured on "
                    + r.get("runs") + " runs of the outline"));
            checks.add(() -> assertTrue(number(r.get("seam")) < MAX_SEAM, what + ": mean colour difference across the"
                    + " seam " + number(r.get("seam")) + " (under " + MAX_SEAM + ")"));
        }
        assertAll(checks);
    }

    @Test
    void theEyesAndMouthKeepTheirDetailAsTheBackgroundKeepsItsOwn() {
        List<Executable> checks = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String what = r.get("photo") + " in " + r.get("template");
            checks.add(() -> assertTrue(number(r.get("featuresKept")) >= MIN_DETAIL_KEPT, String.format("%s: the eyes"
                    + " and mouth keep %.2f of the photo's detail (at least %.2f)", what, number(r.get("featuresKept")),
                    MIN_DETAIL_KEPT)));
            checks.add(() -> assertEquals(1, number(r.get("backgroundKept")), 0.02, what + ": the background keeps its own"
                    + " detail"));
        }
        assertAll(checks);
    }

    @Test
    void theApiListsTheTemplatesPutsEachFaceInItsOwnCopyAndRefusesWhatItCannotDo() {
        String unknown = (String) api.get("unknown");
        String badFace = (String) api.get("badFace");
        assertAll(
                () -> assertEquals(TEMPLATES, api.get("listed")),
                () -> assertEquals(List.of(1440L, 900L), api.get("each"), "two faces, each in a 720 × 900 copy"),
                () -> assertEquals(List.of(720L, 900L), api.get("second"), "the second face alone"),
                () -> assertTrue(unknown != null && unknown.contains("unknown template 'pirate'; known templates:"
                        + " astronaut, renaissance"), "an unknown template is refused with the list: " + unknown),
                () -> assertTrue(badFace != null && badFace.contains("options.templateFace must be \"each\""),
                        "a face that is not an index is refused: " + badFace));
    }

    /**
     * The page's "Style and more": a person puts the photo's face into a template (the result takes
     * the template's size), says "viking template" and then "no template" in words, and gets the
     * photo back; axe-core finds no violation in the section.
     */
    @Test
    void aPersonPutsTheirFaceIntoATemplateOnThePage() throws Exception {
        Browser browser = site.browser();
        TryOnPage page = new TryOnPage(browser);
        page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
        page.waitForResult();
        String size = "const c = document.getElementById('result'); return c.width + 'x' + c.height;";
        String photoSize = (String) browser.execute(size);
        browser.waitFor(java.time.Duration.ofSeconds(30), "the templates listed", d -> Boolean.TRUE.equals(browser.execute(
                "return document.querySelectorAll('#template-choice option').length > 1;")));
        Object before = browser.execute("return document.getElementById('result').getAttribute('data-drawn');");
        new org.openqa.selenium.support.ui.Select(browser.find("#template-choice")).selectByValue("astronaut");
        browser.waitFor(java.time.Duration.ofSeconds(60), "the result drawn in the template", d -> !java.util.Objects.equals(
                before, browser.execute("return document.getElementById('result').getAttribute('data-drawn');"))
                && "720x900".equals(browser.execute(size)));
        page.waitForResult();
        String inTemplate = (String) browser.execute(size);
        String said = (String) browser.execute("return document.getElementById('status').textContent;");
        browser.screenshot(LiveSite.screenshots().resolve("template-astronaut.png"));
        List<String> axe = Axe.within(browser, "Style and more", "#style-more");
        String viking = StylesIT.say(browser, page, "viking template");
        Object chosen = browser.execute("return document.getElementById('template-choice').value;");
        String none = StylesIT.say(browser, page, "no template");
        browser.waitFor(java.time.Duration.ofSeconds(30), "the photo back", d -> photoSize.equals(browser.execute(size)));
        Object after = browser.execute("return document.getElementById('template-choice').value;");
        System.out.printf("the page: %s → %s in the template; said \"%s\"; \"%s\"; \"%s\"%n", photoSize, inTemplate, said,
                viking, none);
        assertAll(
                () -> assertEquals("720x900", inTemplate),
                () -> assertTrue(said.contains("Face in the template: Astronaut."), "#status: " + said),
                () -> assertEquals(List.of(), axe, "axe-core in Style and more"),
                () -> assertEquals("Done: template Viking.", viking),
                () -> assertEquals("viking", chosen, "the picker follows the words"),
                () -> assertEquals("Done: no template.", none),
                () -> assertEquals("", after));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
