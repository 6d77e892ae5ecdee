package app.maskai.core.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RotatedRectTest {
    private static final float EPS = 1e-4f;

    @Test
    void mapsCropCentreAndCornersOfAnUnturnedRectangle() {
        RotatedRect rect = new RotatedRect(100, 50, 40, 20, 0);
        float[] p = new float[2];
        rect.cropToImage(96, 96, 192, 192, p);
        assertArrayEquals(new float[] {100, 50}, p, EPS);
        rect.cropToImage(0, 0, 192, 192, p);
        assertArrayEquals(new float[] {80, 40}, p, EPS);
        rect.cropToImage(192, 192, 192, 192, p);
        assertArrayEquals(new float[] {120, 60}, p, EPS);
    }

    @Test
    void turnsTheCropClockwiseForPositiveRotation() {
        // Turned +90°: the crop's +x (to its right) points down the image (+y).
        RotatedRect rect = new RotatedRect(100, 50, 40, 40, (float) (Math.PI / 2));
        float[] p = new float[2];
        rect.cropToImage(1, 0.5f, 1, 1, p); // middle of the right edge
        assertArrayEquals(new float[] {100, 70}, p, EPS);
        rect.cropToImage(0.5f, 0, 1, 1, p); // middle of the top edge
        assertArrayEquals(new float[] {120, 50}, p, EPS);
    }

    @Test
    void imageToCropUndoesCropToImage() {
        RotatedRect rect = new RotatedRect(321.7f, 118.2f, 150.5f, 90.25f, -2.4f);
        float[] image = new float[2];
        float[] crop = new float[2];
        for (float u = -20; u <= 220; u += 37) {
            for (float v = -10; v <= 200; v += 29) {
                rect.cropToImage(u, v, 192, 128, image);
                rect.imageToCrop(image[0], image[1], 192, 128, crop);
                assertEquals(u, crop[0], 1e-3f);
                assertEquals(v, crop[1], 1e-3f);
            }
        }
    }

    @Test
    void cornersRunClockwiseFromTheCropsTopLeft() {
        RotatedRect rect = new RotatedRect(10, 20, 4, 2, (float) Math.PI);
        assertArrayEquals(new float[] {12, 21, 8, 21, 8, 19, 12, 19}, rect.corners(), EPS);
    }

    @Test
    void setMakesItTheRectangleGivenWithItsTurnInStep() {
        RotatedRect made = new RotatedRect(321.7f, 118.2f, 150.5f, 90.25f, -2.4f);
        RotatedRect reused = new RotatedRect(1, 2, 3, 4, 0.7f);
        RotatedRect same = reused.set(321.7f, 118.2f, 150.5f, 90.25f, -2.4f);
        assertEquals(reused, same);
        float[] a = new float[2];
        float[] b = new float[2];
        made.cropToImage(17, 170, 192, 192, a);
        reused.cropToImage(17, 170, 192, 192, b);
        assertArrayEquals(a, b, 0f);
        assertArrayEquals(made.corners(), reused.corners(new float[8]), 0f);
    }
}
