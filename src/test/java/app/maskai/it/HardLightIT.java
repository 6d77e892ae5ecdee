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
 * Issue 13 §2: a mask is shaded by the photo's own hard light, made here from the astronaut by
 * script (the photos of the issue are not ours):
 * <ul>
 *   <li><b>one side darkened</b>: every pixel × a factor falling linearly from 1 at the face box's
 *       left edge to {@link #DARK_SIDE} at its right; the mask's left/right luminance ratio must
 *       follow the skin's within {@link #RATIO_TOLERANCE}. The ratios are taken relative to the
 *       unshaded photo's, so the mask's own pattern (a tartan's stripes) and the face's own
 *       asymmetry cancel out;
 *   <li><b>a spotlight</b>: every pixel × (0.04 + 1.25 · a Gaussian of 0.4 face widths centred
 *       on the face's upper left), so the background goes black, the lit cheek bright and the far
 *       jaw dark; a white mask's luminance spread (p95 − p5) must lie within
 *       {@link #SPREAD_TOLERANCE} of the skin's, and at most {@link #MAX_CLIPPED} of it may be
 *       clipped white: highlights and shadows, never a flat 255.
 * </ul>
 * The skin is the photo under the mask's solid inside before the mask is drawn (the lower face);
 * the mask is the same pixels of the result. Each copy is fitted on its own.
 */
class HardLightIT {
    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final double DARK_SIDE = 0.35;
    private static final double RATIO_TOLERANCE = 0.15;
    private static final double SPREAD_TOLERANCE = 0.25;
    /** The spotlight's Gaussian, in face widths, and its gain at the centre. */
    private static final double SPOT_WIDTH = 0.4;
    private static final double SPOT_GAIN = 1.25;
    /**
     * "Never a flat 255": at most this share of a white mask's solid inside may be clipped white
     * (luma ≥ 254) in the spotlight.
     */
    private static final double MAX_CLIPPED = 0.02;
    /** Masks whose light, by their lighting, is the photo's: the side test holds for these. */
    private static final double FOLLOWS_LIGHT = 0.85;
    private static final List<String> WHITE = List.of("n95-white", "kn95-white", "carnival-volto");

    private static Map<String, Object> out;

    @BeforeAll
    static void tryEveryMaskInHardLight() {
        long start = System.nanoTime();
        out = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const photo = await T.bitmap('faces/astronaut.png');
                const w = photo.width, h = photo.height;
                const face = (await MaskAI.detect(photo)).faces[0];
                const box = face.box;
                const copies = {
                  original: photo,
                  side: F.sideLit(photo, box, args[0]),
                  spot: F.spotLit(photo, box, args[1], args[2]),
                };
                const spread = (image, selection) => {
                  const values = [];
                  for (let p = 0; p < selection.length; p++) if (selection[p]) values.push(F.luma(image.data, 4 * p));
                  values.sort((a, b) => a - b);
                  const at = q => values[Math.min(values.length - 1, Math.floor(q * values.length))];
                  const clipped = values.filter(v => v >= 254).length / values.length;
                  return {p5: at(0.05), p95: at(0.95), spread: at(0.95) - at(0.05), clipped};
                };
                const result = {};
                for (const [name, canvas] of Object.entries(copies)) {
                  const before = T.pixels(canvas);
                  const masks = {};
                  for (const m of F.builtIn()) {
                    const fitted = (await MaskAI.fit(canvas, {mask: m.id})).faces;
                    if (fitted.length !== 1) { masks[m.id] = {faces: fitted.length}; continue; }
                    const after = await F.tryOnPixels(canvas, {mask: m.id});
                    const solid = F.solid(await F.coverage(m.id, fitted[0], w, h), w, h, 0.95, 2);
                    const middle = fitted[0].box.x + fitted[0].box.width / 2;
                    const left = solid.map((s, p) => s && (p % w) + 0.5 < middle ? 1 : 0);
                    const right = solid.map((s, p) => s && (p % w) + 0.5 >= middle ? 1 : 0);
                    masks[m.id] = {faces: 1, pixels: F.count(solid), leftPixels: F.count(left), rightPixels: F.count(right),
                        skinLeft: F.meanLuma(before, left), skinRight: F.meanLuma(before, right),
                        maskLeft: F.meanLuma(after, left), maskRight: F.meanLuma(after, right),
                        skin: spread(before, solid), mask: spread(after, solid)};
                  }
                  result[name] = masks;
                }
                return result;
                """, DARK_SIDE, SPOT_WIDTH, SPOT_GAIN));
        System.out.printf("tried every mask in hard light in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @Test
    void aMaskOnAFaceDarkenedOnOneSideFollowsTheSkinsFallOff() {
        Map<String, Object> original = Browser.asMap(out.get("original"));
        Map<String, Object> side = Browser.asMap(out.get("side"));
        System.out.printf("one side darkened to %.2f: left/right luma ratio, relative to the unshaded photo's%n",
                DARK_SIDE);
        System.out.printf("  %-22s %8s %8s %8s %s%n", "mask", "lighting", "skin", "mask", "mask/skin");
        List<Executable> checks = new ArrayList<>();
        for (String id : original.keySet()) {
            Map<String, Object> o = Browser.asMap(original.get(id));
            Map<String, Object> s = Browser.asMap(side.get(id));
            checks.add(() -> assertEquals(1L, s.get("faces"), id + ": faces found on the side-darkened photo"));
            if (!Long.valueOf(1).equals(o.get("faces")) || !Long.valueOf(1).equals(s.get("faces"))) {
                continue;
            }
            double skin = ratio(s, "skin") / ratio(o, "skin");
            double mask = ratio(s, "mask") / ratio(o, "mask");
            double lighting = PhotoLightIT.effectiveLighting(FittedMask.spec(id));
            double off = mask / skin - 1;
            System.out.printf("  %-22s %8.2f %8.3f %8.3f %+8.1f %%%s%n", id, lighting, skin, mask, 100 * off,
                    lighting >= FOLLOWS_LIGHT ? "" : " (its lighting is its own; reported only)");
            if (lighting >= FOLLOWS_LIGHT) {
                checks.add(() -> assertTrue(Math.abs(off) <= RATIO_TOLERANCE, String.format(
                        "%s: its left/right luma ratio changed × %.3f where the skin's changed × %.3f (%+.1f %%,"
                                + " at most ±%.0f %%)", id, mask, skin, 100 * off, 100 * RATIO_TOLERANCE)));
            }
        }
        assertAll(checks);
    }

    @Test
    void aWhiteMaskInASpotlightHasTheSkinsRangeOfLightNotAFlatWhite() {
        Map<String, Object> spot = Browser.asMap(out.get("spot"));
        System.out.println("spotlit: luma spread (p95 − p5) over each mask's solid inside, the skin there before");
        System.out.printf("  %-22s %16s %16s %8s %8s%n", "mask", "skin p5–p95", "mask p5–p95", "ratio", "clipped");
        List<Executable> checks = new ArrayList<>();
        for (String id : spot.keySet()) {
            Map<String, Object> m = Browser.asMap(spot.get(id));
            if (!Long.valueOf(1).equals(m.get("faces"))) {
                checks.add(() -> assertTrue(!WHITE.contains(id), id + ": no single face found on the spotlit photo"));
                continue;
            }
            Map<String, Object> skin = Browser.asMap(m.get("skin"));
            Map<String, Object> mask = Browser.asMap(m.get("mask"));
            double ratio = number(mask.get("spread")) / number(skin.get("spread"));
            double clipped = number(mask.get("clipped"));
            System.out.printf("  %-22s %7.1f–%-8.1f %7.1f–%-8.1f %8.2f %7.1f %%%s%n", id, number(skin.get("p5")),
                    number(skin.get("p95")), number(mask.get("p5")), number(mask.get("p95")), ratio, 100 * clipped,
                    WHITE.contains(id) ? "" : " (reported only)");
            if (WHITE.contains(id)) {
                checks.add(() -> assertTrue(Math.abs(ratio - 1) <= SPREAD_TOLERANCE, String.format(
                        "%s: in a spotlight its luma spreads %.1f (p5 %.1f, p95 %.1f) where the skin's spreads %.1f:"
                                + " × %.2f, not within ±%.0f %%", id, number(mask.get("spread")), number(mask.get("p5")),
                        number(mask.get("p95")), number(skin.get("spread")), ratio, 100 * SPREAD_TOLERANCE)));
                checks.add(() -> assertTrue(clipped <= MAX_CLIPPED, String.format(
                        "%s: %.1f %% of it is clipped white in the spotlight (at most %.0f %%): a flat 255, not a"
                                + " highlight", id, 100 * clipped, 100 * MAX_CLIPPED)));
            }
        }
        assertAll(checks);
    }

    private static double ratio(Map<String, Object> m, String which) {
        return number(m.get(which + "Left")) / number(m.get(which + "Right"));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
