package app.maskai.web.render;

import app.maskai.core.mask.MaskSpec;
import app.maskai.web.dom.ImageBitmap;

/**
 * One face's mask, ready to draw. The live view keeps one per face and {@link #set}s it each
 * frame; read the fields, never assign them.
 */
public final class MaskedFace {
    public MaskSpec spec;
    /**
     * Names this mask's picture and mesh: another key under the same mask id (a person's own
     * mask whose picture changed) is uploaded anew, never drawn from what the GPU had.
     */
    public String textureKey;
    public ImageBitmap texture;
    /** 3 floats per mask vertex (x, y, z), image pixels of the photo being rendered. */
    public float[] vertices;
    /** The face's 468 landmarks (x, y, z), for the occluder and the light samples. */
    public float[] landmarks;
    /** The mask's opacity times the person's adjustment. */
    public float opacity;
    /**
     * A colour given to the mask (r, g, b, 0..1) and how much of its own it replaces (0: none): its
     * light and shade are kept, as a dyed mask keeps its pleats.
     */
    public float recolourR;
    public float recolourG;
    public float recolourB;
    public float recolourStrength;

    public MaskedFace(MaskSpec spec, String textureKey, ImageBitmap texture, float[] vertices, float[] landmarks,
            float opacity) {
        set(spec, textureKey, texture, vertices, landmarks, opacity);
    }

    /** An empty one, for {@link #set}. */
    public MaskedFace() {
    }

    /** Makes this the mask given (the arrays are kept, not copied), and returns it. */
    public MaskedFace set(MaskSpec spec, String textureKey, ImageBitmap texture, float[] vertices, float[] landmarks,
            float opacity) {
        this.spec = spec;
        this.textureKey = textureKey;
        this.texture = texture;
        this.vertices = vertices;
        this.landmarks = landmarks;
        this.opacity = opacity;
        this.recolourStrength = 0;
        return this;
    }

    /** This mask given the colour {@code rgb} (0xRRGGBB) at {@code strength} (0..1; 0 or rgb < 0: its own). */
    public MaskedFace recoloured(int rgb, float strength) {
        recolourStrength = rgb < 0 ? 0 : strength;
        recolourR = ((rgb >> 16) & 0xff) / 255f;
        recolourG = ((rgb >> 8) & 0xff) / 255f;
        recolourB = (rgb & 0xff) / 255f;
        return this;
    }
}
