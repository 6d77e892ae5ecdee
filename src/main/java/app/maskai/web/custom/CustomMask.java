package app.maskai.web.custom;

import app.maskai.core.custom.AlphaMap;
import app.maskai.core.custom.AnchorFit;
import app.maskai.core.custom.MeshBinding;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskSpec;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.masks.MaskLibrary;
import org.teavm.jso.core.JSPromise;

/**
 * One of the person's own masks: its picture's pixels (while it is being edited), its anchors,
 * and what the mask library needs, its {@link MaskSpec}, texture and thumbnail. The spec is made
 * afresh whenever an anchor or the name changes: the anchors' thin-plate spline
 * ({@link AnchorFit}) gives every layout vertex its texture coordinate, and {@link MeshBinding}
 * keeps the triangles over the picture's visible pixels.
 */
final class CustomMask {
    /** How much the photo's light shades a custom mask: a picture often carries its own shading. */
    static final float LIGHTING = 0.8f;
    /** Thumbnail size in the gallery (88 CSS px, sharp on a 2× screen). */
    static final int THUMBNAIL_SIDE = 192;
    static final int MAX_NAME_LENGTH = 60;

    final String id;
    private final FaceLayout layout;
    private String name;
    private CustomPicture picture;
    private final float[] anchors;
    private AlphaMap alpha;
    private MaskSpec spec;
    private ImageBitmap texture;
    private String thumbnailUrl;
    private MaskLibrary.Entry entry;

    private CustomMask(String id, String name, FaceLayout layout, CustomPicture picture, float[] anchors) {
        this.id = id;
        this.name = name;
        this.layout = layout;
        this.picture = picture;
        this.anchors = anchors.clone();
    }

    /**
     * A mask from {@code picture} with {@code anchors} (12 floats, picture pixels). Rejects with
     * an Error whose message is for people when the anchors cannot make a mask.
     */
    static JSPromise<CustomMask> create(String id, String name, FaceLayout layout, CustomPicture picture,
            float[] anchors) {
        CustomMask mask = new CustomMask(id, name, layout, picture, anchors);
        String problem = mask.rebuild(anchors);
        if (problem != null) {
            return JSPromise.reject(JsErrors.error(problem));
        }
        return mask.paint().then(done -> mask);
    }

    String name() {
        return name;
    }

    float[] anchors() {
        return anchors;
    }

    CustomPicture picture() {
        return picture;
    }

    MaskLibrary.Entry entry() {
        return entry;
    }

    String thumbnailUrl() {
        return thumbnailUrl;
    }

    /**
     * Makes the spec for {@code newAnchors}; returns null when done, or why the arrangement cannot
     * make a mask (the mask then keeps its last good spec).
     */
    String rebuild(float[] newAnchors) {
        if (picture == null) {
            return "This mask is no longer being edited.";
        }
        float scale = picture.scale();
        float[] scaled = new float[newAnchors.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = newAnchors[i] * scale;
        }
        float[] texCoords;
        try {
            texCoords = AnchorFit.fromAnchors(scaled, layout).textureCoordinates(picture.pixelWidth,
                    picture.pixelHeight);
        } catch (IllegalArgumentException e) {
            return "Two points are on the same spot, or all on one line: spread them out over the mask.";
        }
        String problem = AnchorRules.problem(newAnchors, layout, texCoords, picture.pixelWidth, picture.pixelHeight);
        if (problem != null) {
            return problem;
        }
        if (alpha == null) {
            alpha = picture.alpha();
        }
        MaskSpec made;
        try {
            made = MeshBinding.bind(id, name, "custom", id + ".png", id + ".thumb.png", 1f, MaskSpec.BLEND_NORMAL,
                    LIGHTING, layout, texCoords, alpha, null);
        } catch (IllegalArgumentException e) {
            return "The points leave the face over see-through pixels only: place them on the mask.";
        }
        System.arraycopy(newAnchors, 0, anchors, 0, anchors.length);
        spec = made;
        entry = entryOrNull();
        return null;
    }

    /** The name for the next {@link #rebuild} (trimmed, at most {@link #MAX_NAME_LENGTH} characters; empty keeps the old). */
    void setName(String newName) {
        String clean = cleanName(newName);
        if (!clean.isEmpty()) {
            name = clean;
        }
    }

    /**
     * After the picture's pixels changed (background removed or put back): a new texture and
     * thumbnail, and the spec bound to the new pixels where the anchors allow. Resolves to the old thumbnail URL (for the
     * caller to revoke once the gallery no longer shows it) or null.
     */
    JSPromise<String> repaint() {
        alpha = null;
        // An arrangement that cannot make a mask keeps the last good spec; the editor says why.
        rebuild(anchors);
        String oldUrl = thumbnailUrl;
        return paint().then(done -> oldUrl);
    }

    /** Makes the texture and the thumbnail from the picture's current pixels. */
    private JSPromise<Boolean> paint() {
        return Images.bitmapOf(picture.canvas()).flatThen(bitmap -> Pixels.thumbnailUrl(picture.canvas(),
                THUMBNAIL_SIDE).then(url -> {
                    texture = bitmap;
                    thumbnailUrl = url.stringValue();
                    entry = entryOrNull();
                    return Boolean.TRUE;
                }));
    }

    private MaskLibrary.Entry entryOrNull() {
        return texture == null || spec == null ? null : MaskLibrary.Entry.inMemory(spec, texture, thumbnailUrl);
    }

    /** Editing is over: the pixels are no longer needed (the texture holds the mask). */
    void finishEditing() {
        picture = null;
        alpha = null;
    }

    boolean isEditing() {
        return picture != null;
    }

    /** Frees the texture and the thumbnail; the caller has taken the mask out of the library. */
    void dispose() {
        Pixels.revoke(thumbnailUrl);
        thumbnailUrl = null;
        if (texture != null) {
            texture.close();
            texture = null;
        }
        picture = null;
        alpha = null;
        entry = null;
    }

    static String cleanName(String name) {
        String clean = name == null ? "" : name.trim().replaceAll("\\s+", " ");
        return clean.length() > MAX_NAME_LENGTH ? clean.substring(0, MAX_NAME_LENGTH).trim() : clean;
    }
}
