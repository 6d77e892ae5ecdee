package app.maskai.core.pipeline;

import app.maskai.core.landmarks.LandmarkBounds;

/**
 * One face found in a photo, in pixels of the original (full-resolution) image.
 *
 * <p>Landmarks are MediaPipe FaceMesh's 468 points, (x, y, z) each; z is on the same pixel scale as
 * x, negative towards the camera.
 */
public final class Face {
    /** Detector confidence, 0..1. */
    public final float score;
    /** The landmark model's face flag, 0..1. */
    public final float presence;
    /** Bounding box of the landmarks' x and y. */
    public final float x;
    public final float y;
    public final float width;
    public final float height;
    /** 1404 floats: 468 × (x, y, z). */
    public final float[] landmarks;
    /** How far the detector's input was turned to find this face: 0, 90, 180 or 270 (clockwise). */
    public final int rotationDegrees;

    public Face(float score, float presence, float[] landmarks, int rotationDegrees) {
        this.score = score;
        this.presence = presence;
        this.landmarks = landmarks;
        this.rotationDegrees = rotationDegrees;
        float[] box = LandmarkBounds.of(landmarks, new float[4]);
        this.x = box[LandmarkBounds.X_MIN];
        this.y = box[LandmarkBounds.Y_MIN];
        this.width = box[LandmarkBounds.X_MAX] - box[LandmarkBounds.X_MIN];
        this.height = box[LandmarkBounds.Y_MAX] - box[LandmarkBounds.Y_MIN];
    }

    /**
     * The same face in a copy of the photo resampled by {@code sx} across and {@code sy} down
     * (z, on the x scale, follows {@code sx}).
     */
    public Face scaled(float sx, float sy) {
        float[] moved = new float[landmarks.length];
        for (int i = 0; i + 2 < landmarks.length; i += 3) {
            moved[i] = landmarks[i] * sx;
            moved[i + 1] = landmarks[i + 1] * sy;
            moved[i + 2] = landmarks[i + 2] * sx;
        }
        return new Face(score, presence, moved, rotationDegrees);
    }

    @Override
    public String toString() {
        return "Face(score=" + score + ", presence=" + presence + ", box=" + x + "," + y + " " + width
                + "x" + height + ", rotation=" + rotationDegrees + ")";
    }
}
