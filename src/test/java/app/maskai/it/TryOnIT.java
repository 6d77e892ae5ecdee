package app.maskai.it;

import app.maskai.it.Browser.PageError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MaskAI.tryOn with every built-in mask: a PNG the size of the photo, the mask where its mesh
 * and texture say it is, and the photo untouched away from the face.
 */
class TryOnIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** Face-covering kinds must cover the nose tip and the mouth (landmarks 1, 13, 14). */
    private static final List<String> NOSE_AND_MOUTH_CATEGORIES = List.of("surgical", "respirator", "cloth");

    /**
     * Where a pixel far from every face may differ from the photo: PNG round trips through
     * WebGL may move a channel by a level or two.
     */
    private static final int UNCHANGED_TOLERANCE = 2;

    /** The mean channel difference over a probe patch above which the mask is visibly there. */
    private static final double CHANGED_THRESHOLD = 8;

    /**
     * For each mask and the probe landmarks, measures in the page: the output's type, size
     * and PNG signature; the largest difference far from the face; the mean difference around
     * each probe; and how opaque the mask is at each probe by its own mesh and texture.
     */
    static final String MEASURE = """
            const PROBES = {1: 'nose tip', 4: 'nose', 13: 'upper lip', 14: 'lower lip', 152: 'chin',
                            6: 'nose bridge', 168: 'between the eyes', 151: 'forehead',
                            105: 'right brow', 334: 'left brow', 50: 'right cheek', 280: 'left cheek'};
            /** fitted: the face's entry of MaskAI.fit (vertices in image pixels, triangles). */
            async function maskCoverage(id, landmarks, fitted) {
              const spec = await (await fetch('masks/' + id + '.json')).json();
              const texture = await T.maskTexture(spec);
              const V = fitted.vertices, uv = spec.mesh.uv, tri = fitted.triangles;
              const opacity = spec.opacity === undefined ? 1 : spec.opacity;
              const coverage = {};
              for (const probe of Object.keys(PROBES)) {
                const [px, py] = landmarks[probe];
                let alpha = 0;
                for (let t = 0; t < tri.length; t += 3) {
                  const a = tri[t], b = tri[t + 1], c = tri[t + 2];
                  const A = V[a], B = V[b], C = V[c];
                  const det = (B[1] - C[1]) * (A[0] - C[0]) + (C[0] - B[0]) * (A[1] - C[1]);
                  if (Math.abs(det) < 1e-9) continue;
                  const l1 = ((B[1] - C[1]) * (px - C[0]) + (C[0] - B[0]) * (py - C[1])) / det;
                  const l2 = ((C[1] - A[1]) * (px - C[0]) + (A[0] - C[0]) * (py - C[1])) / det;
                  const l3 = 1 - l1 - l2;
                  if (l1 < -1e-6 || l2 < -1e-6 || l3 < -1e-6) continue;
                  const u = l1 * uv[2 * a] + l2 * uv[2 * b] + l3 * uv[2 * c];
                  const v = l1 * uv[2 * a + 1] + l2 * uv[2 * b + 1] + l3 * uv[2 * c + 1];
                  const tx = Math.min(texture.width - 1, Math.max(0, Math.floor(u * texture.width)));
                  const ty = Math.min(texture.height - 1, Math.max(0, Math.floor(v * texture.height)));
                  alpha = Math.max(alpha, texture.data[(ty * texture.width + tx) * 4 + 3] / 255 * opacity);
                }
                coverage[probe] = alpha;
              }
              return coverage;
            }
            /** Mean absolute RGB difference over the 5×5 patch around (x, y). */
            function patchDifference(a, b, x, y) {
              let sum = 0, n = 0;
              for (let yy = Math.floor(y) - 2; yy <= Math.floor(y) + 2; yy++) {
                for (let xx = Math.floor(x) - 2; xx <= Math.floor(x) + 2; xx++) {
                  if (xx < 0 || yy < 0 || xx >= a.width || yy >= a.height) continue;
                  const i = (yy * a.width + xx) * 4;
                  sum += Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1])
                       + Math.abs(a.data[i + 2] - b.data[i + 2]);
                  n += 3;
                }
              }
              return sum / n;
            }
            /** Largest channel difference outside every face's landmark box grown by its width. */
            function farDifference(a, b, faces) {
              const boxes = faces.map(f => {
                const xs = f.landmarks.map(p => p[0]), ys = f.landmarks.map(p => p[1]);
                const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
                const grow = x1 - x0;
                return [x0 - grow, y0 - grow, x1 + grow, y1 + grow];
              });
              let max = 0, changed = 0, pixels = 0;
              for (let y = 0; y < a.height; y++) {
                for (let x = 0; x < a.width; x++) {
                  if (boxes.some(([x0, y0, x1, y1]) => x + 1 > x0 && x < x1 && y + 1 > y0 && y < y1)) continue;
                  const i = (y * a.width + x) * 4;
                  const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]),
                      Math.abs(a.data[i + 2] - b.data[i + 2]), Math.abs(a.data[i + 3] - b.data[i + 3]));
                  max = Math.max(max, d);
                  if (d > args[0]) changed++;
                  pixels++;
                }
              }
              return {max, changed, pixels};
            }
            async function measure(photo, maskId, faces) {
              const before = T.pixels(photo);
              const blob = await MaskAI.tryOn(photo, {mask: maskId});
              const isBlob = blob instanceof Blob;
              const signature = isBlob ? Array.from(new Uint8Array(await blob.slice(0, 8).arrayBuffer())) : [];
              const result = await T.bitmap(blob);
              const after = T.pixels(result);
              const sizeMatches = result.width === photo.width && result.height === photo.height;
              return {
                isBlob, type: blob.type, signature, width: result.width, height: result.height,
                far: sizeMatches ? farDifference(before, after, faces) : null,
                probes: sizeMatches ? faces.map(f => Object.fromEntries(Object.keys(PROBES).map(
                    p => [p, patchDifference(before, after, f.landmarks[p][0], f.landmarks[p][1])]))) : null,
              };
            }
            """;

    private static Browser browser() {
        return site.browser();
    }

    @Test
    void listsBuiltInMasksWithIdNameAndCategory() {
        List<Object> masks = list(browser().call("return T.plain(MaskAI.masks());"));
        System.out.println("masks: " + masks);
        assertFalse(masks.isEmpty(), "MaskAI.masks() is empty");
        List<String> categories = List.of("surgical", "respirator", "cloth", "fashion", "masquerade",
                "carnival", "playful", "custom");
        for (Object m : masks) {
            Map<String, Object> mask = Browser.asMap(m);
            assertTrue(String.valueOf(mask.get("id")).matches("[a-z0-9-]{1,40}"), "id of " + mask);
            assertTrue(mask.get("name") instanceof String && !((String) mask.get("name")).isBlank(), "name of " + mask);
            assertTrue(categories.contains(mask.get("category")), "category of " + mask);
        }
    }

    @Test
    void putsEveryBuiltInMaskOverTheFaceAndNothingElse() {
        Map<String, Object> out = Browser.asMap(browser().call(MEASURE + """
                const photo = await T.bitmap('faces/astronaut.png');
                const faces = T.plain((await MaskAI.detect(photo)).faces);
                const results = [];
                for (const mask of MaskAI.masks()) {
                  const started = performance.now();
                  const m = await measure(photo, mask.id, faces);
                  m.id = mask.id;
                  m.category = mask.category;
                  m.ms = Math.round(performance.now() - started);
                  const fitted = (await MaskAI.fit(photo, {mask: mask.id})).faces[0];
                  m.coverage = await maskCoverage(mask.id, faces[0].landmarks, fitted);
                  results.push(m);
                }
                return {faces: faces.length, results};
                """, UNCHANGED_TOLERANCE));
        assertEquals(1L, out.get("faces"), "faces on astronaut.png");
        List<Object> results = list(out.get("results"));
        assertFalse(results.isEmpty(), "no masks to try");
        List<Executable> checks = new ArrayList<>();
        for (Object r : results) {
            Map<String, Object> m = Browser.asMap(r);
            String id = (String) m.get("id");
            Map<String, Object> coverage = Browser.asMap(m.get("coverage"));
            System.out.println("tryOn " + id + " (" + m.get("category") + ") in " + m.get("ms") + " ms: far "
                    + m.get("far") + ", probes " + m.get("probes") + ", coverage " + coverage);
            checks.add(() -> assertPng(id, m, 512, 512));
            checks.add(() -> assertFarUnchanged(id, m));
            checks.add(() -> assertChangedWhereCovered(id, m, 0, coverage));
            if (NOSE_AND_MOUTH_CATEGORIES.contains(m.get("category"))) {
                for (String probe : List.of("1", "13", "14")) {
                    checks.add(() -> assertTrue(number(coverage.get(probe)) >= 0.5,
                            id + " (" + m.get("category") + ") should cover landmark " + probe
                                    + " by its mesh and texture; opacity there " + coverage.get(probe)));
                }
            }
        }
        assertAll(checks);
    }

    @Test
    void masksEveryFaceOfGroupPhoto() {
        Map<String, Object> out = Browser.asMap(browser().call(MEASURE + """
                const astronaut = await T.bitmap('faces/astronaut.png');
                const single = T.plain((await MaskAI.detect(astronaut)).faces[0]);
                const xs = single.landmarks.map(p => p[0]), ys = single.landmarks.map(p => p[1]);
                const width = Math.max(...xs) - Math.min(...xs);
                const centre = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
                const group = T.groupPhoto(astronaut, width, centre).canvas;
                const faces = T.plain((await MaskAI.detect(group)).faces);
                const masks = MaskAI.masks();
                const mask = masks.find(m => ['surgical', 'respirator', 'cloth'].includes(m.category)) || masks[0];
                const m = await measure(group, mask.id, faces);
                m.id = mask.id;
                m.faces = faces.length;
                const fits = (await MaskAI.fit(group, {mask: mask.id})).faces;
                m.coverage = await Promise.all(faces.map((f, i) => maskCoverage(mask.id, f.landmarks, fits[i])));
                return m;
                """, UNCHANGED_TOLERANCE));
        String id = (String) out.get("id");
        System.out.println("group photo with " + id + ": probes " + out.get("probes") + ", far " + out.get("far"));
        assertEquals(2L, out.get("faces"), "faces in the group photo");
        List<Object> coverage = list(out.get("coverage"));
        assertAll(
                () -> assertPng(id, out, 1024, 512),
                () -> assertFarUnchanged(id, out),
                () -> assertChangedWhereCovered(id, out, 0, Browser.asMap(coverage.get(0))),
                () -> assertChangedWhereCovered(id, out, 1, Browser.asMap(coverage.get(1))));
    }

    @Test
    void leavesPhotoWithoutFacesUnchanged() {
        Map<String, Object> out = Browser.asMap(browser().call(MEASURE + """
                const photo = await T.bitmap('no-face/coffee.png');
                const m = await measure(photo, MaskAI.masks()[0].id, []);
                m.id = MaskAI.masks()[0].id;
                return m;
                """, UNCHANGED_TOLERANCE));
        String id = (String) out.get("id");
        assertPng(id, out, 600, 400);
        assertFarUnchanged(id, out);
        assertEquals(600L * 400L, ((Number) Browser.asMap(out.get("far")).get("pixels")).longValue());
    }

    @Test
    void rejectsUnknownMaskWithClearError() {
        PageError e = assertThrows(PageError.class, () -> browser().call("""
                await MaskAI.tryOn(await T.blob('faces/astronaut.png'), {mask: 'no-such-mask'});
                """));
        FaceDetectionIT.assertClearError(e, "(?s).*(no-such-mask|mask).*");
    }

    @Test
    void rejectsMissingOptionsAndImagesWithClearErrors() {
        Map<String, Object> out = Browser.asMap(browser().call("""
                const photo = await T.blob('faces/astronaut.png');
                const id = MaskAI.masks()[0].id;
                const cases = {
                  'no options': () => MaskAI.tryOn(photo),
                  'empty options': () => MaskAI.tryOn(photo, {}),
                  'mask is a number': () => MaskAI.tryOn(photo, {mask: 7}),
                  'no image': () => MaskAI.tryOn(undefined, {mask: id}),
                  'image is a string': () => MaskAI.tryOn('faces/astronaut.png', {mask: id}),
                  'corrupt image': () => MaskAI.tryOn(T.garbage(4096, 'image/png'), {mask: id}),
                };
                const outcomes = {};
                for (const [name, call] of Object.entries(cases)) {
                  try {
                    const promise = call();
                    try {
                      await promise;
                      outcomes[name] = 'resolved';
                    } catch (e) {
                      outcomes[name] = (e instanceof Error ? 'Error: ' : 'non-Error: ') + (e && e.message);
                    }
                  } catch (e) {
                    outcomes[name] = 'threw synchronously: ' + (e && e.message);
                  }
                }
                return outcomes;
                """));
        System.out.println("MaskAI.tryOn(bad arguments): " + out);
        List<Executable> checks = new ArrayList<>();
        out.forEach((name, outcome) -> checks.add(() -> assertTrue(
                String.valueOf(outcome).matches("(?s)Error: .{10,}"),
                "tryOn with " + name + " should reject with an Error saying what is wrong; got " + outcome)));
        for (String name : List.of("no options", "empty options", "mask is a number")) {
            checks.add(() -> assertTrue(String.valueOf(out.get(name)).toLowerCase().contains("mask"),
                    "tryOn with " + name + ": the message should mention the mask; got " + out.get(name)));
        }
        assertAll(checks);
    }

    private static void assertPng(String id, Map<String, Object> m, long width, long height) {
        assertAll(id,
                () -> assertEquals(true, m.get("isBlob"), id + ": tryOn should resolve to a Blob"),
                () -> assertEquals("image/png", m.get("type"), id + ": Blob type"),
                () -> assertEquals(List.of(137L, 80L, 78L, 71L, 13L, 10L, 26L, 10L), m.get("signature"),
                        id + ": PNG signature"),
                () -> assertEquals(width + "x" + height, m.get("width") + "x" + m.get("height"), id + ": size"));
    }

    private static void assertFarUnchanged(String id, Map<String, Object> m) {
        Map<String, Object> far = Browser.asMap(m.get("far"));
        assertTrue(number(far.get("pixels")) > 0, id + ": no pixels far from the face to compare");
        assertTrue(number(far.get("max")) <= UNCHANGED_TOLERANCE,
                id + ": pixels far from every face changed: " + far);
    }

    private static void assertChangedWhereCovered(String id, Map<String, Object> m, int face,
            Map<String, Object> coverage) {
        Map<String, Object> probes = Browser.asMap(list(m.get("probes")).get(face));
        int covered = 0;
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, Object> c : coverage.entrySet()) {
            if (number(c.getValue()) >= 0.5) {
                covered++;
                double difference = number(probes.get(c.getKey()));
                if (difference <= CHANGED_THRESHOLD) {
                    unchanged.add("landmark " + c.getKey() + " (mean difference " + String.format("%.1f", difference) + ")");
                }
            }
        }
        assertTrue(covered > 0, id + ": its mesh and texture cover none of the probe landmarks " + coverage.keySet());
        assertTrue(unchanged.isEmpty(), id + " on face " + face + ": the photo is unchanged where the mask should be: "
                + unchanged + "; differences " + probes);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
