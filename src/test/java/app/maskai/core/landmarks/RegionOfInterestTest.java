package app.maskai.core.landmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.maskai.core.detect.Detection;
import app.maskai.core.geometry.RotatedRect;
import org.junit.jupiter.api.Test;

class RegionOfInterestTest {
    private static final float EPS = 1e-4f;

    private static Detection detection(float x, float y, float w, float h, float rightEyeX,
            float rightEyeY, float leftEyeX, float leftEyeY) {
        float[] k = new float[12];
        k[0] = rightEyeX;
        k[1] = rightEyeY;
        k[2] = leftEyeX;
        k[3] = leftEyeY;
        return new Detection(0.9f, x, y, w, h, k);
    }

    @Test
    void rotatesRegionOfInterestByTheEyes() {
        // Eyes going down-right at 45°: the face is turned clockwise by π/4.
        Detection d = detection(100, 80, 40, 60, 110, 100, 140, 130);
        RotatedRect roi = RegionOfInterest.fromDetection(d, 640, 480);
        assertEquals((float) (Math.PI / 4), roi.rotation, EPS);
        // Centre of the box; long side 60 × 1.5 = 90 on both sides.
        assertEquals(120f, roi.cx, EPS);
        assertEquals(110f, roi.cy, EPS);
        assertEquals(90f, roi.width, EPS);
        assertEquals(90f, roi.height, EPS);
    }

    @Test
    void uprightFaceHasNoRotationAndASquareOnTheLongSide() {
        Detection d = detection(10, 20, 80, 50, 30, 40, 70, 40);
        RotatedRect roi = RegionOfInterest.fromDetection(d, 200, 100);
        assertEquals(0f, roi.rotation, EPS);
        assertEquals(120f, roi.width, EPS);
        assertEquals(120f, roi.height, EPS);
        assertEquals(50f, roi.cx, EPS);
        assertEquals(45f, roi.cy, EPS);
    }

    @Test
    void upsideDownFaceNormalisesToMinusPi() {
        // Right eye to the right of the left eye: turned by π, normalised into [−π, π).
        Detection d = detection(0, 0, 10, 10, 8, 5, 2, 5);
        assertEquals((float) -Math.PI, RegionOfInterest.fromDetection(d, 10, 10).rotation, EPS);
        // Eyes going up: the face is turned anticlockwise (negative).
        Detection up = detection(0, 0, 10, 10, 5, 8, 5, 2);
        assertEquals((float) (-Math.PI / 2), RegionOfInterest.fromDetection(up, 10, 10).rotation,
                EPS);
    }

    @Test
    void regionFromLandmarksUsesTheEyeCornersAndAllPoints() {
        float[] landmarks = new float[LandmarkModel.MESH_VALUES];
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            landmarks[3 * i] = 200 + (i % 10); // x 200..209
            landmarks[3 * i + 1] = 100 + (i % 31); // y 100..130
            landmarks[3 * i + 2] = -5;
        }
        // Outer eye corners: the line from 33 to 263 goes straight down (+90°).
        landmarks[3 * 33] = 205;
        landmarks[3 * 33 + 1] = 105;
        landmarks[3 * 263] = 205;
        landmarks[3 * 263 + 1] = 125;
        RotatedRect roi = RegionOfInterest.fromLandmarks(landmarks, 640, 480);
        assertEquals((float) (Math.PI / 2), roi.rotation, EPS);
        assertEquals(204.5f, roi.cx, EPS);
        assertEquals(115f, roi.cy, EPS);
        assertEquals(45f, roi.width, EPS); // long side 30 × 1.5
        assertEquals(45f, roi.height, EPS);
    }

    @Test
    void fromLandmarksIntoADestinationIsTheSameRegion() {
        float[] landmarks = new float[LandmarkModel.MESH_VALUES];
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            landmarks[3 * i] = 200 + (i * 37) % 101;
            landmarks[3 * i + 1] = 150 + (i * 53) % 131;
        }
        RotatedRect made = RegionOfInterest.fromLandmarks(landmarks, 640, 480);
        RotatedRect dest = new RotatedRect(5, 5, 5, 5, 1);
        assertEquals(dest, RegionOfInterest.fromLandmarks(landmarks, 640, 480, dest));
        assertEquals(made.toString(), dest.toString());
    }
}
