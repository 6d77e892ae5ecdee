package app.maskai.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.mask.MaskSpec;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.mask.MaskSpecParser;
import app.maskai.core.mask.MaskSpecWriter;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Mask metadata (versions 1 and 2): {@link MaskSpecParser#parse} on any text either refuses it
 * with a {@link MaskSpecException} naming the file, or returns a spec that keeps every limit the
 * schema states; {@link MaskSpecWriter} then writes that spec, the text parses back to the same
 * mask (numbers to the writer's 6 decimals), and writing it again gives the same text.
 */
class MaskSpecFuzzTest {
    private static final String FILE = "fuzz.json";
    /** The writer rounds to 6 decimals: half a unit there, plus float rounding. */
    private static final float WRITE_TOLERANCE = 5e-7f + 5e-7f;

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"schema\"", "\"maskai.mask\"", "\"version\"", "\"id\"", "\"name\"",
        "\"category\"", "\"texture\"", "\"thumbnail\"", "\"opacity\"", "\"blend\"", "\"multiply\"",
        "\"normal\"", "\"lighting\"", "\"mesh\"", "\"landmarks\"", "\"extraVertices\"", "\"uv\"",
        "\"parts\"", "\"rigid\"", "\"triangles\"", "\"surgical\"", "\"respirator\"", "467", "468",
        "..", "://", "\\\\"})
    void parsesOrRefusesThenWritesBack(byte[] input) throws MaskSpecException {
        String text = new String(input, StandardCharsets.UTF_8);
        MaskSpec spec;
        try {
            spec = MaskSpecParser.parse(text, FILE);
        } catch (MaskSpecException e) {
            assertEquals(FILE, e.fileName());
            assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
            return;
        }
        assertWithinLimits(spec);
        String written;
        try {
            written = MaskSpecWriter.write(spec);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("the parser accepted a spec its writer refuses", e);
        }
        MaskSpec back = MaskSpecParser.parse(written, FILE);
        assertSameMask(spec, back);
        assertEquals(written, MaskSpecWriter.write(back), "writing is stable after one round");
    }

    private static void assertWithinLimits(MaskSpec spec) {
        assertTrue(spec.version == 1 || spec.version == 2, "version " + spec.version);
        assertTrue(spec.id.matches("[a-z0-9-]{1," + MaskSpecParser.MAX_ID_LENGTH + "}"), spec.id);
        assertTrue(spec.opacity >= 0 && spec.opacity <= 1, "opacity " + spec.opacity);
        assertTrue(spec.lighting >= 0 && spec.lighting <= 1, "lighting " + spec.lighting);
        int vertices = spec.vertexCount();
        assertTrue(vertices >= 1 && vertices <= MaskSpecParser.MAX_VERTICES, vertices + " vertices");
        assertTrue(spec.triangleCount() >= 1 && spec.triangleCount() <= MaskSpecParser.MAX_TRIANGLES);
        assertTrue(spec.parts.length >= 1 && spec.parts.length <= MaskSpecParser.MAX_PARTS);
        for (int landmark : spec.landmarks) {
            assertTrue(landmark >= 0 && landmark < MaskSpecParser.LANDMARK_COUNT, "landmark " + landmark);
        }
        for (int[] terms : spec.extraTerms) {
            for (int landmark : terms) {
                assertTrue(landmark >= 0 && landmark < MaskSpecParser.LANDMARK_COUNT, "term " + landmark);
            }
        }
        for (float[] weights : spec.extraWeights) {
            for (float w : weights) {
                assertTrue(Math.abs(w) <= MaskSpecParser.MAX_WEIGHT, "weight " + w);
            }
        }
        for (float u : spec.uv) {
            assertTrue(u >= 0 && u <= 1, "uv " + u);
        }
        for (int v : spec.triangles) {
            assertTrue(v >= 0 && v < vertices, "triangle corner " + v);
        }
    }

    private static void assertSameMask(MaskSpec expected, MaskSpec actual) {
        assertEquals(2, actual.version);
        assertEquals(expected.id, actual.id);
        assertEquals(expected.name, actual.name);
        assertEquals(expected.category, actual.category);
        assertEquals(expected.texture, actual.texture);
        assertEquals(expected.textureAlpha, actual.textureAlpha);
        assertEquals(expected.thumbnail, actual.thumbnail);
        assertEquals(expected.blend, actual.blend);
        assertEquals(expected.opacity, actual.opacity, WRITE_TOLERANCE);
        assertEquals(expected.lighting, actual.lighting, WRITE_TOLERANCE);
        assertArrayEquals(expected.landmarks, actual.landmarks);
        assertEquals(expected.extraTerms.length, actual.extraTerms.length);
        for (int e = 0; e < expected.extraTerms.length; e++) {
            assertArrayEquals(expected.extraTerms[e], actual.extraTerms[e]);
            assertArrayEquals(expected.extraWeights[e], actual.extraWeights[e], 4 * WRITE_TOLERANCE);
        }
        assertArrayEquals(expected.uv, actual.uv, WRITE_TOLERANCE);
        assertEquals(expected.parts.length, actual.parts.length);
        for (int p = 0; p < expected.parts.length; p++) {
            assertEquals(expected.parts[p].name, actual.parts[p].name);
            assertEquals(expected.parts[p].rigid, actual.parts[p].rigid);
            assertArrayEquals(expected.parts[p].triangles, actual.parts[p].triangles);
        }
    }
}
