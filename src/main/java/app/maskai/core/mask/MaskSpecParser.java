package app.maskai.core.mask;

import app.maskai.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates mask metadata, schema "maskai.mask" versions 1 and 2 (docs/CONTRACTS.md).
 *
 * <p>Version 1: every field is required. Version 2 adds "blend" (optional, default "normal"),
 * "lighting" (optional, default 1), "specular" (optional, default 0), "shininess" (optional,
 * default 16), "mesh.extraVertices" (optional, default none) and
 * "mesh.parts" (required, in place of "mesh.triangles"). No other fields are allowed in either:
 * a misspelt field is an error, not a silent default. Limits keep a bad file from costing the
 * page much: at most {@link #MAX_VERTICES} vertices (landmark and extra together),
 * {@link #MAX_TRIANGLES} triangles over all parts and {@link #MAX_PARTS} parts. Every problem is
 * a {@link MaskSpecException} whose message names the file, the field and what is wrong.
 */
public final class MaskSpecParser {
    public static final String SCHEMA = "maskai.mask";
    /** The newest version read (and the one {@link MaskSpecWriter} writes). */
    public static final int VERSION = 2;
    public static final int MAX_ID_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_PART_NAME_LENGTH = 40;
    public static final int MAX_VERTICES = 2000;
    public static final int MAX_TRIANGLES = 4000;
    public static final int MAX_PARTS = 16;
    /** Terms of one extra vertex: 1 to 40 (a ring vertex of the face layout uses 36). */
    public static final int MAX_TERMS = 40;
    /** Largest |weight| of a term. */
    public static final double MAX_WEIGHT = 4;
    /** How far an extra vertex's weights may sum from 1. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-4;
    /** FaceMesh has 468 landmarks: indices 0..467. */
    public static final int LANDMARK_COUNT = 468;

    private MaskSpecParser() {
    }

    public static MaskSpec parse(String json, String fileName) throws MaskSpecException {
        SchemaReader in = new SchemaReader(fileName);
        Map<String, Object> root = in.parseObject(json);
        int version = in.schema(root, SCHEMA, 1, VERSION);
        if (version == 1) {
            in.onlyKnownKeys(root, "", "schema", "version", "id", "name", "category", "texture",
                    "thumbnail", "opacity", "mesh");
        } else {
            in.onlyKnownKeys(root, "", "schema", "version", "id", "name", "category", "texture",
                    "textureAlpha", "thumbnail", "opacity", "blend", "lighting", "specular", "shininess", "mesh");
        }

        String id = id(in, root, "");
        String name = name(in, root, "");
        String category = category(in, root, "");
        String texture = in.relativeFileName(in.string(root, "texture", "texture"), "texture");
        String textureAlpha = root.containsKey("textureAlpha")
                ? in.relativeFileName(in.string(root, "textureAlpha", "textureAlpha"), "textureAlpha")
                : null;
        String thumbnail = in.relativeFileName(in.string(root, "thumbnail", "thumbnail"),
                "thumbnail");
        double opacity = in.number(root, "opacity", "opacity");
        if (!(opacity >= 0 && opacity <= 1)) {
            throw in.problem("opacity = " + Json.number(opacity) + " must be between 0 and 1");
        }
        String blend = MaskSpec.BLEND_NORMAL;
        double lighting = 1;
        if (root.containsKey("blend")) {
            blend = in.string(root, "blend", "blend");
            if (!blend.equals(MaskSpec.BLEND_NORMAL) && !blend.equals(MaskSpec.BLEND_MULTIPLY)) {
                throw in.problem("blend = " + Json.quote(blend) + " is not one of: normal, multiply");
            }
            blend = blend.equals(MaskSpec.BLEND_NORMAL) ? MaskSpec.BLEND_NORMAL
                    : MaskSpec.BLEND_MULTIPLY;
        }
        if (root.containsKey("lighting")) {
            lighting = in.number(root, "lighting", "lighting");
            if (!(lighting >= 0 && lighting <= 1)) {
                throw in.problem("lighting = " + Json.number(lighting) + " must be between 0 and 1");
            }
        }

        double specular = 0;
        double shininess = MaskSpec.DEFAULT_SHININESS;
        if (root.containsKey("specular")) {
            specular = in.number(root, "specular", "specular");
            if (!(specular >= 0 && specular <= 1)) {
                throw in.problem("specular = " + Json.number(specular) + " must be between 0 and 1");
            }
        }
        if (root.containsKey("shininess")) {
            shininess = in.number(root, "shininess", "shininess");
            if (!(shininess >= 1 && shininess <= MaskSpec.MAX_SHININESS)) {
                throw in.problem("shininess = " + Json.number(shininess) + " must be between 1 and "
                        + Json.number(MaskSpec.MAX_SHININESS));
            }
        }

        Map<String, Object> mesh = in.object(in.member(root, "mesh", "mesh"), "mesh");
        if (version == 1) {
            in.onlyKnownKeys(mesh, "mesh.", "landmarks", "uv", "triangles");
            int[] landmarks = readLandmarks(in, in.array(mesh, "landmarks", "mesh.landmarks"));
            int vertexCount = landmarks.length;
            float[] uv = readUv(in, in.array(mesh, "uv", "mesh.uv"), vertexCount);
            int[] triangles = readTriangles(in, in.array(mesh, "triangles", "mesh.triangles"),
                    "mesh.triangles", vertexCount, 0);
            return new MaskSpec(id, name, category, texture, thumbnail, (float) opacity, landmarks, uv,
                    triangles);
        }
        in.onlyKnownKeys(mesh, "mesh.", "landmarks", "extraVertices", "uv", "parts");
        int[] landmarks = readLandmarks(in, in.array(mesh, "landmarks", "mesh.landmarks"));
        List<Object> extraList = mesh.containsKey("extraVertices")
                ? in.array(mesh, "extraVertices", "mesh.extraVertices") : new ArrayList<Object>();
        int vertexCount = landmarks.length + extraList.size();
        if (vertexCount > MAX_VERTICES) {
            throw in.problem("mesh has " + vertexCount + " vertices (landmarks and extraVertices), at"
                    + " most " + MAX_VERTICES + " allowed");
        }
        int[][] extraTerms = new int[extraList.size()][];
        float[][] extraWeights = new float[extraList.size()][];
        for (int e = 0; e < extraTerms.length; e++) {
            readExtraVertex(in, extraList.get(e), "mesh.extraVertices[" + e + "]", extraTerms,
                    extraWeights, e);
        }
        float[] uv = readUv(in, in.array(mesh, "uv", "mesh.uv"), vertexCount);
        MaskPart[] parts = readParts(in, in.array(mesh, "parts", "mesh.parts"), vertexCount);
        return new MaskSpec(2, id, name, category, texture, thumbnail, (float) opacity, blend,
                (float) lighting, landmarks, extraTerms, extraWeights, uv, parts)
                .withTextureAlpha(textureAlpha).withSpecular((float) specular, (float) shininess);
    }

    private static void readExtraVertex(SchemaReader in, Object value, String path,
            int[][] extraTerms, float[][] extraWeights, int e) throws MaskSpecException {
        if (!(value instanceof List)) {
            throw in.problem(path + " must be an array of [landmark, weight] pairs, found "
                    + SchemaReader.describe(value));
        }
        List<?> terms = (List<?>) value;
        if (terms.isEmpty() || terms.size() > MAX_TERMS) {
            throw in.problem(path + " has " + terms.size() + " terms, expected 1 to " + MAX_TERMS);
        }
        int[] indices = new int[terms.size()];
        float[] weights = new float[terms.size()];
        double sum = 0;
        for (int t = 0; t < indices.length; t++) {
            String termPath = path + "[" + t + "]";
            Object term = terms.get(t);
            if (!(term instanceof List) || ((List<?>) term).size() != 2) {
                throw in.problem(termPath + " must be a [landmark, weight] pair");
            }
            List<?> pair = (List<?>) term;
            int index = in.integer(pair.get(0), termPath + "[0]");
            if (index < 0 || index >= LANDMARK_COUNT) {
                throw in.problem(termPath + "[0] = " + index + " is not a FaceMesh landmark (0.."
                        + (LANDMARK_COUNT - 1) + ")");
            }
            Object w = pair.get(1);
            if (!(w instanceof Double)) {
                throw in.problem(termPath + "[1] must be a number, found " + SchemaReader.describe(w));
            }
            double weight = ((Double) w).doubleValue();
            if (!(Math.abs(weight) <= MAX_WEIGHT)) {
                throw in.problem(termPath + "[1] = " + Json.number(weight) + " is outside -"
                        + Json.number(MAX_WEIGHT) + ".." + Json.number(MAX_WEIGHT));
            }
            indices[t] = index;
            weights[t] = (float) weight;
            sum += weight;
        }
        if (!(Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE)) {
            throw in.problem(path + " weights sum to " + Json.rounded(sum, 6)
                    + ", expected 1 (within 0.0001)");
        }
        extraTerms[e] = indices;
        extraWeights[e] = weights;
    }

    private static MaskPart[] readParts(SchemaReader in, List<Object> list, int vertexCount)
            throws MaskSpecException {
        if (list.isEmpty()) {
            throw in.problem("mesh.parts is empty (at least one part needed)");
        }
        if (list.size() > MAX_PARTS) {
            throw in.problem("mesh.parts has " + list.size() + " parts, at most " + MAX_PARTS
                    + " allowed");
        }
        MaskPart[] parts = new MaskPart[list.size()];
        int triangleCount = 0;
        for (int p = 0; p < parts.length; p++) {
            String path = "mesh.parts[" + p + "]";
            Map<String, Object> part = in.object(list.get(p), path);
            in.onlyKnownKeys(part, path + ".", "name", "rigid", "triangles");
            String name = in.string(part, "name", path + ".name");
            if (name.trim().isEmpty()) {
                throw in.problem(path + ".name is empty");
            }
            if (name.length() > MAX_PART_NAME_LENGTH) {
                throw in.problem(path + ".name is " + name.length() + " characters long, at most "
                        + MAX_PART_NAME_LENGTH + " allowed");
            }
            if (hasControlCharacter(name)) {
                throw in.problem(path + ".name contains a control character");
            }
            for (int q = 0; q < p; q++) {
                if (parts[q].name.equals(name)) {
                    throw in.problem(path + ".name = " + Json.quote(name) + " repeats mesh.parts[" + q
                            + "].name");
                }
            }
            boolean rigid = in.bool(part, "rigid", path + ".rigid");
            int[] triangles = readTriangles(in, in.array(part, "triangles", path + ".triangles"),
                    path + ".triangles", vertexCount, triangleCount);
            triangleCount += triangles.length / 3;
            parts[p] = new MaskPart(name, rigid, triangles);
        }
        return parts;
    }

    private static int[] readLandmarks(SchemaReader in, List<Object> list)
            throws MaskSpecException {
        if (list.isEmpty()) {
            throw in.problem("mesh.landmarks is empty");
        }
        if (list.size() > MAX_VERTICES) {
            throw in.problem("mesh.landmarks has " + list.size() + " vertices, at most "
                    + MAX_VERTICES + " allowed");
        }
        int[] landmarks = new int[list.size()];
        for (int i = 0; i < landmarks.length; i++) {
            String path = "mesh.landmarks[" + i + "]";
            int index = in.integer(list.get(i), path);
            if (index < 0 || index >= LANDMARK_COUNT) {
                throw in.problem(path + " = " + index + " is not a FaceMesh landmark (0.."
                        + (LANDMARK_COUNT - 1) + ")");
            }
            landmarks[i] = index;
        }
        return landmarks;
    }

    private static float[] readUv(SchemaReader in, List<Object> list, int vertexCount)
            throws MaskSpecException {
        if (list.size() != 2 * vertexCount) {
            throw in.problem("mesh.uv has " + list.size() + " numbers, expected " + 2 * vertexCount
                    + " (2 per vertex, vertex count " + vertexCount + ")");
        }
        float[] uv = new float[list.size()];
        for (int i = 0; i < uv.length; i++) {
            String path = "mesh.uv[" + i + "]";
            Object value = list.get(i);
            if (!(value instanceof Double)) {
                throw in.problem(path + " must be a number, found " + SchemaReader.describe(value));
            }
            double d = ((Double) value).doubleValue();
            if (!(d >= 0 && d <= 1)) {
                throw in.problem(path + " = " + Json.number(d) + " is outside 0..1");
            }
            uv[i] = (float) d;
        }
        return uv;
    }

    /** Reads one triangle list; {@code before} triangles were read already (for the limit). */
    private static int[] readTriangles(SchemaReader in, List<Object> list, String field,
            int vertexCount, int before) throws MaskSpecException {
        if (list.isEmpty()) {
            throw in.problem(field + " is empty (at least one triangle needed)");
        }
        if (list.size() % 3 != 0) {
            throw in.problem(field + " has " + list.size() + " indices, not a multiple of 3");
        }
        if (before + list.size() / 3 > MAX_TRIANGLES) {
            throw in.problem((before == 0 ? field + " has " : "mesh.parts have ")
                    + (before + list.size() / 3) + " triangles, at most " + MAX_TRIANGLES + " allowed");
        }
        int[] triangles = new int[list.size()];
        for (int i = 0; i < triangles.length; i++) {
            String path = field + "[" + i + "]";
            int index = in.integer(list.get(i), path);
            if (index < 0 || index >= vertexCount) {
                throw in.problem(path + " = " + index + " is out of range (vertex count " + vertexCount
                        + ")");
            }
            triangles[i] = index;
        }
        return triangles;
    }

    private static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    /** {@code object}'s "id" (at {@code path} + "id"), checked: 1 to 40 of a-z, 0-9 and '-'. */
    static String id(SchemaReader in, Map<String, Object> object, String path) throws MaskSpecException {
        String id = in.string(object, "id", path + "id");
        if (!isValidId(id)) {
            throw in.problem(path + "id = " + Json.quote(id) + " must be 1 to " + MAX_ID_LENGTH
                    + " characters from a-z, 0-9 and '-'");
        }
        return id;
    }

    /** {@code object}'s "name", checked: not blank, not too long, no control character. */
    static String name(SchemaReader in, Map<String, Object> object, String path) throws MaskSpecException {
        String name = in.string(object, "name", path + "name");
        if (name.trim().isEmpty()) {
            throw in.problem(path + "name is empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw in.problem(path + "name is " + name.length() + " characters long, at most "
                    + MAX_NAME_LENGTH + " allowed");
        }
        if (hasControlCharacter(name)) {
            throw in.problem(path + "name contains a control character");
        }
        return name;
    }

    /** {@code object}'s "category", one of {@link MaskSpec#CATEGORIES}. */
    static String category(SchemaReader in, Map<String, Object> object, String path)
            throws MaskSpecException {
        String category = in.string(object, "category", path + "category");
        if (!isKnownCategory(category)) {
            StringBuilder known = new StringBuilder();
            for (int i = 0; i < MaskSpec.CATEGORIES.length; i++) {
                known.append(i == 0 ? "" : ", ").append(MaskSpec.CATEGORIES[i]);
            }
            throw in.problem(path + "category = " + Json.quote(category) + " is not one of: " + known);
        }
        return category;
    }

    static boolean isValidId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKnownCategory(String category) {
        for (String known : MaskSpec.CATEGORIES) {
            if (known.equals(category)) {
                return true;
            }
        }
        return false;
    }
}
