package app.maskai.core.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskSpecWriterTest {
    private static MaskSpec sample() {
        return new MaskSpec("lace", "Lace, black", "fashion", "lace.png", "lace.thumb.png", 0.9f,
                MaskSpec.BLEND_MULTIPLY, 0.5f, new int[] {1, 152, 234},
                new int[][] {{10, 338, 297}}, new float[][] {{1.15f, -0.1f, -0.05f}},
                new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f},
                new MaskPart[] {new MaskPart("cup", true, new int[] {0, 1, 3}),
                        new MaskPart("edge", false, new int[] {1, 2, 3})});
    }

    @Test
    void writesVersionTwoThatReadsBackTheSame() throws MaskSpecException {
        MaskSpec spec = sample();
        String json = MaskSpecWriter.write(spec);
        MaskSpec back = MaskSpecParser.parse(json, "lace.json");
        assertEquals(2, back.version);
        assertEquals(spec.id, back.id);
        assertEquals(spec.name, back.name);
        assertEquals(spec.category, back.category);
        assertEquals(spec.texture, back.texture);
        assertEquals(spec.thumbnail, back.thumbnail);
        assertEquals(spec.opacity, back.opacity);
        assertEquals(spec.blend, back.blend);
        assertEquals(spec.lighting, back.lighting);
        assertArrayEquals(spec.landmarks, back.landmarks);
        assertArrayEquals(spec.extraTerms[0], back.extraTerms[0]);
        assertArrayEquals(spec.extraWeights[0], back.extraWeights[0]);
        assertArrayEquals(spec.uv, back.uv);
        assertArrayEquals(spec.triangles, back.triangles);
        assertEquals("cup", back.parts[0].name);
        assertTrue(back.parts[0].rigid);
        assertEquals(null, back.textureAlpha);
        assertEquals(json, MaskSpecWriter.write(back));
    }

    @Test
    void writesASpecularHighlightOnlyWhenThereIsOne() throws MaskSpecException {
        MaskSpec matte = sample();
        assertFalse(MaskSpecWriter.write(matte).contains("specular"));
        MaskSpec shiny = matte.withSpecular(0.8f, 40);
        MaskSpec back = MaskSpecParser.parse(MaskSpecWriter.write(shiny), "lace.json");
        assertEquals(0.8f, back.specular);
        assertEquals(40f, back.shininess);
        assertEquals(MaskSpecWriter.write(shiny), MaskSpecWriter.write(back));
    }

    @Test
    void writesASeparateAlphaImageOnlyWhenThereIsOne() throws MaskSpecException {
        MaskSpec spec = sample().withTextureAlpha("lace.alpha.png");
        String json = MaskSpecWriter.write(spec);
        assertTrue(json.contains("\"texture\": \"lace.png\",\n  \"textureAlpha\": \"lace.alpha.png\",\n"), json);
        MaskSpec back = MaskSpecParser.parse(json, "lace.json");
        assertEquals("lace.alpha.png", back.textureAlpha);
        assertArrayEquals(spec.triangles, back.triangles);
        assertTrue(back.isRigid(0));
        assertEquals(json, MaskSpecWriter.write(back));
        assertEquals(false, MaskSpecWriter.write(sample()).contains("textureAlpha"));
    }

    /** Found by MaskSpecFuzzTest: weights the parser accepts near its tolerance, which 6 decimals push past it. */
    @Test
    void writesWeightsThatSumToOneOnlyJustWithMoreDecimals() throws MaskSpecException {
        int[] terms = new int[40];
        float[] weights = new float[40];
        for (int t = 0; t < 40; t++) {
            terms[t] = t * 11;
            weights[t] = 0.02500249f;
        }
        MaskSpec spec = new MaskSpec("edge", "Edge", "fashion", "edge.png", "edge.thumb.png", 1f,
                MaskSpec.BLEND_NORMAL, 0.5f, new int[] {1, 152, 234}, new int[][] {terms}, new float[][] {weights},
                new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f},
                new MaskPart[] {new MaskPart("all", false, new int[] {0, 1, 3, 1, 2, 3})});
        MaskSpecParser.parse(MaskSpecWriter.write(sample()), "lace.json");
        String json = MaskSpecWriter.write(spec);
        MaskSpec back = MaskSpecParser.parse(json, "edge.json");
        assertArrayEquals(weights, back.extraWeights[0], 1e-9f);
        assertTrue(json.contains("0.02500249"), json);
    }

    @Test
    void writesTheExactLayout() {
        assertEquals("{\n"
                + "  \"schema\": \"maskai.mask\", \"version\": 2,\n"
                + "  \"id\": \"lace\",\n"
                + "  \"name\": \"Lace, black\",\n"
                + "  \"category\": \"fashion\",\n"
                + "  \"texture\": \"lace.png\",\n"
                + "  \"thumbnail\": \"lace.thumb.png\",\n"
                + "  \"opacity\": 0.9,\n"
                + "  \"blend\": \"multiply\",\n"
                + "  \"lighting\": 0.5,\n"
                + "  \"mesh\": {\n"
                + "    \"landmarks\": [1, 152, 234],\n"
                + "    \"extraVertices\": [\n"
                + "      [[10, 1.15], [338, -0.1], [297, -0.05]]\n"
                + "    ],\n"
                + "    \"uv\": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],\n"
                + "    \"parts\": [\n"
                + "      {\"name\": \"cup\", \"rigid\": true, \"triangles\": [0, 1, 3]},\n"
                + "      {\"name\": \"edge\", \"rigid\": false, \"triangles\": [1, 2, 3]}\n"
                + "    ]\n"
                + "  }\n"
                + "}\n", MaskSpecWriter.write(sample()));
    }

    @Test
    void writesAVersionOneSpecAsVersionTwo() throws MaskSpecException {
        MaskSpec v1 = new MaskSpec("a", "A", "custom", "a.png", "a.thumb.png", 1f,
                new int[] {1, 2, 3}, new float[] {0, 0, 1, 0, 0, 1}, new int[] {0, 1, 2});
        String json = MaskSpecWriter.write(v1);
        assertTrue(json.contains("\"extraVertices\": [],\n"), json);
        assertTrue(json.contains("{\"name\": \"mask\", \"rigid\": false, \"triangles\": [0, 1, 2]}"));
        assertEquals(2, MaskSpecParser.parse(json, "a.json").version);
    }

    @Test
    void refusesToWriteASpecTheAppWouldRefuse() {
        MaskSpec bad = new MaskSpec("a", "A", "custom", "a.png", "a.thumb.png", 1f,
                MaskSpec.BLEND_NORMAL, 1f, new int[] {1}, new int[][] {{1, 2}},
                new float[][] {{0.5f, 0.6f}}, new float[] {0, 0, 1, 1},
                new MaskPart[] {new MaskPart("m", false, new int[] {0, 1, 0})});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaskSpecWriter.write(bad));
        assertEquals("a.json: mesh.extraVertices[0] weights sum to 1.1, expected 1 (within 0.0001)",
                e.getMessage());
    }
}
