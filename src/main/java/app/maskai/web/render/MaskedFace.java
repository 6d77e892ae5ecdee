package app.maskai.web.render;

import app.maskai.core.mask.MaskSpec;
import app.maskai.web.dom.ImageBitmap;

/** One face's mask, ready to draw. */
public final class MaskedFace {
    public final MaskSpec spec;
    public final ImageBitmap texture;
    /** 3 floats per mask vertex (x, y, z), image pixels of the photo being rendered. */
    public final float[] vertices;
    /** The face's 468 landmarks (x, y, z), for the occluder and the light samples. */
    public final float[] landmarks;
    /** The mask's opacity times the person's adjustment. */
    public final float opacity;

    public MaskedFace(MaskSpec spec, ImageBitmap texture, float[] vertices, float[] landmarks, float opacity) {
        this.spec = spec;
        this.texture = texture;
        this.vertices = vertices;
        this.landmarks = landmarks;
        this.opacity = opacity;
    }
}
