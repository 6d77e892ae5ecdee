package app.maskai.core.fit;

import app.maskai.core.light.FaceLight;
import app.maskai.core.mask.MaskSpec;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How far a mask stands off the face: a real mask has some ease (it stands a few millimetres off
 * the skin) and spans the hollows of the lower face instead of following them. It runs straight from the nose to the chin over the lips, and from the nose to
 * the cheekbones over the creases beside the nose. A mask that follows every landmark shows the
 * lips' and the chin's bumps in its outline on a turned head, and leaves the skin of the far
 * cheek showing beside it: on a profile it looks torn at the face's edge.
 *
 * <p>The drape is the front of the canonical face's convex envelope below the nose bridge
 * (landmark 168), taken along two directions: in vertical bands (the profile: nose to chin) and
 * in horizontal bands (nose to cheeks). A vertex's {@link #depth} is how far the nearer of the
 * two envelopes stands in front of it, in canonical units (about centimetres), ≤ 0 (towards the
 * camera, as z runs). On top of it every vertex stands {@link #EASE} off the face along the
 * canonical face's outward normal there. {@link #offsets} gives both as one canonical vector a
 * vertex, and {@link MaskFit} carries it by the face's fitted rotation and scale: on a frontal
 * face the drape changes only depth and the ease widens the outline at the face's sides by a few
 * millimetres; on a turned face the outline is the drape's, and the ease covers the last few
 * pixels by which FaceMesh's far side falls short of the photo's profile (measured on turned
 * heads of our own making, {@code TurnedHeadIT}: 7 px mean landmark error at 50° of yaw).
 *
 * <p>Immutable but for a cache of each mask's offsets; use from one thread.
 */
public final class Drape {
    /** Half the width of a band, canonical units: about three landmark spacings. */
    static final double BAND = 0.45;
    /** A chord counts where it passes within this of the query, across the band (canonical units). */
    static final double LINE = 0.25;
    /** The drape starts at the nose bridge's top (168). */
    static final int TOP_LANDMARK = 168;
    /** How far a mask stands off the skin, canonical units (0.25: two and a half millimetres). */
    static final double EASE = 0.25;
    private static final int LANDMARKS = 468;

    private final float[] canonical;
    private final float[] normals;
    private final double top;
    private final Map<MaskSpec, float[]> offsetsBySpec = new IdentityHashMap<>();
    private final double[] bandAlong = new double[LANDMARKS];
    private final double[] bandZ = new double[LANDMARKS];
    private final double[] bandAcross = new double[LANDMARKS];

    /**
     * {@code canonical}: at least 468 × (x, y, z), the canonical face as FaceLayout gives it;
     * {@code faceTriangles}: its triangles (for the normals).
     */
    public Drape(float[] canonical, int[] faceTriangles) {
        if (canonical.length < 3 * LANDMARKS) {
            throw new IllegalArgumentException("need the 468 canonical landmarks");
        }
        this.canonical = canonical;
        float[] face = java.util.Arrays.copyOf(canonical, 3 * LANDMARKS);
        this.normals = new float[3 * LANDMARKS];
        FaceLight.normals(face, faceTriangles, normals);
        this.top = canonical[3 * TOP_LANDMARK + 1];
    }

    /**
     * How far the drape stands in front of the canonical point (x, y, z): ≤ 0, and 0 above the
     * nose bridge or where the face is already convex.
     */
    public float depth(double x, double y, double z) {
        if (y < top) {
            return 0;
        }
        double front = Math.min(envelope(x, y, z, true), envelope(x, y, z, false));
        return (float) Math.min(0, front - z);
    }

    /**
     * Each vertex's stand-off for {@code spec} as a canonical vector (3 floats a vertex): its
     * {@link #depth} along z plus {@link #EASE} along the face's outward normal. A vertex's
     * canonical position and normal are its landmark's, or an extra vertex's combination of
     * landmarks. Computed once per spec and kept.
     */
    public float[] offsets(MaskSpec spec) {
        float[] offsets = offsetsBySpec.get(spec);
        if (offsets == null) {
            int count = spec.vertexCount();
            int first = spec.landmarks.length;
            offsets = new float[3 * count];
            float[] point = new float[3];
            float[] normal = new float[3];
            for (int v = 0; v < count; v++) {
                int[] terms = v < first ? new int[] {spec.landmarks[v]} : spec.extraTerms[v - first];
                float[] weights = v < first ? new float[] {1} : spec.extraWeights[v - first];
                MaskFit.combine(terms, weights, canonical, point, 0);
                MaskFit.combine(terms, weights, normals, normal, 0);
                double nx = normal[0];
                double ny = normal[1];
                double nz = normal[2];
                double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
                double ease = length > 0 ? EASE / length : 0;
                offsets[3 * v] = (float) (ease * nx);
                offsets[3 * v + 1] = (float) (ease * ny);
                offsets[3 * v + 2] = (float) (ease * nz + depth(point[0], point[1], point[2]));
            }
            offsetsBySpec.put(spec, offsets);
        }
        return offsets;
    }

    /**
     * The front (least z) of the convex envelope, at the query, of the landmarks below the nose
     * bridge within {@link #BAND} of it across the band ({@code vertical}: a band of x, the
     * envelope along y; else a band of y, the envelope along x), the query included: the least z
     * of every chord between two such points that spans the query and passes within {@link #LINE}
     * of it (a chord between points beside it would carry their depth to a steeper place).
     */
    private double envelope(double x, double y, double z, boolean vertical) {
        double across = vertical ? x : y;
        double along = vertical ? y : x;
        int n = 0;
        for (int i = 0; i < LANDMARKS; i++) {
            int o = 3 * i;
            if (canonical[o + 1] >= top && Math.abs(canonical[o + (vertical ? 0 : 1)] - across) <= BAND) {
                bandAlong[n] = canonical[o + (vertical ? 1 : 0)];
                bandAcross[n] = canonical[o + (vertical ? 0 : 1)];
                bandZ[n] = canonical[o + 2];
                n++;
            }
        }
        double front = z;
        for (int a = 0; a < n; a++) {
            double sa = bandAlong[a];
            if (sa > along) {
                continue;
            }
            for (int b = 0; b < n; b++) {
                double sb = bandAlong[b];
                if (sb < along) {
                    continue;
                }
                double t = sb - sa < 1e-9 ? 0.5 : (along - sa) / (sb - sa);
                if (Math.abs(bandAcross[a] + t * (bandAcross[b] - bandAcross[a]) - across) > LINE) {
                    continue; // the chord passes beside the query, where the face may lie nearer or farther
                }
                double chord = bandZ[a] + t * (bandZ[b] - bandZ[a]);
                if (chord < front) {
                    front = chord;
                }
            }
        }
        return front;
    }
}
