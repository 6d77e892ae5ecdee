package app.maskai.core.hair;

import app.maskai.core.layout.FaceLayout;

/**
 * Where a hairstyle overlay goes on a face: the overlay (a frontal picture of the hair round the
 * canonical face, {@link HairstyleSpec#anchors}) turned in the picture's plane and shifted by the
 * weighted least-squares similarity that takes its anchors onto the person's same landmarks
 * (Umeyama 1991, in the plane; the chin at {@link #CHIN_WEIGHT} of the others, as an open mouth
 * moves it), and scaled to the face's true size: its sides' (234, 454) and outer eye corners' (33,
 * 263) distances in 3D (FaceMesh's z is in the x, y pixels' scale) against the overlay's. A turned
 * face is narrower in the picture than it is: the plain similarity gave it hair too small (a
 * three-quarter profile's by a quarter); at its true size the overlay's face opening is wider than
 * the turned face, so the hair never covers it. The overlay's proportions are kept: hair does not
 * stretch with a long or wide face, and it tilts with the head.
 *
 * <p>A frontal picture cannot show a head turned far: {@link #turn} says how far a face is
 * turned, and beyond {@link #MAX_HIDING_TURN} the person's own hair is left as it is rather than
 * hidden (what lies behind the back of a turned head is a guess the fill cannot make).
 */
public final class HairstyleFit {
    /** The chin anchor's weight against the eyes', the forehead's and the face sides' (1). */
    public static final float CHIN_WEIGHT = 0.25f;
    /** The most a face may be turned (degrees of yaw) for its own hair to be hidden under an overlay. */
    public static final float MAX_HIDING_TURN = 35;
    private static final float[] WEIGHTS = {1, 1, 1, CHIN_WEIGHT, 1, 1};
    private static final int LEFT_SIDE = 234;
    private static final int RIGHT_SIDE = 454;
    private static final int LEFT_EYE = 33;
    private static final int RIGHT_EYE = 263;

    private HairstyleFit() {
    }

    /**
     * The map taking overlay pixel (u, v) to the photo: {a, b, c, d, tx, ty} with x = a·u + c·v +
     * tx, y = b·u + d·v + ty (the 2D canvas's setTransform order; here c = −b, d = a); null where the
     * landmarks (468 × x, y, z) are degenerate or not finite.
     */
    public static float[] affine(HairstyleSpec spec, float[] landmarks) {
        int[] index = HairstyleSpec.ANCHOR_LANDMARKS;
        float[] anchors = spec.anchors;
        double weight = 0;
        double px = 0;
        double py = 0;
        double qx = 0;
        double qy = 0;
        for (int i = 0; i < index.length; i++) {
            double w = WEIGHTS[i];
            weight += w;
            px += w * anchors[2 * i];
            py += w * anchors[2 * i + 1];
            qx += w * landmarks[3 * index[i]];
            qy += w * landmarks[3 * index[i] + 1];
        }
        px /= weight;
        py /= weight;
        qx /= weight;
        qy /= weight;
        double dot = 0;
        double cross = 0;
        for (int i = 0; i < index.length; i++) {
            double w = WEIGHTS[i];
            double ax = anchors[2 * i] - px;
            double ay = anchors[2 * i + 1] - py;
            double bx = landmarks[3 * index[i]] - qx;
            double by = landmarks[3 * index[i] + 1] - qy;
            dot += w * (ax * bx + ay * by);
            cross += w * (ax * by - ay * bx);
        }
        double length = Math.hypot(dot, cross);
        // Anchors 33, 263 are 0 and 1 in ANCHOR_LANDMARKS; 234, 454 are 4 and 5.
        double overlaySides = Math.hypot(anchors[10] - anchors[8], anchors[11] - anchors[9]);
        double overlayEyes = Math.hypot(anchors[2] - anchors[0], anchors[3] - anchors[1]);
        double scale = (distance3(landmarks, LEFT_SIDE, RIGHT_SIDE) / overlaySides
                + distance3(landmarks, LEFT_EYE, RIGHT_EYE) / overlayEyes) / 2;
        if (!(length > 1e-9) || !(scale > 1e-6) || !Double.isFinite(scale + qx + qy + length)) {
            return null;
        }
        double a = scale * dot / length;
        double b = scale * cross / length;
        return new float[] {(float) a, (float) b, (float) -b, (float) a, (float) (qx - a * px + b * py),
            (float) (qy - b * px - a * py)};
    }

    /**
     * How far the face is turned (yaw, degrees, 0..90) by its sides (234, 454): acos of their
     * distance in the picture over their distance in 3D; NaN where they coincide.
     */
    public static float turn(float[] landmarks) {
        double flat = Math.hypot(landmarks[3 * RIGHT_SIDE] - landmarks[3 * LEFT_SIDE],
                landmarks[3 * RIGHT_SIDE + 1] - landmarks[3 * LEFT_SIDE + 1]);
        double full = distance3(landmarks, LEFT_SIDE, RIGHT_SIDE);
        return full > 1e-9 ? (float) Math.toDegrees(Math.acos(Math.min(1, flat / full))) : Float.NaN;
    }

    /** The upper edges of the brows (FaceMesh's brow contours, upper row). */
    private static final int[] BROW_TOPS = {70, 63, 105, 66, 107, 336, 296, 334, 293, 300};

    /**
     * Where the face lies in front of any hair (x, y pairs, a polygon star-shaped about its
     * centroid): the face oval ({@link FaceLayout#FACE_OVAL}) with what lies above the brows' top
     * brought down to it. An overlay's hair is drawn nowhere inside: on a frontal face it lies
     * outside already (the generator keeps it above the brows), and on a turned face the hair of
     * the far side, which a frontal picture puts over the face, is behind it.
     */
    public static float[] faceInFront(float[] landmarks) {
        int[] oval = FaceLayout.FACE_OVAL;
        float ceiling = Float.POSITIVE_INFINITY;
        for (int index : BROW_TOPS) {
            ceiling = Math.min(ceiling, landmarks[3 * index + 1]);
        }
        float[] out = new float[2 * oval.length];
        for (int j = 0; j < oval.length; j++) {
            out[2 * j] = landmarks[3 * oval[j]];
            out[2 * j + 1] = Math.max(ceiling, landmarks[3 * oval[j] + 1]);
        }
        return out;
    }

    /**
     * The overlay's corners in the photo under {@code affine}: top left, top right, bottom left,
     * bottom right (x, y each), the order a triangle strip draws.
     */
    public static float[] corners(HairstyleSpec spec, float[] affine) {
        float[] uv = {0, 0, spec.width, 0, 0, spec.height, spec.width, spec.height};
        float[] out = new float[8];
        for (int i = 0; i < 4; i++) {
            out[2 * i] = affine[0] * uv[2 * i] + affine[2] * uv[2 * i + 1] + affine[4];
            out[2 * i + 1] = affine[1] * uv[2 * i] + affine[3] * uv[2 * i + 1] + affine[5];
        }
        return out;
    }

    /** Photo pixels per overlay pixel under {@code affine} (the face's true scale). */
    public static float scale(float[] affine) {
        return (float) Math.hypot(affine[2], affine[3]);
    }

    private static double distance3(float[] landmarks, int i, int j) {
        double dx = landmarks[3 * j] - landmarks[3 * i];
        double dy = landmarks[3 * j + 1] - landmarks[3 * i + 1];
        double dz = landmarks[3 * j + 2] - landmarks[3 * i + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
