package app.maskai.core.pipeline;

import app.maskai.core.geometry.RotatedRect;
import java.util.ArrayList;
import java.util.List;

/**
 * Overlapping square tiles over a large image, each fed to the detectors like a small photo.
 *
 * <p>Why: the detector sees the whole image at 128 pixels, and with these weights it misses
 * faces narrower than about a tenth of the long side (measured: the astronaut photo in a 2×2 grid,
 * faces 9% of the side, the short range found none (the full range, since dropped, all 4); in a
 * 3×3 grid, 6%, neither any). Faces in a group photo are often 4–8% of the side. On 3×3 tiles of
 * that 3×3 grid both detectors found all 9, and no tile detection on the no-face test photos passed the landmark model's face
 * flag.
 *
 * <p>Layout: tile side = long side / grid × {@link #OVERLAP}; along each side, as many tiles as
 * needed to cover it at that spacing (the grid count on the long side), evenly spaced from edge to
 * edge. Which photos are tiled, and how finely, the search decides ({@link SearchLevel}).
 */
final class Tiles {
    /** Tile side relative to an exact grid cell: neighbours overlap by a quarter of a cell. */
    static final float OVERLAP = 1.25f;

    private Tiles() {
    }

    /** Tile rectangles (unturned), row by row; empty when grid ≤ 1. */
    static List<RotatedRect> cover(int imageWidth, int imageHeight, int grid) {
        List<RotatedRect> tiles = new ArrayList<>();
        int longSide = Math.max(imageWidth, imageHeight);
        if (grid <= 1) {
            return tiles;
        }
        float side = (float) longSide / grid * OVERLAP;
        int columns = count(imageWidth, longSide, grid);
        int rows = count(imageHeight, longSide, grid);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                tiles.add(new RotatedRect(centre(imageWidth, side, column, columns),
                        centre(imageHeight, side, row, rows), side, side, 0f));
            }
        }
        return tiles;
    }

    /** Tiles along a side of {@code length}: the grid count scaled to it, at least 1. */
    private static int count(int length, int longSide, int grid) {
        return Math.max(1, (int) Math.ceil((double) grid * length / longSide - 1e-9));
    }

    private static float centre(int length, float side, int index, int count) {
        if (count == 1 || length <= side) {
            return length / 2f;
        }
        return side / 2 + index * (length - side) / (count - 1);
    }
}
