package app.maskai.it;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What MaskAI.detect resolves to, read on the JVM side: image size and faces, each with its
 * box and 468 landmarks [x, y, z] in image pixels (MediaPipe order).
 */
record Detection(int width, int height, List<Face> faces) {

    record Face(double score, Box box, double[][] landmarks) {

        /** A copy with every landmark moved by {@code transform} (x, y; z kept). */
        Face mapped(UnaryOperator<double[]> transform) {
            double[][] moved = new double[landmarks.length][];
            for (int i = 0; i < landmarks.length; i++) {
                double[] xy = transform.apply(new double[] {landmarks[i][0], landmarks[i][1]});
                moved[i] = new double[] {xy[0], xy[1], landmarks[i][2]};
            }
            return new Face(score, box, moved);
        }

        @Override
        public String toString() {
            return String.format("Face[score %.3f, box (%.1f, %.1f) %.1f x %.1f, %d landmarks]",
                    score, box.x(), box.y(), box.width(), box.height(), landmarks.length);
        }

        /** The tight box around the landmarks, as {minX, minY, maxX, maxY}. */
        double[] landmarkBounds() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[] p : landmarks) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]);
                b[3] = Math.max(b[3], p[1]);
            }
            return b;
        }

        double[] landmarkCentre() {
            double[] b = landmarkBounds();
            return new double[] {(b[0] + b[2]) / 2, (b[1] + b[3]) / 2};
        }
    }

    record Box(double x, double y, double width, double height) {
    }

    /** Median and largest x,y distance between corresponding points. */
    record Distances(double median, double max) {
        static Distances between(double[][] a, double[][] b) {
            if (a.length != b.length) {
                throw new AssertionError("point counts differ: " + a.length + " vs " + b.length);
            }
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                d[i] = Math.hypot(a[i][0] - b[i][0], a[i][1] - b[i][1]);
            }
            Arrays.sort(d);
            int n = d.length;
            double median = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
            return new Distances(median, d[n - 1]);
        }

        @Override
        public String toString() {
            return String.format("median %.2f px, max %.2f px", median, max);
        }
    }

    static Detection from(Object pageValue) {
        Map<String, Object> map = Browser.asMap(pageValue);
        List<Face> faces = new ArrayList<>();
        for (Object f : list(map.get("faces"))) {
            faces.add(face(Browser.asMap(f)));
        }
        return new Detection(number(map.get("width")).intValue(), number(map.get("height")).intValue(),
                List.copyOf(faces));
    }

    /** The reference file's faces (testdata/astronaut.reference-468.json and the like). */
    static Detection reference(Path json) throws IOException {
        return from(new Json().toType(Files.readString(json), Map.class));
    }

    private static Face face(Map<String, Object> map) {
        Map<String, Object> box = Browser.asMap(map.get("box"));
        List<Object> points = list(map.get("landmarks"));
        double[][] landmarks = new double[points.size()][];
        for (int i = 0; i < landmarks.length; i++) {
            List<Object> p = list(points.get(i));
            landmarks[i] = new double[p.size()];
            for (int j = 0; j < p.size(); j++) {
                landmarks[i][j] = number(p.get(j)).doubleValue();
            }
        }
        Object score = map.get("score");
        return new Face(score == null ? Double.NaN : number(score).doubleValue(),
                new Box(number(box.get("x")).doubleValue(), number(box.get("y")).doubleValue(),
                        number(box.get("width")).doubleValue(), number(box.get("height")).doubleValue()),
                landmarks);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (!(value instanceof List)) {
            throw new AssertionError("expected an array, got " + value);
        }
        return (List<Object>) value;
    }

    private static Number number(Object value) {
        if (!(value instanceof Number)) {
            throw new AssertionError("expected a number, got " + value);
        }
        return (Number) value;
    }
}
