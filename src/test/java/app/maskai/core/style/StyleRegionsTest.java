package app.maskai.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StyleRegionsTest {
    /** The astronaut's 468 landmarks from the independent reference pipeline (test data). */
    private static float[] astronaut() throws IOException {
        try (InputStream in = StyleRegionsTest.class.getResourceAsStream("/testdata/astronaut.reference-468.json")) {
            Map<?, ?> root = (Map<?, ?>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<?> points = (List<?>) ((Map<?, ?>) ((List<?>) root.get("faces")).get(0)).get("landmarks");
            float[] out = new float[3 * points.size()];
            for (int i = 0; i < points.size(); i++) {
                List<?> p = (List<?>) points.get(i);
                for (int c = 0; c < 3; c++) {
                    out[3 * i + c] = ((Number) p.get(c)).floatValue();
                }
            }
            return out;
        }
    }

    @Test
    void eachRegionHoldsItsLandmarksWithFullWeightAndTheBackgroundHasNone() throws IOException {
        float[] face = astronaut();
        float[] regions = StyleRegions.of(List.of(face));
        assertEquals(StyleRegions.REGIONS_PER_FACE * StyleRegions.VALUES, regions.length);
        for (int[] points : new int[][] {StyleRegions.RIGHT_EYE_AND_BROW, StyleRegions.LEFT_EYE_AND_BROW,
            StyleRegions.LIPS}) {
            for (int p : points) {
                assertEquals(1f, StyleRegions.weightAt(regions, face[3 * p], face[3 * p + 1]), 1e-6,
                        "landmark " + p + " is in full detail");
            }
        }
        // The nose tip (4) is in the face, not in a feature: the face's weight.
        assertEquals(StyleRegions.FACE_WEIGHT, StyleRegions.weightAt(regions, face[12], face[13]), 1e-6);
        // The photo's corners and the space suit far below the chin: background.
        assertEquals(0f, StyleRegions.weightAt(regions, 5, 5));
        assertEquals(0f, StyleRegions.weightAt(regions, 256, 480));
    }

    @Test
    void theFeaturesAreSmallBesideTheFace() throws IOException {
        float[] regions = StyleRegions.of(List.of(astronaut()));
        double face = area(regions, 3);
        for (int r = 0; r < 3; r++) {
            double share = area(regions, r) / face;
            assertTrue(share > 0.02 && share < 0.2, "region " + r + " is " + share + " of the face");
        }
        // The eyes lie about level: their ellipses' long axes within 30° of horizontal (an eye with
        // its brow, whose outer end falls: 20° on the astronaut).
        for (int r = 0; r < 2; r++) {
            double angle = Math.abs(Math.toDegrees(regions[r * StyleRegions.VALUES + 4])) % 180;
            assertTrue(Math.min(angle, 180 - angle) < 30, "eye " + r + " at " + angle + "°");
        }
    }

    private static double area(float[] regions, int r) {
        return Math.PI * regions[r * StyleRegions.VALUES + 2] * regions[r * StyleRegions.VALUES + 3];
    }

    @Test
    void aFaceMovedMovesItsRegionsAndOnlyTheFirstEightFacesCount() throws IOException {
        float[] face = astronaut();
        float[] moved = face.clone();
        for (int i = 0; i < moved.length; i += 3) {
            moved[i] += 100;
            moved[i + 1] -= 40;
        }
        float[] a = StyleRegions.of(List.of(face));
        float[] b = StyleRegions.of(List.of(moved));
        for (int at = 0; at < a.length; at += StyleRegions.VALUES) {
            assertEquals(a[at] + 100, b[at], 1e-3);
            assertEquals(a[at + 1] - 40, b[at + 1], 1e-3);
            for (int k = 2; k < StyleRegions.VALUES; k++) {
                assertEquals(a[at + k], b[at + k], 1e-3);
            }
        }
        List<float[]> crowd = new ArrayList<>(Collections.nCopies(11, face));
        assertEquals(StyleRegions.MAX_REGIONS * StyleRegions.VALUES, StyleRegions.of(crowd).length);
        assertEquals(0, StyleRegions.of(List.of()).length);
    }

    @Test
    void stylesAreFoundByTheirIds() {
        assertEquals(6, PortraitStyle.values().length);
        for (PortraitStyle style : PortraitStyle.values()) {
            assertSame(style, PortraitStyle.byId(" " + style.id.toUpperCase() + " "));
            assertEquals(style.ordinal() + 1, style.index());
        }
        assertSame(PortraitStyle.WATERCOLOUR, PortraitStyle.byId("watercolor"));
        assertNull(PortraitStyle.byId("cubist"));
        assertNull(PortraitStyle.byId(null));
        assertEquals("pencil, ink, oil, watercolour, halftone, duotone", PortraitStyle.ids());
        assertEquals(0.25f, PortraitStyle.clampStrength(0.25));
        assertEquals(1f, PortraitStyle.clampStrength(7));
        assertEquals(0f, PortraitStyle.clampStrength(-1));
        assertEquals(PortraitStyle.DEFAULT_STRENGTH, PortraitStyle.clampStrength(Double.NaN));
    }
}
