package app.maskai.masks.draw;

import app.maskai.core.layout.FaceLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The extended canonical face as a surface: positions and normals in the shading frame. */
public final class Shape3d {
    private Shape3d() {
    }

    /** Canonical positions of the 576 extended vertices, x right, y up, z towards the camera. */
    public static float[] positions(FaceLayout layout) {
        float[] c = layout.canonical();
        float[] p = new float[c.length];
        for (int i = 0; i < c.length; i += 3) {
            p[i] = c[i];
            p[i + 1] = -c[i + 1];
            p[i + 2] = -c[i + 2];
        }
        return p;
    }

    /** Area-weighted vertex normals (out of the face), smoothed over neighbours. */
    public static float[] smoothedNormals(FaceLayout layout, int iterations) {
        float[] pos = positions(layout);
        int[] tri = layout.triangles();
        int count = layout.vertexCount();
        float[] n = new float[3 * count];
        for (int t = 0; t < tri.length / 3; t++) {
            int a = tri[3 * t];
            int b = tri[3 * t + 1];
            int c = tri[3 * t + 2];
            float abx = pos[3 * b] - pos[3 * a];
            float aby = pos[3 * b + 1] - pos[3 * a + 1];
            float abz = pos[3 * b + 2] - pos[3 * a + 2];
            float acx = pos[3 * c] - pos[3 * a];
            float acy = pos[3 * c + 1] - pos[3 * a + 1];
            float acz = pos[3 * c + 2] - pos[3 * a + 2];
            float nx = aby * acz - abz * acy;
            float ny = abz * acx - abx * acz;
            float nz = abx * acy - aby * acx;
            for (int v : new int[] {a, b, c}) {
                n[3 * v] += nx;
                n[3 * v + 1] += ny;
                n[3 * v + 2] += nz;
            }
        }
        if (n[3 * 1 + 2] < 0) { // landmark 1 is the nose tip: its normal must face the camera
            for (int i = 0; i < n.length; i++) {
                n[i] = -n[i];
            }
        }
        normalize(n);
        List<Set<Integer>> neighbours = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            neighbours.add(new TreeSet<>());
        }
        for (int t = 0; t < tri.length / 3; t++) {
            for (int i = 0; i < 3; i++) {
                neighbours.get(tri[3 * t + i]).add(tri[3 * t + (i + 1) % 3]);
                neighbours.get(tri[3 * t + (i + 1) % 3]).add(tri[3 * t + i]);
            }
        }
        for (int it = 0; it < iterations; it++) {
            float[] next = n.clone();
            for (int v = 0; v < count; v++) {
                for (int o : neighbours.get(v)) {
                    for (int k = 0; k < 3; k++) {
                        next[3 * v + k] += n[3 * o + k];
                    }
                }
            }
            normalize(next);
            n = next;
        }
        return n;
    }

    private static void normalize(float[] n) {
        for (int i = 0; i < n.length; i += 3) {
            float len = (float) Math.sqrt(n[i] * n[i] + n[i + 1] * n[i + 1] + n[i + 2] * n[i + 2]);
            if (len > 0) {
                n[i] /= len;
                n[i + 1] /= len;
                n[i + 2] /= len;
            }
        }
    }
}
