package app.maskai.core.light;

import app.maskai.core.landmarks.LandmarkModel;
import java.util.Arrays;

/**
 * The light on a face, estimated from how bright its skin is where the face mesh turns each way.
 *
 * <p>The model is Lambertian with an ambient term, the first-order part of the spherical-harmonic
 * lighting model that Ramamoorthi and Hanrahan (2001, "An efficient representation for irradiance
 * environment maps") show carries most of a diffuse surface's shading: the luma of skin landmark
 * i is {@code ambient + n_i · v}, where n_i is the mesh's unit normal there and v points at the
 * light, its length the light's diffuse strength. The four unknowns are fitted by least squares
 * over {@link #SKIN} (cheeks, forehead, nose, chin, jaw: skin of one albedo, no eyes, brows or
 * lips). A point turned away from the light gets the ambient alone (max(0, n · l), an attached
 * shadow), which a plane cannot fit: fitted over all points the light came out 32° too far to the
 * side on a synthetic face lit from 59° (FaceLightTest), so the fit is repeated ({@link #PASSES})
 * over the points the last estimate lights (0.4–2.7° off). On a face seen from the front nearly
 * every normal points at the camera, so the ambient term and v's depth part are nearly the same
 * column; a small ridge ({@link #RIDGE}) on v keeps the fit steady there (0.02 pulled the light
 * 23° to the side; 0.002 costs under 3°).
 *
 * <p>Axes are the landmarks': x right, y down, z away from the camera (FaceMesh's z, in the same
 * pixels). {@link #x}, {@link #y}, {@link #z} is the unit direction from the face towards the
 * light; a face lit from the front has z ≈ −1. Mutable; {@link #estimate} allocates nothing.
 */
public final class FaceLight {
    /** Skin landmarks of MediaPipe's face mesh: forehead, cheeks, nose, chin and jaw. */
    public static final int[] SKIN = {
        10, 151, 9, 108, 337, 67, 297, 109, 338, 69, 299, 104, 333,
        50, 280, 101, 330, 116, 345, 123, 352, 117, 346, 118, 347, 205, 425, 187, 411, 36, 266,
        203, 423, 207, 427, 147, 376, 213, 433, 192, 416,
        1, 4, 5, 195, 197, 6, 45, 275, 115, 344, 129, 358,
        152, 175, 199, 200, 148, 377, 176, 400, 171, 396, 32, 262, 140, 369, 208, 428,
        234, 454, 93, 323, 127, 356, 132, 361, 58, 288, 172, 397, 136, 365, 150, 379, 149, 378,
    };
    /** The ridge on v, as a share of the summed weights: small against a side light's signal. */
    static final double RIDGE = 0.002;
    /** Fits: the first over all skin points, then each over those the last estimate lights. */
    static final int PASSES = 4;
    /** Fewer lit skin points than this and the estimate is frontal. */
    static final int MIN_POINTS = 12;
    /** Below this strength, relative to the ambient, the direction says nothing: taken as frontal. */
    static final double MIN_STRENGTH = 0.02;

    /** The ambient luma (0..1 of the luma scale the samples use). */
    public float ambient;
    /** The diffuse strength: |v|, in the samples' luma scale. */
    public float strength;
    /** Unit direction towards the light. */
    public float x;
    public float y;
    public float z = -1;

    private final float[] normals = new float[LandmarkModel.MESH_VALUES];
    private final double[] system = new double[20];

    /**
     * Estimates the light from {@code landmarks} (468 × x, y, z), the face mesh's
     * {@code triangles} (vertex indices into the landmarks, three a triangle, wound either way) and
     * {@code luma}, each landmark's luma in the photo (468 values, any linear scale, e.g. 0..1).
     * Returns this.
     */
    public FaceLight estimate(float[] landmarks, int[] triangles, float[] luma) {
        normals(landmarks, triangles, normals);
        frontal(mean(luma));
        // A point turned away from the light gets the ambient alone, not less (max(0, n · l)):
        // fitted as a plane it would drag the light towards the camera. So the fit is repeated
        // without the points the previous estimate puts in their own shadow.
        for (int pass = 0; pass < PASSES; pass++) {
            if (!fit(luma, pass > 0 && strength > 0)) {
                return frontal(mean(luma));
            }
        }
        return this;
    }

