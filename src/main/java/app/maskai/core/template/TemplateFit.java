package app.maskai.core.template;

import app.maskai.core.fit.MaskFit;
import app.maskai.core.fit.SimilarityFit;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.landmarks.LandmarkModel;

/**
 * Where a person's face goes in a template: the person's 468 landmarks moved into the template's
 * face by the 3D similarity (scale, rotation, shift; {@link SimilarityFit}) that best takes the
 * person's stable landmarks ({@link MaskFit#STABLE_LANDMARKS}: skull, not expression) onto the
 * template's. The rotation is 3D, so a turned or tilted head is
 * turned to the template's pose, and the person's own proportions are kept: the face stays theirs.
 * Then each point is pulled {@link #SHAPE_PULL} of the way towards the template's, so a long or
 * wide face still fills the template's opening.
 *
 * <p>The blend region ({@link #blendOutline}) is the placed face's oval drawn in towards its centre:
 * the oval's landmarks lie on the face's very edge, where the photo's background or hair begins,
 * and the template's painted skin is what shows beyond it.
 */
public final class TemplateFit {
    /** How far each placed point moves towards the template's own (0: the person's shape kept). */
    public static final float SHAPE_PULL = 0.25f;
    /** The blend outline's size against the placed face oval (about its centroid). */
    public static final float OUTLINE_SCALE = 0.86f;
    private final SimilarityFit similarity = new SimilarityFit();
    private final float[] point = new float[3];

    /**
     * Writes the person's {@code landmarks} (468 × x, y, z, photo pixels) placed into the
     * template's ({@code template}, 468 × x, y, z, template pixels) into {@code dest} (468 × 3),
     * shifted right by {@code shiftX} (the template drawn again beside itself, one copy a face).
     * Returns false, writing the template's own landmarks, when the person's points are degenerate.
     */
    public boolean place(float[] landmarks, float[] template, float shiftX, float[] dest) {
        int n = LandmarkModel.POINTS;
        if (!similarity.fit(landmarks, template, MaskFit.STABLE_LANDMARKS)) {
            for (int i = 0; i < n; i++) {
                dest[3 * i] = template[3 * i] + shiftX;
                dest[3 * i + 1] = template[3 * i + 1];
                dest[3 * i + 2] = template[3 * i + 2];
            }
            return false;
        }
        for (int i = 0; i < n; i++) {
            similarity.apply(landmarks[3 * i], landmarks[3 * i + 1], landmarks[3 * i + 2], point, 0);
            for (int c = 0; c < 3; c++) {
                dest[3 * i + c] = point[c] + SHAPE_PULL * (template[3 * i + c] - point[c]);
            }
            dest[3 * i] += shiftX;
        }
        return true;
    }

    /** The similarity's scale of the last {@link #place}: template pixels per photo pixel. */
    public double scale() {
        return similarity.scale;
    }

    /**
     * The blend region of a placed face: its {@link FaceLayout#FACE_OVAL} points (x, y; 36 × 2)
     * scaled by {@link #OUTLINE_SCALE} about their centroid. The outline is star-shaped about the
     * centroid (the oval is), so a triangle fan from the centroid fills it.
     */
    public static float[] blendOutline(float[] placed) {
        int[] oval = FaceLayout.FACE_OVAL;
        float cx = 0;
        float cy = 0;
        for (int index : oval) {
            cx += placed[3 * index];
            cy += placed[3 * index + 1];
        }
        cx /= oval.length;
        cy /= oval.length;
        float[] outline = new float[2 * oval.length];
        for (int j = 0; j < oval.length; j++) {
            outline[2 * j] = cx + OUTLINE_SCALE * (placed[3 * oval[j]] - cx);
            outline[2 * j + 1] = cy + OUTLINE_SCALE * (placed[3 * oval[j] + 1] - cy);
        }
        return outline;
    }

    /**
     * Landmarks on bare skin (forehead, cheeks, the nose's bridge and sides, chin), away from the
     * eyes, brows, lips and the face's edge: where a face's {@link SkinTone} is sampled, in the
     * photo and in the template alike.
     */
    public static final int[] SKIN = {151, 9, 108, 337, 109, 338, 67, 297, 69, 299, 104, 333, 50, 280, 101, 330,
        205, 425, 36, 266, 117, 346, 118, 347, 123, 352, 187, 411, 207, 427, 147, 376, 4, 5, 195, 197, 6, 45, 275,
        199, 175, 200, 208, 428, 32, 262, 171, 396};
}
