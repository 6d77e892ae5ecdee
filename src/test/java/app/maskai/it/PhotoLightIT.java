package app.maskai.it;

import app.maskai.core.mask.MaskSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 §2: a mask takes the photo's own light. On a darkened copy of the astronaut (every
 * channel × 0.5) each built-in mask comes out darker than on the original, on a brightened copy
 * (× 1.4, clipped) brighter, and its luminance relative to the face's stays where the mask's
 * lighting says: a white mask must not glow on a dim photo.
 *
 * <p>The mask's luminance is the mean Rec. 709 luma of the tryOn PNG over the pixels its fitted
 * triangles cover solidly (texture alpha ≥ 95 % of the mask's most opaque, eroded by 2 px so the edge, its antialiasing
 * and the contact shadow are left out); the face's is the mean luma of the photo inside the face
 * oval, before any mask. On the frontal original, all of that inside must show the mask.
 */
class PhotoLightIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final double DARKEN = 0.5;
    private static final double BRIGHTEN = 1.4;
    /**
     * The plausible band around the expected mask-to-face luminance ratio: a factor of 1.25 either
     * way leaves room for the renderer's exposure model (clamps, a blurred shading estimate) and
     * still fails a mask that keeps its brightness (factor 2 on the darkened photo) or one lit twice.
     */
    private static final double BAND = 1.25;
    /** A channel difference above which a pixel shows the mask rather than the photo. */
    private static final int SHOWN_DIFFERENCE = 10;
    /**
     * On the frontal astronaut nothing of a mask is turned away, so the face occluder must hide
     * none of it: at least this share of its solid inside must differ from the photo (the rest
     * may match the photo's colour by chance).
     */
    private static final double SHOWN_SHARE = 0.95;

    private static Map<String, Object> out;

    @BeforeAll
    static void tryEveryMaskOnThreeExposures() {
        long start = System.nanoTime();
        out = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const photo = await T.bitmap('faces/astronaut.png');
                const copies = {original: {canvas: photo}, darkened: F.shaded(photo, args[0]),
                    brightened: F.shaded(photo, args[1])};
                const masks = F.builtIn();
                // The copies move no pixel, so the original's fit says where each mask lies on all three.
                const fits = {};
                await Promise.all(masks.map(async m => { fits[m.id] = (await MaskAI.fit(photo, {mask: m.id})).faces; }));
                const out = {};
                for (const [name, copy] of Object.entries(copies)) {
                  const canvas = copy.canvas, w = canvas.width, h = canvas.height;
                  const faces = (await MaskAI.detect(canvas)).faces;
                  if (faces.length !== 1) { out[name] = {faces: faces.length}; continue; }
                  const before = T.pixels(canvas);
                  const result = {faces: 1, face: F.meanLuma(before, F.polygon(faces[0].landmarks, F.OVAL, w, h)),
                      masks: {}};
                  await Promise.all(masks.map(async m => {
                    const fitted = fits[m.id], after = await F.tryOnPixels(canvas, {mask: m.id});
                    if (fitted.length !== 1) { result.masks[m.id] = {pixels: 0}; return; }
                    const solid = F.solid(await F.coverage(m.id, fitted[0], w, h), w, h, 0.95, 2);
                    let shown = 0;
                    for (let p = 0; p < solid.length; p++) {
                      if (!solid[p]) continue;
                      let d = 0;
                      for (let k = 0; k < 3; k++) d = Math.max(d, Math.abs(after.data[4 * p + k] - before.data[4 * p + k]));
                      if (d > args[2]) shown++;
                    }
                    result.masks[m.id] = {pixels: F.count(solid), mask: F.meanLuma(after, solid),
                        under: F.meanLuma(before, solid), shown: shown / F.count(solid)};
                  }));
                  out[name] = result;
                }
                return out;
                """, DARKEN, BRIGHTEN, SHOWN_DIFFERENCE));
        System.out.printf("tried every mask on three exposures in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @Test
    void everyMaskFollowsThePhotosLight() {
        for (String name : List.of("original", "darkened", "brightened")) {
            assertEquals(1L, Browser.asMap(out.get(name)).get("faces"), "faces found on the " + name + " photo");
        }
        Map<String, Object> original = Browser.asMap(out.get("original"));
        Map<String, Object> darkened = Browser.asMap(out.get("darkened"));
        Map<String, Object> brightened = Browser.asMap(out.get("brightened"));
        double faceO = number(original.get("face"));
        double faceD = number(darkened.get("face"));
        double faceB = number(brightened.get("face"));
        System.out.printf("face luma: original %.1f, darkened %.1f (× %.3f), brightened %.1f (× %.3f)%n",
                faceO, faceD, faceD / faceO, faceB, faceB / faceO);
        System.out.printf("  %-22s %5s %6s | %7s %7s %7s | %6s %6s | %13s %13s%n", "mask", "light", "pixels",
                "orig", "dark", "bright", "d/o", "b/o", "dark rel/exp", "bright rel/exp");

        Map<String, Object> masks = Browser.asMap(original.get("masks"));
        assertFalse(masks.isEmpty(), "no built-in masks");
        List<Executable> checks = new ArrayList<>();
        for (String id : masks.keySet()) {
            Map<String, Object> o = Browser.asMap(masks.get(id));
            Map<String, Object> d = Browser.asMap(Browser.asMap(darkened.get("masks")).get(id));
            Map<String, Object> b = Browser.asMap(Browser.asMap(brightened.get("masks")).get(id));
            long pixels = Math.min(count(o), Math.min(count(d), count(b)));
            if (pixels < 50) {
                checks.add(() -> assertTrue(pixels >= 50, id + ": too few solid mask pixels to measure: " + pixels));
                continue;
            }
            MaskSpec spec = FittedMask.spec(id);
            double lighting = effectiveLighting(spec);
            double yO = number(o.get("mask"));
            double yD = number(d.get("mask"));
            double yB = number(b.get("mask"));
            // Mask luma relative to the face's, on each copy relative to the original's; and what
            // it would be if the mask's light followed the photo's as much as its lighting says.
            double relD = (yD / faceD) / (yO / faceO);
            double relB = (yB / faceB) / (yO / faceO);
            double expD = expectedRelative(lighting, faceD / faceO);
            // A mask cannot come out brighter than white.
            double expB = Math.min(expectedRelative(lighting, faceB / faceO), (255 / faceB) / (yO / faceO));
            System.out.printf("  %-22s %5.2f %6d | %7.1f %7.1f %7.1f | %6.3f %6.3f | %6.3f/%-6.3f %6.3f/%-6.3f%n",
                    id, lighting, pixels, yO, yD, yB, yD / yO, yB / yO, relD, expD, relB, expB);
            checks.add(() -> assertTrue(yD < yO, String.format(
                    "%s: on the darkened photo (× %.1f) the mask's luma should drop; original %.1f, darkened %.1f",
                    id, DARKEN, yO, yD)));
            checks.add(() -> assertTrue(yB > yO, String.format(
                    "%s: on the brightened photo (× %.1f) the mask's luma should rise; original %.1f, brightened %.1f",
                    id, BRIGHTEN, yO, yB)));
            checks.add(() -> assertInBand(id, "darkened", relD, expD));
            checks.add(() -> assertInBand(id, "brightened", relB, expB));
        }
        assertAll(checks);
    }

    @Test
    void drawsAllOfEveryMaskOnAFrontalFace() {
        assertEquals(1L, Browser.asMap(out.get("original")).get("faces"), "faces found on the astronaut");
        Map<String, Object> masks = Browser.asMap(Browser.asMap(out.get("original")).get("masks"));
        assertFalse(masks.isEmpty(), "no built-in masks");
        List<Executable> checks = new ArrayList<>();
        System.out.println("share of each mask's solid inside that shows on the frontal astronaut"
                + " (differs from the photo by more than " + SHOWN_DIFFERENCE + "):");
        masks.forEach((id, value) -> {
            Map<String, Object> m = Browser.asMap(value);
            double shown = count(m) == 0 ? 0 : number(m.get("shown"));
            System.out.printf("  %-22s %6.1f %% of %d px%n", id, 100 * shown, count(m));
            checks.add(() -> assertTrue(shown >= SHOWN_SHARE, String.format("%s: only %.1f %% of the %d pixels its"
                    + " fitted mesh covers solidly show the mask on a frontal face (at least %.0f %%): something"
                    + " (the face occluder?) hides the rest", id, 100 * shown, count(m), 100 * SHOWN_SHARE)));
        });
        assertAll(checks);
    }

    /**
     * How strongly the photo's light reaches the mask's pixels: its lighting, and for the share
     * of the photo that shows through (opacity below 1) fully; a multiply blend takes the photo's
     * light by itself.
     */
    static double effectiveLighting(MaskSpec spec) {
        if (MaskSpec.BLEND_MULTIPLY.equals(spec.blend)) {
            return 1;
        }
        return 1 - spec.opacity * (1 - spec.lighting);
    }

    /**
     * The mask-to-face luma ratio on a copy whose face luma is {@code faceRatio} × the original's,
     * relative to the original's, when a share {@code lighting} of the mask's luma follows the
     * photo: (lighting · faceRatio + 1 − lighting) / faceRatio.
     */
    private static double expectedRelative(double lighting, double faceRatio) {
        return (lighting * faceRatio + 1 - lighting) / faceRatio;
    }

    private static void assertInBand(String id, String copy, double relative, double expected) {
        assertTrue(relative <= BAND * expected && relative >= expected / BAND, String.format(
                "%s on the %s photo: mask luma relative to the face's is %.3f × the original's; with its lighting"
                        + " it should be %.3f, within a factor %.2f (%s)", id, copy, relative, expected, BAND,
                relative > expected ? "brighter against the face than its lighting allows: it glows"
                        : "darker against the face than its lighting allows"));
    }

    private static long count(Map<String, Object> m) {
        return ((Number) m.get("pixels")).longValue();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
