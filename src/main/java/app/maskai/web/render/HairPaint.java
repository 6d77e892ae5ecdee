package app.maskai.web.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A photo's hair to recolour, as the renderer draws it ({@link MeshWarpRenderer#setHair}): for
 * each face, its hair matte (core.hair.HairMatte.head) over a rectangle of the photo and the
 * recolouring's parameters (core.hair.HairShade.params).
 */
public final class HairPaint {
    private final List<int[]> rects = new ArrayList<>();
    private final List<byte[]> mattes = new ArrayList<>();
    private final List<float[]> params = new ArrayList<>();

    /** Adds a face's hair: its matte's rectangle (x, y, width, height), matte (0..255 a pixel) and parameters. */
    public HairPaint add(int[] rect, byte[] alpha, float[] shade) {
        rects.add(rect);
        mattes.add(alpha);
        params.add(shade);
        return this;
    }

    public int count() {
        return rects.size();
    }

    int[] rect(int i) {
        return rects.get(i);
    }

    byte[] alpha(int i) {
        return mattes.get(i);
    }

    float[] params(int i) {
        return params.get(i);
    }
}
