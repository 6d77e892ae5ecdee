package app.maskai.core.layout;

import app.maskai.core.json.Json;
import app.maskai.core.json.JsonException;
import java.util.List;
import java.util.Map;

/**
 * The shared face layout: MediaPipe's canonical face model, extended beyond the face oval
 * (docs/CONTRACTS.md, "Version 2").
 *
 * <p><b>Vertices.</b> 0..467 are the FaceMesh landmarks. 468..575 are three rings outside the
 * face oval: ring r (0, 1, 2) vertex j (0..35) is index {@code 468 + 36 r + j} and equals
 * {@code (1 + k_r) L[FACE_OVAL[j]] - k_r mean(L[FACE_OVAL])} with k = {@link #RING_SCALES}, an
 * affine combination of landmarks ({@link #termsOf}, {@link #weightsOf}), so a ring follows the
 * face under any affine map of the landmarks. The same formula applies to landmark positions in
 * an image, to canonical 3D positions and to layout uv ({@link #extend}).
 *
 * <p><b>Canonical positions</b> ({@link #canonical()}, x, y, z per vertex) are the obj's, in its
 * units (about centimetres), turned 180° about the x axis so that they share FaceMesh's
 * conventions: x to the image's right (the subject's left; the subject's right eye corner 33 has
 * x &lt; 0), y down, z away from the camera (smaller z = nearer the camera; the nose tip 1 has
 * the smallest z). This is a proper rotation, so handedness is kept.
 *
 * <p><b>Layout uv</b> ({@link #uv()}) is the obj's vt with v flipped to point down (v = 1 − vt.v),
 * 0..1 for the landmarks; ring uv fall outside 0..1. <b>Texture coordinates</b> of v2 masks
 * cover the extended square: tex = 0.5 + (uv − 0.5) / {@link #TEXTURE_SCALE}
 * ({@link #textureUv()}); all 576 vertices land inside 0..1.
 *
 * <p><b>Triangles</b> ({@link #triangles()}): the obj's 898 (order and winding kept) then 216
 * ring triangles, 2 per quad, joining the oval to ring 0, ring 0 to ring 1 and ring 1 to ring 2,
 * wound like the obj's (counter-clockwise in layout uv with v down, as on the screen for a frontal
 * face). Instances are immutable; accessors return shared arrays: do not modify them.
 */
public final class FaceLayout {
    /** FaceMesh landmarks, the canonical model's vertices. */
    public static final int LANDMARK_COUNT = 468;
    /** The 36 face-oval landmarks in order, from the forehead (10) over the subject's left. */
    public static final int[] FACE_OVAL = {
            10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377,
            152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109};
    /** k of each extension ring: how far past the oval, as a fraction of oval-to-centre. */
    public static final float[] RING_SCALES = {0.15f, 0.35f, 0.6f};
    /**
     * Weights of oval landmarks j − 1, j, j + 1 in ring vertex j. The oval landmarks are the
     * FaceMesh's least steady (measured: up to 1.8 % of the inter-ocular distance between a photo
     * and its scaled or turned copy, against 0.7 % for the median landmark), and a ring multiplies
     * their error by 1 + k; averaging three neighbours cuts the noise by about a third while the
     * ring still follows the face's outline.
     */
    static final float[] SMOOTHING = {0.25f, 0.5f, 0.25f};
    public static final int RING_COUNT = 3;
    public static final int RING_SIZE = 36;
    /** Landmarks plus rings: 468 + 3 × 36. */
    public static final int VERTEX_COUNT = LANDMARK_COUNT + RING_COUNT * RING_SIZE;
    /** Triangles of the canonical model (the face). */
    public static final int FACE_TRIANGLE_COUNT = 898;
    /** Triangles of the extension: 3 bands × 36 quads × 2. */
    public static final int RING_TRIANGLE_COUNT = RING_COUNT * RING_SIZE * 2;
    /** Texture space of v2 masks: tex = 0.5 + (uv − 0.5) / 1.6. */
    public static final float TEXTURE_SCALE = 1.6f;
    /** Schema of {@link #toJson()}. */
    public static final String JSON_SCHEMA = "maskai.face-layout";
    public static final int JSON_VERSION = 1;

    private final float[] canonical;
    private final float[] uv;
    private final float[] textureUv;
    private final int[] triangles;
    private final int[] faceTriangles;

