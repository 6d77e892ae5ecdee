package app.maskai.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 §1: group photos of our own making (FitScripts' F.group: six faces, 24 to 80 px wide,
 * or all of them 24 to 38 px, cut from the astronaut test photo and varied, on the coffee photo,
 * 500×375 like the group photos) get every face found and masked, not just the largest.
 */
class EveryFaceIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** As TryOnIT: mean channel difference above which a mask is visibly there. */
    private static final double CHANGED_THRESHOLD = 8;
    static final List<Integer> WIDTHS = List.of(24, 32, 40, 48, 64, 80);
    /**
     * A fourth photo whose faces are all small (the group photos: six people round a table,
     * none near the camera): none of them is seen by the first step, so the search must look for
     * them with no face found to go by.
     */
    static final List<Integer> SMALL_WIDTHS = List.of(24, 26, 28, 30, 34, 38);

    private static List<?> photos;

    @BeforeAll
    static void detectAndTryOn() {
        photos = (List<?>) (site.browser().call(FitScripts.HELPERS + """
                const [sizes, small] = args;
                const face = await T.bitmap('faces/astronaut.png');
                const background = await T.bitmap('no-face/coffee.png');
                const photos = [];
                for (let k = 0; k < 4; k++) {
                  const widths = k < 3 ? sizes.map((_, j) => sizes[(j + 2 * k) % sizes.length]) : small;
                  const group = F.group(face, background, 500, 375, widths, k + 1);
                  const found = (await MaskAI.detect(group.canvas)).faces;
                  const match = F.matchFaces(group.faces, found);
                  const photo = {widths, match, found: found.map(f => [f.box.x, f.box.y, f.box.width, f.box.height, 100 * f.score]
                      .map(Math.round).join(' ')), expected: group.faces.map(e => [e.cx, e.cy, e.width].map(Math.round).join(' ')),
                      masked: []};
                  if (k === 0) {
                    const before = T.pixels(group.canvas);
                    const mask = F.builtIn().find(m => m.category === 'surgical') || F.builtIn()[0];
                    const after = await F.tryOnPixels(group.canvas, {mask: mask.id});
                    // Where a worn mask must show: under the nose, between the mouth's corners.
                    photo.masked = group.faces.map(e => F.boxDifference(before, after, [e.cx - 0.2 * e.width,
                        e.cy + 0.2 * e.width, e.cx + 0.2 * e.width, e.cy + 0.45 * e.width]).mean);
                    photo.mask = mask.id;
                  }
                  photos.push(photo);
                }
                return T.plain(photos);
                """, WIDTHS, SMALL_WIDTHS));
    }

    @Test
    void findsEveryFaceAtEverySize() {
        List<Executable> checks = new ArrayList<>();
        for (int k = 0; k < photos.size(); k++) {
            Map<String, Object> photo = Browser.asMap(photos.get(k));
            List<?> widths = (List<?>) photo.get("widths");
            List<?> match = (List<?>) photo.get("match");
            System.out.printf("group photo %d: widths %s, matched %s; found (x y w h) %s; drawn (cx cy w) %s%n", k + 1,
                    widths, match, photo.get("found"), photo.get("expected"));
            for (int i = 0; i < widths.size(); i++) {
                int n = i;
                int photoNumber = k + 1;
                checks.add(() -> assertTrue(((Number) match.get(n)).intValue() >= 0, "group photo " + photoNumber
                        + ": the face " + widths.get(n) + " px wide was not found"));
            }
        }
        assertAll(checks);
    }

    @Test
    void masksEveryFace() {
        Map<String, Object> photo = Browser.asMap(photos.get(0));
        List<?> widths = (List<?>) photo.get("widths");
        List<?> masked = (List<?>) photo.get("masked");
        System.out.printf("group photo 1 with %s: mean change over each face's mouth %s%n", photo.get("mask"), masked);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            int n = i;
            checks.add(() -> assertTrue(((Number) masked.get(n)).doubleValue() > CHANGED_THRESHOLD, String.format(
                    "the face %s px wide wears no mask after tryOn (mean change %.1f over its mouth)", widths.get(n),
                    ((Number) masked.get(n)).doubleValue())));
        }
        assertAll(checks);
    }
}
