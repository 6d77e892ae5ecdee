package app.maskai.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 §3: a group photo (three copies of the astronaut at full, 0.62× and 0.4× size on a
 * neutral canvas). Every face gets the mask; with options.faces, face 2 (in detect's order)
 * wears another mask and face 3 none, and face 1 is drawn as before.
 */
class GroupPhotoIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** As TryOnIT: PNG round trips through WebGL may move a channel by a level or two. */
    private static final int UNCHANGED_TOLERANCE = 2;
    /** As TryOnIT: mean channel difference above which a mask is visibly there (or different). */
    private static final double CHANGED_THRESHOLD = 8;

    private static Map<String, Object> out;

    @BeforeAll
    static void renderTheGroupPhoto() {
        long start = System.nanoTime();
        out = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const photo = await T.bitmap('faces/astronaut.png');
                const reference = (await MaskAI.detect(photo)).faces[0].landmarks;
                const group = F.composed(photo, 1100, 560, [{scale: 1, x: 0, y: 24},
                    {scale: 0.62, x: 540, y: 110}, {scale: 0.4, x: 890, y: 170}]);
                const canvas = group.canvas, w = canvas.width, h = canvas.height;
                const faces = (await MaskAI.detect(canvas)).faces;
                const masks = F.builtIn();
                const covering = masks.filter(m => ['surgical', 'respirator', 'cloth'].includes(m.category));
                const main = (covering[0] || masks[0]);
                const other = covering.find(m => m.category !== main.category)
                    || masks.find(m => m.id !== main.id);
                const options = {mask: main.id, faces: [{}, {mask: other.id}, {enabled: false}]};
                const before = T.pixels(canvas);
                const all = await F.tryOnPixels(canvas, {mask: main.id});
                const mixed = await F.tryOnPixels(canvas, options);
                const allFit = (await MaskAI.fit(canvas, {mask: main.id})).faces;
                const mixedFit = (await MaskAI.fit(canvas, options)).faces;
                const expectedCentres = group.maps.map(m => F.apply(m, reference[1]));
                const result = {main: main.id, other: other.id, expectedCentres, faces: []};
                for (let i = 0; i < faces.length; i++) {
                  const L = faces[i].landmarks;
                  const r = {noseTip: L[1], interOcular: F.interOcular(L),
                      probes: Object.fromEntries([1, 13, 14].map(k =>
                          [k, F.patchDifference(before, all, L[k][0], L[k][1], 2)])),
                      mixedVertices: mixedFit[i] ? mixedFit[i].vertices.length : -1};
                  if (allFit[i]) {
                    // Where this face's mask lies when it has one, and 4 px around it.
                    const xs = allFit[i].vertices.map(p => p[0]), ys = allFit[i].vertices.map(p => p[1]);
                    const region = [Math.min(...xs) - 4, Math.min(...ys) - 4, Math.max(...xs) + 4, Math.max(...ys) + 4];
                    r.region = region;
                    r.mixedVsPhoto = F.boxDifference(before, mixed, region);
                    r.mixedVsAll = F.boxDifference(all, mixed, region);
                  }
                  if (mixedFit[i] && mixedFit[i].vertices.length) {
                    const solid = F.solid(await F.coverage(options.faces[i] && options.faces[i].mask || main.id,
                        mixedFit[i], w, h), w, h, 0.95, 2);
                    r.solidPixels = F.count(solid);
                    r.solidMixedVsAll = F.selectionDifference(all, mixed, solid);
                  }
                  result.faces.push(r);
                }
                return T.plain(result);
                """));
        System.out.printf("group photo: detected, tried on twice and fitted twice in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    void findsAndMasksEveryFace() {
        List<?> faces = (List<?>) out.get("faces");
        List<?> expected = (List<?>) out.get("expectedCentres");
        System.out.println("group photo with " + out.get("main") + ": " + faces.size() + " faces");
        assertEquals(3, faces.size(), "faces detect found in the group photo");
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            Map<String, Object> face = Browser.asMap(faces.get(i));
            double[] nose = TiltedAndSmallFaceIT.points(List.of(face.get("noseTip")))[0];
            double nearest = expected.stream().mapToDouble(e -> {
                double[] p = TiltedAndSmallFaceIT.points(List.of(e))[0];
                return FittedMask.distance(p, nose);
            }).min().orElseThrow();
            double iod = number(face.get("interOcular"));
            Map<String, Object> probes = Browser.asMap(face.get("probes"));
            int n = i + 1;
            System.out.printf("  face %d: nose tip (%.0f, %.0f), %.1f px from a copy's, inter-ocular %.1f px;"
                    + " changed at nose %.1f, lips %.1f / %.1f%n", n, nose[0], nose[1], nearest, iod,
                    number(probes.get("1")), number(probes.get("13")), number(probes.get("14")));
            checks.add(() -> assertTrue(nearest <= 0.1 * iod, "face " + n + " is not on any copy's face: its nose"
                    + " tip lies " + nearest + " px from the nearest copy's"));
            for (String k : List.of("1", "13", "14")) {
                checks.add(() -> assertTrue(number(probes.get(k)) > CHANGED_THRESHOLD, String.format(
                        "face %d with %s: tryOn left landmark %s unchanged (mean difference %.1f)", n, out.get("main"),
                        k, number(probes.get(k)))));
            }
        }
        assertAll(checks);
    }

    @Test
    void givesEachFaceItsOwnMaskOrNone() {
        List<?> faces = (List<?>) out.get("faces");
        assertEquals(3, faces.size(), "faces detect found in the group photo");
        Map<String, Object> face1 = Browser.asMap(faces.get(0));
        Map<String, Object> face2 = Browser.asMap(faces.get(1));
        Map<String, Object> face3 = Browser.asMap(faces.get(2));
        Map<String, Object> unchanged1 = Browser.asMap(face1.get("mixedVsAll"));
        Map<String, Object> photo3 = Browser.asMap(face3.get("mixedVsPhoto"));
        double otherMask = number(face2.get("solidMixedVsAll"));
        System.out.printf("faces [{}, {mask: %s}, {enabled: false}] over %s: face 1 vs all-%s render max %s;"
                        + " face 2 differs from the all-%s render by %.1f over %s solid px; face 3 vs the photo max %s,"
                        + " fit gives face 3 %s vertices%n", out.get("other"), out.get("main"), out.get("main"),
                unchanged1.get("max"), out.get("main"), otherMask, face2.get("solidPixels"), photo3.get("max"),
                face3.get("mixedVertices"));
        assertAll(
                () -> assertTrue(number(photo3.get("max")) <= UNCHANGED_TOLERANCE, "face 3 is switched off, so where its"
                        + " mask would be the photo must come out unchanged; largest channel difference " + photo3),
                () -> assertEquals(0L, face3.get("mixedVertices"), "MaskAI.fit gives a switched-off face no vertices"),
                () -> assertTrue(otherMask > CHANGED_THRESHOLD, String.format("face 2 wears %s, so it must differ"
                        + " from the render where it wears %s; mean difference %.1f over its solid mask pixels",
                        out.get("other"), out.get("main"), otherMask)),
                () -> assertTrue(number(unchanged1.get("max")) <= UNCHANGED_TOLERANCE, "face 1 keeps the photo's"
                        + " mask, so it must come out as in the render without options.faces; " + unchanged1));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
