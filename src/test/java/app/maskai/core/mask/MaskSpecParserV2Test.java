package app.maskai.core.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskSpecParserV2Test {
    private static final String FILE = "n95.json";

    /**
     * A valid version 2 file: 3 landmark vertices, 2 extra vertices, 2 parts (a rigid cup of
     * vertices 0, 1, 3 and a strap of 1, 2, 4).
     */
    private static String good() {
        return "{\n"
                + "  \"schema\": \"maskai.mask\", \"version\": 2,\n"
                + "  \"id\": \"n95\", \"name\": \"N95\", \"category\": \"respirator\",\n"
                + "  \"texture\": \"n95.png\", \"thumbnail\": \"n95.thumb.png\", \"opacity\": 1,\n"
                + "  \"blend\": \"multiply\", \"lighting\": 0.75,\n"
                + "  \"mesh\": {\n"
                + "    \"landmarks\": [1, 152, 234],\n"
                + "    \"extraVertices\": [[[10, 1.5], [152, -0.5]], [[234, 1]]],\n"
                + "    \"uv\": [0, 0, 1, 0, 1, 1, 0.5, 0.25, 0.5, 0.5],\n"
                + "    \"parts\": [\n"
                + "      {\"name\": \"cup\", \"rigid\": true, \"triangles\": [0, 1, 3]},\n"
                + "      {\"name\": \"strap\", \"rigid\": false, \"triangles\": [1, 2, 4]}\n"
                + "    ]\n"
                + "  }\n"
                + "}\n";
    }

    private static void assertRejected(String json, String expectedMessage) {
        MaskSpecException e = assertThrows(MaskSpecException.class,
                () -> MaskSpecParser.parse(json, FILE));
        assertEquals(expectedMessage, e.getMessage());
        assertEquals(FILE, e.fileName());
    }

    @Test
    void acceptsAGoodVersionTwoFile() throws MaskSpecException {
        MaskSpec spec = MaskSpecParser.parse(good(), FILE);
        assertEquals(2, spec.version);
        assertEquals("multiply", spec.blend);
        assertEquals(0.75f, spec.lighting);
        assertEquals(5, spec.vertexCount());
        assertEquals(3, spec.landmarkVertexCount());
        assertEquals(2, spec.extraVertexCount());
        assertArrayEquals(new int[] {10, 152}, spec.extraTerms[0]);
        assertArrayEquals(new float[] {1.5f, -0.5f}, spec.extraWeights[0]);
        assertArrayEquals(new int[] {234}, spec.extraTerms[1]);
        assertEquals(2, spec.parts.length);
        assertEquals("cup", spec.parts[0].name);
        assertTrue(spec.parts[0].rigid);
        assertArrayEquals(new int[] {0, 1, 3, 1, 2, 4}, spec.triangles);
        assertArrayEquals(spec.triangles, spec.allTriangles());
        assertTrue(spec.hasRigidParts());
        assertTrue(spec.isRigid(0));
        assertFalse(spec.isRigid(1)); // shared with the flexible part: the join follows its landmark
        assertFalse(spec.isRigid(2));
        assertTrue(spec.isRigid(3));
        assertFalse(spec.isRigid(4));
    }

    @Test
    void defaultsBlendLightingAndExtraVertices() throws MaskSpecException {
        String json = good().replace("\"blend\": \"multiply\", \"lighting\": 0.75,\n", "")
                .replace("\"extraVertices\": [[[10, 1.5], [152, -0.5]], [[234, 1]]],", "")
                .replace(", 0.5, 0.25, 0.5, 0.5]", "]")
                .replace("[0, 1, 3]", "[0, 1, 2]").replace("[1, 2, 4]", "[2, 1, 0]");
        MaskSpec spec = MaskSpecParser.parse(json, FILE);
        assertEquals("normal", spec.blend);
        assertEquals(1f, spec.lighting);
        assertEquals(0, spec.extraVertexCount());
        assertEquals(null, spec.textureAlpha);
    }

    @Test
    void readsATextureWhoseAlphaIsASeparateImage() throws MaskSpecException {
        MaskSpec spec = MaskSpecParser.parse(good().replace("\"texture\": \"n95.png\",",
                "\"texture\": \"n95.jpg\", \"textureAlpha\": \"n95.alpha.png\","), FILE);
        assertEquals("n95.jpg", spec.texture);
        assertEquals("n95.alpha.png", spec.textureAlpha);
        assertEquals(5, spec.vertexCount());
        assertTrue(spec.isRigid(0));
        assertRejected(good().replace("\"texture\": \"n95.png\",",
                "\"texture\": \"n95.jpg\", \"textureAlpha\": \"../n95.alpha.png\","),
                "n95.json: textureAlpha = \"../n95.alpha.png\" must not contain \"..\"");
        assertRejected(good().replace("\"texture\": \"n95.png\",",
                "\"texture\": \"n95.jpg\", \"textureAlpha\": 3,"),
                "n95.json: textureAlpha must be a string, found a number");
    }

    @Test
    void rejectsExtraVerticesThatAreNotAffineCombinations() {
        assertRejected(good().replace("[[10, 1.5], [152, -0.5]]", "[[10, 1.5], [152, -0.4]]"),
                "n95.json: mesh.extraVertices[0] weights sum to 1.1, expected 1 (within 0.0001)");
        assertRejected(good().replace("[[10, 1.5], [152, -0.5]]", "[[10, 5], [152, -4]]"),
                "n95.json: mesh.extraVertices[0][0][1] = 5 is outside -4..4");
        assertRejected(good().replace("[[10, 1.5], [152, -0.5]]", "[[468, 1.5], [152, -0.5]]"),
                "n95.json: mesh.extraVertices[0][0][0] = 468 is not a FaceMesh landmark (0..467)");
        assertRejected(good().replace("[[10, 1.5], [152, -0.5]]", "[]"),
                "n95.json: mesh.extraVertices[0] has 0 terms, expected 1 to 40");
        assertRejected(good().replace("[[234, 1]]", "[[234, 1, 0]]"),
                "n95.json: mesh.extraVertices[1][0] must be a [landmark, weight] pair");
        assertRejected(good().replace("[[234, 1]]", "[[234, \"1\"]]"),
                "n95.json: mesh.extraVertices[1][0][1] must be a number, found a string");
        assertRejected(good().replace("[[234, 1]]", "{}"),
                "n95.json: mesh.extraVertices[1] must be an array of [landmark, weight] pairs, found an"
                        + " object");
        StringBuilder many = new StringBuilder("[[0, 1]");
        for (int i = 0; i < 40; i++) {
            many.append(", [0, 0]");
        }
        assertRejected(good().replace("[[234, 1]]", many + "]"),
                "n95.json: mesh.extraVertices[1] has 41 terms, expected 1 to 40");
    }

    @Test
    void rejectsUvThatDoesNotCountExtraVertices() {
        assertRejected(good().replace(", 0.5, 0.5]", "]"),
                "n95.json: mesh.uv has 8 numbers, expected 10 (2 per vertex, vertex count 5)");
    }

    @Test
    void rejectsBadParts() {
        assertRejected(good().replace("[0, 1, 3]", "[0, 1, 5]"),
                "n95.json: mesh.parts[0].triangles[2] = 5 is out of range (vertex count 5)");
        assertRejected(good().replace("[1, 2, 4]", "[]"),
                "n95.json: mesh.parts[1].triangles is empty (at least one triangle needed)");
        assertRejected(good().replace("\"strap\"", "\"cup\""),
                "n95.json: mesh.parts[1].name = \"cup\" repeats mesh.parts[0].name");
        assertRejected(good().replace("\"strap\"", "\"" + "s".repeat(41) + "\""),
                "n95.json: mesh.parts[1].name is 41 characters long, at most 40 allowed");
        assertRejected(good().replace("\"strap\"", "\" \""),
                "n95.json: mesh.parts[1].name is empty");
        assertRejected(good().replace("\"rigid\": true", "\"rigid\": 1"),
                "n95.json: mesh.parts[0].rigid must be true or false, found a number");
        assertRejected(good().replace("\"rigid\": true", "\"rigid\": true, \"soft\": 1"),
                "n95.json: unknown field mesh.parts[0].soft (expected only: name, rigid, triangles)");
        String noParts = good().substring(0, good().indexOf("\"parts\"")) + "\"parts\": []}}";
        assertRejected(noParts, "n95.json: mesh.parts is empty (at least one part needed)");
    }

    @Test
    void rejectsBadBlendAndLighting() {
        assertRejected(good().replace("\"multiply\"", "\"screen\""),
                "n95.json: blend = \"screen\" is not one of: normal, multiply");
        assertRejected(good().replace("0.75", "1.25"),
                "n95.json: lighting = 1.25 must be between 0 and 1");
    }

    @Test
    void rejectsTrianglesOutsidePartsAndUnknownFields() {
        assertRejected(good().replace("\"parts\": [", "\"triangles\": [0, 1, 2], \"parts\": ["),
                "n95.json: unknown field mesh.triangles (expected only: landmarks, extraVertices, uv,"
                        + " parts)");
        assertRejected(good().replace("\"lighting\": 0.75", "\"lighting\": 0.75, \"shine\": 1"),
                "n95.json: unknown field shine (expected only: schema, version, id, name, category,"
                        + " texture, textureAlpha, thumbnail, opacity, blend, lighting, specular, shininess, mesh)");
    }

    @Test
    void readsASpecularHighlightOrNone() throws MaskSpecException {
        MaskSpec matte = MaskSpecParser.parse(good(), "n95.json");
        assertEquals(0f, matte.specular);
        assertEquals(MaskSpec.DEFAULT_SHININESS, matte.shininess);
        MaskSpec shiny = MaskSpecParser.parse(good().replace("\"lighting\": 0.75",
                "\"lighting\": 0.75, \"specular\": 0.3, \"shininess\": 10"), "n95.json");
        assertEquals(0.3f, shiny.specular);
        assertEquals(10f, shiny.shininess);
        assertRejected(good().replace("\"lighting\": 0.75", "\"lighting\": 0.75, \"specular\": 1.5"),
                "n95.json: specular = 1.5 must be between 0 and 1");
        assertRejected(good().replace("\"lighting\": 0.75", "\"lighting\": 0.75, \"shininess\": 0.5"),
                "n95.json: shininess = 0.5 must be between 1 and 256");
    }

    @Test
    void rejectsTooManyVerticesCountingExtras() {
        StringBuilder extras = new StringBuilder("[[[0, 1]]");
        StringBuilder uv = new StringBuilder("[0, 0, 0, 0, 0, 0, 0, 0");
        for (int i = 1; i < 1998; i++) {
            extras.append(", [[0, 1]]");
            uv.append(", 0, 0");
        }
        String big = good().replace("[[[10, 1.5], [152, -0.5]], [[234, 1]]]", extras + "]");
        assertRejected(big, "n95.json: mesh has 2001 vertices (landmarks and extraVertices), at most"
                + " 2000 allowed");
    }
}
