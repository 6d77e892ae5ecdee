package app.maskai.core.landmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LandmarkBoundsTest {
    @Test
    void boundsTheXAndYOfEveryPointIgnoringZ() {
        float[] points = {3, 4, -100, -1, 7, 100, 2, -5, 0};
        float[] dest = new float[4];
        assertEquals(dest, LandmarkBounds.of(points, dest));
        assertArrayEquals(new float[] {-1, -5, 3, 7}, dest, 0f);
    }

    @Test
    void boundsOnlyTheFirstCountPoints() {
        float[] points = {3, 4, 0, -1, 7, 0, 200, -50, 0};
        assertArrayEquals(new float[] {-1, 4, 3, 7}, LandmarkBounds.of(points, 2, new float[4]), 0f);
        assertEquals(-50, LandmarkBounds.min(points, 3, 1));
        assertEquals(200, LandmarkBounds.max(points, 3, 0));
    }

    @Test
    void noPointsGiveAnEmptyBox() {
        float[] box = LandmarkBounds.of(new float[0], new float[4]);
        assertEquals(Float.POSITIVE_INFINITY, box[LandmarkBounds.X_MIN]);
        assertEquals(Float.NEGATIVE_INFINITY, box[LandmarkBounds.X_MAX]);
    }
}
