package app.maskai.core.hair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.template.SkinTone;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HairShadeTest {
    @Test
    void thereAreAtLeastEightColoursEachItsOwnAndACustomOne() {
        Set<String> ids = new HashSet<>();
        Set<Integer> colours = new HashSet<>();
        for (HairColour colour : HairColour.ALL) {
            assertTrue(ids.add(colour.id));
            assertTrue(colours.add(colour.rgb));
            assertSame(colour, HairColour.byId(colour.id));
        }
        assertTrue(HairColour.ALL.size() >= 8);
        assertEquals(0x12ab9f, HairColour.byId("#12AB9F").rgb);
        assertEquals("Custom #12ab9f", HairColour.custom("#12AB9F").name);
        assertNull(HairColour.byId("#12ab9"));
        assertNull(HairColour.byId("green"));
    }

    @Test
    void darkHairDyedBlondeTakesTheColoursLightAndKeepsItsStrandsLightAndShade() {
        // Dark brown hair: luma 0.12..0.24 in strands.
        int n = 400;
        float[] out = new float[3];
        float[] params = HairShade.params(HairColour.BLONDE, 0.18f, 1);
        double sum = 0;
        double sumIn = 0;
        float lightest = -1;
        float darkest = 2;
        float[] ycc = new float[3];
        for (int i = 0; i < n; i++) {
            float v = 0.18f + 0.06f * (float) Math.sin(i * 0.7);
            HairShade.apply(params, v * 1.2f, v, v * 0.8f, 1, out);
            SkinTone.toYcc(out[0], out[1], out[2], ycc);
            sum += ycc[0];
            sumIn += v;
            lightest = Math.max(lightest, ycc[0]);
            darkest = Math.min(darkest, ycc[0]);
        }
        float[] target = new float[3];
        SkinTone.toYcc(0xC9 / 255f, 0x9A / 255f, 0x5B / 255f, target);
        assertEquals(target[0], sum / n, 0.02, "the mean light is the colour's");
        assertTrue(lightest - darkest > 0.2f, "strands still differ: " + darkest + ".." + lightest);
        assertEquals(0.18, sumIn / n, 0.01);
    }

    @Test
    void noMatteOrNoStrengthChangesNothing() {
        float[] out = new float[3];
        HairShade.apply(HairShade.params(HairColour.BLUE, 0.3f, 1), 0.3f, 0.25f, 0.2f, 0, out);
        assertEquals(0.3f, out[0], 1e-6);
        HairShade.apply(HairShade.params(HairColour.BLUE, 0.3f, 0), 0.3f, 0.25f, 0.2f, 1, out);
        assertEquals(0.25f, out[1], 1e-6);
    }

    @Test
    void theHairsMeanLumaIsWeightedByTheMatte() {
        byte[] rgba = {(byte) 255, (byte) 255, (byte) 255, (byte) 255, 0, 0, 0, (byte) 255};
        assertEquals(0.25f, HairShade.meanLuma(rgba, new byte[] {64, (byte) 192}), 0.01);
        assertEquals(-1, HairShade.meanLuma(rgba, new byte[] {0, 0}));
    }
}
