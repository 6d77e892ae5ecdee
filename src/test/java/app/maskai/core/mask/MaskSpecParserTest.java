package app.maskai.core.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskSpecParserTest {
    private static final String FILE = "surgical-blue.json";

    /** A valid file: 4 vertices, 2 triangles. Tests replace one piece of it. */
    private static String good() {
        return "{\n"
                + "  \"schema\": \"maskai.mask\", \"version\": 1,\n"
                + "  \"id\": \"surgical-blue\",\n"
                + "  \"name\": \"Surgical, blue\",\n"
                + "  \"category\": \"surgical\",\n"
                + "  \"texture\": \"surgical-blue.png\",\n"
                + "  \"thumbnail\": \"thumbs/surgical-blue.thumb.png\",\n"
                + "  \"opacity\": 0.9,\n"
                + "  \"mesh\": {\n"
                + "    \"landmarks\": [1, 4, 152, 467],\n"
                + "    \"uv\": [0, 0, 1, 0, 1, 1, 0.5, 0.25],\n"
                + "    \"triangles\": [0, 1, 2, 0, 2, 3]\n"
                + "  }\n"
                + "}\n";
    }

    private static void assertRejected(String json, String expectedMessage) {
        MaskSpecException e = assertThrows(MaskSpecException.class,
                () -> MaskSpecParser.parse(json, FILE));
        assertEquals(expectedMessage, e.getMessage());
        assertEquals(FILE, e.fileName());
    }

    private static void assertRejectedWith(String json, String expectedStart) {
        MaskSpecException e = assertThrows(MaskSpecException.class,
                () -> MaskSpecParser.parse(json, FILE));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void acceptsAGoodFile() throws MaskSpecException {
        MaskSpec spec = MaskSpecParser.parse(good(), FILE);
        assertEquals("surgical-blue", spec.id);
        assertEquals("Surgical, blue", spec.name);
        assertEquals("surgical", spec.category);
        assertEquals("surgical-blue.png", spec.texture);
        assertEquals("thumbs/surgical-blue.thumb.png", spec.thumbnail);
        assertEquals(0.9f, spec.opacity);
        assertEquals(4, spec.vertexCount());
        assertEquals(2, spec.triangleCount());
        assertArrayEquals(new int[] {1, 4, 152, 467}, spec.landmarks);
        assertArrayEquals(new float[] {0, 0, 1, 0, 1, 1, 0.5f, 0.25f}, spec.uv);
        assertArrayEquals(new int[] {0, 1, 2, 0, 2, 3}, spec.triangles);
    }

    @Test
    void readsVersionOneAsOneNonRigidPartWithDefaults() throws MaskSpecException {
        MaskSpec spec = MaskSpecParser.parse(good(), FILE);
        assertEquals(1, spec.version);
        assertEquals("normal", spec.blend);
        assertEquals(1f, spec.lighting);
        assertEquals(0, spec.extraVertexCount());
        assertEquals(4, spec.landmarkVertexCount());
        assertEquals(1, spec.parts.length);
        assertEquals("mask", spec.parts[0].name);
        assertEquals(false, spec.parts[0].rigid);
        assertArrayEquals(spec.triangles, spec.parts[0].triangles);
        assertEquals(false, spec.hasRigidParts());
    }

    @Test
    void refusesVersionTwoFieldsInAVersionOneFile() {
        assertRejectedWith(good().replace("\"opacity\": 0.9,", "\"opacity\": 0.9, \"blend\": \"normal\","),
                "surgical-blue.json: unknown field blend (expected only:");
        assertRejectedWith(good().replace("\"opacity\": 0.9,", "\"opacity\": 0.9, \"textureAlpha\": \"a.png\","),
                "surgical-blue.json: unknown field textureAlpha (expected only:");
        assertRejected(good().replace("\"triangles\"", "\"parts\""),
                "surgical-blue.json: unknown field mesh.parts (expected only: landmarks, uv, triangles)");
    }

    @Test
    void rejectsATriangleIndexOutOfRange() {
        assertRejected(good().replace("[0, 1, 2, 0, 2, 3]", "[0, 1, 2, 0, 2, 900]"),
                "surgical-blue.json: mesh.triangles[5] = 900 is out of range (vertex count 4)");
        assertRejected(good().replace("[0, 1, 2, 0, 2, 3]", "[0, 1, 2, -1, 2, 3]"),
                "surgical-blue.json: mesh.triangles[3] = -1 is out of range (vertex count 4)");
    }

    @Test
    void rejectsTrianglesThatAreNotTriples() {
        assertRejected(good().replace("[0, 1, 2, 0, 2, 3]", "[0, 1, 2, 0, 2]"),
                "surgical-blue.json: mesh.triangles has 5 indices, not a multiple of 3");
        assertRejected(good().replace("[0, 1, 2, 0, 2, 3]", "[]"),
                "surgical-blue.json: mesh.triangles is empty (at least one triangle needed)");
        assertRejected(good().replace("[0, 1, 2, 0, 2, 3]", "[0, 1, 2.5, 0, 2, 3]"),
                "surgical-blue.json: mesh.triangles[2] = 2.5 is not a whole number");
    }

    @Test
    void rejectsLandmarksOutsideFaceMesh() {
        assertRejected(good().replace("[1, 4, 152, 467]", "[1, 4, 152, 468]"),
                "surgical-blue.json: mesh.landmarks[3] = 468 is not a FaceMesh landmark (0..467)");
        assertRejected(good().replace("[1, 4, 152, 467]", "[1, \"4\", 152, 467]"),
                "surgical-blue.json: mesh.landmarks[1] must be a whole number, found a string");
        assertRejected(good().replace("[1, 4, 152, 467]", "[]"),
                "surgical-blue.json: mesh.landmarks is empty");
    }

    @Test
    void rejectsUvOutOfRangeOrOfTheWrongLength() {
        assertRejected(good().replace("0.5, 0.25]", "0.5, 1.25]"),
                "surgical-blue.json: mesh.uv[7] = 1.25 is outside 0..1");
        assertRejected(good().replace("0.5, 0.25]", "0.5]"),
                "surgical-blue.json: mesh.uv has 7 numbers, expected 8 (2 per vertex, vertex count 4)");
    }

    @Test
    void rejectsBadIdentityFields() {
        assertRejected(good().replace("\"id\": \"surgical-blue\"", "\"id\": \"Surgical_Blue\""),
                "surgical-blue.json: id = \"Surgical_Blue\" must be 1 to 40 characters from a-z, 0-9"
                        + " and '-'");
        assertRejected(good().replace("\"name\": \"Surgical, blue\"", "\"name\": \"  \""),
                "surgical-blue.json: name is empty");
        assertRejected(good().replace("Surgical, blue", "x".repeat(81)),
                "surgical-blue.json: name is 81 characters long, at most 80 allowed");
        assertRejectedWith(good().replace("\"category\": \"surgical\"", "\"category\": \"hat\""),
                "surgical-blue.json: category = \"hat\" is not one of: surgical, respirator, cloth,");
    }

    @Test
    void rejectsFileNamesThatLeaveTheMasksFolder() {
        assertRejected(good().replace("\"surgical-blue.png\"", "\"../secret.png\""),
                "surgical-blue.json: texture = \"../secret.png\" must not contain \"..\"");
        assertRejected(good().replace("\"surgical-blue.png\"", "\"/etc/passwd\""),
                "surgical-blue.json: texture = \"/etc/passwd\" must be relative (starts with \"/\")");
        assertRejected(good().replace("\"surgical-blue.png\"", "\"https://x.example/a.png\""),
                "surgical-blue.json: texture = \"https://x.example/a.png\" must be a relative file name,"
                        + " not a URL");
        assertRejected(good().replace("\"thumbs/surgical-blue.thumb.png\"", "\"thumbs\\\\a.png\""),
                "surgical-blue.json: thumbnail = \"thumbs\\\\a.png\" must use \"/\", not \"\\\"");
        assertRejected(good().replace("\"surgical-blue.png\"", "\"\""),
                "surgical-blue.json: texture is empty");
    }

    @Test
    void rejectsOpacityOutsideZeroToOne() {
        assertRejected(good().replace("0.9", "1.5"),
                "surgical-blue.json: opacity = 1.5 must be between 0 and 1");
        assertRejected(good().replace("0.9", "\"0.9\""),
                "surgical-blue.json: opacity must be a number, found a string");
    }

    @Test
    void rejectsTheWrongSchemaOrVersion() {
        assertRejected(good().replace("\"maskai.mask\"", "\"maskai.manifest\""),
                "surgical-blue.json: schema is \"maskai.manifest\", expected \"maskai.mask\"");
        assertRejected(good().replace("\"version\": 1", "\"version\": 3"),
                "surgical-blue.json: version 3 is not supported (this app reads maskai.mask versions 1"
                        + " to 2)");
        assertRejected(good().replace("\"version\": 1", "\"version\": 1.5"),
                "surgical-blue.json: version 1.5 is not supported (this app reads maskai.mask versions 1"
                        + " to 2)");
    }

    @Test
    void rejectsMissingAndUnknownFields() {
        assertRejected(good().replace("\"opacity\": 0.9,", ""),
                "surgical-blue.json: opacity is missing");
        assertRejected(good().replace("\"opacity\": 0.9,", "\"opacity\": 0.9, \"opactiy\": 1,"),
                "surgical-blue.json: unknown field opactiy (expected only: schema, version, id, name,"
                        + " category, texture, thumbnail, opacity, mesh)");
        assertRejected(good().replace("\"triangles\"", "\"tris\""),
                "surgical-blue.json: unknown field mesh.tris (expected only: landmarks, uv, triangles)");
        String meshArray = good().substring(0, good().indexOf("\"mesh\"")) + "\"mesh\": [1]}";
        assertRejected(meshArray, "surgical-blue.json: mesh must be an object, found an array");
    }

    @Test
    void rejectsInvalidJsonWithItsPosition() {
        assertRejected(good().replace("\"version\": 1,", "\"version\": 1,,"),
                "surgical-blue.json: not valid JSON: unexpected ',', expected a string key at line 2,"
                        + " column 41");
        assertRejected("[]", "surgical-blue.json: the top level must be an object, found an array");
    }

    @Test
    void rejectsMeshesOverTheLimits() {
        StringBuilder landmarks = new StringBuilder("[0");
        StringBuilder uv = new StringBuilder("[0, 0");
        for (int i = 1; i < 2001; i++) {
            landmarks.append(", 0");
            uv.append(", 0, 0");
        }
        String big = good().replace("[1, 4, 152, 467]", landmarks + "]")
                .replace("[0, 0, 1, 0, 1, 1, 0.5, 0.25]", uv + "]");
        assertRejected(big, "surgical-blue.json: mesh.landmarks has 2001 vertices, at most 2000"
                + " allowed");
        StringBuilder triangles = new StringBuilder("[0, 1, 2");
        for (int i = 1; i < 4001; i++) {
            triangles.append(", 0, 1, 2");
        }
        assertRejected(good().replace("[0, 1, 2, 0, 2, 3]", triangles + "]"),
                "surgical-blue.json: mesh.triangles has 4001 triangles, at most 4000 allowed");
    }
}
