package app.maskai.masks.output;

import app.maskai.core.custom.AlphaMap;
import app.maskai.core.custom.MeshBinding;
import app.maskai.core.landmarks.LandmarkSymmetry;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskPart;
import app.maskai.core.mask.MaskSpec;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.paint.MaskDesign;
import app.maskai.masks.paint.Painting;
import app.maskai.masks.paint.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The mesh a mask needs, as metadata, made by the core's MeshBinding (the same binding the app
 * uses for custom masks): every triangle of the extended layout whose texture footprint overlaps
 * a texel with alpha > 0 (as written to the PNG, 8 bits). The painting's parts then name the
 * triangles: a triangle that touches texels of several parts joins the first of them, so rigid
 * pieces list first. Fails when a drawn texel lies off the kept triangles, since the renderer
 * could never show it.
 */
public final class Binding {
    private Binding() {
    }

    /**
     * Gives a kept triangle and its kept mirror image the same part (the earlier, so rigid wins):
     * otherwise a vertex on one side may be placed by the rigid fit while its mirror partner follows
     * its landmark, and the mask's fit on a mirrored photo is no longer the mirror of its fit
     * (measured: 10 % of the inter-ocular distance at a masquerade's temple).
     */
    static void symmetrise(FaceLayout layout, int[] owner) {
        int[] mirror = new int[layout.vertexCount()];
        for (int v = 0; v < FaceLayout.LANDMARK_COUNT; v++) {
            mirror[v] = LandmarkSymmetry.MIRROR[v];
        }
        int[] ovalIndex = new int[FaceLayout.LANDMARK_COUNT];
        Arrays.fill(ovalIndex, -1);
        for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
            ovalIndex[FaceLayout.FACE_OVAL[j]] = j;
        }
        for (int r = 0; r < FaceLayout.RING_COUNT; r++) {
            for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
                int partner = ovalIndex[LandmarkSymmetry.MIRROR[FaceLayout.FACE_OVAL[j]]];
                mirror[FaceLayout.ringVertex(r, j)] = FaceLayout.ringVertex(r, partner);
            }
        }
        int[] tri = layout.triangles();
        java.util.Map<String, Integer> byVertices = new java.util.HashMap<>();
        for (int t = 0; t < tri.length / 3; t++) {
            byVertices.put(key(tri[3 * t], tri[3 * t + 1], tri[3 * t + 2]), t);
        }
        for (int t = 0; t < FaceLayout.FACE_TRIANGLE_COUNT; t++) {
            Integer m = byVertices.get(key(mirror[tri[3 * t]], mirror[tri[3 * t + 1]], mirror[tri[3 * t + 2]]));
            if (m != null && owner[t] >= 0 && owner[m] >= 0) {
                int first = Math.min(owner[t], owner[m]);
                owner[t] = first;
                owner[m] = first;
            }
        }
        // Ring quads are split along one diagonal, so a ring triangle's mirror image is no triangle:
        // match whole quads (two triangles each) by their four corners instead.
        java.util.Map<String, Integer> quads = new java.util.HashMap<>();
        int quadCount = FaceLayout.RING_TRIANGLE_COUNT / 2;
        int[][] corners = new int[quadCount][];
        for (int q = 0; q < quadCount; q++) {
            int t = FaceLayout.FACE_TRIANGLE_COUNT + 2 * q;
            java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
            for (int k = 0; k < 6; k++) {
                set.add(tri[3 * t + k]);
            }
            corners[q] = set.stream().mapToInt(Integer::intValue).toArray();
            quads.put(set.toString(), q);
        }
        for (int q = 0; q < quadCount; q++) {
            java.util.TreeSet<Integer> image = new java.util.TreeSet<>();
            for (int v : corners[q]) {
                image.add(mirror[v]);
            }
            Integer m = quads.get(image.toString());
            if (m == null) {
                continue;
            }
            int first = Integer.MAX_VALUE;
            int[] members = {FaceLayout.FACE_TRIANGLE_COUNT + 2 * q, FaceLayout.FACE_TRIANGLE_COUNT + 2 * q + 1,
                FaceLayout.FACE_TRIANGLE_COUNT + 2 * m, FaceLayout.FACE_TRIANGLE_COUNT + 2 * m + 1};
            for (int t : members) {
                if (owner[t] >= 0) {
                    first = Math.min(first, owner[t]);
                }
            }
            if (first == Integer.MAX_VALUE) {
                continue;
            }
            for (int t : members) {
                if (owner[t] >= 0) {
                    owner[t] = first;
                }
            }
        }
    }

    private static String key(int a, int b, int c) {
        int lo = Math.min(a, Math.min(b, c));
        int hi = Math.max(a, Math.max(b, c));
        return lo + "," + (a + b + c - lo - hi) + "," + hi;
    }

    public static MaskSpec bind(LayoutCanvas c, Painting painting, MaskDesign design) {
        FaceLayout layout = c.layout;
        Texture tex = painting.texture;
        int n = tex.size;
        float[] texUv = layout.textureUv();
        List<Part> parts = painting.parts;
        byte[] all = new byte[n * n];
        byte[][] perPart = new byte[parts.size()][n * n];
        for (int p = 0; p < n * n; p++) {
            int a8 = Texture.to8(tex.a[p]);
            if (a8 > 0) {
                all[p] = (byte) a8;
                perPart[tex.part[p]][p] = (byte) a8;
            }
        }
        int triangles = layout.triangles().length / 3;
        int[] owner = new int[triangles];
        Arrays.fill(owner, -1);
        for (int i = 0; i < parts.size(); i++) {
            boolean[] kept = MeshBinding.keptTriangles(layout, texUv, new AlphaMap(n, n, perPart[i]));
            for (int t = 0; t < triangles; t++) {
                if (kept[t] && owner[t] < 0) {
                    owner[t] = i;
                }
            }
        }
        symmetrise(layout, owner);
        boolean[] kept = new boolean[triangles];
        boolean[] rigid = new boolean[triangles];
        for (int t = 0; t < triangles; t++) {
            kept[t] = owner[t] >= 0;
            rigid[t] = kept[t] && parts.get(owner[t]).rigid();
        }
        AlphaMap alpha = new AlphaMap(n, n, all);
        int outside = MeshBinding.opaqueTexelsOutside(layout, texUv, alpha, kept);
        if (outside > 0) {
            throw new IllegalStateException("mask " + design.id() + ": " + outside + " texels with"
                    + " alpha > 0 lie outside the bound mesh; keep the drawing inside the outermost ring");
        }
        MaskSpec bound = MeshBinding.bind(design.id(), design.name(), design.category(),
                TextureFiles.colourFile(design.id()), design.id() + ".thumb.png", (float) design.opacity(),
                design.blend(), (float) design.lighting(), layout, texUv, alpha, rigid);
        // MeshBinding lists the rigid triangles, then the others, each in layout order: hand each
        // back to its named part.
        int[][] next = new int[2][];
        int[] at = new int[2];
        for (MaskPart part : bound.parts) {
            next[part.rigid ? 0 : 1] = part.triangles;
        }
        List<List<Integer>> corners = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            corners.add(new ArrayList<>());
        }
        for (int t = 0; t < triangles; t++) {
            if (!kept[t]) {
                continue;
            }
            int k = rigid[t] ? 0 : 1;
            for (int i = 0; i < 3; i++) {
                corners.get(owner[t]).add(next[k][at[k]++]);
            }
        }
        List<MaskPart> named = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (corners.get(i).isEmpty()) {
                throw new IllegalStateException("mask " + design.id() + ": part " + parts.get(i).name()
                        + " has no triangles");
            }
            named.add(new MaskPart(parts.get(i).name(), parts.get(i).rigid(),
                    corners.get(i).stream().mapToInt(Integer::intValue).toArray()));
        }
        return new MaskSpec(bound.id, bound.name, bound.category, bound.texture, bound.thumbnail,
                bound.opacity, bound.blend, bound.lighting, bound.landmarks, bound.extraTerms,
                bound.extraWeights, bound.uv, named.toArray(new MaskPart[0]))
                .withTextureAlpha(TextureFiles.alphaFile(design.id()))
                .withSpecular(design.style().specular, design.style().shininess);
    }
}
