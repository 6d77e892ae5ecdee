package app.maskai.masks.draw;

import app.maskai.core.layout.FaceLayout;

/**
 * What lies under each texel of the texture: a smoothed surface normal of the canonical face and
 * its extension rings, interpolated over the triangle that covers the texel's centre. Normals
 * here are x right, y up, z towards the camera (the usual shading frame; FaceLayout's canonical
 * positions are y down, z away, and are turned on reading). Painters shade with it.
 */
public final class SurfaceMap {
    final int size;
    public final float[] normal;

    public SurfaceMap(FaceLayout layout, int size) {
        this.size = size;
        int n = size * size;
        normal = new float[3 * n];
        for (int p = 0; p < n; p++) {
            normal[3 * p + 2] = 1f;
        }
        float[] vn = Shape3d.smoothedNormals(layout, 12);
        int[] tri = layout.triangles();
        float[] tex = layout.textureUv();
        for (int t = 0; t < tri.length / 3; t++) {
            int a = tri[3 * t];
            int b = tri[3 * t + 1];
            int c = tri[3 * t + 2];
            TriangleRaster.fill(tex[2 * a] * size, tex[2 * a + 1] * size, tex[2 * b] * size,
                    tex[2 * b + 1] * size, tex[2 * c] * size, tex[2 * c + 1] * size, size, size,
                    (x, y, wa, wb, wc) -> {
                        int p = y * size + x;
                        float nx = (float) (wa * vn[3 * a] + wb * vn[3 * b] + wc * vn[3 * c]);
                        float ny = (float) (wa * vn[3 * a + 1] + wb * vn[3 * b + 1] + wc * vn[3 * c + 1]);
                        float nz = (float) (wa * vn[3 * a + 2] + wb * vn[3 * b + 2] + wc * vn[3 * c + 2]);
                        float len = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
                        normal[3 * p] = nx / len;
                        normal[3 * p + 1] = ny / len;
                        normal[3 * p + 2] = nz / len;
                    });
        }
    }

    /**
     * Soft key light from the upper left front, as on a portrait: 1 where the surface faces the
     * camera, down to about 0.7 where it turns away.
     */
    public double light(int p) {
        return light(normal[3 * p], normal[3 * p + 1], normal[3 * p + 2]);
    }

    /** The same light for any unit normal. */
    public static double light(double nx, double ny, double nz) {
        double d = -0.30 * nx + 0.40 * ny + 0.866 * nz;
        return Math.min(1.05, 0.70 + 0.34 * Math.max(0, d));
    }
}
