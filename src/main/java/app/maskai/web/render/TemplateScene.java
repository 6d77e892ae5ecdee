package app.maskai.web.render;

import app.maskai.core.template.TemplateSpec;
import app.maskai.web.dom.ImageBitmap;
import java.util.ArrayList;
import java.util.List;

/**
 * The photo's faces put into a template, as the renderer draws it ({@link
 * MeshWarpRenderer#setTemplate}): the template and its pictures, how many copies stand side by
 * side (one a face, or one), and for each face its landmarks in the photo and where
 * core.template.TemplateFit placed them in the copies.
 */
public final class TemplateScene {
    public final TemplateSpec spec;
    public final ImageBitmap background;
    /** What lies in front of the face, or null. */
    public final ImageBitmap front;
    public final int copies;
    /** How much of the template's skin colour the face takes (0..1). */
    public final float colourMatch;
    /** False: the face cut in by its mask, no colour match or blend (the comparison the seam measure uses). */
    public final boolean seamless;
    public final List<float[]> photoLandmarks = new ArrayList<>();
    public final List<float[]> placed = new ArrayList<>();

    public TemplateScene(TemplateSpec spec, ImageBitmap background, ImageBitmap front, int copies, float colourMatch,
            boolean seamless) {
        this.spec = spec;
        this.background = background;
        this.front = front;
        this.copies = Math.max(1, copies);
        this.colourMatch = colourMatch;
        this.seamless = seamless;
    }

    /** Adds a face: its 468 landmarks in the photo and as placed in the template (both x, y, z). */
    public TemplateScene face(float[] inPhoto, float[] inTemplate) {
        photoLandmarks.add(inPhoto);
        placed.add(inTemplate);
        return this;
    }

    /** The finished picture's width: the template's times its copies. */
    public int width() {
        return spec.width * copies;
    }

    public int height() {
        return spec.height;
    }
}
