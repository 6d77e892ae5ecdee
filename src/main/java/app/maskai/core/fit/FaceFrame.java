package app.maskai.core.fit;

import app.maskai.core.landmarks.LandmarkModel;

/**
 * A face's own axes in the image plane, from its FaceMesh landmarks (image pixels).
 *
 * <ul>
 *   <li>origin: the midpoint of the outer eye corners 33 (subject's right) and 263 (left);
 *   <li>right axis: the unit vector from 33 to 263 (image right for an upright, unmirrored face);
 *   <li>down axis: the unit vector perpendicular to it that points from the forehead (10)
 *       towards the chin (152), so it stays "down the face" on a mirrored image too;
 *   <li>inter-ocular distance: |263 − 33| in pixels, the unit of FitAdjustment's offsetY.
 * </ul>
 * Mutable; {@link #set} allocates nothing. A degenerate face (eye corners on one pixel) gets the
 * image axes and distance 0.
 */
public final class FaceFrame {
    public static final int FOREHEAD = 10;
    public static final int CHIN = 152;

    public float originX;
    public float originY;
    public float rightX = 1;
    public float rightY;
    public float downX;
    public float downY = 1;
    public float interOcular;

    /** A frame for {@code landmarks} (468 × x, y, z). */
    public static FaceFrame of(float[] landmarks) {
        FaceFrame frame = new FaceFrame();
        frame.set(landmarks);
        return frame;
    }

    /** Recomputes this frame from {@code landmarks} (468 × x, y, z); returns this. */
    public FaceFrame set(float[] landmarks) {
        int a = 3 * LandmarkModel.RIGHT_EYE_OUTER_CORNER;
        int b = 3 * LandmarkModel.LEFT_EYE_OUTER_CORNER;
        float dx = landmarks[b] - landmarks[a];
        float dy = landmarks[b + 1] - landmarks[a + 1];
        originX = (landmarks[a] + landmarks[b]) / 2;
        originY = (landmarks[a + 1] + landmarks[b + 1]) / 2;
        interOcular = (float) Math.sqrt(dx * dx + dy * dy);
        if (interOcular > 0) {
            rightX = dx / interOcular;
            rightY = dy / interOcular;
        } else {
            rightX = 1;
            rightY = 0;
        }
        // The perpendicular (-ry, rx) is "down" for an unmirrored face in y-down coordinates; flip it
        // when the chin lies on the other side.
        downX = -rightY;
        downY = rightX;
        float chinX = landmarks[3 * CHIN] - landmarks[3 * FOREHEAD];
        float chinY = landmarks[3 * CHIN + 1] - landmarks[3 * FOREHEAD + 1];
        if (chinX * downX + chinY * downY < 0) {
            downX = -downX;
            downY = -downY;
        }
        return this;
    }

    @Override
    public String toString() {
        return "FaceFrame(origin " + originX + ", " + originY + "; right " + rightX + ", " + rightY
                + "; down " + downX + ", " + downY + "; inter-ocular " + interOcular + ")";
    }
}
