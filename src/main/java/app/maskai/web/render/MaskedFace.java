package app.maskai.web.render;

import app.maskai.core.mask.MaskSpec;
import app.maskai.web.dom.ImageBitmap;

/** One face's mask, ready to draw: the spec, its texture, and the fitted vertex positions. */
public final class MaskedFace {
    public final MaskSpec spec;
    public final ImageBitmap texture;
    /** 3 floats per mask vertex (x, y, z), image pixels of the photo being rendered. */
    public final float[] vertices;

    public MaskedFace(MaskSpec spec, ImageBitmap texture, float[] vertices) {
        this.spec = spec;
        this.texture = texture;
        this.vertices = vertices;
    }
}
