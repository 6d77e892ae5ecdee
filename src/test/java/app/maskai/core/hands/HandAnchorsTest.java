package app.maskai.core.hands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandAnchorsTest {
    private static final String DECODE = "StatefulPartitionedCall/Postprocessor/Decode/get_center_coordinates_and_sizes/";

    /** One quantized constant of models/handtrack.json: its 8-bit values and how they map back. */
    private record Quantized(int[] values, double min, double scale) {
        double value(int i) {
            return min + values[i] * scale;
        }

        /** The 8-bit value {@code v} would be stored as, as TF.js's converter quantizes. */
        int quantize(double v) {
            return (int) Math.max(0, Math.min(255, Math.round((v - min) / scale)));
        }
    }

    /** The graph's constant {@code name}, read from models/handtrack.bin through the JSON's weights manifest. */
    private static Quantized constant(String name) throws IOException {
        Map<?, ?> model = (Map<?, ?>) Json.parse(Files.readString(Path.of("models/handtrack.json")));
        Map<?, ?> group = (Map<?, ?>) ((List<?>) model.get("weightsManifest")).get(0);
        byte[] bin = Files.readAllBytes(Path.of("models", (String) ((List<?>) group.get("paths")).get(0)));
        int offset = 0;
        for (Object o : (List<?>) group.get("weights")) {
            Map<?, ?> weight = (Map<?, ?>) o;
            int count = 1;
            for (Object d : (List<?>) weight.get("shape")) {
                count *= ((Number) d).intValue();
            }
            Map<?, ?> quantization = (Map<?, ?>) weight.get("quantization");
            int bytes = quantization == null ? 4 : "uint8".equals(quantization.get("dtype")) ? 1 : 2;
            if (weight.get("name").equals(name)) {
                assertEquals("uint8", quantization.get("dtype"), name);
                int[] values = new int[count];
                for (int i = 0; i < count; i++) {
                    values[i] = bin[offset + i] & 0xff;
                }
                return new Quantized(values, ((Number) quantization.get("min")).doubleValue(),
                        ((Number) quantization.get("scale")).doubleValue());
            }
            offset += count * bytes;
        }
        throw new AssertionError("no constant " + name + " in models/handtrack.json");
    }

    @Test
    void quantizedAsTheConverterDoesTheyAreTheGraphsOwnAnchorsFor320() throws IOException {
        float[] anchors = HandAnchors.of(320);
        assertEquals(12804, anchors.length / 4);
        // The graph's decoding holds each anchor's centre y, centre x, width and height.
        Quantized[] graph = {constant(DECODE + "add"), constant(DECODE + "add_1"), constant(DECODE + "sub_1"),
            constant(DECODE + "sub")};
        String[] what = {"centre y", "centre x", "height", "width"};
        for (int part = 0; part < 4; part++) {
            Quantized q = graph[part];
            assertEquals(12804, q.values.length);
            int differ = 0;
            for (int a = 0; a < 12804; a++) {
                if (q.quantize(anchors[4 * a + part]) != q.values[a]) {
                    differ++;
                }
            }
            assertEquals(0, differ, what[part] + ": anchors whose 8-bit value is not the graph's");
        }
        // The quantization is coarse: the exact anchors lie up to half a step from the graph's.
        double worst = 0;
        for (int a = 0; a < 12804; a++) {
            worst = Math.max(worst, Math.abs(anchors[4 * a + 1] - graph[1].value(a)) * 320);
        }
        assertTrue(worst > 0.3 && worst <= 0.5 * graph[1].scale * 320 + 1e-3, "centres up to " + worst + " px apart");
    }

    @Test
    void smallerInputsHaveTheirOwnGrids() {
        assertEquals((32 * 32 + 16 * 16 + 8 * 8 + 4 * 4 + 2 * 2) * 6, HandAnchors.count(256));
        assertEquals((28 * 28 + 14 * 14 + 7 * 7 + 4 * 4 + 2 * 2) * 6, HandAnchors.count(224));
        float[] anchors = HandAnchors.of(256);
        assertEquals(HandAnchors.count(256) * 4, anchors.length);
        // The first anchor: the first cell's centre, half a stride (4 px) in, 32 px square.
        assertEquals(4 / 256f, anchors[0], 1e-7);
        assertEquals(4 / 256f, anchors[1], 1e-7);
        assertEquals(32 / 256f, anchors[2], 1e-7);
        assertEquals(32 / 256f, anchors[3], 1e-7);
        // The third: aspect ratio 2, twice as wide as high, of the same area.
        assertEquals(2, anchors[4 * 2 + 3] / anchors[4 * 2 + 2], 1e-5);
        assertEquals(32 * 32 / 256f / 256f, anchors[4 * 2 + 3] * anchors[4 * 2 + 2], 1e-6);
        // The last: the last level's last cell (2 × 2 cells of 128 px, 64 px in), the largest anchor.
        int last = anchors.length - 4;
        assertEquals(192 / 256f, anchors[last], 1e-6);
        assertEquals(192 / 256f, anchors[last + 1], 1e-6);
        assertEquals(512 * Math.sqrt(2) / Math.sqrt(0.5) / 256, anchors[last + 2], 1e-5);
    }

    @Test
    void sidesTheFeaturePyramidCannotTakeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HandAnchors.of(300));
        assertThrows(IllegalArgumentException.class, () -> HandAnchors.of(0));
    }
}
