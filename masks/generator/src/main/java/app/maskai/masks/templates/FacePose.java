package app.maskai.masks.templates;

import app.maskai.core.layout.FaceLayout;
import app.maskai.masks.draw.LayoutCanvas;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a template's painted face lies: the canonical face model ({@link FaceLayout#canonical()},
 * centimetres, x right, y down, z away from the camera) scaled by {@link #scale} pixels a
 * centimetre and moved so that its origin (x 0 on the face's midline, y 0 at the middle of the
 * nose, about the centre of the face oval) is at ({@link #cx}, {@link #cy}). Picture pixels have
 * their origin at the top left, y down. The scale makes the face as wide as the catalogue asks,
 * from landmark 234 to 454 (the face's edge beside the ears, 15.3 cm apart in the model).
 * Painters place what sits on the head in face centimetres ({@link #x}, {@link #y}), so that it
 * follows the face wherever the catalogue puts it. Immutable.
 */
public final class FacePose {
    /** Picture x and y of the canonical origin. */
    final double cx;
    final double cy;
    /** Pixels a canonical centimetre. */
    final double scale;
    /** The 576 extended vertices (landmarks, then the rings), x, y, z in picture pixels. */
    final float[] vertices;
    private final double ovalX;
    private final double ovalY;

    public FacePose(FaceLayout layout, double cx, double cy, double faceWidth) {
        float[] c = layout.canonical();
        this.cx = cx;
        this.cy = cy;
        this.scale = faceWidth / Math.abs(c[3 * 454] - c[3 * 234]);
        vertices = new float[c.length];
        for (int i = 0; i < c.length; i += 3) {
            vertices[i] = (float) (cx + scale * c[i]);
            vertices[i + 1] = (float) (cy + scale * c[i + 1]);
            vertices[i + 2] = (float) (scale * c[i + 2]);
        }
        double sx = 0;
        double sy = 0;
        for (int lm : FaceLayout.FACE_OVAL) {
            sx += vertices[3 * lm];
            sy += vertices[3 * lm + 1];
        }
        ovalX = sx / FaceLayout.RING_SIZE;
        ovalY = sy / FaceLayout.RING_SIZE;
    }

    /** Picture x of face x (centimetres right of the midline). */
    public double x(double cm) {
        return cx + scale * cm;
    }

    /** Picture y of face y (centimetres below the middle of the nose). */
    public double y(double cm) {
        return cy + scale * cm;
    }

    /** Face centimetres to pixels: a length. */
    public double px(double cm) {
        return scale * cm;
    }

    /** The picture point of face point (x, y) in centimetres. */
    public Point2D.Double at(double xCm, double yCm) {
        return new Point2D.Double(x(xCm), y(yCm));
    }

    /** A landmark (0..467) or ring vertex (468..575) in picture pixels. */
    public Point2D.Double vertex(int v) {
        return new Point2D.Double(vertices[3 * v], vertices[3 * v + 1]);
    }

    /** The face oval's centroid, picture pixels. */
    Point2D.Double ovalCentre() {
        return new Point2D.Double(ovalX, ovalY);
    }

    /**
     * The point {@code k} of the way past oval landmark {@code FACE_OVAL[j]} (j taken modulo 36):
     * (1 + k)·oval_j − k·centroid, as the extension rings are made (without their smoothing).
     * k = 0 is the oval, negative k lies inside it.
     */
    public Point2D.Double ring(int j, double k) {
        int lm = FaceLayout.FACE_OVAL[Math.floorMod(j, FaceLayout.RING_SIZE)];
        return new Point2D.Double((1 + k) * vertices[3 * lm] - k * ovalX,
                (1 + k) * vertices[3 * lm + 1] - k * ovalY);
    }

    /** The closed polygon through {@link #ring} points at k. */
    public Path2D.Double ringPolygon(double k) {
        Path2D.Double path = new Path2D.Double();
        for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
            Point2D.Double p = ring(j, k);
            if (j == 0) {
                path.moveTo(p.x, p.y);
            } else {
                path.lineTo(p.x, p.y);
            }
        }
        path.closePath();
        return path;
    }

    /** The 468 landmarks, x, y, z in picture pixels (a new array). */
    float[] landmarks() {
        float[] out = new float[3 * FaceLayout.LANDMARK_COUNT];
        System.arraycopy(vertices, 0, out, 0, out.length);
        return out;
    }

    /**
     * The region a person's face may show in: the face oval scaled by {@code factor} about its
     * centroid, x, y pairs, clamped inside a {@code width} × {@code height} picture.
     */
    float[] region(double factor, int width, int height) {
        float[] out = new float[2 * FaceLayout.RING_SIZE];
        for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
            Point2D.Double p = ring(j, factor - 1);
            out[2 * j] = (float) Math.min(width, Math.max(0, p.x));
            out[2 * j + 1] = (float) Math.min(height, Math.max(0, p.y));
        }
        return out;
    }

    /**
     * The face's outline as hair and headwear frame it: a little over the top of the forehead and
     * the temples (k down to −0.02), just outside the oval elsewhere (k 0.02).
     */
    Path2D.Double hairline() {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
            double top = Math.cos(j * Math.PI / 18);
            pts.add(ring(j, top > 0 ? 0.01 - 0.03 * top : 0.02));
        }
        return LayoutCanvas.closedCurve(pts);
    }
}
