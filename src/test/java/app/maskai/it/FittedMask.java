package app.maskai.it;

import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.mask.MaskSpecParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One face's mask as MaskAI.fit placed it (vertices [x, y, z] in image pixels, triangles), read
 * on the JVM side, with what the invariance tests need: the mask's corners in the face's own
 * frame, and which vertex is the mirror image of which (through the symmetry of MediaPipe's
 * canonical face model).
 */
public record FittedMask(double[][] vertices, int[] triangles) {

    /** The faces of one MaskAI.fit result, in detect's order. */
    static List<FittedMask> facesOf(Object fitResult) {
        List<FittedMask> faces = new ArrayList<>();
        for (Object f : list(Browser.asMap(fitResult).get("faces"))) {
            Map<String, Object> face = Browser.asMap(f);
            List<Object> points = list(face.get("vertices"));
            double[][] vertices = new double[points.size()][];
            for (int i = 0; i < vertices.length; i++) {
                vertices[i] = list(points.get(i)).stream().mapToDouble(FittedMask::number).toArray();
            }
            int[] triangles = list(face.get("triangles")).stream().mapToInt(v -> (int) number(v)).toArray();
            faces.add(new FittedMask(vertices, triangles));
        }
        return faces;
    }

    /** The vertices moved by {@code map} (x, y; z kept). */
    FittedMask mapped(UnaryOperator<double[]> map) {
        double[][] moved = new double[vertices.length][];
        for (int i = 0; i < vertices.length; i++) {
            double[] xy = map.apply(new double[] {vertices[i][0], vertices[i][1]});
            moved[i] = vertices[i].length > 2 ? new double[] {xy[0], xy[1], vertices[i][2]} : xy;
        }
        return new FittedMask(moved, triangles);
    }

    /**
     * The mask's corners: for each of eight directions in the face's own frame (right, the
     * subject's right eye 33 to left eye 263; down, its perpendicular towards the chin 152; and
     * the four diagonals), the index of the vertex that reaches furthest that way from the
     * vertices' centroid; only vertices with {@code eligible[v]} count (null: all).
     */
    int[] corners(double[][] landmarks, boolean[] eligible) {
        double rx = landmarks[263][0] - landmarks[33][0];
        double ry = landmarks[263][1] - landmarks[33][1];
        double n = Math.hypot(rx, ry);
        rx /= n;
        ry /= n;
        double dx = -ry;
        double dy = rx;
        double toChinX = landmarks[152][0] - landmarks[168][0];
        double toChinY = landmarks[152][1] - landmarks[168][1];
        if (dx * toChinX + dy * toChinY < 0) {
            dx = -dx;
            dy = -dy;
        }
        double cx = 0;
        double cy = 0;
        for (double[] v : vertices) {
            cx += v[0] / vertices.length;
            cy += v[1] / vertices.length;
        }
        double s = Math.sqrt(0.5);
        double[][] directions = {{rx, ry}, {-rx, -ry}, {dx, dy}, {-dx, -dy},
            {s * (rx + dx), s * (ry + dy)}, {s * (rx - dx), s * (ry - dy)},
            {s * (-rx + dx), s * (-ry + dy)}, {s * (-rx - dx), s * (-ry - dy)}};
        int[] corners = new int[directions.length];
        for (int k = 0; k < directions.length; k++) {
            double best = -Double.MAX_VALUE;
            corners[k] = -1;
            for (int i = 0; i < vertices.length; i++) {
                if (eligible != null && !eligible[i]) {
                    continue;
                }
                double reach = (vertices[i][0] - cx) * directions[k][0] + (vertices[i][1] - cy) * directions[k][1];
                if (reach > best) {
                    best = reach;
                    corners[k] = i;
                }
            }
        }
        return corners;
    }

    static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    public static double interOcular(double[][] landmarks) {
        return distance(landmarks[33], landmarks[263]);
    }

