package app.maskai.core.landmarks;

/**
 * Constants of the FaceMesh landmark model (models/facemesh.json, MediaPipe "Face Mesh" card).
 *
 * <p>Output node names come from the graph's signature in facemesh.json: output_mesh is
 * "Identity_2:0", output_faceflag "Identity_1:0" (output_contours, "Identity:0", is unused).
 */
public final class LandmarkModel {
    /** Side of the square input, pixels (TENSORS_TO_LANDMARKS_MESH_CONFIG: 192). */
    public static final int INPUT_SIZE = 192;
    /** Number of landmarks. */
    public static final int POINTS = 468;
    /** Floats in the mesh output: 468 × (x, y, z). */
    public static final int MESH_VALUES = 3 * POINTS;
    /** Model file name in the models folder. */
    public static final String MODEL_FILE = "facemesh.json";
    /** Graph node of output_mesh: [1, 1404], x, y, z in crop pixels of the 192×192 input. */
    public static final String MESH_OUTPUT = "Identity_2:0";
    /**
     * Graph node of output_faceflag: [1, 1], face presence. In this graph it is already a
     * probability: the node is fed by activation_1/Sigmoid.
     */
    public static final String FACE_FLAG_OUTPUT = "Identity_1:0";

    // Landmark indices used to orient a region of interest (face_landmark_landmarks_to_roi.pbtxt).
    /** Outer corner of the subject's right eye. */
    public static final int RIGHT_EYE_OUTER_CORNER = 33;
    /** Outer corner of the subject's left eye. */
    public static final int LEFT_EYE_OUTER_CORNER = 263;

    private LandmarkModel() {
    }
}
