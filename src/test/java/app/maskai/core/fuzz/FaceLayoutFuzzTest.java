package app.maskai.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.layout.FaceLayout;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * masks/face-layout.json as the app loads it: {@link FaceLayout#parseJson} on any text either
 * refuses it with an IllegalArgumentException or gives a layout whose every coordinate is finite
 * and every triangle corner a vertex; that layout writes and reads back to the same text.
 */
class FaceLayoutFuzzTest {
    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"schema\"", "\"maskai.face-layout\"", "\"version\"", "\"canonical\"",
        "\"uv\"", "\"triangles\"", "1e38", "1e39", "467.5", "-1"})
    void parsesOrRefuses(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FaceLayout layout;
        try {
            layout = FaceLayout.parseJson(text);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("face layout: "), e.getMessage());
            return;
        }
        assertFinite(layout.canonical(), "canonical");
        assertFinite(layout.uv(), "uv");
        assertFinite(layout.textureUv(), "textureUv");
        for (int v : layout.triangles()) {
            assertTrue(v >= 0 && v < layout.vertexCount(), "triangle corner " + v);
        }
        String json = layout.toJson();
        assertEquals(json, FaceLayout.parseJson(json).toJson());
    }

    private static void assertFinite(float[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            assertTrue(Float.isFinite(values[i]), what + "[" + i + "] = " + values[i]);
        }
    }
}