    private FaceLayout(float[] canonical468, float[] uv468, int[] faceTriangles) {
        this.canonical = new float[3 * VERTEX_COUNT];
        this.uv = new float[2 * VERTEX_COUNT];
        extend(canonical468, 3, canonical);
        extend(uv468, 2, uv);
        this.textureUv = new float[uv.length];
        for (int i = 0; i < uv.length; i++) {
            textureUv[i] = toTexture(uv[i]);
        }
        this.faceTriangles = faceTriangles;
        this.triangles = new int[faceTriangles.length + 3 * RING_TRIANGLE_COUNT];
        System.arraycopy(faceTriangles, 0, triangles, 0, faceTriangles.length);
        int t = faceTriangles.length;
        for (int r = 0; r < RING_COUNT; r++) {
            for (int j = 0; j < RING_SIZE; j++) {
                int next = (j + 1) % RING_SIZE;
                int innerJ = r == 0 ? FACE_OVAL[j] : ringVertex(r - 1, j);
                int innerNext = r == 0 ? FACE_OVAL[next] : ringVertex(r - 1, next);
                int outerJ = ringVertex(r, j);
                int outerNext = ringVertex(r, next);
                triangles[t++] = innerJ;
                triangles[t++] = innerNext;
                triangles[t++] = outerJ;
                triangles[t++] = innerNext;
                triangles[t++] = outerNext;
                triangles[t++] = outerJ;
            }
        }
    }

    /** Extended vertex index of ring {@code ring} (0..2), position {@code j} (0..35). */
    public static int ringVertex(int ring, int j) {
        return LANDMARK_COUNT + ring * RING_SIZE + j;
    }

    /**
     * Extends 468 points of {@code stride} values each (x, y or x, y, z, ...) to the 576 extended
     * vertices with the ring formula. {@code dest} holds 576 × stride values; may not be
     * {@code points}. Allocates nothing.
     */
    public static void extend(float[] points, int stride, float[] dest) {
        if (points.length < LANDMARK_COUNT * stride || dest.length < VERTEX_COUNT * stride) {
            throw new IllegalArgumentException("need " + LANDMARK_COUNT * stride + " values in and "
                    + VERTEX_COUNT * stride + " out, got " + points.length + " and " + dest.length);
        }
        System.arraycopy(points, 0, dest, 0, LANDMARK_COUNT * stride);
        for (int c = 0; c < stride; c++) {
            double sum = 0;
            for (int j = 0; j < RING_SIZE; j++) {
                sum += points[FACE_OVAL[j] * stride + c];
            }
            float mean = (float) (sum / RING_SIZE);
            for (int r = 0; r < RING_COUNT; r++) {
                float k = RING_SCALES[r];
                for (int j = 0; j < RING_SIZE; j++) {
                    float smoothed = SMOOTHING[0] * points[FACE_OVAL[(j + RING_SIZE - 1) % RING_SIZE] * stride + c]
                            + SMOOTHING[1] * points[FACE_OVAL[j] * stride + c]
                            + SMOOTHING[2] * points[FACE_OVAL[(j + 1) % RING_SIZE] * stride + c];
                    dest[ringVertex(r, j) * stride + c] = (1 + k) * smoothed - k * mean;
                }
            }
        }
    }

    /** Layout uv (or one coordinate of it) to v2 texture space. */
    public static float toTexture(float layoutCoordinate) {
        return 0.5f + (layoutCoordinate - 0.5f) / TEXTURE_SCALE;
    }

    /**
     * The landmarks extended vertex {@code vertex} is an affine combination of: {vertex} for a
     * landmark, the 36 {@link #FACE_OVAL} landmarks in order for a ring vertex. A new array.
     */
    public static int[] termsOf(int vertex) {
        checkVertex(vertex);
        if (vertex < LANDMARK_COUNT) {
            return new int[] {vertex};
        }
        return FACE_OVAL.clone();
    }

    /**
     * The weights matching {@link #termsOf}: {1} for a landmark; for ring r vertex j,
     * −k_r/36 on every oval landmark plus 1 + k_r on oval landmark j. They sum to 1. A new array.
     */
    public static float[] weightsOf(int vertex) {
        checkVertex(vertex);
        if (vertex < LANDMARK_COUNT) {
            return new float[] {1f};
        }
        int ring = (vertex - LANDMARK_COUNT) / RING_SIZE;
        int j = (vertex - LANDMARK_COUNT) % RING_SIZE;
        double k = RING_SCALES[ring];
        float[] weights = new float[RING_SIZE];
        for (int i = 0; i < RING_SIZE; i++) {
            double own = i == j ? SMOOTHING[1]
                    : i == (j + RING_SIZE - 1) % RING_SIZE ? SMOOTHING[0]
                    : i == (j + 1) % RING_SIZE ? SMOOTHING[2] : 0;
            weights[i] = (float) ((1 + k) * own - k / RING_SIZE);
        }
        return weights;
    }

    private static void checkVertex(int vertex) {
        if (vertex < 0 || vertex >= VERTEX_COUNT) {
            throw new IllegalArgumentException("vertex " + vertex + " is not in 0.." + (VERTEX_COUNT - 1));
        }
    }

    public int vertexCount() {
        return VERTEX_COUNT;
    }