    /** One least-squares fit; with {@code litOnly}, over the skin points the current light reaches. */
    private boolean fit(float[] luma, boolean litOnly) {
        double[] a = system;
        Arrays.fill(a, 0);
        int used = 0;
        // Normal equations of rows [1, nx, ny, nz] → luma, as a 4 × 5 augmented matrix.
        for (int i : SKIN) {
            double nx = normals[3 * i];
            double ny = normals[3 * i + 1];
            double nz = normals[3 * i + 2];
            if (litOnly && nx * x + ny * y + nz * z <= 0) {
                continue;
            }
            used++;
            double l = luma[i];
            for (int r = 0; r < 4; r++) {
                double fr = component(r, nx, ny, nz);
                for (int c = 0; c < 4; c++) {
                    a[5 * r + c] += fr * component(c, nx, ny, nz);
                }
                a[5 * r + 4] += fr * l;
            }
        }
        if (used < MIN_POINTS) {
            return false;
        }
        double ridge = RIDGE * used;
        for (int r = 1; r < 4; r++) {
            a[5 * r + r] += ridge;
        }
        if (!solve(a)) {
            return false;
        }
        double vx = a[5 + 4];
        double vy = a[10 + 4];
        double vz = a[15 + 4];
        double length = Math.sqrt(vx * vx + vy * vy + vz * vz);
        if (length <= MIN_STRENGTH * Math.max(Math.abs(a[4]), 1e-6) || Double.isNaN(length)) {
            return false;
        }
        ambient = (float) a[4];
        strength = (float) length;
        x = (float) (vx / length);
        y = (float) (vy / length);
        z = (float) (vz / length);
        return true;
    }

    /**
     * Unit vertex normals of the mesh into {@code dest} (3 floats a vertex): each the area-weighted
     * sum of its triangles' normals, all turned to face the camera (negative z) on the whole, so the
     * winding does not matter. A vertex in no triangle gets (0, 0, −1).
     */
    public static void normals(float[] points, int[] triangles, float[] dest) {
        Arrays.fill(dest, 0);
        for (int t = 0; t + 2 < triangles.length; t += 3) {
            int a = 3 * triangles[t];
            int b = 3 * triangles[t + 1];
            int c = 3 * triangles[t + 2];
            float ux = points[b] - points[a];
            float uy = points[b + 1] - points[a + 1];
            float uz = points[b + 2] - points[a + 2];
            float wx = points[c] - points[a];
            float wy = points[c + 1] - points[a + 1];
            float wz = points[c + 2] - points[a + 2];
            float nx = uy * wz - uz * wy;
            float ny = uz * wx - ux * wz;
            float nz = ux * wy - uy * wx;
            add(dest, a, nx, ny, nz);
            add(dest, b, nx, ny, nz);
            add(dest, c, nx, ny, nz);
        }
        double towardsCamera = 0;
        for (int v = 0; v + 2 < dest.length; v += 3) {
            towardsCamera += dest[v + 2];
        }
        float flip = towardsCamera > 0 ? -1 : 1;
        for (int v = 0; v + 2 < dest.length; v += 3) {
            double length = Math.sqrt(dest[v] * dest[v] + dest[v + 1] * dest[v + 1] + dest[v + 2] * dest[v + 2]);
            if (length == 0) {
                dest[v + 2] = -1;
                continue;
            }
            dest[v] = (float) (flip * dest[v] / length);
            dest[v + 1] = (float) (flip * dest[v + 1] / length);
            dest[v + 2] = (float) (flip * dest[v + 2] / length);
        }
    }

    private static void add(float[] dest, int at, float x, float y, float z) {
        dest[at] += x;
        dest[at + 1] += y;
        dest[at + 2] += z;
    }

    /** Column {@code k} of the row [1, nx, ny, nz]. */
    private static double component(int k, double nx, double ny, double nz) {
        return k == 0 ? 1 : k == 1 ? nx : k == 2 ? ny : nz;
    }

    private FaceLight frontal(float ambient) {
        this.ambient = ambient;
        strength = 0;
        x = 0;
        y = 0;
        z = -1;
        return this;
    }

    private static float mean(float[] luma) {
        double sum = 0;
        for (int i : SKIN) {
            sum += luma[i];
        }
        return (float) (sum / SKIN.length);
    }

    /** Gauss–Jordan with partial pivoting on a 4 × 5 augmented matrix; the solution lands in column 4. */
    private static boolean solve(double[] a) {
        for (int col = 0; col < 4; col++) {
            int pivot = col;
            for (int r = col + 1; r < 4; r++) {
                if (Math.abs(a[5 * r + col]) > Math.abs(a[5 * pivot + col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[5 * pivot + col]) < 1e-12) {
                return false;
            }
            if (pivot != col) {
                for (int c = 0; c < 5; c++) {
                    double t = a[5 * col + c];
                    a[5 * col + c] = a[5 * pivot + c];
                    a[5 * pivot + c] = t;
                }
            }
            double p = a[5 * col + col];
            for (int c = 0; c < 5; c++) {
                a[5 * col + c] /= p;
            }
            for (int r = 0; r < 4; r++) {
                if (r != col) {
                    double f = a[5 * r + col];
                    for (int c = 0; c < 5; c++) {
                        a[5 * r + c] -= f * a[5 * col + c];
                    }
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "FaceLight(ambient " + ambient + ", strength " + strength + ", towards " + x + ", " + y + ", " + z + ")";
    }
}
