package app.maskai.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskMixTest {
    private static final List<String> FOUR = List.of("surgical-blue", "n95", "cloth-tartan", "kn95");

    @Test
    void theSameSeedGivesTheSameDrawInTheSamePlace() {
        MaskMix a = new MaskMix(FOUR, true, true, 42);
        MaskMix b = new MaskMix(FOUR, true, true, 42);
        for (int photo = 0; photo < 30; photo++) {
            for (int face = 0; face < 4; face++) {
                MaskMix.Choice x = a.choose(photo, face);
                MaskMix.Choice y = b.choose(photo, face);
                assertEquals(x.maskId, y.maskId);
                assertEquals(x.scale, y.scale);
                assertEquals(x.colour.name, y.colour.name);
            }
        }
        // Drawn in another order, the same places give the same draws.
        assertEquals(a.choose(7, 2).maskId, new MaskMix(FOUR, true, true, 42).choose(7, 2).maskId);
    }

    @Test
    void anotherSeedGivesAnotherDraw() {
        int differ = 0;
        for (int photo = 0; photo < 50; photo++) {
            if (!new MaskMix(FOUR, false, false, 1).choose(photo, 0).maskId
                    .equals(new MaskMix(FOUR, false, false, 2).choose(photo, 0).maskId)) {
                differ++;
            }
        }
        // Independent draws of 4 masks differ 3 times in 4: 37.5 of 50 expected.
        assertTrue(differ > 25, "draws differing between seeds: " + differ);
    }

    @Test
    void masksAreDrawnEvenly() {
        MaskMix mix = new MaskMix(FOUR, false, false, 2026);
        Map<String, Integer> counts = new HashMap<>();
        int n = 4000;
        for (int photo = 0; photo < n / 2; photo++) {
            for (int face = 0; face < 2; face++) {
                counts.merge(mix.choose(photo, face).maskId, 1, Integer::sum);
            }
        }
        for (String id : FOUR) {
            // 1000 expected; 5 standard deviations is about ±140.
            int count = counts.getOrDefault(id, 0);
            assertTrue(Math.abs(count - n / 4) < 140, id + " drawn " + count + " times of " + n);
        }
    }

    @Test
    void sizesStayWithinTheSpreadAndColoursComeFromThePalette() {
        MaskMix mix = new MaskMix(List.of("n95"), true, true, -7);
        float low = 9;
        float high = 0;
        Map<String, Integer> colours = new HashMap<>();
        for (int photo = 0; photo < 600; photo++) {
            MaskMix.Choice choice = mix.choose(photo, 0);
            low = Math.min(low, choice.scale);
            high = Math.max(high, choice.scale);
            assertEquals(choice.scale, Math.round(choice.scale * 100) / 100f);
            colours.merge(choice.colour.name, 1, Integer::sum);
        }
        assertTrue(low >= 1 - MaskMix.SIZE_SPREAD - 1e-6 && low < 0.9f, "smallest " + low);
        assertTrue(high <= 1 + MaskMix.SIZE_SPREAD + 1e-6 && high > 1.1f, "largest " + high);
        assertEquals(MaskMix.COLOURS.size(), colours.size(), "colours drawn: " + colours);
    }

    @Test
    void withoutVariationTheMaskIsAsItIs() {
        MaskMix.Choice choice = new MaskMix(List.of("n95"), false, false, 0).choose(3, 1);
        assertEquals("n95", choice.maskId);
        assertEquals(1f, choice.scale);
        assertNull(choice.colour);
    }

    @Test
    void aDrawIsFixedAcrossReleases() {
        // Pinned (first written by this release): a data set made with a seed is made again, the
        // same, by a later one. A change to the draw must change these on purpose.
        MaskMix mix = new MaskMix(FOUR, true, true, 42);
        assertEquals("n95 1.1 black", describe(mix.choose(0, 0)));
        assertEquals("surgical-blue 0.99 sky", describe(mix.choose(5, 1)));
        assertEquals("n95 0.96 pink", describe(new MaskMix(FOUR, true, true, -1).choose(99, 0)));
    }

    private static String describe(MaskMix.Choice choice) {
        return choice.maskId + " " + choice.scale + " " + (choice.colour == null ? "-" : choice.colour.name);
    }

    @Test
    void refusesAnEmptySet() {
        assertThrows(IllegalArgumentException.class, () -> new MaskMix(List.of(), false, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new MaskMix(List.of(""), false, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new MaskMix(FOUR, false, false, 0).choose(-1, 0));
    }

    @Test
    void colourHexIsSixDigits() {
        for (MaskMix.Colour colour : MaskMix.COLOURS) {
            assertTrue(colour.hex().matches("#[0-9a-f]{6}"), colour.hex());
        }
        assertEquals("#202124", MaskMix.COLOURS.get(0).hex());
    }
}
