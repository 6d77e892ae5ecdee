package app.maskai.it;

import app.maskai.core.layout.FaceLayout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A turned head of our own making, with its landmarks known exactly: MediaPipe's canonical face
 * (masks/face-layout) turned by a yaw about the head's vertical axis, projected orthographically,
 * and drawn as a photo: a skin-toned face mesh shaded by a light from the front, over a head of
 * hair (an ellipsoid behind the face) on a plain background. Yaw &gt; 0 turns the face towards
 * the image's left (the subject's right cheek turns away); the photo's pixels per canonical unit
 * (about a centimetre) are {@link #SCALE}.
 */
final class TurnedHead {
    static final int WIDTH = 480;
    static final int HEIGHT = 480;
    static final double SCALE = 13;
    /** The head's vertical axis, in canonical units: behind the ears, as a real head turns. */
    static final double AXIS_Z = 5;
    /** The background's colour, 0xRRGGBB. */
    static final int BACKGROUND = 0x8FA3B5;

    private static FaceLayout layout;

    final double yawDegrees;
    /** 468 × [x, y, z] in the photo's pixels, z as FaceMesh gives it (smaller is nearer). */
    final List<List<Double>> landmarks = new ArrayList<>();
    final double[] flat = new double[3 * FaceLayout.LANDMARK_COUNT];

    TurnedHead(double yawDegrees) {
        this.yawDegrees = yawDegrees;
        float[] c = layout().canonical();
        for (int i = 0; i < FaceLayout.LANDMARK_COUNT; i++) {
            double[] p = project(c[3 * i], c[3 * i + 1], c[3 * i + 2]);
            System.arraycopy(p, 0, flat, 3 * i, 3);
            landmarks.add(List.of(p[0], p[1], p[2]));
        }
    }

    /** A canonical point turned and projected: (x, y) in the photo's pixels, z in pixels too. */
    double[] project(double x, double y, double z) {
        double yaw = Math.toRadians(yawDegrees);
        double dz = z - AXIS_Z;
        double xr = Math.cos(yaw) * x + Math.sin(yaw) * dz;
        double zr = -Math.sin(yaw) * x + Math.cos(yaw) * dz;
        return new double[] {WIDTH / 2.0 + SCALE * xr, HEIGHT / 2.0 + SCALE * (y + 1), SCALE * (zr + AXIS_Z)};
    }

    /** The photo as a PNG data URL. */
    String photoDataUrl() {
        BufferedImage image = photo();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    BufferedImage photo() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(BACKGROUND));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        // Hair: the head's ellipsoid outline, centre (0, −2, 5.5), half-axes 8.2 × 11 × 10.
        List<double[]> hull = new ArrayList<>();
        for (int a = 0; a < 72; a++) {
            for (int b = 1; b < 36; b++) {
                double th = Math.PI * b / 36;
                double ph = 2 * Math.PI * a / 72;
                hull.add(project(8.2 * Math.sin(th) * Math.cos(ph), -2 + 11 * Math.cos(th),
                        5.5 + 10 * Math.sin(th) * Math.sin(ph)));
            }
        }
        g.setColor(new Color(0x4A3426));
        g.fill(convexHull(hull));
        // The face: its triangles back to front, Lambert-shaded from the front.
        float[] c = layout().canonical();
        int[] tri = layout().triangles();
        List<int[]> faces = new ArrayList<>();
        for (int t = 0; t < FaceLayout.FACE_TRIANGLE_COUNT; t++) {
            faces.add(new int[] {tri[3 * t], tri[3 * t + 1], tri[3 * t + 2]});
        }
        faces.sort(Comparator.comparingDouble((int[] f) -> -(flat[3 * f[0] + 2] + flat[3 * f[1] + 2]
                + flat[3 * f[2] + 2])));
        for (int[] f : faces) {
            double[] a = point(f[0]);
            double[] b = point(f[1]);
            double[] d = point(f[2]);
            double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
            double vx = d[0] - a[0], vy = d[1] - a[1], vz = d[2] - a[2];
            double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
            double shade = Math.abs(nz) / Math.max(1e-9, Math.sqrt(nx * nx + ny * ny + nz * nz));
            double k = 0.45 + 0.55 * shade;
            g.setColor(new Color((int) (224 * k), (int) (172 * k), (int) (140 * k)));
            Polygon p = new Polygon();
            p.addPoint((int) Math.round(a[0]), (int) Math.round(a[1]));
            p.addPoint((int) Math.round(b[0]), (int) Math.round(b[1]));
            p.addPoint((int) Math.round(d[0]), (int) Math.round(d[1]));
            g.fill(p);
            g.draw(p);
        }
        g.dispose();
        return image;
    }

    private double[] point(int i) {
        return new double[] {flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]};
    }

    private static Polygon convexHull(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        List<double[]> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (double[] p : sorted) {
                while (hull.size() >= start + 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
            java.util.Collections.reverse(sorted);
        }
        Polygon polygon = new Polygon();
        for (double[] p : hull) {
            polygon.addPoint((int) Math.round(p[0]), (int) Math.round(p[1]));
        }
        return polygon;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    private static synchronized FaceLayout layout() {
        if (layout == null) {
            try {
                layout = FaceLayout.parseObj(Files.readString(Path.of("masks/face-layout/canonical_face_model.obj")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layout;
    }
}
