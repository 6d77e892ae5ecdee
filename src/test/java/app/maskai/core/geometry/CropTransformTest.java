package app.maskai.core.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CropTransformTest {
    private static final float EPS = 1e-5f;

    @Test
    void wholeImageAtItsOwnSizeIsTheIdentity() {
        RotatedRect whole = new RotatedRect(320, 240, 640, 480, 0);
        float[] t = CropTransform.forRect(whole, 640, 480, 640, 480);
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0, 0, 0}, t, EPS);
    }

    @Test
    void halvingTheResolutionScalesByTwo() {
        // A 200×100 region at (50, 20) read into 100×50: output pixel (x, y) reads (50 + 2x, 20 + 2y).
        RotatedRect region = new RotatedRect(150, 70, 200, 100, 0);
        float[] t = CropTransform.forRect(region, 640, 480, 100, 50);
        assertArrayEquals(new float[] {2, 0, 50, 0, 2, 20, 0, 0}, t, EPS);
    }

    @Test
    void quarterTurnSwapsAxes() {
        // A 100×100 square centred at (200, 150) turned 90° clockwise: its x axis points down the
        // image, its y axis to the left. Output (x, y) of a 50×50 crop reads
        // (250 - 2y, 100 + 2x); e.g. output (0, 0) is the square's corner (250, 100).
        RotatedRect region = new RotatedRect(200, 150, 100, 100, (float) (Math.PI / 2));
        float[] t = CropTransform.forRect(region, 400, 300, 50, 50);
        assertArrayEquals(new float[] {0, -2, 250, 2, 0, 100, 0, 0}, t, EPS);
    }

    @Test
    void letterboxOfAWideImagePadsTopAndBottom() {
        // 256×128 image, square of side 256 centred on it, into 128×128: (x, y) reads (2x, 2y - 64).
        RotatedRect square = new RotatedRect(128, 64, 256, 256, 0);
        float[] t = CropTransform.forRect(square, 256, 128, 128, 128);
        assertArrayEquals(new float[] {2, 0, 0, 0, 2, -64, 0, 0}, t, EPS);
    }

    @Test
    void agreesWithCropToImageForATurnedRectangle() {
        RotatedRect region = new RotatedRect(311.5f, 207.25f, 180, 120, 0.7f);
        float[] t = CropTransform.forRect(region, 640, 480, 96, 64);
        float[] p = new float[2];
        for (float u = 0; u <= 96; u += 12.5f) {
            for (float v = 0; v <= 64; v += 8.25f) {
                region.cropToImage(u, v, 96, 64, p);
                assertEquals(p[0], t[0] * u + t[1] * v + t[2], 1e-3f);
                assertEquals(p[1], t[3] * u + t[4] * v + t[5], 1e-3f);
            }
        }
    }

    @Test
    void refusesEmptySizes() {
        RotatedRect region = new RotatedRect(1, 1, 2, 2, 0);
        assertThrows(IllegalArgumentException.class,
                () -> CropTransform.forRect(region, 0, 10, 10, 10));
        assertThrows(IllegalArgumentException.class,
                () -> CropTransform.forRect(region, 10, 10, 10, 0));
    }

    @Test
    void canvasMatrixReadsTheSamePointsAsTheTransform() {
        // For each output pixel index o, tf.image.transform reads input index A·o + t; the canvas maps
        // input point p to output point M·p, with pixel centres at index + ½ on both sides.
        RotatedRect[] regions = {
                new RotatedRect(150, 70, 200, 100, 0),
                new RotatedRect(200, 150, 100, 100, (float) (Math.PI / 2)),
                new RotatedRect(231.5f, 187.25f, 173, 173, 0.37f),
                new RotatedRect(231.5f, 187.25f, -173, 173, -0.2f)};  // mirrored
        for (RotatedRect region : regions) {
            float[] t = CropTransform.forRect(region, 640, 480, 192, 192);
            double[] m = CropTransform.canvasMatrix(t);
            for (int ox = 0; ox < 192; ox += 37) {
                for (int oy = 0; oy < 192; oy += 41) {
                    double inX = t[0] * ox + t[1] * oy + t[2];
                    double inY = t[3] * ox + t[4] * oy + t[5];
                    double px = inX + 0.5;
                    double py = inY + 0.5;
                    assertEquals(ox + 0.5, m[0] * px + m[2] * py + m[4], 1e-3, region + " x at " + ox + "," + oy);
                    assertEquals(oy + 0.5, m[1] * px + m[3] * py + m[5], 1e-3, region + " y at " + ox + "," + oy);
                }
            }
        }
    }

    @Test
    void canvasMatrixOfTheIdentityIsTheIdentity() {
        float[] t = CropTransform.forRect(new RotatedRect(320, 240, 640, 480, 0), 640, 480, 640, 480);
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0}, CropTransform.canvasMatrix(t), 1e-6);
    }

    @Test
    void canvasMatrixRefusesWhatACanvasCannotDraw() {
        assertThrows(IllegalArgumentException.class,
                () -> CropTransform.canvasMatrix(new float[] {1, 0, 0, 0, 1, 0, 0.1f, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> CropTransform.canvasMatrix(new float[] {1, 1, 0, 1, 1, 0, 0, 0}));
    }

    @Test
    void theDestinationFormsWriteWhatTheAllocatingOnesReturn() {
        RotatedRect rect = new RotatedRect(321.7f, 118.2f, 150.5f, 90.25f, -2.4f);
        float[] coefficients = {9, 9, 9, 9, 9, 9, 9, 9};
        assertArrayEquals(CropTransform.forRect(rect, 640, 480, 192, 192),
                CropTransform.forRect(rect, 640, 480, 192, 192, coefficients), 0f);
        double[] matrix = {9, 9, 9, 9, 9, 9};
        assertArrayEquals(CropTransform.canvasMatrix(coefficients),
                CropTransform.canvasMatrix(coefficients, matrix), 0);
    }
}
