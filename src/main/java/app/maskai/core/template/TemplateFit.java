package app.maskai.core.template;

import app.maskai.core.fit.MaskFit;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.landmarks.LandmarkModel;

/**
 * Where a person's face goes in a template: the person's 468 landmarks moved into the template's
 * face by the 2D similarity (scale, rotation in the picture's plane, shift) that best takes the
 * person's stable landmarks ({@link MaskFit#STABLE_LANDMARKS}: skull, not expression) onto the
 * template's, in the least-squares sense (Umeyama 1991, in the plane: for centred points, the angle
 * is atan2(Σ p×q, Σ p·q) and the scale |(Σ p·q, Σ p×q)| / Σ |p|²). The person's own proportions are
 * kept: the face stays theirs. The fit is in the plane, not 3D, on purpose: turning a turned head
 * to the template's pose would stretch its hidden side, which the photo does not show, across the
 * template (tried: a three-quarter profile came out torn); a turned face stays turned, as a
 * painter's sitter may. Then each point is pulled {@link #SHAPE_PULL} of the way towards the
 * template's, so a long or wide face still fills the template's opening. Depth (z) is scaled with
 * the rest.
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
    /** How far above the brows the blend outline may reach, in the brows' heights over the eyes. */
    public static final float ABOVE_BROWS = 0.6f;
    private double scale = 1;

    /**
     * Writes the person's {@code landmarks} (468 × x, y, z, photo pixels) placed into the
     * template's ({@code template}, 468 × x, y, z, template pixels) into {@code dest} (468 × 3),
     * shifted right by {@code shiftX} (the template drawn again beside itself, one copy a face).
     * Returns false, writing the template's own landmarks, when the person's points are degenerate.
     */
    public boolean place(float[] landmarks, float[] template, float shiftX, float[] dest) {
        int n = LandmarkModel.POINTS;
        int[] stable = MaskFit.STABLE_LANDMARKS;
        double px = 0;
        double py = 0;
        double qx = 0;
        double qy = 0;
        for (int index : stable) {
            px += landmarks[3 * index];
            py += landmarks[3 * index + 1];
            qx += template[3 * index];
            qy += template[3 * index + 1];
        }
        px /= stable.length;
        py /= stable.length;
        qx /= stable.length;
        qy /= stable.length;
        double dot = 0;
        double cross = 0;
        double norm = 0;
        for (int index : stable) {
            double ax = landmarks[3 * index] - px;
            double ay = landmarks[3 * index + 1] - py;
            double bx = template[3 * index] - qx;
            double by = template[3 * index + 1] - qy;
            dot += ax * bx + ay * by;
            cross += ax * by - ay * bx;
            norm += ax * ax + ay * ay;
        }
        if (!(norm > 1e-9)) {
            for (int i = 0; i < n; i++) {
                dest[3 * i] = template[3 * i] + shiftX;
                dest[3 * i + 1] = template[3 * i + 1];
                dest[3 * i + 2] = template[3 * i + 2];
            }
            scale = 1;
            return false;
        }
        scale = Math.hypot(dot, cross) / norm;
        double cos = dot / Math.hypot(dot, cross) * scale;
        double sin = cross / Math.hypot(dot, cross) * scale;
        for (int i = 0; i < n; i++) {
            double ax = landmarks[3 * i] - px;
            double ay = landmarks[3 * i + 1] - py;
            float x = (float) (qx + cos * ax - sin * ay);
            float y = (float) (qy + sin * ax + cos * ay);
            float z = (float) (scale * landmarks[3 * i + 2]);
            dest[3 * i] = x + SHAPE_PULL * (template[3 * i] - x) + shiftX;
            dest[3 * i + 1] = y + SHAPE_PULL * (template[3 * i + 1] - y);
            dest[3 * i + 2] = z + SHAPE_PULL * (template[3 * i + 2] - z);
        }
        return true;
    }

    /** The similarity's scale of the last {@link #place}: template pixels per photo pixel. */
    public double scale() {
        return scale;
    }

    /**
     * The blend region of a placed face: its {@link FaceLayout#FACE_OVAL} points (x, y; 36 × 2)
     * drawn in to {@link #OUTLINE_SCALE} about their centroid, and, above the brows, brought down to
     * {@link #ABOVE_BROWS} of the brows' height over the eyes above them: the region face swaps use
     * (the hull of the brows, eyes, nose, mouth and jaw), for the forehead's top is where a person's
     * own hair lies (a fringe, a hairline), which would meet the template's painted skin or hair at
     * a seam no blend hides (TemplatesIT's seam was largest there). The outline is star-shaped about
     * the centroid, so a triangle fan from the centroid fills it.
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
        float eyes = (placed[3 * 33 + 1] + placed[3 * 263 + 1]) / 2;
        float brows = Math.min(placed[3 * 105 + 1], placed[3 * 334 + 1]);
        float ceiling = brows - ABOVE_BROWS * Math.max(0, eyes - brows);
        float[] outline = new float[2 * oval.length];
        for (int j = 0; j < oval.length; j++) {
            float x = cx + OUTLINE_SCALE * (placed[3 * oval[j]] - cx);
            float y = cy + OUTLINE_SCALE * (placed[3 * oval[j] + 1] - cy);
            outline[2 * j] = x;
            outline[2 * j + 1] = Math.max(y, Math.min(ceiling, cy));
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