    /** The built mask's metadata, as the site serves it. */
    static MaskSpec spec(String id) {
        Path file = LiveSite.siteDir().resolve("masks").resolve(id + ".json");
        try {
            return MaskSpecParser.parse(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MaskSpecException e) {
            throw new AssertionError("mask " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * For each vertex of {@code spec}, the vertex bound to the mirror image of its landmarks
     * (each landmark swapped for its partner across the face's midline, same weights), or -1 where
     * the mask has none. On a mirrored photo, vertex v of the copy lands where the mirror of
     * vertex {@code mirror[v]} of the original does.
     */
    static int[] mirrorVertices(MaskSpec spec) {
        int[] partner = landmarkPartners();
        Map<String, Integer> byBinding = new HashMap<>();
        for (int v = 0; v < spec.vertexCount(); v++) {
            byBinding.putIfAbsent(binding(spec, v, null), v);
        }
        int[] mirror = new int[spec.vertexCount()];
        for (int v = 0; v < mirror.length; v++) {
            mirror[v] = byBinding.getOrDefault(binding(spec, v, partner), -1);
        }
        return mirror;
    }

    private static String binding(MaskSpec spec, int v, int[] partner) {
        int[] terms;
        float[] weights;
        if (v < spec.landmarkVertexCount()) {
            terms = new int[] {spec.landmarks[v]};
            weights = new float[] {1f};
        } else {
            terms = spec.extraTerms[v - spec.landmarkVertexCount()];
            weights = spec.extraWeights[v - spec.landmarkVertexCount()];
        }
        Map<Integer, Double> sum = new java.util.TreeMap<>();
        for (int t = 0; t < terms.length; t++) {
            int landmark = partner == null ? terms[t] : partner[terms[t]];
            sum.merge(landmark, (double) weights[t], Double::sum);
        }
        StringBuilder key = new StringBuilder();
        sum.forEach((landmark, w) -> key.append(landmark).append(':').append(Math.round(w * 1e3)).append(' '));
        return key.toString();
    }

    private static int[] partners;

    /**
     * Each landmark's partner across the midline: the canonical landmark nearest to its mirror
     * image (x negated) in masks/face-layout/canonical_face_model.obj, which is symmetric.
     */
    public static synchronized int[] landmarkPartners() {
        if (partners != null) {
            return partners;
        }
        Path obj = LiveSite.buildDir().getParent().resolve("masks/face-layout/canonical_face_model.obj");
        float[] c;
        try {
            c = FaceLayout.parseObj(Files.readString(obj)).canonical();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] found = new int[FaceLayout.LANDMARK_COUNT];
        double worst = 0;
        for (int i = 0; i < found.length; i++) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j < found.length; j++) {
                double d = Math.pow(-c[3 * i] - c[3 * j], 2) + Math.pow(c[3 * i + 1] - c[3 * j + 1], 2)
                        + Math.pow(c[3 * i + 2] - c[3 * j + 2], 2);
                if (d < best) {
                    best = d;
                    found[i] = j;
                }
            }
            worst = Math.max(worst, Math.sqrt(best));
        }
        if (worst > 0.05 || found[33] != 263 || found[1] != 1) {
            throw new AssertionError("the canonical face model is not symmetric as expected: worst mirror gap "
                    + worst + ", partner of 33 = " + found[33] + ", of 1 = " + found[1]);
        }
        partners = found;
        return partners;
    }

    @Override
    public String toString() {
        return "FittedMask[" + vertices.length + " vertices, " + triangles.length / 3 + " triangles]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedMask f && Arrays.deepEquals(vertices, f.vertices) && Arrays.equals(triangles, f.triangles);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(vertices);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (!(value instanceof List)) {
            throw new AssertionError("expected an array, got " + value);
        }
        return (List<Object>) value;
    }

    private static double number(Object value) {
        if (!(value instanceof Number n)) {
            throw new AssertionError("expected a number, got " + value);
        }
        return n.doubleValue();
    }
}
