package app.maskai.masks.hairstyles;

/**
 * Draws one cut on a {@link HairCanvas}, back to front, round the canonical face: hair may frame
 * the face and cover the forehead down to just above the brows, never the face below them.
 */
interface HairPainter {
    void paint(HairCanvas c);
}
