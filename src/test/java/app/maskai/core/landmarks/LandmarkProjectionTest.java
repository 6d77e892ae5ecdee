package app.maskai.core.landmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.geometry.CropTransform;
import app.maskai.core.geometry.RotatedRect;
import org.junit.jupiter.api.Test;

class LandmarkProjectionTest {
    @Test
    void projectsLandmarksBackThroughRotation() {
        RotatedRect roi = new RotatedRect(250, 180, 150, 150, (float) Math.toRadians(30));
        // Image points, sent into the crop with the inverse map, must come back where they were.
        float[] image = new float[LandmarkModel.MESH_VALUES];
        float[] raw = new float[LandmarkModel.MESH_VALUES];
        float[] crop = new float[2];
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            image[3 * i] = 190 + (i % 20) * 6;
            image[3 * i + 1] = 120 + (i / 20) * 5;
            roi.imageToCrop(image[3 * i], image[3 * i + 1], 192, 192, crop);
            raw[3 * i] = crop[0];
            raw[3 * i + 1] = crop[1];
        }
        float[] projected = new float[LandmarkModel.MESH_VALUES];
        LandmarkProjection.project(raw, roi, LandmarkModel.INPUT_SIZE, projected);
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            assertEquals(image[3 * i], projected[3 * i], 1e-3f, "x of point " + i);
            assertEquals(image[3 * i + 1], projected[3 * i + 1], 1e-3f, "y of point " + i);
        }
    }

    @Test
    void landsWhereTheCropTransformSampled() {
        // The crop's pixel (u, v) was read from image (a0 u + a1 v + a2, b0 u + b1 v + b2).
        RotatedRect roi = new RotatedRect(400.5f, 300.25f, 210, 210, -2.1f);
        float[] t = CropTransform.forRect(roi, 800, 600, 192, 192);
        float[] raw = {0, 0, 0, 191, 0, 0, 37.5f, 150.25f, 0, 96, 96, 0};
        float[] out = new float[raw.length];
        LandmarkProjection.project(raw, roi, 192, out);
        for (int i = 0; i < 4; i++) {
            float u = raw[3 * i];
            float v = raw[3 * i + 1];
            assertEquals(t[0] * u + t[1] * v + t[2], out[3 * i], 1e-3f);
            assertEquals(t[3] * u + t[4] * v + t[5], out[3 * i + 1], 1e-3f);
        }
    }

    @Test
    void scalesDepthLikeWidth() {
        // Reference: z / 192 × region width (normalised) × image width = z × region width px / 192.
        RotatedRect roi = new RotatedRect(100, 100, 288, 288, 0.4f);
        float[] raw = {96, 96, -19.2f, 10, 20, 4.8f};
        float[] out = new float[6];
        LandmarkProjection.project(raw, roi, 192, out);
        assertEquals(-28.8f, out[2], 1e-4f);
        assertEquals(7.2f, out[5], 1e-4f);
        assertEquals(100f, out[0], 1e-4f);
    }

    @Test
    void facePresenceIsTheFlagAgainstOneHalf() {
        assertTrue(FacePresence.isFace(0.5f));
        assertTrue(FacePresence.isFace(0.97f));
        assertFalse(FacePresence.isFace(0.4999f));
        assertFalse(FacePresence.isFace(0f));
    }
}
