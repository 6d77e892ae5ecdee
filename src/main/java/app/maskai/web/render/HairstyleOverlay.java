package app.maskai.web.render;

import app.maskai.core.hair.HairFill;
import app.maskai.web.dom.ImageBitmap;

/**
 * A hairstyle overlay as the renderer draws it on one face ({@link MeshWarpRenderer#setHairstyles}):
 * the picture (straight alpha; kept on the GPU under {@code id}), its corners in the photo
 * (core.hair.HairstyleFit.corners), the recolouring (core.hair.HairShade.params; strength 0: as
 * painted), and the face's landmarks (the light is read at its cheeks); and the person's own
 * hair to hide under it, where found: its matte over a rectangle of the photo (x, y, width,
 * height; core.hair.HairMatte.head) and what lies behind it (core.hair.HairFill).
 */
public final class HairstyleOverlay {
    final String id;
    final ImageBitmap picture;
    final float[] corners;
    final float[] shade;
    final float[] landmarks;
    int[] hairRect;
    byte[] hairMatte;
    HairFill.Picture behind;

    public HairstyleOverlay(String id, ImageBitmap picture, float[] corners, float[] shade, float[] landmarks) {
        this.id = id;
        this.picture = picture;
        this.corners = corners;
        this.shade = shade;
        this.landmarks = landmarks;
    }

    /** Hides the person's own hair ({@code matte} over {@code rect}) under the overlay by {@code behind}. */
    public HairstyleOverlay hiding(int[] rect, byte[] matte, HairFill.Picture behind) {
        this.hairRect = rect;
        this.hairMatte = matte;
        this.behind = behind;
        return this;
    }
}
