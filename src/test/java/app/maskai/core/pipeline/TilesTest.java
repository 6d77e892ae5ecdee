package app.maskai.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.geometry.RotatedRect;
import java.util.List;
import org.junit.jupiter.api.Test;

class TilesTest {
    @Test
    void coversAWidePhotoEdgeToEdgeWithOverlap() {
        List<RotatedRect> tiles = Tiles.cover(1536, 1024, 3);
        // Side 1536 / 3 × 1.25 = 640; 3 columns, ceil(3 × 1024 / 1536) = 2 rows.
        assertEquals(6, tiles.size());
        float[] xs = {320, 768, 1216};
        float[] ys = {320, 704};
        for (int i = 0; i < 6; i++) {
            RotatedRect t = tiles.get(i);
            assertEquals(640f, t.width, 1e-3f);
            assertEquals(640f, t.height, 1e-3f);
            assertEquals(0f, t.rotation);
            assertEquals(xs[i % 3], t.cx, 1e-3f);
            assertEquals(ys[i / 3], t.cy, 1e-3f);
        }
    }

    @Test
    void centresASingleTileOnAShortSide() {
        List<RotatedRect> tiles = Tiles.cover(1200, 300, 3); // 300 < side 500: one row
        assertEquals(3, tiles.size());
        assertEquals(150f, tiles.get(0).cy, 1e-3f);
    }

    @Test
    void tilesAnySizeButNotGridOne() {
        assertEquals(9, Tiles.cover(1023, 800, 3).size()); // 3 × ceil(3 × 800 / 1023)
        assertTrue(Tiles.cover(4000, 3000, 1).isEmpty());
        assertTrue(Tiles.cover(4000, 3000, 0).isEmpty());
        assertEquals(4, Tiles.cover(1024, 1024, 2).size());
    }
}
