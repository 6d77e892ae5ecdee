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
 * Issue 13 §1, its first part: hands in front of a face are found. A fist of public-domain origin
 * (testdata/occluders/fist.png, see SOURCES.md) is drawn over the astronaut's mouth by script;
 * {@code MaskAI.detect(image, {hands: true})} must find it where it was drawn, find none on the
 * photo without it, and still find the face under it.
 */
class HandsIT {
    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** The fist drawn this many times its size, centred here on the astronaut (over mouth and chin). */
    static final double FIST_SCALE = 1.8;
    static final double[] FIST_CENTRE = {230, 162};
    /** A found hand matches the drawn fist when their boxes overlap by this IoU. */
    static final double MIN_IOU = 0.5;

    private static Map<String, Object> out;

    @BeforeAll
    static void findHands() {
        out = Browser.asMap(site.browser().call("""
                const photo = await T.bitmap('faces/astronaut.png'), fist = await T.bitmap('occluders/fist.png');
                const w = photo.width, h = photo.height, s = args[0], [cx, cy] = args[1];
                const fw = fist.width * s, fh = fist.height * s;
                const composite = T.canvas(w, h), ctx = composite.getContext('2d');
                ctx.drawImage(photo, 0, 0);
                ctx.drawImage(fist, cx - fw / 2, cy - fh / 2, fw, fh);
                // The drawn fist's own box: where its alpha lands.
                const alone = T.canvas(w, h);
                alone.getContext('2d').drawImage(fist, cx - fw / 2, cy - fh / 2, fw, fh);
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
                return {drawn: {x: x0, y: y0, width: x1 - x0, height: y1 - y0},
                        hands: withFist.hands, faces: withFist.faces.length, plainHands: plain.hands,
                        plainFaces: plain.faces.length, againHands: again.hands.length, noHandsKey: 'hands' in facesOnly,
                        firstMs: t1 - t0, laterMs: t2 - t1, facesOnlyMs: t3 - t2};
                """, FIST_SCALE, List.of(FIST_CENTRE[0], FIST_CENTRE[1])));
        System.out.println("hands: " + out);
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

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
