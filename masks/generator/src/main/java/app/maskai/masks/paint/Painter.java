package app.maskai.masks.paint;

import app.maskai.masks.draw.LayoutCanvas;

/** Draws one style of mask into the texture space. */
public interface Painter {
    Painting paint(MaskDesign design, LayoutCanvas canvas);
}
