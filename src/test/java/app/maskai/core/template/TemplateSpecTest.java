package app.maskai.core.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.mask.Catalogue;
import app.maskai.core.mask.MaskSpecException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateSpecTest {
    private static TemplateSpec sample(String front) {
        float[] landmarks = new float[3 * 468];
        for (int i = 0; i < 468; i++) {
            landmarks[3 * i] = 300 + (i % 30) * 4.25f;
            landmarks[3 * i + 1] = 300 + (i / 30) * 9.5f;
            landmarks[3 * i + 2] = -3.5f + i * 0.01f;
        }
        return new TemplateSpec("astronaut", "Astronaut", 720, 900, "astronaut.jpg", front, "astronaut.thumb.png",
                landmarks, new float[] {300, 300, 420, 300, 360, 450},
                new SkinTone(new float[] {0.7f, 0.45f, 0.56f}, new float[] {0.03f, 0.01f, 0.012f}));
    }

    @Test
    void writesWhatItReadsBack() throws MaskSpecException {
        TemplateSpec spec = sample("astronaut.front.png");
        TemplateSpec back = TemplateSpec.parse(spec.toJson(), "astronaut.json");
        assertEquals("astronaut", back.id);
        assertEquals("Astronaut", back.name);
        assertEquals(720, back.width);
        assertEquals(900, back.height);
        assertEquals("astronaut.front.png", back.front);
        assertArrayEquals(spec.landmarks, back.landmarks, 0.005f);
        assertArrayEquals(spec.region, back.region, 0.005f);
        assertEquals(0.7f, back.skin.mean(0), 1e-4);
        assertEquals(0.012f, back.skin.spread(2), 1e-4);
        assertNull(TemplateSpec.parse(sample(null).toJson(), "t.json").front);
    }

    @Test
    void refusesWhatItCannotDrawNamingTheField() {
        String good = sample("f.png").toJson();
        for (String[] change : List.of(
                new String[] {"\"version\": 1", "\"version\": 2", "version 2 is not supported"},
                new String[] {"\"width\": 720", "\"width\": 20000", "width = 20000"},
                new String[] {"\"id\": \"astronaut\"", "\"id\": \"Astro naut\"", "id \"Astro naut\""},
                new String[] {"\"background\": \"astronaut.jpg\"", "\"background\": \"https://x/a.jpg\"", "not a URL"},
                new String[] {"\"landmarks\": [", "\"landmarks\": [1, ", "landmarks must hold 1404"},
                new String[] {"\"region\": [300", "\"region\": [3000", "region[0] lies outside"},
                new String[] {"\"skin\": {", "\"skin\": {\"x\": 1, ", "unknown field skin.x"},
                new String[] {"\"name\": \"Astronaut\"", "\"name\": \" \"", "name must have"})) {
            String bad = good.replace(change[0], change[1]);
            assertTrue(!bad.equals(good), change[0]);
            MaskSpecException e = assertThrows(MaskSpecException.class, () -> TemplateSpec.parse(bad, "t.json"));
            assertTrue(e.getMessage().contains(change[2]), e.getMessage());
        }
    }

    @Test
    void theManifestListsTemplatesInOrderAndRefusesAnIdTwice() throws MaskSpecException {
        String json = TemplateManifest.write(List.of(sample(null), sample(null)), List.of("a.json", "b.json"));
        MaskSpecException e = assertThrows(MaskSpecException.class, () -> TemplateManifest.parse(json, "m"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
        List<Catalogue.Item> items = TemplateManifest.parse(
                TemplateManifest.write(List.of(sample(null)), List.of("astronaut.json")), "m");
        assertEquals(1, items.size());
        assertEquals("astronaut.json", items.get(0).file);
        assertEquals("astronaut.thumb.png", items.get(0).thumbnail);
    }
}