    /** x, y, z per extended vertex (576 × 3); conventions in the class comment. */
    public float[] canonical() {
        return canonical;
    }

    /** Layout u, v per extended vertex (576 × 2), v down; rings fall outside 0..1. */
    public float[] uv() {
        return uv;
    }

    /** v2 texture u, v per extended vertex (576 × 2), all in 0..1. */
    public float[] textureUv() {
        return textureUv;
    }

    /** Writes vertex {@code vertex}'s texture u, v into dest[0], dest[1]. */
    public void textureUv(int vertex, float[] dest) {
        checkVertex(vertex);
        dest[0] = textureUv[2 * vertex];
        dest[1] = textureUv[2 * vertex + 1];
    }

    /** The 898 face triangles then the 216 ring triangles, 3 extended vertex indices each. */
    public int[] triangles() {
        return triangles;
    }

    /** The 898 canonical triangles only (indices 0..467): the face, e.g. as an occluder. */
    public int[] faceTriangles() {
        return faceTriangles;
    }

    /**
     * Reads MediaPipe's canonical_face_model.obj: 468 "v x y z", 468 "vt u v" and 898
     * "f v/vt v/vt v/vt" lines (1-based); a vertex's uv is the vt its faces name with it. Other
     * lines (mtllib, usemtl, comments) are ignored.
     */
    public static FaceLayout parseObj(String objText) {
        float[] positions = new float[3 * LANDMARK_COUNT];
        double[] texture = new double[2 * LANDMARK_COUNT];
        float[] uv = new float[2 * LANDMARK_COUNT];
        int[] uvOf = new int[LANDMARK_COUNT];
        java.util.Arrays.fill(uvOf, -1);
        int[] faces = new int[3 * FACE_TRIANGLE_COUNT];
        int vCount = 0;
        int vtCount = 0;
        int fCount = 0;
        int lineNo = 0;
        int pos = 0;
        String[] tokens = new String[8];
        while (pos < objText.length()) {
            int end = objText.indexOf('\n', pos);
            if (end < 0) {
                end = objText.length();
            }
            String line = objText.substring(pos, end);
            pos = end + 1;
            lineNo++;
            int n = split(line, tokens);
            if (n == 0) {
                continue;
            }
            String kind = tokens[0];
            if (kind.equals("v")) {
                if (n != 4 || vCount == LANDMARK_COUNT) {
                    throw objProblem(lineNo, "expected at most 468 lines \"v x y z\"");
                }
                // Turned 180 degrees about x: y down, z away from the camera (FaceMesh's conventions).
                positions[3 * vCount] = (float) number(tokens[1], lineNo);
                positions[3 * vCount + 1] = (float) -number(tokens[2], lineNo);
                positions[3 * vCount + 2] = (float) -number(tokens[3], lineNo);
                vCount++;
            } else if (kind.equals("vt")) {
                if (n != 3 || vtCount == LANDMARK_COUNT) {
                    throw objProblem(lineNo, "expected at most 468 lines \"vt u v\"");
                }
                texture[2 * vtCount] = number(tokens[1], lineNo);
                texture[2 * vtCount + 1] = 1 - number(tokens[2], lineNo);
                vtCount++;
            } else if (kind.equals("f")) {
                if (n != 4 || fCount == FACE_TRIANGLE_COUNT) {
                    throw objProblem(lineNo, "expected at most 898 triangles \"f v/vt v/vt v/vt\"");
                }
                for (int c = 0; c < 3; c++) {
                    String corner = tokens[1 + c];
                    int slash = corner.indexOf('/');
                    if (slash < 0) {
                        throw objProblem(lineNo, "face corner " + corner + " has no vt index");
                    }
                    int v = index(corner.substring(0, slash), lineNo);
                    int rest = corner.indexOf('/', slash + 1);
                    int vt = index(corner.substring(slash + 1, rest < 0 ? corner.length() : rest), lineNo);
                    if (uvOf[v] >= 0 && uvOf[v] != vt) {
                        throw objProblem(lineNo, "vertex " + (v + 1) + " has two texture coordinates");
                    }
                    uvOf[v] = vt;
                    faces[3 * fCount + c] = v;
                }
                fCount++;
            }
        }
        if (vCount != LANDMARK_COUNT || vtCount != LANDMARK_COUNT || fCount != FACE_TRIANGLE_COUNT) {
            throw new IllegalArgumentException("canonical face model: found " + vCount + " v, "
                    + vtCount + " vt and " + fCount + " f lines, expected 468, 468 and 898");
        }
        for (int v = 0; v < LANDMARK_COUNT; v++) {
            if (uvOf[v] < 0) {
                throw new IllegalArgumentException("canonical face model: vertex " + (v + 1)
                        + " is in no face");
            }
            uv[2 * v] = (float) texture[2 * uvOf[v]];
            uv[2 * v + 1] = (float) texture[2 * uvOf[v] + 1];
        }
        return new FaceLayout(positions, uv, faces);
    }

