package app.maskai.core.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class FaceLayoutTest {
    /** The real model; tests run in the project root. */
    static FaceLayout real() {
        try {
            return FaceLayout.parseObj(new String(Files.readAllBytes(
                    Paths.get("masks/face-layout/canonical_face_model.obj")), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final FaceLayout LAYOUT = real();

    @Test
    void countsVerticesAndTriangles() {
        assertEquals(576, LAYOUT.vertexCount());
        assertEquals(3 * 576, LAYOUT.canonical().length);
        assertEquals(2 * 576, LAYOUT.uv().length);
        assertEquals(3 * (898 + 216), LAYOUT.triangles().length);
        assertEquals(3 * 898, LAYOUT.faceTriangles().length);
        for (int i : LAYOUT.faceTriangles()) {
            assertTrue(i >= 0 && i < 468);
        }
        for (int i : LAYOUT.triangles()) {
            assertTrue(i >= 0 && i < 576);
        }
        assertEquals(36, FaceLayout.FACE_OVAL.length);
    }

    @Test
    void readsTheFirstFaceAsWrittenInTheObj() {
        // "f 174/43 156/119 134/220", 1-based.
        assertArrayEquals(new int[] {173, 155, 133},
                java.util.Arrays.copyOf(LAYOUT.faceTriangles(), 3));
    }

    @Test
    void flipsVtToPointDown() {
        // Landmark 168 (nose bridge top) is (0.500, 0.352) in the layout (masks/README.md).
        assertEquals(0.500f, LAYOUT.uv()[2 * 168], 0.001f);
        assertEquals(0.352f, LAYOUT.uv()[2 * 168 + 1], 0.001f);
        // Forehead 10 above chin 152.
        assertEquals(0.107f, LAYOUT.uv()[2 * 10 + 1], 0.001f);
        assertEquals(0.954f, LAYOUT.uv()[2 * 152 + 1], 0.001f);
    }

    @Test
    void turnsPositionsToYDownAndZAwayFromTheCamera() {
        float[] c = LAYOUT.canonical();
        // obj: "v 0.000000 -1.126865 7.475604" is vertex 1 (the nose tip).
        assertEquals(0f, c[3], 0f);
        assertEquals(1.126865f, c[4], 0f);
        assertEquals(-7.475604f, c[5], 0f);
        assertTrue(c[3 * 33] < 0 && c[3 * 263] > 0, "right eye corner 33 on the image's left");
        assertTrue(c[3 * 10 + 1] < c[3 * 152 + 1], "forehead above chin");
        for (int v = 0; v < 468; v++) {
            // Landmark 4, just above the tip (obj z 7.586580), is the model's nearest point.
            assertTrue(c[3 * v + 2] >= c[3 * 4 + 2], "landmark 4 is nearest the camera");
        }
        assertEquals(-7.58658f, c[3 * 4 + 2], 0f);
    }

    @Test
    void placesRingsByTheOvalFormulaInUvAndInCanonicalSpace() {
        float[] uv = LAYOUT.uv();
        double mu = 0;
        double mv = 0;
        for (int o : FaceLayout.FACE_OVAL) {
            mu += uv[2 * o] / 36.0;
            mv += uv[2 * o + 1] / 36.0;
        }
        for (int r = 0; r < 3; r++) {
            double k = FaceLayout.RING_SCALES[r];
            for (int j = 0; j < 36; j++) {
                int v = 468 + 36 * r + j;
                int o = FaceLayout.FACE_OVAL[j];
                int before = FaceLayout.FACE_OVAL[(j + 35) % 36];
                int after = FaceLayout.FACE_OVAL[(j + 1) % 36];
                // The oval point smoothed with its two neighbours (1/4, 1/2, 1/4), pushed out by k.
                double su = 0.25 * uv[2 * before] + 0.5 * uv[2 * o] + 0.25 * uv[2 * after];
                double sv = 0.25 * uv[2 * before + 1] + 0.5 * uv[2 * o + 1] + 0.25 * uv[2 * after + 1];
                assertEquals((1 + k) * su - k * mu, uv[2 * v], 1e-5);
                assertEquals((1 + k) * sv - k * mv, uv[2 * v + 1], 1e-5);
            }
        }
        // Ring 2 over the forehead: 10 is at (0.5, 0.107); it lies 0.6 further from the centre.
        float[] c = LAYOUT.canonical();
        int top = FaceLayout.ringVertex(2, 0);
        assertTrue(uv[2 * top + 1] < 0, "outermost ring leaves the uv square above the forehead");
        assertTrue(c[3 * top + 1] < c[3 * 10 + 1]);
    }

    @Test
    void writesRingsAsAffineCombinationsOfLandmarks() {
        float[] uv = LAYOUT.uv();
        for (int v = 0; v < 576; v++) {
            int[] terms = FaceLayout.termsOf(v);
            float[] weights = FaceLayout.weightsOf(v);
            assertEquals(terms.length, weights.length);
            double sum = 0;
            double u = 0;
            double w = 0;
            for (int t = 0; t < terms.length; t++) {
                sum += weights[t];
                u += weights[t] * uv[2 * terms[t]];
                w += weights[t] * uv[2 * terms[t] + 1];
            }
            assertEquals(1, sum, 1e-6);
            assertEquals(uv[2 * v], u, 1e-5);
            assertEquals(uv[2 * v + 1], w, 1e-5);
        }
        assertArrayEquals(new int[] {7}, FaceLayout.termsOf(7));
        float[] first = FaceLayout.weightsOf(468);
        assertEquals(1.15 * 0.5 - 0.15 / 36, first[0], 1e-6);
        assertEquals(1.15 * 0.25 - 0.15 / 36, first[1], 1e-6);
        assertEquals(1.15 * 0.25 - 0.15 / 36, first[35], 1e-6);
        assertEquals(-0.15 / 36, first[2], 1e-7);
        assertThrows(IllegalArgumentException.class, () -> FaceLayout.termsOf(576));
    }

    @Test
    void mapsTheExtendedSquareIntoTheTexture() {
        float[] dest = new float[2];
        LAYOUT.textureUv(168, dest);
        assertEquals(0.5f + (LAYOUT.uv()[336] - 0.5f) / 1.6f, dest[0], 1e-6f);
        assertEquals(0.5f + (LAYOUT.uv()[337] - 0.5f) / 1.6f, dest[1], 1e-6f);
        assertEquals(0.5f, FaceLayout.toTexture(0.5f), 0f);
        assertEquals(0.1875f, FaceLayout.toTexture(0f), 1e-7f);
        for (float t : LAYOUT.textureUv()) {
            assertTrue(t > 0 && t < 1, "every extended vertex lies inside the texture: " + t);
        }
    }

    @Test
    void windsRingTrianglesLikeTheFace() {
        float[] uv = LAYOUT.uv();
        int[] tris = LAYOUT.triangles();
        int facePositive = 0;
        for (int t = 0; t < 898; t++) {
            facePositive += signedArea(uv, tris, t) > 0 ? 1 : 0;
        }
        boolean faceSign = facePositive > 449;
        for (int t = 898; t < 898 + 216; t++) {
            assertEquals(faceSign, signedArea(uv, tris, t) > 0, "ring triangle " + t);
        }
    }

    private static double signedArea(float[] uv, int[] tris, int t) {
        int a = tris[3 * t];
        int b = tris[3 * t + 1];
        int c = tris[3 * t + 2];
        return (uv[2 * b] - uv[2 * a]) * (uv[2 * c + 1] - uv[2 * a + 1])
                - (uv[2 * b + 1] - uv[2 * a + 1]) * (uv[2 * c] - uv[2 * a]);
    }

    @Test
    void extendsImagePointsWithTheSameFormula() {
        float[] points = new float[3 * 468];
        for (int i = 0; i < points.length; i++) {
            points[i] = (i * 37 % 101) * 0.5f;
        }
        float[] dest = new float[3 * 576];
        FaceLayout.extend(points, 3, dest);
        for (int v = 0; v < 576; v++) {
            int[] terms = FaceLayout.termsOf(v);
            float[] weights = FaceLayout.weightsOf(v);
            for (int c = 0; c < 3; c++) {
                double sum = 0;
                for (int t = 0; t < terms.length; t++) {
                    sum += weights[t] * points[3 * terms[t] + c];
                }
                assertEquals(sum, dest[3 * v + c], 1e-4);
            }
        }
    }

    @Test
    void roundTripsThroughJson() {
        String json = LAYOUT.toJson();
        assertTrue(json.startsWith("{\"schema\":\"maskai.face-layout\",\"version\":1,\"canonical\":["
                + "0,3.406404,-5.979507,0,1.126865,-7.475604,"), json.substring(0, 120));
        FaceLayout back = FaceLayout.parseJson(json);
        assertArrayEquals(LAYOUT.canonical(), back.canonical());
        assertArrayEquals(LAYOUT.uv(), back.uv());
        assertArrayEquals(LAYOUT.triangles(), back.triangles());
        assertEquals(json, back.toJson());
        assertThrows(IllegalArgumentException.class,
                () -> FaceLayout.parseJson(json.replace("\"triangles\":[", "\"triangles\":[468,")));
    }

    @Test
    void refusesJsonNumbersThatAreNoFloatOrNoIndex() {
        String json = LAYOUT.toJson();
        String canonical = "\"canonical\":[";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaceLayout.parseJson(json.replace(canonical + "0,", canonical + "1e39,")));
        assertEquals("face layout: canonical[0] = 1.0E39 is out of range", e.getMessage());
        String triangles = "\"triangles\":[";
        int first = LAYOUT.faceTriangles()[0];
        e = assertThrows(IllegalArgumentException.class, () -> FaceLayout.parseJson(
                json.replace(triangles + first + ",", triangles + first + ".0000001,")));
        assertEquals("face layout: triangles[0] = " + (first + 0.0000001) + " is not a landmark index",
                e.getMessage());
    }

    @Test
    void refusesATruncatedObj() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaceLayout.parseObj("v 1 2 3\nvt 0 0\n"));
        assertEquals("canonical face model: found 1 v, 1 vt and 0 f lines, expected 468, 468 and 898",
                e.getMessage());
    }
}
