package app.maskai.core.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskManifestTest {
    private static final String FILE = "manifest.json";

    private static String manifest(String... masks) {
        return "{\"schema\": \"maskai.manifest\", \"version\": 2, \"masks\": [" + String.join(", ", masks)
                + "]}";
    }

    private static String mask(String file, String id, String name, String category) {
        return "{\"file\": \"" + file + "\", \"id\": \"" + id + "\", \"name\": \"" + name
                + "\", \"category\": \"" + category + "\", \"thumbnail\": \"" + id + ".thumb.png\"}";
    }

    private static void assertRejected(String json, String expectedMessage) {
        MaskSpecException e = assertThrows(MaskSpecException.class,
                () -> MaskManifest.parse(json, FILE));
        assertEquals(expectedMessage, e.getMessage());
    }

    @Test
    void listsWhatTheGalleryShowsInOrder() throws MaskSpecException {
        List<MaskManifest.Item> items = MaskManifest.parse(manifest(
                mask("surgical-blue.json", "surgical-blue", "Surgical, blue", "surgical"),
                mask("party/confetti.json", "confetti", "Confetti \\u00e9", "playful")), FILE);
        assertEquals(2, items.size());
        assertEquals("surgical-blue.json", items.get(0).file);
        assertEquals("surgical-blue", items.get(0).id);
        assertEquals("Surgical, blue", items.get(0).name);
        assertEquals("surgical", items.get(0).category);
        assertEquals("surgical-blue.thumb.png", items.get(0).thumbnail);
        assertEquals("party/confetti.json", items.get(1).file);
        assertEquals("Confetti \u00e9", items.get(1).name);
    }

    @Test
    void rejectsAnEmptyOrRepeatingList() {
        assertRejected(manifest(), "manifest.json: masks is empty (list at least one mask)");
        assertRejected(manifest(mask("a.json", "a", "A", "cloth"), mask("b.json", "b", "B", "cloth"),
                mask("a.json", "c", "C", "cloth")), "manifest.json: masks[2].file = \"a.json\" repeats masks[0]");
        assertRejected(manifest(mask("a.json", "a", "A", "cloth"), mask("b.json", "a", "B", "cloth")),
                "manifest.json: masks[1].id = \"a\" repeats masks[0]");
    }

    @Test
    void rejectsFilesThatAreNotRelativeJsonFiles() {
        assertRejected(manifest(mask("a.png", "a", "A", "cloth")),
                "manifest.json: masks[0].file = \"a.png\" must name a .json file");
        assertRejected(manifest(mask("../a.json", "a", "A", "cloth")),
                "manifest.json: masks[0].file = \"../a.json\" must not contain \"..\"");
        assertRejected(manifest("\"a.json\""), "manifest.json: masks[0] must be an object, found a string");
    }

    @Test
    void checksIdNameAndCategoryByTheMetadataRules() {
        assertRejected(manifest(mask("a.json", "A b", "A", "cloth")),
                "manifest.json: masks[0].id = \"A b\" must be 1 to 40 characters from a-z, 0-9 and '-'");
        assertRejected(manifest(mask("a.json", "a", " ", "cloth")), "manifest.json: masks[0].name is empty");
        assertRejected(manifest(mask("a.json", "a", "A", "hats")),
                "manifest.json: masks[0].category = \"hats\" is not one of: surgical, respirator, cloth, fashion,"
                        + " masquerade, carnival, playful, custom");
        assertRejected(manifest("{\"file\": \"a.json\", \"id\": \"a\", \"name\": \"A\", \"category\": \"cloth\","
                + " \"thumbnail\": \"a.png\", \"texture\": \"a.png\"}"),
                "manifest.json: unknown field masks[0].texture (expected only: file, id, name, category, thumbnail)");
    }

    @Test
    void rejectsTheWrongSchema() {
        assertRejected("{\"schema\": \"maskai.mask\", \"version\": 2, \"masks\": []}",
                "manifest.json: schema is \"maskai.mask\", expected \"maskai.manifest\"");
        assertRejected("{\"schema\": \"maskai.manifest\", \"masks\": []}",
                "manifest.json: version is missing");
        assertRejected("{\"schema\": \"maskai.manifest\", \"version\": 1, \"masks\": [\"a.json\"]}",
                "manifest.json: version 1 is not supported (this app reads maskai.manifest version 2)");
    }
}