    /** Splits on spaces and tabs into {@code tokens}; returns the count (at most tokens.length). */
    private static int split(String line, String[] tokens) {
        int n = 0;
        int i = 0;
        int length = line.length();
        while (i < length) {
            while (i < length && isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= length || line.charAt(i) == '#') {
                break;
            }
            int start = i;
            while (i < length && !isSpace(line.charAt(i))) {
                i++;
            }
            if (n == tokens.length) {
                return n + 1;
            }
            tokens[n++] = line.substring(start, i);
        }
        return n;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static double number(String token, int lineNo) {
        try {
            double d = Double.parseDouble(token);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw objProblem(lineNo, "not a finite number: " + token);
            }
            return d;
        } catch (NumberFormatException e) {
            throw objProblem(lineNo, "not a number: " + token);
        }
    }

    private static int index(String token, int lineNo) {
        int value = 0;
        if (token.isEmpty() || token.length() > 4) {
            throw objProblem(lineNo, "bad index \"" + token + "\"");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                throw objProblem(lineNo, "bad index \"" + token + "\"");
            }
            value = 10 * value + (c - '0');
        }
        if (value < 1 || value > LANDMARK_COUNT) {
            throw objProblem(lineNo, "index " + value + " is outside 1..468");
        }
        return value - 1;
    }

    private static IllegalArgumentException objProblem(int lineNo, String message) {
        return new IllegalArgumentException("canonical face model, line " + lineNo + ": " + message);
    }

    /**
     * Compact JSON for the app (masks/face-layout.json): {"schema":"maskai.face-layout",
     * "version":1,"canonical":[468 × x,y,z],"uv":[468 × u,v],"triangles":[898 × a,b,c]} — the
     * canonical model only, numbers to 6 decimals; the extension is computed on reading.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder(40000);
        sb.append("{\"schema\":").append(Json.quote(JSON_SCHEMA)).append(",\"version\":")
                .append(JSON_VERSION).append(",\"canonical\":[");
        appendRounded(sb, canonical, 3 * LANDMARK_COUNT);
        sb.append("],\"uv\":[");
        appendRounded(sb, uv, 2 * LANDMARK_COUNT);
        sb.append("],\"triangles\":[");
        for (int i = 0; i < faceTriangles.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(faceTriangles[i]);
        }
        sb.append("]}");
        return sb.toString();
    }

    private static void appendRounded(StringBuilder sb, float[] values, int count) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Json.rounded(values[i], 6));
        }
    }

    /** Reads {@link #toJson()}'s format, checking schema, counts and triangle indices. */
    public static FaceLayout parseJson(String json) {
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (JsonException e) {
            throw new IllegalArgumentException("face layout: not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("face layout: the top level must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) parsed;
        if (!JSON_SCHEMA.equals(root.get("schema"))
                || !Double.valueOf(JSON_VERSION).equals(root.get("version"))) {
            throw new IllegalArgumentException("face layout: expected schema " + JSON_SCHEMA
                    + " version " + JSON_VERSION);
        }
        float[] canonical = floats(numbers(root, "canonical", 3 * LANDMARK_COUNT), "canonical");
        float[] uv = floats(numbers(root, "uv", 2 * LANDMARK_COUNT), "uv");
        // Checked as read, before float rounding: 1.0000001 is not index 1.
        double[] corners = numbers(root, "triangles", 3 * FACE_TRIANGLE_COUNT);
        int[] triangles = new int[corners.length];
        for (int i = 0; i < corners.length; i++) {
            double c = corners[i];
            if (c != Math.rint(c) || c < 0 || c >= LANDMARK_COUNT) {
                throw new IllegalArgumentException("face layout: triangles[" + i + "] = " + c
                        + " is not a landmark index");
            }
            triangles[i] = (int) c;
        }
        return new FaceLayout(canonical, uv, triangles);
    }

    private static double[] numbers(Map<String, Object> root, String key, int count) {
        Object value = root.get(key);
        if (!(value instanceof List) || ((List<?>) value).size() != count) {
            throw new IllegalArgumentException("face layout: " + key + " must be an array of " + count
                    + " numbers");
        }
        List<?> list = (List<?>) value;
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            Object item = list.get(i);
            if (!(item instanceof Double)) {
                throw new IllegalArgumentException("face layout: " + key + "[" + i + "] is not a number");
            }
            out[i] = (Double) item;
        }
        return out;
    }

    /** As floats; a number beyond float's range (1e39) would become infinite and poison the mesh. */
    private static float[] floats(double[] values, String key) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
            if (Float.isInfinite(out[i])) {
                throw new IllegalArgumentException("face layout: " + key + "[" + i + "] = " + values[i]
                        + " is out of range");
            }
        }
        return out;
    }
}
