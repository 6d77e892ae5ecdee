package app.maskai.core.custom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.layout.FaceLayout;
import app.maskai.core.layout.RealLayout;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.mask.MaskSpecParser;
import app.maskai.core.mask.MaskSpecWriter;
import org.junit.jupiter.api.Test;

class MeshBindingTest {
    private static final FaceLayout LAYOUT = RealLayout.LAYOUT;

    /** An alpha map of the given size, opaque inside the rectangle [x0, x1) × [y0, y1). */
    private static AlphaMap rectangle(int w, int h, int x0, int y0, int x1, int y1) {
        byte[] alpha = new byte[w * h];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                alpha[y * w + x] = (byte) 255;
            }
        }
        return new AlphaMap(w, h, alpha);
    }

    @Test
    void keepsOnlyTrianglesOverOpaqueTexels() {
        // A 100 × 100 texture, opaque in x 30..69, y 55..74 (over the mouth and chin).
        AlphaMap alpha = rectangle(100, 100, 30, 55, 70, 75);
        float[] tex = LAYOUT.textureUv();
        boolean[] kept = MeshBinding.keptTriangles(LAYOUT, tex, alpha);
        int[] tris = LAYOUT.triangles();
        int inside = 0;
        for (int t = 0; t < kept.length; t++) {
            double minX = 100;
            double maxX = 0;
            double minY = 100;
            double maxY = 0;
            for (int c = 0; c < 3; c++) {
                double x = tex[2 * tris[3 * t + c]] * 100;
                double y = tex[2 * tris[3 * t + c] + 1] * 100;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            if (maxY <= 55 || minY >= 75 || maxX <= 30 || minX >= 70) {
                assertFalse(kept[t], "triangle " + t + " lies outside the opaque rectangle");
            }
            if (minX >= 30 && maxX <= 70 && minY >= 55 && maxY <= 75) {
                assertTrue(kept[t], "triangle " + t + " lies inside the opaque rectangle");
                inside++;
            }
        }
        assertTrue(inside > 10, "some triangles lie inside: " + inside);
        assertEquals(0, MeshBinding.opaqueTexelsOutside(LAYOUT, tex, alpha, kept));
    }

    @Test
    void countsOpaqueTexelsNoTriangleCovers() {
        // The texture's corners lie outside the outermost ring.
        AlphaMap alpha = rectangle(100, 100, 0, 0, 2, 2);
        float[] tex = LAYOUT.textureUv();
        boolean[] all = new boolean[LAYOUT.triangles().length / 3];
        java.util.Arrays.fill(all, true);
        assertEquals(4, MeshBinding.opaqueTexelsOutside(LAYOUT, tex, alpha, all));
    }

    @Test
    void findsASingleOpaqueTexelInsideOneTriangle() {
        // Pick face triangle 0's centroid, make just its texel opaque on a 1536² map.
        float[] tex = LAYOUT.textureUv();
        int[] tris = LAYOUT.triangles();
        double cx = 0;
        double cy = 0;
        for (int c = 0; c < 3; c++) {
            cx += tex[2 * tris[c]] * 1536 / 3;
            cy += tex[2 * tris[c] + 1] * 1536 / 3;
        }
        AlphaMap alpha = rectangle(1536, 1536, (int) cx, (int) cy, (int) cx + 1, (int) cy + 1);
        boolean[] kept = MeshBinding.keptTriangles(LAYOUT, tex, alpha);
        assertTrue(kept[0]);
        int count = 0;
        for (boolean k : kept) {
            count += k ? 1 : 0;
        }
        assertTrue(count <= 3, "only triangles reaching that texel: " + count);
    }

    @Test
    void renumbersVerticesCompactlyInLayoutOrder() throws Exception {
        AlphaMap alpha = rectangle(100, 100, 30, 55, 70, 95);
        MaskSpec spec = MeshBinding.bind("test-lower", "Lower", "custom", LAYOUT,
                LAYOUT.textureUv(), alpha);
        boolean[] kept = MeshBinding.keptTriangles(LAYOUT, LAYOUT.textureUv(), alpha);
        int keptCount = 0;
        for (boolean k : kept) {
            keptCount += k ? 1 : 0;
        }
        assertEquals(keptCount, spec.triangleCount());
        assertEquals(1, spec.parts.length);
        assertEquals("mask", spec.parts[0].name);
        for (int i = 1; i < spec.landmarks.length; i++) {
            assertTrue(spec.landmarks[i] > spec.landmarks[i - 1]);
        }
        assertTrue(spec.extraVertexCount() > 0, "the rings under the chin are used");
        // Every triangle maps back to a layout triangle with the same corners, in order.
        int[] layoutIndex = new int[spec.vertexCount()];
        for (int v = 0; v < spec.landmarks.length; v++) {
            layoutIndex[v] = spec.landmarks[v];
        }
        int extra = 0;
        for (int v = 468; v < 576 && extra < spec.extraVertexCount(); v++) {
            if (java.util.Arrays.equals(FaceLayout.weightsOf(v), spec.extraWeights[extra])) {
                layoutIndex[spec.landmarks.length + extra] = v;
                extra++;
            }
        }
        int[] tris = LAYOUT.triangles();
        int s = 0;
        for (int t = 0; t < kept.length; t++) {
            if (kept[t]) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(tris[3 * t + c], layoutIndex[spec.triangles[3 * s + c]]);
                    int v = spec.triangles[3 * s + c];
                    assertEquals(LAYOUT.textureUv()[2 * tris[3 * t + c]], spec.uv[2 * v], 0f);
                }
                s++;
            }
        }
        // It is a valid version 2 file.
        MaskSpec back = MaskSpecParser.parse(MaskSpecWriter.write(spec), "test-lower.json");
        assertArrayEquals(spec.triangles, back.triangles);
    }

    @Test
    void splitsRigidAndFlexibleParts() {
        AlphaMap alpha = rectangle(100, 100, 0, 0, 100, 100);
        boolean[] rigid = new boolean[LAYOUT.triangles().length / 3];
        for (int t = 0; t < 898; t++) {
            rigid[t] = true;
        }
        MaskSpec spec = MeshBinding.bind("n95", "N95", "respirator", "n95.png", "n95.thumb.png",
                1f, MaskSpec.BLEND_NORMAL, 0.8f, LAYOUT, LAYOUT.textureUv(), alpha, rigid);
        assertEquals(576, spec.vertexCount());
        assertEquals(1114, spec.triangleCount());
        assertEquals("rigid", spec.parts[0].name);
        assertTrue(spec.parts[0].rigid);
        assertEquals(898, spec.parts[0].triangleCount());
        assertEquals(216, spec.parts[1].triangleCount());
        assertEquals(0.8f, spec.lighting);
    }

    @Test
    void clampsCoordinatesOutsideThePicture() {
        // Custom-mask coordinates: the layout squeezed into the middle, rings spilling past the edge.
        float[] tex = new float[2 * 576];
        for (int i = 0; i < tex.length; i++) {
            tex[i] = 0.5f + (LAYOUT.uv()[i] - 0.5f) * 1.2f;
        }
        MaskSpec spec = MeshBinding.bind("c", "C", "custom", LAYOUT, tex,
                rectangle(64, 64, 0, 0, 64, 64));
        for (float u : spec.uv) {
            assertTrue(u >= 0 && u <= 1);
        }
    }

    @Test
    void refusesAPictureWithNothingOpaqueOnTheLayout() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeshBinding.bind("empty", "Empty", "custom", LAYOUT, LAYOUT.textureUv(),
                        rectangle(100, 100, 0, 0, 0, 0)));
        assertEquals("empty: no triangle of the face layout covers an opaque pixel of the picture",
                e.getMessage());
    }

    @Test
    void bindsALargeTextureQuickly() {
        AlphaMap alpha = rectangle(1536, 1536, 460, 690, 1075, 1150);
        long start = System.nanoTime();
        boolean[] kept = MeshBinding.keptTriangles(LAYOUT, LAYOUT.textureUv(), alpha);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "took " + millis + " ms");
        assertEquals(0, MeshBinding.opaqueTexelsOutside(LAYOUT, LAYOUT.textureUv(), alpha, kept));
    }
}
