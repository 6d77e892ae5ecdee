package app.maskai.core.landmarks;

/**
 * Whether the landmark model saw a face in its region of interest.
 *
 * <p>The model's output_faceflag already ends in a sigmoid (facemesh.json: activation_1/Sigmoid
 * feeds output_faceflag), so its value is a probability. The reference keeps a face when that
 * value is ≥ 0.5 and compares it without a further sigmoid (face-landmarks-detection 1.0.6
 * tfjs/detector.ts: {@code facePresenceScore < FACE_PRESENCE_SCORE} rejects; FACE_PRESENCE_SCORE
 * = 0.5).
 */
public final class FacePresence {
    /** FACE_PRESENCE_SCORE in face-landmarks-detection's tfjs constants. */
    public static final float MIN_PRESENCE = 0.5f;

    private FacePresence() {
    }

    /** True when the face flag (a probability, as the model outputs it) is ≥ 0.5. */
    public static boolean isFace(float faceFlag) {
        return faceFlag >= MIN_PRESENCE;
    }
}
