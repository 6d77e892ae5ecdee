// SPDX-License-Identifier: Apache-2.0
// MaskAI built-in mask art. Single-file Java 17 program, run by the build at prepare-package with
// the compiled core on its classpath (the face layout, mesh binding and metadata writer are the
// core's, not copies):
//   java -Djava.awt.headless=true -cp target/classes masks/generator/MaskArt.java masks <out>

import app.maskai.core.custom.AlphaMap;
import app.maskai.core.custom.MeshBinding;
import app.maskai.core.landmarks.LandmarkSymmetry;
import app.maskai.core.json.Json;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskPart;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.mask.MaskSpecWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.NodeList;

/**
 * Draws MaskAI's built-in masks and writes, for each mask in {@code masks/catalog.tsv}:
 * {@code <id>.jpg} and {@code <id>.alpha.png} (the 1536 x 1536 texture in the v2 texture space:
 * its colour as a JPEG, its alpha as a PNG; see TextureFiles), {@code <id>.thumb.png}
 * (128 px gallery picture: the mask on a neutral mannequin head), {@code <id>.json} (metadata,
 * schema "maskai.mask" version 2, docs/CONTRACTS.md); then {@code manifest.json} and
 * {@code face-layout.json} (the shared face layout the app reads).
 *
 * <p>The shared face layout is app.maskai.core.layout.FaceLayout: MediaPipe's canonical face
 * model plus three rings beyond the face oval. A texture covers the extended layout square:
 * texture coordinate = 0.5 + (layout uv − 0.5) / 1.6, so the face's own uv square is the central
 * 62.5 % (960 px). Painters place things in layout uv (v down) and work per texture pixel.
 *
 * <p>Art is procedural Java2D plus per-texel shading, so the output is deterministic: no clock,
 * no unseeded randomness, fixed iteration order.
 */
public final class MaskArt {
    /** Texture side in pixels (docs/CONTRACTS.md, "Texture space for v2 masks"). */
    static final int SIZE = 1536;
    /** Thumbnail side in pixels. */
    static final int THUMB = 128;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -Djava.awt.headless=true -cp target/classes"
                    + " masks/generator/MaskArt.java <masks dir> <output dir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path masksDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        FaceLayout layout = FaceLayout.parseObj(Files.readString(
                masksDir.resolve("face-layout/canonical_face_model.obj"), StandardCharsets.UTF_8));
        List<MaskDesign> designs = MaskDesign.loadCatalog(masksDir.resolve("catalog.tsv"));
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("face-layout.json"), layout.toJson(), StandardCharsets.UTF_8);
        LayoutCanvas canvas = new LayoutCanvas(layout, new SurfaceMap(layout, SIZE));
        Bust bust = new Bust(layout);

        // Masks are independent: draw them in parallel, report and list them in catalogue order.
        List<String> reports = designs.parallelStream()
                .map(design -> render(design, canvas, bust, outDir))
                .toList();
        reports.forEach(System.out::println);
        Files.writeString(outDir.resolve("manifest.json"), manifest(designs), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "MaskArt: %d masks into %s in %.1f s%n", designs.size(),
                outDir, (System.nanoTime() - start) / 1e9);
    }

    /** Draws one mask and writes its texture, thumbnail and metadata; returns a log line. */
    static String render(MaskDesign design, LayoutCanvas canvas, Bust bust, Path outDir) {
        Painting painting = design.style().painter.paint(design, canvas);
        MaskSpec spec = Binding.bind(canvas, painting, design);
        painting.texture.bleedEdges(design.colour());
        String textureReport;
        try {
            textureReport = TextureFiles.write(painting.texture, design.id(), outDir);
            ImageIO.write(bust.thumbnail(painting.texture, design.opacity(),
                    design.blend().equals(MaskSpec.BLEND_MULTIPLY), THUMB), "png",
                    outDir.resolve(design.id() + ".thumb.png").toFile());
            Files.writeString(outDir.resolve(design.id() + ".json"), MaskSpecWriter.write(spec),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder parts = new StringBuilder();
        for (MaskPart part : spec.parts) {
            parts.append(String.format(Locale.ROOT, " %s%s %d", part.name, part.rigid ? " (rigid)" : "",
                    part.triangleCount()));
        }
        return String.format(Locale.ROOT, "MaskArt: %-22s %3d vertices (%3d on landmarks, %3d on"
                + " rings) %4d triangles:%s%n%s", design.id(), spec.vertexCount(),
                spec.landmarkVertexCount(), spec.extraVertexCount(), spec.triangleCount(), parts,
                textureReport);
    }

    /**
     * The manifest (schema "maskai.manifest" version 2): in gallery order, each mask's metadata file
     * and what the gallery shows before reading it (id, name, category, thumbnail).
     */
    static String manifest(List<MaskDesign> designs) {
        StringBuilder s = new StringBuilder("{\n  \"schema\": \"maskai.manifest\",\n  \"version\": 2,\n"
                + "  \"masks\": [\n");
        for (int i = 0; i < designs.size(); i++) {
            MaskDesign d = designs.get(i);
            s.append("    {\"file\": ").append(Json.quote(d.id() + ".json"))
                    .append(", \"id\": ").append(Json.quote(d.id()))
                    .append(", \"name\": ").append(Json.quote(d.name()))
                    .append(", \"category\": ").append(Json.quote(d.category()))
                    .append(", \"thumbnail\": ").append(Json.quote(d.id() + ".thumb.png"))
                    .append(i + 1 < designs.size() ? "},\n" : "}\n");
        }
        return s.append("  ]\n}\n").toString();
    }
}

// ------------------------------------------------------------------------------------------
// Inputs: the catalogue
// ------------------------------------------------------------------------------------------

/** The drawing styles the generator knows; catalog.tsv picks one per mask. */
enum Style {
    SURGICAL("surgical", new SurgicalPainter()),
    KN95("kn95", new Kn95Painter()),
    N95("n95", new N95Painter()),
    CLOTH_DOTS("cloth-dots", new ClothPainter(ClothPainter.Print.DOTS)),
    CLOTH_TARTAN("cloth-tartan", new ClothPainter(ClothPainter.Print.TARTAN)),
    CLOTH_FLORAL("cloth-floral", new ClothPainter(ClothPainter.Print.FLORAL)),
    CAT("cat", new ClothPainter(ClothPainter.Print.CAT)),
    LACE("lace", new LacePainter()),
    SEQUIN("sequin", new SequinPainter()),
    MASQUERADE("masquerade", new MasqueradePainter()),
    PLUME("plume", new PlumePainter()),
    VOLTO("volto", new VoltoPainter());

    final String key;
    final Painter painter;

    Style(String key, Painter painter) {
        this.key = key;
        this.painter = painter;
    }

    static Style of(String key) {
        for (Style s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown style \"" + key + "\"");
    }
}

/**
 * One catalogue row: what the mask is called, how it is drawn and shown. Colours are sRGB 0..1.
 */
record MaskDesign(String id, String name, String category, Style style, double opacity,
        String blend, double lighting, float[] colour, float[] accent) {
    static final int COLUMNS = 9;

    /**
     * Tab-separated: id, name, category, style, opacity, blend, lighting, colour #rrggbb,
     * accent #rrggbb. The values are checked here with the schema's rules, so a bad row fails
     * with its line number.
     */
    static List<MaskDesign> loadCatalog(Path tsv) throws IOException {
        List<MaskDesign> designs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = tsv.getFileName() + ":" + lineNo + ": ";
            String[] c = line.split("\t+");
            if (c.length != COLUMNS) {
                throw new IllegalArgumentException(where + "expected " + COLUMNS
                        + " tab-separated columns, found " + c.length);
            }
            if (!c[0].matches("[a-z0-9-]{1,40}") || !ids.add(c[0])) {
                throw new IllegalArgumentException(where + "id \"" + c[0] + "\" is not [a-z0-9-]{1,40}"
                        + " or repeats");
            }
            if (!Arrays.asList(MaskSpec.CATEGORIES).contains(c[2])) {
                throw new IllegalArgumentException(where + "category \"" + c[2] + "\" is not one of "
                        + Arrays.toString(MaskSpec.CATEGORIES));
            }
            double opacity = unit(c[4], "opacity", where);
            if (!c[5].equals(MaskSpec.BLEND_NORMAL) && !c[5].equals(MaskSpec.BLEND_MULTIPLY)) {
                throw new IllegalArgumentException(where + "blend \"" + c[5] + "\" is not normal or"
                        + " multiply");
            }
            double lighting = unit(c[6], "lighting", where);
            designs.add(new MaskDesign(c[0], c[1], c[2], Style.of(c[3]), opacity, c[5], lighting,
                    rgb(c[7], where), rgb(c[8], where)));
        }
        if (designs.isEmpty()) {
            throw new IllegalArgumentException(tsv + ": no masks");
        }
        return designs;
    }

    private static double unit(String text, String what, String where) {
        double value = Double.parseDouble(text);
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(where + what + " must be 0..1, found " + text);
        }
        return value;
    }

    private static float[] rgb(String hex, String where) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException(where + "colour \"" + hex + "\" is not #rrggbb");
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new float[] {(v >> 16 & 255) / 255f, (v >> 8 & 255) / 255f, (v & 255) / 255f};
    }
}

/** A named piece of a mask; rigid pieces keep the canonical shape (docs/CONTRACTS.md). */
record Part(String name, boolean rigid) {
}

/** What a painter hands back: the texture, and the part each drawn texel belongs to. */
final class Painting {
    final Texture texture;
    /** In claim order: a triangle touching texels of several parts goes to the first. */
    final List<Part> parts;

    Painting(Texture texture, Part... parts) {
        this.texture = texture;
        this.parts = List.of(parts);
    }
}

// ------------------------------------------------------------------------------------------
// Drawing support
// ------------------------------------------------------------------------------------------

/**
 * What lies under each texel of the texture: a smoothed surface normal of the canonical face and
 * its extension rings, interpolated over the triangle that covers the texel's centre. Normals
 * here are x right, y up, z towards the camera (the usual shading frame; FaceLayout's canonical
 * positions are y down, z away, and are turned on reading). Painters shade with it.
 */
final class SurfaceMap {
    final int size;
    final float[] normal;

    SurfaceMap(FaceLayout layout, int size) {
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
            double ax = tex[2 * a] * size;
            double ay = tex[2 * a + 1] * size;
            double bx = tex[2 * b] * size;
            double by = tex[2 * b + 1] * size;
            double cx = tex[2 * c] * size;
            double cy = tex[2 * c + 1] * size;
            double det = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
            if (Math.abs(det) < 1e-12) {
                continue;
            }
            int x0 = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx))));
            int x1 = Math.min(size - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx))));
            int y0 = Math.max(0, (int) Math.floor(Math.min(ay, Math.min(by, cy))));
            int y1 = Math.min(size - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy))));
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double px = x + 0.5;
                    double py = y + 0.5;
                    double wb = ((px - ax) * (cy - ay) - (cx - ax) * (py - ay)) / det;
                    double wc = ((bx - ax) * (py - ay) - (px - ax) * (by - ay)) / det;
                    double wa = 1 - wb - wc;
                    if (wa < -1e-6 || wb < -1e-6 || wc < -1e-6) {
                        continue;
                    }
                    int p = y * size + x;
                    float nx = (float) (wa * vn[3 * a] + wb * vn[3 * b] + wc * vn[3 * c]);
                    float ny = (float) (wa * vn[3 * a + 1] + wb * vn[3 * b + 1] + wc * vn[3 * c + 1]);
                    float nz = (float) (wa * vn[3 * a + 2] + wb * vn[3 * b + 2] + wc * vn[3 * c + 2]);
                    float len = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
                    normal[3 * p] = nx / len;
                    normal[3 * p + 1] = ny / len;
                    normal[3 * p + 2] = nz / len;
                }
            }
        }
    }

    /**
     * Soft key light from the upper left front, as on a portrait: 1 where the surface faces the
     * camera, down to about 0.7 where it turns away.
     */
    double light(int p) {
        return light(normal[3 * p], normal[3 * p + 1], normal[3 * p + 2]);
    }

    /** The same light for any unit normal. */
    static double light(double nx, double ny, double nz) {
        double d = -0.30 * nx + 0.40 * ny + 0.866 * nz;
        return Math.min(1.05, 0.70 + 0.34 * Math.max(0, d));
    }
}

/** The extended canonical face as a surface: positions and normals in the shading frame. */
final class Shape3d {
    private Shape3d() {
    }

    /** Canonical positions of the 576 extended vertices, x right, y up, z towards the camera. */
    static float[] positions(FaceLayout layout) {
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
    static float[] smoothedNormals(FaceLayout layout, int iterations) {
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

/** Colour ramps used by every painter. */
final class Tone {
    private Tone() {
    }

    static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    static double smoothstep(double e0, double e1, double x) {
        double t = clamp((x - e0) / (e1 - e0));
        return t * t * (3 - 2 * t);
    }

    static double gauss(double x) {
        return Math.exp(-x * x);
    }

    /** √(x² + y²): Math.hypot's care for overflow is not needed here, and it is slow. */
    static double hypot(double x, double y) {
        return Math.sqrt(x * x + y * y);
    }

    static float[] mix(float[] a, float[] b, double t) {
        return new float[] {(float) (a[0] + (b[0] - a[0]) * t), (float) (a[1] + (b[1] - a[1]) * t),
                (float) (a[2] + (b[2] - a[2]) * t)};
    }

    static float[] scale(float[] a, double s) {
        return new float[] {(float) (a[0] * s), (float) (a[1] * s), (float) (a[2] * s)};
    }

    static double luminance(float[] c) {
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static float[] rgb(int hex) {
        return new float[] {(hex >> 16 & 255) / 255f, (hex >> 8 & 255) / 255f, (hex & 255) / 255f};
    }
}

/** Deterministic value noise (integer hash, no java.util.Random). Output 0..1. */
final class Noise {
    private Noise() {
    }

    static double hash(int x, int y, int seed) {
        int h = x * 0x27d4eb2d ^ y * 0x165667b1 ^ seed * 0x9e3779b9;
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        h *= 0x297a2d39;
        h ^= h >>> 15;
        return (h >>> 8) / 16777216.0;
    }

    static double value(double x, double y, int seed) {
        int xi = (int) Math.floor(x);
        int yi = (int) Math.floor(y);
        double fx = x - xi;
        double fy = y - yi;
        fx = fx * fx * (3 - 2 * fx);
        fy = fy * fy * (3 - 2 * fy);
        double a = hash(xi, yi, seed);
        double b = hash(xi + 1, yi, seed);
        double c = hash(xi, yi + 1, seed);
        double d = hash(xi + 1, yi + 1, seed);
        return (a + (b - a) * fx) + ((c + (d - c) * fx) - (a + (b - a) * fx)) * fy;
    }

    static double fbm(double x, double y, int seed, int octaves) {
        double sum = 0;
        double amp = 0.5;
        double norm = 0;
        for (int o = 0; o < octaves; o++) {
            sum += amp * value(x, y, seed + 31 * o);
            norm += amp;
            x *= 2.03;
            y *= 2.03;
            amp *= 0.5;
        }
        return sum / norm;
    }
}

/**
 * An RGBA float texture, straight (not premultiplied) alpha, sRGB 0..1, with the part each
 * drawn texel belongs to. Painters compose layers onto it back to front with {@link #over}.
 */
final class Texture {
    final int size;
    final float[] r;
    final float[] g;
    final float[] b;
    final float[] a;
    /** Index into the painting's parts, per texel (meaningful where a > 0). */
    final byte[] part;

    Texture(int size) {
        this.size = size;
        r = new float[size * size];
        g = new float[size * size];
        b = new float[size * size];
        a = new float[size * size];
        part = new byte[size * size];
    }

    /**
     * Lays colour {@code rgb · shade} (plus a sheen: a grey in proportion to the shading's
     * departure from 0.9, so dark cloth still shows its folds) over the texel with coverage
     * {@code alpha}; the texel joins part {@code partIndex} where the new layer dominates.
     */
    void over(int p, float[] rgb, double shade, double alpha, double sheen, int partIndex) {
        if (alpha <= 0) {
            return;
        }
        double add = sheen * (shade - 0.9);
        double sr = Tone.clamp(rgb[0] * shade + add);
        double sg = Tone.clamp(rgb[1] * shade + add);
        double sb = Tone.clamp(rgb[2] * shade + add);
        double al = Tone.clamp(alpha);
        double below = a[p] * (1 - al);
        double out = al + below;
        r[p] = (float) ((sr * al + r[p] * below) / out);
        g[p] = (float) ((sg * al + g[p] * below) / out);
        b[p] = (float) ((sb * al + b[p] * below) / out);
        a[p] = (float) out;
        if (al >= below) {
            part[p] = (byte) partIndex;
        }
    }

    void over(int p, float[] rgb, double shade, double alpha, int partIndex) {
        over(p, rgb, shade, alpha, 0, partIndex);
    }

    /**
     * Gives fully transparent texels the colour of their nearest drawn neighbours (6 texels out,
     * ring by ring) and the base colour beyond, so that bilinear filtering of straight-alpha texels
     * at the mask's edge does not pull in black. Works on the edge's neighbourhood only.
     */
    void bleedEdges(float[] base) {
        int n = size;
        int bx0 = n;
        int by0 = n;
        int bx1 = -1;
        int by1 = -1;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (a[y * n + x] > 0) {
                    bx0 = Math.min(bx0, x);
                    bx1 = Math.max(bx1, x);
                    by0 = Math.min(by0, y);
                    by1 = Math.max(by1, y);
                }
            }
        }
        // Work in the drawn texels' bounding box, grown by the bleed's reach.
        int x0 = Math.max(0, bx0 - 7);
        int y0 = Math.max(0, by0 - 7);
        int w = Math.max(0, Math.min(n - 1, bx1 + 7) - x0 + 1);
        int h = Math.max(0, Math.min(n - 1, by1 + 7) - y0 + 1);
        int[] ring = new int[w * h];
        boolean[] queued = new boolean[w * h];
        Arrays.fill(ring, Integer.MAX_VALUE);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (a[(y + y0) * n + x + x0] > 0) {
                    ring[y * w + x] = 0;
                }
            }
        }
        int[] frontier = new int[4096];
        int count = 0;
        for (int q = 0; q < w * h; q++) {
            if (ring[q] == 0) {
                continue;
            }
            int x = q % w;
            int y = q / w;
            boolean touches = false;
            for (int dy = -1; dy <= 1 && !touches; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int xx = x + dx;
                    int yy = y + dy;
                    if (xx >= 0 && yy >= 0 && xx < w && yy < h && ring[yy * w + xx] == 0) {
                        touches = true;
                        break;
                    }
                }
            }
            if (touches) {
                if (count == frontier.length) {
                    frontier = Arrays.copyOf(frontier, 2 * count);
                }
                frontier[count++] = q;
                queued[q] = true;
            }
        }
        for (int pass = 1; pass <= 6 && count > 0; pass++) {
            for (int i = 0; i < count; i++) {
                int x = frontier[i] % w;
                int y = frontier[i] / w;
                float sr = 0;
                float sg = 0;
                float sb = 0;
                int m = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h && ring[yy * w + xx] < pass) {
                            int p = (yy + y0) * n + xx + x0;
                            sr += r[p];
                            sg += g[p];
                            sb += b[p];
                            m++;
                        }
                    }
                }
                int p = (y + y0) * n + x + x0;
                r[p] = sr / m;
                g[p] = sg / m;
                b[p] = sb / m;
            }
            for (int i = 0; i < count; i++) {
                ring[frontier[i]] = pass;
            }
            int[] next = new int[Math.max(4096, 2 * count)];
            int nextCount = 0;
            for (int i = 0; i < count; i++) {
                int x = frontier[i] % w;
                int y = frontier[i] / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
                            continue;
                        }
                        int q = yy * w + xx;
                        if (!queued[q] && ring[q] == Integer.MAX_VALUE) {
                            queued[q] = true;
                            if (nextCount == next.length) {
                                next = Arrays.copyOf(next, 2 * nextCount);
                            }
                            next[nextCount++] = q;
                        }
                    }
                }
            }
            frontier = next;
            count = nextCount;
        }
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int p = y * n + x;
                boolean inBox = x >= x0 && x < x0 + w && y >= y0 && y < y0 + h;
                if (a[p] <= 0 && (!inBox || ring[(y - y0) * w + x - x0] == Integer.MAX_VALUE)) {
                    r[p] = base[0];
                    g[p] = base[1];
                    b[p] = base[2];
                }
            }
        }
    }

    /** Bilinear sample at texture coordinate (s, t), premultiplied: out = (r·a, g·a, b·a, a). */
    void samplePremultiplied(double s, double t, float[] out) {
        double x = s * size - 0.5;
        double y = t * size - 0.5;
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        Arrays.fill(out, 0f);
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                int xx = Math.min(size - 1, Math.max(0, x0 + i));
                int yy = Math.min(size - 1, Math.max(0, y0 + j));
                double w = (i == 0 ? 1 - fx : fx) * (j == 0 ? 1 - fy : fy);
                int p = yy * size + xx;
                double wa = w * a[p];
                out[0] += (float) (wa * r[p]);
                out[1] += (float) (wa * g[p]);
                out[2] += (float) (wa * b[p]);
                out[3] += (float) wa;
            }
        }
    }

    BufferedImage toImage() {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        int[] argb = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int p = 0; p < argb.length; p++) {
            argb[p] = to8(a[p]) << 24 | to8(r[p]) << 16 | to8(g[p]) << 8 | to8(b[p]);
        }
        return img;
    }

    /** 0..1 to 0..255, rounded to nearest (as the binding's alpha map reads it). */
    static int to8(float v) {
        return v <= 0 ? 0 : v >= 1 ? 255 : (int) (v * 255 + 0.5f);
    }
}

/** A rectangle of texels, [x0, x1) × [y0, y1). */
record Box(int x0, int y0, int x1, int y1) {
    static Box around(Shape shape, int margin, int size) {
        Rectangle2D r = shape.getBounds2D();
        return new Box(Math.max(0, (int) Math.floor(r.getMinX()) - margin),
                Math.max(0, (int) Math.floor(r.getMinY()) - margin),
                Math.min(size, (int) Math.ceil(r.getMaxX()) + margin),
                Math.min(size, (int) Math.ceil(r.getMaxY()) + margin));
    }

    Box union(Box o) {
        return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1),
                Math.max(y1, o.y1));
    }

    int width() {
        return Math.max(0, x1 - x0);
    }

    int height() {
        return Math.max(0, y1 - y0);
    }
}

/**
 * A drawn shape, per texel (full-texture arrays, computed inside {@link #box} only):
 * antialiased coverage, signed distance to the edge in pixels (positive inside; −1e4 outside the
 * box) and feathered alpha.
 */
final class Layer {
    final Box box;
    final float[] cov;
    final float[] sd;
    final float[] alpha;

    Layer(Box box, float[] cov, float[] sd, float[] alpha) {
        this.box = box;
        this.cov = cov;
        this.sd = sd;
        this.alpha = alpha;
    }
}

/**
 * Geometry in texture pixels for painters: layout points (landmarks, the extension rings, any
 * layout uv) mapped into the v2 texture space, smooth curves, and layers (a shape's antialiased
 * coverage, signed distance and alpha).
 */
final class LayoutCanvas {
    /** The inner lip contour, FaceMesh landmarks in order (upper lip, then lower lip back). */
    static final int[] INNER_LIPS = {78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318,
            402, 317, 14, 87, 178, 88, 95};
    /** How far in from the outermost ring drawing stops, pixels: the mesh ends there. */
    static final double REACH_INSET = 4;

    final FaceLayout layout;
    final SurfaceMap surface;
    final int size;
    /** Pixels per layout uv unit: the face's uv square is this wide in the texture. */
    final double face;
    /** Pixels per canonical unit (about a centimetre): the oval is 15.3 units wide. */
    final double perCm;
    private final double[] meanOval;
    private final float[] fineDetail;
    private final Area reach;

    /** Shared by all painters (also across threads): immutable once built. */
    LayoutCanvas(FaceLayout layout, SurfaceMap surface) {
        this.layout = layout;
        this.surface = surface;
        this.size = surface.size;
        this.face = size / FaceLayout.TEXTURE_SCALE;
        float[] uv = layout.uv();
        double mu = 0;
        double mv = 0;
        for (int lm : FaceLayout.FACE_OVAL) {
            mu += uv[2 * lm];
            mv += uv[2 * lm + 1];
        }
        this.meanOval = new double[] {mu / FaceLayout.RING_SIZE, mv / FaceLayout.RING_SIZE};
        this.perCm = face * (uv[2 * 454] - uv[2 * 234]) / 15.32;
        this.fineDetail = mouthStripWeight();
        Path2D.Double outer = ringPolygon(FaceLayout.RING_SCALES[FaceLayout.RING_COUNT - 1]);
        Area area = new Area(outer);
        area.subtract(new Area(new BasicStroke((float) (2 * REACH_INSET), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND).createStrokedShape(outer)));
        this.reach = area;
    }

    /** Texture x (pixels) of layout u. */
    double x(double u) {
        return (0.5 + (u - 0.5) / FaceLayout.TEXTURE_SCALE) * size;
    }

    /** Texture y (pixels) of layout v. */
    double y(double v) {
        return (0.5 + (v - 0.5) / FaceLayout.TEXTURE_SCALE) * size;
    }

    /** Layout u of texel column x's centre. */
    double u(int x) {
        return ((x + 0.5) / size - 0.5) * FaceLayout.TEXTURE_SCALE + 0.5;
    }

    /** Layout v of texel row y's centre. */
    double v(int y) {
        return ((y + 0.5) / size - 0.5) * FaceLayout.TEXTURE_SCALE + 0.5;
    }

    /** A landmark (or extended vertex) in texture pixels. */
    Point2D.Double at(int vertex) {
        return new Point2D.Double(layout.textureUv()[2 * vertex] * size,
                layout.textureUv()[2 * vertex + 1] * size);
    }

    /** A layout point (u, v) in texture pixels. */
    Point2D.Double at(double u, double v) {
        return new Point2D.Double(x(u), y(v));
    }

    /** Layout u, v of a landmark. */
    double lu(int landmark) {
        return layout.uv()[2 * landmark];
    }

    double lv(int landmark) {
        return layout.uv()[2 * landmark + 1];
    }

    /**
     * The point {@code k} of the way past oval landmark {@code FACE_OVAL[j]}, as the rings are
     * made: (1 + k)·oval_j − k·mean(oval), in texture pixels. k = 0 is the oval itself, the rings
     * are at k = 0.15, 0.35 and 0.6.
     */
    Point2D.Double ring(int j, double k) {
        int lm = FaceLayout.FACE_OVAL[((j % 36) + 36) % 36];
        return at((1 + k) * lu(lm) - k * meanOval[0], (1 + k) * lv(lm) - k * meanOval[1]);
    }

    /** The closed polygon (straight edges, like the mesh's) through ring points at k. */
    Path2D.Double ringPolygon(double k) {
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

    /** A smooth closed outline through ring points, k chosen per oval position j. */
    Path2D.Double ringCurve(java.util.function.IntToDoubleFunction kOfJ) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
            pts.add(ring(j, kOfJ.applyAsDouble(j)));
        }
        return closedCurve(pts);
    }

    /**
     * Everything the mesh can show, less a few pixels: the outermost ring polygon shrunk by
     * {@link #REACH_INSET}. Clip every shape to it.
     */
    Area reach() {
        return (Area) reach.clone();
    }

    /**
     * How much fine detail (print, weave, fibres, stitches) a texel may carry: 0 between the inner
     * lips, 1 from 6 texels away. That strip is about 3 texels tall in the layout, but its
     * triangles open into a wide band when the mouth opens, and detail there would smear into
     * streaks; broad shading and vertical seams are kept.
     */
    float[] fineDetail() {
        return fineDetail;
    }

    private float[] mouthStripWeight() {
        Path2D.Double gap = new Path2D.Double();
        for (int i = 0; i < INNER_LIPS.length; i++) {
            Point2D.Double q = at(INNER_LIPS[i]);
            if (i == 0) {
                gap.moveTo(q.x, q.y);
            } else {
                gap.lineTo(q.x, q.y);
            }
        }
        gap.closePath();
        Layer strip = layer(gap, 1);
        float[] weight = new float[size * size];
        for (int p = 0; p < weight.length; p++) {
            weight[p] = (float) (1 - Tone.smoothstep(-6, -2, strip.sd[p]));
        }
        return weight;
    }

    /** Uniform Catmull-Rom curve through points given in layout (u, v), as cubic Béziers. */
    Path2D.Double curve(double[][] uvPoints) {
        Path2D.Double path = new Path2D.Double();
        appendCurve(path, uvPoints, false);
        return path;
    }

    /** Appends a curve through the points; the first point is joined with a line if asked. */
    void appendCurve(Path2D.Double path, double[][] uvPoints, boolean join) {
        int n = uvPoints.length;
        Point2D.Double[] p = new Point2D.Double[n];
        for (int i = 0; i < n; i++) {
            p[i] = at(uvPoints[i][0], uvPoints[i][1]);
        }
        if (join) {
            path.lineTo(p[0].x, p[0].y);
        } else {
            path.moveTo(p[0].x, p[0].y);
        }
        for (int i = 0; i < n - 1; i++) {
            Point2D.Double p0 = p[Math.max(0, i - 1)];
            Point2D.Double p1 = p[i];
            Point2D.Double p2 = p[i + 1];
            Point2D.Double p3 = p[Math.min(n - 1, i + 2)];
            path.curveTo(p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6,
                    p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6, p2.x, p2.y);
        }
    }

    /** Closed Catmull-Rom curve through the points (pixels). */
    static Path2D.Double closedCurve(List<Point2D.Double> p) {
        int n = p.size();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p.get(0).x, p.get(0).y);
        for (int i = 0; i < n; i++) {
            Point2D.Double p0 = p.get((i - 1 + n) % n);
            Point2D.Double p1 = p.get(i);
            Point2D.Double p2 = p.get((i + 1) % n);
            Point2D.Double p3 = p.get((i + 2) % n);
            path.curveTo(p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6,
                    p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6, p2.x, p2.y);
        }
        path.closePath();
        return path;
    }

    /** Closed Catmull-Rom curve through layout (u, v) points. */
    Path2D.Double closedCurve(double[][] uvPoints) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (double[] q : uvPoints) {
            pts.add(at(q[0], q[1]));
        }
        return closedCurve(pts);
    }

    /** Everything below an open curve that runs from left of the texture to right of it. */
    Area below(Path2D.Double topCurve) {
        Path2D.Double region = new Path2D.Double(topCurve);
        Point2D end = region.getCurrentPoint();
        region.lineTo(end.getX(), 3.0 * size);
        region.lineTo(-2.0 * size, 3.0 * size);
        region.closePath();
        return new Area(region);
    }

    /** A shape as a layer: coverage, signed distance and alpha rising over {@code feather} px. */
    Layer layer(Shape shape, double feather) {
        Box box = Box.around(shape, 12, size);
        float[] cov = coverage(shape, box);
        float[] sd = signedDistance(cov, box);
        return new Layer(box, cov, sd, alpha(cov, sd, feather, box));
    }

    /** Antialiased coverage of a shape, 0..1 per texel, drawn inside {@code box} only. */
    float[] coverage(Shape shape, Box box) {
        float[] cov = new float[size * size];
        int w = box.width();
        int h = box.height();
        if (w == 0 || h == 0) {
            return cov;
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.translate(-box.x0(), -box.y0());
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.dispose();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                cov[(y + box.y0()) * size + x + box.x0()] = (argb[y * w + x] >>> 24) / 255f;
            }
        }
        return cov;
    }

    /** Coverage of a stroked path (round caps and joins), full texture. */
    float[] strokeCoverage(Shape path, double widthPx) {
        Shape stroke = new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND).createStrokedShape(path);
        return coverage(stroke, Box.around(stroke, 2, size));
    }

    /**
     * Signed distance to the shape's edge in pixels, positive inside, within the box (−1e4
     * outside it): exact Euclidean distance between texel centres (Felzenszwalb and Huttenlocher,
     * "Distance Transforms of Sampled Functions", 2012), refined by the antialiased coverage on
     * the edge texels, then lightly blurred (a distance field is smooth, so this only removes the
     * half-texel staircase that bevels and bands drawn from it would otherwise show).
     */
    float[] signedDistance(float[] cov, Box box) {
        float[] sd = new float[size * size];
        Arrays.fill(sd, -1e4f);
        int w = box.width();
        int h = box.height();
        if (w == 0 || h == 0) {
            return sd;
        }
        boolean[] inside = new boolean[w * h];
        boolean[] outside = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean in = cov[(y + box.y0()) * size + x + box.x0()] >= 0.5f;
                inside[y * w + x] = in;
                outside[y * w + x] = !in;
            }
        }
        double[] toInside = DistanceTransform.of(inside, w, h);
        double[] toOutside = DistanceTransform.of(outside, w, h);
        float[] local = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int q = y * w + x;
                float c = cov[(y + box.y0()) * size + x + box.x0()];
                if (c > 0f && c < 1f) {
                    local[q] = c - 0.5f;
                } else {
                    local[q] = (float) (inside[q] ? toOutside[q] - 0.5 : -(toInside[q] - 0.5));
                }
            }
        }
        local = blur(local, w, h, 1.0);
        for (int y = 0; y < h; y++) {
            System.arraycopy(local, y * w, sd, (y + box.y0()) * size + box.x0(), w);
        }
        return sd;
    }

    /** Separable Gaussian blur of a w × h array, clamped at its borders. */
    static float[] blur(float[] src, int w, int h, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        float[] tmp = new float[src.length];
        float[] out = new float[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double acc = 0;
                for (int i = -radius; i <= radius; i++) {
                    acc += k[i + radius] * src[y * w + Math.min(w - 1, Math.max(0, x + i))];
                }
                tmp[y * w + x] = (float) acc;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double acc = 0;
                for (int i = -radius; i <= radius; i++) {
                    acc += k[i + radius] * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x];
                }
                out[y * w + x] = (float) acc;
            }
        }
        return out;
    }

    /**
     * Feathered alpha: 0 wherever the shape does not touch the texel, rising over the edge to 1
     * at {@code feather} pixels in.
     */
    float[] alpha(float[] cov, float[] sd, double feather, Box box) {
        float[] a = new float[size * size];
        for (int y = box.y0(); y < box.y1(); y++) {
            for (int x = box.x0(); x < box.x1(); x++) {
                int p = y * size + x;
                a[p] = cov[p] > 0 ? (float) Tone.smoothstep(-0.5, feather, sd[p]) : 0f;
            }
        }
        return a;
    }
}

/** Exact squared Euclidean distance transform, two 1D passes (lower envelope of parabolas). */
final class DistanceTransform {
    private static final double INF = 1e20;

    private DistanceTransform() {
    }

    /** Distance from each texel centre to the nearest feature texel centre. */
    static double[] of(boolean[] feature, int w, int h) {
        double[] f = new double[w * h];
        for (int p = 0; p < f.length; p++) {
            f[p] = feature[p] ? 0 : INF;
        }
        int m = Math.max(w, h);
        double[] line = new double[m];
        double[] out = new double[m];
        int[] v = new int[m];
        double[] z = new double[m + 1];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                line[y] = f[y * w + x];
            }
            pass(line, h, out, v, z);
            for (int y = 0; y < h; y++) {
                f[y * w + x] = out[y];
            }
        }
        for (int y = 0; y < h; y++) {
            System.arraycopy(f, y * w, line, 0, w);
            pass(line, w, out, v, z);
            System.arraycopy(out, 0, f, y * w, w);
        }
        for (int p = 0; p < f.length; p++) {
            f[p] = Math.sqrt(f[p]);
        }
        return f;
    }

    private static void pass(double[] f, int n, double[] d, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = -INF;
        z[1] = INF;
        for (int q = 1; q < n; q++) {
            double s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k]))
                    / (2.0 * q - 2.0 * v[k]);
            while (s <= z[k]) {
                k--;
                s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k]))
                        / (2.0 * q - 2.0 * v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = INF;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            d[q] = (double) (q - v[k]) * (q - v[k]) + f[v[k]];
        }
    }
}

// ------------------------------------------------------------------------------------------
// The masks
// ------------------------------------------------------------------------------------------

/** Draws one style of mask into the texture space. */
interface Painter {
    Painting paint(MaskDesign design, LayoutCanvas canvas);
}

/** Pieces several masks share: the outline of a mask worn over nose and mouth, bands. */
final class Wear {
    private Wear() {
    }

    /**
     * A mask body worn over nose and mouth: below {@code top}, out along the extension past the
     * face oval by k = {@code sideK} at the ears (oval landmarks 234, 454), {@code jawK} at the
     * jaw corners (172, 397) and {@code chinK} under the chin (152), smoothly in between.
     */
    static Area body(LayoutCanvas c, Path2D.Double top, double sideK, double jawK, double chinK) {
        Area shape = new Area(c.ringCurve(j -> {
            double t = Math.abs(j - 18) / 10.0; // 0 at the chin, 0.6 at the jaw corners, 1 at the ears
            return t <= 0.6 ? chinK + (jawK - chinK) * Tone.smoothstep(0, 0.6, t)
                    : jawK + (sideK - jawK) * Tone.smoothstep(0.6, 1, t);
        }));
        shape.intersect(c.below(top));
        shape.intersect(c.reach());
        return shape;
    }

    /** Points given for the subject's right side (image left), mirrored if {@code side} > 0. */
    static double[][] side(double[][] uvPoints, int side) {
        double[][] out = new double[uvPoints.length][];
        for (int i = 0; i < uvPoints.length; i++) {
            out[i] = new double[] {side > 0 ? 1 - uvPoints[i][0] : uvPoints[i][0], uvPoints[i][1]};
        }
        return out;
    }

    /** A light elastic for light masks, a dark one (the mask's colour, a little lifted) else. */
    static float[] loopColour(float[] maskColour) {
        return Tone.luminance(maskColour) > 0.35 ? new float[] {0.93f, 0.93f, 0.91f}
                : Tone.mix(maskColour, new float[] {0.35f, 0.35f, 0.37f}, 0.25);
    }

    /**
     * A band (ear loop, strap, ribbon) along a curve through layout points, from its attachment
     * (the first point) to where it passes behind the ear or head (the last), over which it fades
     * out across {@code fadePx}. {@code round} 1 shades it as a round cord, 0 as a flat strap;
     * {@code satin} adds a sheen along it.
     */
    static void band(LayoutCanvas c, Texture t, int part, double[][] uvPoints, double widthPx,
            float[] colour, double fadePx, double round, double satin) {
        Path2D.Double path = c.curve(uvPoints);
        Shape stroke = new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND).createStrokedShape(path);
        Area area = new Area(stroke);
        area.intersect(c.reach());
        Layer band = c.layer(area, 1.6);
        Point2D.Double end = c.at(uvPoints[uvPoints.length - 1][0],
                uvPoints[uvPoints.length - 1][1]);
        double half = widthPx / 2;
        for (int y = band.box.y0(); y < band.box.y1(); y++) {
            for (int x = band.box.x0(); x < band.box.x1(); x++) {
                int p = y * c.size + x;
                if (band.alpha[p] <= 0) {
                    continue;
                }
                double s = Tone.clamp(band.sd[p] / half);
                double cross = Math.sqrt(Math.max(0, 1 - (1 - s) * (1 - s)));
                double profile = round * cross + (1 - round) * Tone.smoothstep(0, 0.35, s);
                double shade = (0.62 + 0.38 * profile) * c.surface.light(p);
                shade += 0.05 * (Noise.fbm(x / 2.0, y / 2.0, 71, 2) - 0.5);
                shade += satin * 0.35 * Tone.gauss((s - 0.75) / 0.25)
                        * (0.6 + 0.8 * Noise.value(x / 60.0, y / 60.0, 72));
                double fade = Tone.smoothstep(0, fadePx, end.distance(x + 0.5, y + 0.5));
                t.over(p, colour, shade, band.alpha[p] * fade, 0.15, part);
            }
        }
    }

    /** The first point of each path, both sides, in texture pixels: where bands are attached. */
    static List<Point2D.Double> attachments(LayoutCanvas c, double[][]... paths) {
        List<Point2D.Double> out = new ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            for (double[][] path : paths) {
                double[] q = side(path, side)[0];
                out.add(c.at(q[0], q[1]));
            }
        }
        return out;
    }

    /** An embossed weld spot (a small square of ultrasonic welds) at a point (pixels). */
    static double weld(Point2D.Double at, int x, int y, double halfPx) {
        double dx = Math.abs(x + 0.5 - at.x);
        double dy = Math.abs(y + 0.5 - at.y);
        double inside = (1 - Tone.smoothstep(halfPx - 1, halfPx + 1, Math.max(dx, dy)));
        double grid = Math.abs(((x % 5) + 5) % 5 - 2) + Math.abs(((y % 5) + 5) % 5 - 2) < 1.5 ? 1 : 0;
        return inside * (0.5 + 0.5 * grid);
    }
}

/**
 * A three-ply surgical mask: bound top and bottom hems, three downward pleats that open over
 * the nose and chin and bunch towards the ear loops, a nose wire in the top hem, spun-bond
 * fibre texture, round elastic ear loops welded to the side hems. It reaches under the chin and
 * to the sides of the face.
 */
final class SurgicalPainter implements Painter {
    /**
     * Top edge in (u, v): over the nose bridge between landmarks 6 (v 0.40) and 197 (v 0.44),
     * then a little below the cheekbones (118 at v 0.468) out to the face edge.
     */
    static final double[][] TOP = {{-0.12, 0.478}, {0.05, 0.472}, {0.17, 0.469}, {0.29, 0.463},
            {0.37, 0.452}, {0.44, 0.430}, {0.50, 0.417}, {0.56, 0.430}, {0.63, 0.452}, {0.71, 0.463},
            {0.83, 0.469}, {0.95, 0.472}, {1.12, 0.478}};
    /**
     * Pleat folds: v on the midline, and v where they gather at the side (u = 0 or 1). The middle
     * fold passes below the lower lip (landmark 17 at v 0.737), not across the mouth, whose
     * triangles stretch when it opens.
     */
    static final double[] PLEAT_MID = {0.600, 0.790, 0.915};
    static final double[] PLEAT_SIDE = {0.528, 0.590, 0.652};
    /** Hem band width, pixels (about 4 mm). */
    static final double HEM = 19;
    /** Ear-loop welds (subject's right; mirrored) and the loops' paths towards the ear. */
    static final double[][] UPPER_LOOP = {{0.018, 0.494}, {-0.02, 0.470}, {-0.06, 0.445},
            {-0.095, 0.428}};
    static final double[][] LOWER_LOOP = {{0.060, 0.728}, {0.02, 0.700}, {-0.04, 0.650},
            {-0.095, 0.610}};

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] elastic = Wear.loopColour(design.colour());
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(UPPER_LOOP, side), 11, elastic, 45, 1, 0);
            Wear.band(c, t, 1, Wear.side(LOWER_LOOP, side), 11, elastic, 45, 1, 0);
        }
        Layer body = c.layer(Wear.body(c, c.curve(TOP), 0.035, 0.06, 0.12), 3);
        float[] base = design.colour();
        float[] hemColour = Tone.mix(base, design.accent(), 0.5);
        float[] fine = c.fineDetail();
        List<Point2D.Double> welds = Wear.attachments(c, UPPER_LOOP, LOWER_LOOP);
        for (int y = body.box.y0(); y < body.box.y1(); y++) {
            for (int x = body.box.x0(); x < body.box.x1(); x++) {
                int p = y * n + x;
                if (body.alpha[p] <= 0) {
                    continue;
                }
                double u = c.u(x);
                double v = c.v(y);
                double d = body.sd[p];
                double shade = 1;
                // Spun-bond polypropylene: fine fibre speckle plus faint mottling.
                shade += 0.075 * fine[p] * (Noise.fbm(x / 1.7, y / 1.7, 11, 2) - 0.5)
                        + 0.035 * (Noise.fbm(x / 38.0, y / 38.0, 12, 3) - 0.5);
                // Pleats: each fold casts a soft shadow on the panel below it.
                double side = Math.min(1, Math.abs(u - 0.5) / 0.5);
                double ease = Math.pow(side, 1.8);
                double easeSlope = 1.8 * Math.pow(side, 0.8) / 0.5;
                double awayFromHem = Tone.smoothstep(HEM, HEM + 12, d);
                for (int k = 0; k < PLEAT_MID.length; k++) {
                    double rise = PLEAT_SIDE[k] - PLEAT_MID[k];
                    double fold = PLEAT_MID[k] + rise * ease;
                    double slope = rise * easeSlope;
                    double dy = (v - fold) * c.face / Math.sqrt(1 + slope * slope);
                    double strength = (0.12 + 0.17 * side * side) * awayFromHem;
                    shade += strength * pleat(dy);
                }
                // Hem: a folded double layer with a seam line and ultrasonic weld dots.
                double hem = 1 - Tone.smoothstep(HEM - 1.5, HEM + 1.5, d);
                float[] colour = Tone.mix(base, hemColour, hem);
                shade -= 0.10 * Tone.gauss((d - HEM) / 1.2);
                double band = Tone.smoothstep(5, 7, d) * (1 - Tone.smoothstep(13, 15, d));
                double gx = (x % 6) - 2.5;
                double gy = (y % 6) - 2.5;
                shade -= 0.06 * band * (1 - Tone.smoothstep(0.9, 1.9, Tone.hypot(gx, gy)));
                // Nose wire: a ridge inside the top hem across the nose bridge.
                double wire = Tone.smoothstep(0.34, 0.39, u) * (1 - Tone.smoothstep(0.61, 0.66, u))
                        * (1 - Tone.smoothstep(0.50, 0.52, v));
                shade += wire * (0.07 * Tone.gauss((d - 8) / 2.0) - 0.08 * Tone.gauss((d - 12.5) / 2.2));
                // Ear-loop welds on the side hems.
                for (Point2D.Double w : welds) {
                    shade -= 0.10 * Wear.weld(w, x, y, 7);
                }
                // The cut edge rolls away a little.
                shade *= 0.88 + 0.12 * Tone.smoothstep(0, 4, d);
                shade *= c.surface.light(p);
                t.over(p, colour, shade, body.alpha[p], 0.22, 0);
            }
        }
        return new Painting(t, new Part("mask", false), new Part("ear-loops", false));
    }

    /** Shading of one pleat, {@code dy} pixels below its fold line. */
    static double pleat(double dy) {
        double lip = 0.45 * Tone.gauss((dy + 2.5) / 2.5);
        double gap = -0.9 * Tone.gauss((dy - 0.8) / 1.1);
        double shadow = -Math.exp(-Math.max(0, dy) / 7.0) * Tone.smoothstep(-0.5, 1.5, dy);
        return lip + gap + shadow;
    }
}

/**
 * A fold-flat KN95 respirator without valve: two panels joined by a heat-sealed centre seam,
 * a pointed nose ridge, an embossed sealed border, flat ear loops on weld spots. The lower panel
 * tucks under the chin.
 */
final class Kn95Painter implements Painter {
    /** Left half of the top edge, (u, v): face edge to the nose ridge (landmark 6 at v 0.40). */
    static final double[][] TOP_LEFT = {{-0.12, 0.540}, {0.05, 0.512}, {0.16, 0.493},
            {0.27, 0.470}, {0.36, 0.447}, {0.44, 0.424}, {0.50, 0.404}};
    static final double BORDER = 15;
    static final double[][] UPPER_LOOP = {{0.045, 0.555}, {0.00, 0.520}, {-0.05, 0.480},
            {-0.095, 0.455}};
    static final double[][] LOWER_LOOP = {{0.088, 0.722}, {0.03, 0.690}, {-0.03, 0.650},
            {-0.095, 0.615}};

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] elastic = Tone.mix(design.colour(), new float[] {1, 1, 1}, 0.3);
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(UPPER_LOOP, side), 14, elastic, 45, 0.35, 0);
            Wear.band(c, t, 1, Wear.side(LOWER_LOOP, side), 14, elastic, 45, 0.35, 0);
        }
        Path2D.Double top = c.curve(TOP_LEFT);
        c.appendCurve(top, mirror(TOP_LEFT), true);
        Layer body = c.layer(Wear.body(c, top, 0.0, 0.045, 0.11), 2.5);
        float[] base = design.colour();
        float[] seal = design.accent();
        float[] fine = c.fineDetail();
        double cx = c.x(0.5);
        List<Point2D.Double> welds = Wear.attachments(c, UPPER_LOOP, LOWER_LOOP);
        for (int y = body.box.y0(); y < body.box.y1(); y++) {
            for (int x = body.box.x0(); x < body.box.x1(); x++) {
                int p = y * n + x;
                if (body.alpha[p] <= 0) {
                    continue;
                }
                double u = c.u(x);
                double v = c.v(y);
                double d = body.sd[p];
                double dx = x + 0.5 - cx;
                double shade = 1;
                shade += fine[p] * (0.09 * (Noise.fbm(x / 1.5, y / 1.5, 21, 2) - 0.5)
                        + 0.04 * (Noise.fbm(x / 7.0, y / 7.0, 22, 2) - 0.5))
                        + 0.03 * (Noise.fbm(x / 45.0, y / 45.0, 23, 3) - 0.5);
                // Two panels meeting at an angle at the seam, a crease between them.
                shade -= 0.16 * Tone.gauss(dx / 2.0) - 0.05 * Tone.gauss((Math.abs(dx) - 5) / 1.8);
                double seamDots = fine[p] * (1 - Tone.smoothstep(0.8, 1.6, Tone.hypot(Math.abs(dx) - 9,
                        (y % 6) - 2.5))) * (d > BORDER ? 1 : 0);
                shade -= 0.06 * seamDots;
                // Heat-sealed border: seal colour, an embossed diamond knurl and an inner groove.
                double border = 1 - Tone.smoothstep(BORDER - 1, BORDER + 1, d);
                float[] colour = Tone.mix(base, seal, 0.55 * border);
                double k1 = Math.abs(((x + y) % 8 + 8) % 8 - 3.5);
                double k2 = Math.abs(((x - y) % 8 + 8) % 8 - 3.5);
                double knurl = Math.max(1 - Tone.smoothstep(0.4, 1.2, k1),
                        1 - Tone.smoothstep(0.4, 1.2, k2));
                shade -= 0.06 * knurl * Tone.smoothstep(3, 5, d) * (1 - Tone.smoothstep(11, 13, d));
                shade -= 0.09 * Tone.gauss((d - BORDER) / 1.3);
                shade += 0.04 * Tone.gauss((d - BORDER - 2.5) / 1.5);
                // Ear-loop weld spots: embossed rings.
                for (Point2D.Double w : welds) {
                    double r = w.distance(x + 0.5, y + 0.5);
                    shade -= 0.10 * Tone.gauss((r - 8) / 1.4) + 0.04 * (1 - Tone.smoothstep(5, 7, r));
                }
                // The panels stand off the face: a broad sheen on the lit panel, darker under the chin.
                shade *= 1 + 0.05 * Tone.gauss((u - 0.36) / 0.13) * Tone.gauss((v - 0.57) / 0.12);
                shade *= 1 - 0.10 * Tone.smoothstep(0.86, 1.05, v);
                shade *= 0.86 + 0.14 * Tone.smoothstep(0, 3.5, d);
                shade *= 0.35 * c.surface.light(p) + 0.65 * panelLight(u, v, dx);
                t.over(p, colour, shade, body.alpha[p], 0);
            }
        }
        return new Painting(t, new Part("mask", false), new Part("ear-loops", false));
    }

    /**
     * Light on the respirator's own form rather than the face's: each panel a gently curved
     * sheet turned about 23 degrees away from the seam, its upper part tipped up to the nose.
     */
    static double panelLight(double u, double v, double seamDx) {
        double side = u - 0.5;
        double nx = 0.42 * Math.tanh(seamDx / 3.0) + 1.1 * side;
        double ny = 0.9 * (0.62 - v);
        double len = Math.sqrt(nx * nx + ny * ny + 1);
        return SurfaceMap.light(nx / len, ny / len, 1 / len);
    }

    static double[][] mirror(double[][] left) {
        double[][] right = new double[left.length][];
        for (int i = 0; i < left.length; i++) {
            double[] q = left[left.length - 1 - i];
            right[i] = new double[] {1 - q[0], q[1]};
        }
        return right;
    }
}

/**
 * A moulded N95 cup respirator: a domed shell of pressed fibre with a rolled, welded rim, an
 * aluminium nose clip, and two braided head straps stapled to its sides (the upper one over the
 * ears, the lower one round the neck). The cup is rigid: it keeps its shape when the mouth opens.
 */
final class N95Painter implements Painter {
    /** Left half of the cup's rim in (u, v), nose bridge to under the chin. */
    static final double[][] RIM_LEFT = {{0.500, 0.410}, {0.440, 0.420}, {0.370, 0.444},
            {0.290, 0.483}, {0.212, 0.535}, {0.148, 0.600}, {0.110, 0.675}, {0.104, 0.755},
            {0.132, 0.836}, {0.192, 0.908}, {0.272, 0.962}, {0.362, 0.997}, {0.436, 1.012}};
    static final double[][] UPPER_STRAP = {{0.150, 0.610}, {0.08, 0.555}, {0.01, 0.490},
            {-0.05, 0.430}, {-0.105, 0.385}};
    static final double[][] LOWER_STRAP = {{0.140, 0.815}, {0.06, 0.812}, {-0.02, 0.800},
            {-0.10, 0.780}};
    static final double RIM = 11;

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        List<double[]> rim = new ArrayList<>(Arrays.asList(RIM_LEFT));
        for (int i = RIM_LEFT.length - 1; i >= 1; i--) {
            rim.add(new double[] {1 - RIM_LEFT[i][0], RIM_LEFT[i][1]});
        }
        Area cupShape = new Area(c.closedCurve(rim.toArray(new double[0][])));
        cupShape.intersect(c.reach());
        Layer cup = c.layer(cupShape, 2.5);
        float[] shell = design.colour();
        float[] fine = c.fineDetail();
        for (int y = cup.box.y0(); y < cup.box.y1(); y++) {
            for (int x = cup.box.x0(); x < cup.box.x1(); x++) {
                int p = y * n + x;
                if (cup.alpha[p] <= 0) {
                    continue;
                }
                double u = c.u(x);
                double v = c.v(y);
                double d = cup.sd[p];
                // The dome: an ellipsoid over the rim, centred in front of the mouth.
                double ex = (u - 0.5) / 0.40;
                double ey = (v - 0.70) / (v < 0.70 ? 0.30 : 0.32);
                double r2 = Math.min(0.97, ex * ex + ey * ey);
                double nz = Math.sqrt(1 - 0.9 * r2);
                double nx = 1.1 * ex;
                double ny = -1.1 * ey;
                double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
                // A moulded shell shows its form more than cloth on skin: a plain Lambert key light from
                // the upper left over a soft fill.
                double lambert = Math.max(0, (-0.42 * nx + 0.5 * ny + 0.76 * nz) / len);
                double light = (0.55 + 0.5 * lambert) * (0.8 + 0.2 * c.surface.light(p));
                // Pressed fibre: a felted mottle and fine fibres.
                double shade = 1 + fine[p] * 0.08 * (Noise.fbm(x / 1.6, y / 1.6, 51, 2) - 0.5)
                        + 0.05 * (Noise.fbm(x / 12.0, y / 12.0, 52, 3) - 0.5);
                // Rolled rim with a weld line inside it.
                double bead = Math.sin(Math.PI * Tone.clamp(d / RIM));
                double onRim = 1 - Tone.smoothstep(RIM - 1, RIM + 1, d);
                shade += onRim * (0.10 * bead - 0.05);
                shade -= 0.12 * Tone.gauss((d - RIM - 1) / 1.2);
                shade += 0.05 * Tone.gauss((d - RIM - 3.5) / 1.6);
                // Ambient occlusion towards the face at the rim.
                shade *= 0.82 + 0.18 * Tone.smoothstep(0, 5, d);
                float[] colour = shell;
                // Aluminium nose clip across the top of the cup.
                double clip = Tone.smoothstep(0.395, 0.405, u) * (1 - Tone.smoothstep(0.595, 0.605, u))
                        * Tone.smoothstep(RIM + 3, RIM + 5, d) * (1 - Tone.smoothstep(RIM + 22, RIM + 24, d))
                        * (1 - Tone.smoothstep(0.47, 0.49, v));
                if (clip > 0) {
                    double across = Tone.clamp((d - RIM - 4) / 19);
                    double metal = 0.78 + 0.30 * Tone.gauss((across - 0.35) / 0.22)
                            - 0.18 * Tone.gauss((across - 0.95) / 0.12);
                    metal += 0.05 * (Noise.value(x / 1.2, y / 8.0, 53) - 0.5);
                    colour = Tone.mix(colour, new float[] {0.80f, 0.81f, 0.83f}, clip);
                    shade = shade + (metal - shade) * clip;
                }
                t.over(p, colour, shade * light, cup.alpha[p], 0);
            }
        }
        // Straps over the cup's sides, held by two staples each.
        float[] strap = design.accent();
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(UPPER_STRAP, side), 17, strap, 60, 0.4, 0);
            Wear.band(c, t, 1, Wear.side(LOWER_STRAP, side), 17, strap, 60, 0.4, 0);
        }
        for (int side = -1; side <= 1; side += 2) {
            for (double[][] s : new double[][][] {UPPER_STRAP, LOWER_STRAP}) {
                double[] at = Wear.side(s, side)[0];
                staple(c, t, at[0] + side * 0.006, at[1] - 0.012, at[0] + side * 0.006, at[1] + 0.012);
            }
        }
        // The straps are stapled to the cup and pulled taut by it: they move with it (rigid too).
        // Were they to follow the face, the seam between cup-placed and face-placed vertices would
        // kink them wherever the face's shape departs from the canonical one.
        return new Painting(t, new Part("cup", true), new Part("straps", true));
    }

    /** A steel staple across a strap end, from (u0, v0) to (u1, v1): a short bright bar. */
    static void staple(LayoutCanvas c, Texture t, double u0, double v0, double u1, double v1) {
        Path2D.Double bar = new Path2D.Double();
        bar.moveTo(c.x(u0), c.y(v0));
        bar.lineTo(c.x(u1), c.y(v1));
        Layer staple = c.layer(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(bar), 1);
        float[] steel = {0.72f, 0.73f, 0.76f};
        for (int y = staple.box.y0(); y < staple.box.y1(); y++) {
            for (int x = staple.box.x0(); x < staple.box.x1(); x++) {
                int p = y * c.size + x;
                if (staple.alpha[p] > 0) {
                    double s = Tone.clamp(staple.sd[p] / 2.25);
                    t.over(p, steel, 0.6 + 0.6 * Math.sqrt(s) * c.surface.light(p), staple.alpha[p], 0);
                }
            }
        }
    }
}

/**
 * A contoured cloth mask: two cotton panels with a centre seam, top-stitched edges and round
 * elastic ear loops; the print (dots, tartan, flowers, or a cat's nose and whiskers) is laid out
 * in surface units so that it foreshortens round the cheeks and breaks at the seam.
 */
final class ClothPainter implements Painter {
    enum Print { DOTS, TARTAN, FLORAL, CAT }

    static final double[][] TOP = {{-0.12, 0.498}, {0.04, 0.490}, {0.16, 0.482}, {0.28, 0.469},
            {0.37, 0.451}, {0.44, 0.428}, {0.50, 0.413}, {0.56, 0.428}, {0.63, 0.451}, {0.72, 0.469},
            {0.84, 0.482}, {0.96, 0.490}, {1.12, 0.498}};
    static final double[][] UPPER_LOOP = {{0.030, 0.515}, {-0.01, 0.485}, {-0.05, 0.455},
            {-0.095, 0.435}};
    static final double[][] LOWER_LOOP = {{0.075, 0.745}, {0.02, 0.705}, {-0.04, 0.655},
            {-0.095, 0.612}};
    /** Dot pitch and radius in canonical units (about cm). */
    static final double PITCH = 1.05;
    static final double DOT = 0.15;

    final Print print;

    ClothPainter(Print print) {
        this.print = print;
    }

    /** The contoured outline the cloth, lace and sequin masks share. */
    static Area outline(LayoutCanvas c) {
        return Wear.body(c, c.curve(TOP), 0.03, 0.06, 0.13);
    }

    static void loops(LayoutCanvas c, Texture t, int part, float[] colour, double width) {
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, part, Wear.side(UPPER_LOOP, side), width, colour, 45, 1, 0);
            Wear.band(c, t, part, Wear.side(LOWER_LOOP, side), width, colour, 45, 1, 0);
        }
    }

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] base = design.colour();
        loops(c, t, 1, Wear.loopColour(print == Print.TARTAN ? design.accent() : base), 12);
        Layer body = c.layer(outline(c), 3);
        float[] thread = Tone.mix(base, new float[] {0.80f, 0.82f, 0.86f}, 0.55);
        CatPrint cat = print == Print.CAT ? new CatPrint(c) : null;
        double cx = c.x(0.5);
        double cy = c.y(0.70);
        float[] fine = c.fineDetail();
        for (int y = body.box.y0(); y < body.box.y1(); y++) {
            for (int x = body.box.x0(); x < body.box.x1(); x++) {
                int p = y * n + x;
                if (body.alpha[p] <= 0) {
                    continue;
                }
                double d = body.sd[p];
                double dx = x + 0.5 - cx;
                // Cloth coordinates (cm); the right panel is cut from the cloth half a repeat lower.
                double s = across(c.u(x));
                double tt = up(c.v(y)) + (dx > 0 ? 0.52 : 0);
                float[] colour = switch (print) {
                    case DOTS -> dots(s, tt, base, design.accent(), dx > 0);
                    case TARTAN -> Tartan.colour(s, tt, base, design.accent(), fine[p]);
                    case FLORAL -> Floral.colour(s, tt, base, design.accent(), c.perCm, dx > 0, fine[p]);
                    case CAT -> cat.colour(p, x, y, base, heather(x, y, fine[p]));
                };
                // Plain-weave cotton: thread grid, slubs, soft wrinkles.
                double shade = 1;
                shade += fine[p] * (0.045 * Math.sin(2 * Math.PI * x / 4.0)
                        * Math.sin(2 * Math.PI * y / 4.0)
                        + 0.06 * (Noise.value(x / 16.0, y / 2.6, 31) - 0.5)
                        + 0.05 * (Noise.fbm(x / 2.2, y / 2.2, 32, 2) - 0.5));
                shade += 0.10 * (Noise.fbm(x / 120.0, y / 90.0, 33, 3) - 0.5);
                // Centre seam: a valley with a ridge each side and top-stitching.
                shade -= 0.35 * Tone.gauss(dx / 1.7);
                shade += 0.08 * Tone.gauss((Math.abs(dx) - 4.5) / 2.0);
                double seamStitch = Tone.gauss((Math.abs(dx) - 9) / 0.9)
                        * dash((y + 0.5) / 9.0) * Tone.smoothstep(6, 9, d) * fine[p];
                colour = Tone.mix(colour, thread, 0.85 * seamStitch);
                // Edge: rolled and top-stitched.
                double arc = Math.atan2(y + 0.5 - cy, x + 0.5 - cx)
                        * Tone.hypot(x + 0.5 - cx, y + 0.5 - cy);
                double edgeStitch = Tone.gauss((d - 9.5) / 0.9) * dash(arc / 9.0);
                colour = Tone.mix(colour, thread, 0.85 * edgeStitch);
                shade += 0.05 * Tone.gauss((d - 5) / 2.5) - 0.05 * Tone.gauss((d - 13) / 2.0);
                shade *= 0.78 + 0.22 * Tone.smoothstep(0, 5, d);
                // Under the chin the cloth turns away from the light.
                shade *= c.surface.light(p);
                t.over(p, colour, shade, body.alpha[p], 0.12, 0);
            }
        }
        return new Painting(t, new Part("mask", false), new Part("ear-loops", false));
    }

    static float[] dots(double s, double tt, float[] base, float[] ink, boolean rightPanel) {
        double row = Math.floor(tt / PITCH + 0.5);
        double offset = ((long) row & 1) == 0 ? 0 : PITCH / 2;
        double col = Math.floor((s - offset) / PITCH + 0.5);
        double cx = col * PITCH + offset;
        double cy = row * PITCH;
        if (nearMouth(cx, cy, DOT, rightPanel)) {
            return base;
        }
        double dist = Tone.hypot(s - cx, tt - cy);
        double dot = 1 - Tone.smoothstep(DOT - 0.02, DOT + 0.02, dist);
        return Tone.mix(base, ink, 0.9 * dot);
    }

    /**
     * Whether a print motif at cloth point (s, t), radius r (cm), would reach the strip between
     * the inner lips, which stretches when the mouth opens: such motifs are left out, so that the
     * strip carries plain cloth. (The strip is layout v 0.690..0.700, u 0.38..0.62; the right
     * panel's print is shifted by half a repeat.)
     */
    static boolean nearMouth(double s, double t, double r, boolean rightPanel) {
        double t0 = up(0.704) + (rightPanel ? 0.52 : 0);
        double t1 = up(0.686) + (rightPanel ? 0.52 : 0);
        double s1 = across(0.625);
        double dx = Math.max(0, Math.abs(s) - s1);
        double dy = t < t0 ? t0 - t : t > t1 ? t - t1 : 0;
        return Tone.hypot(dx, dy) < r + 0.06;
    }

    /** Heather jersey: fibres of two tones. */
    static double heather(int x, int y, double fine) {
        return fine * (Noise.value(x / 1.3, y / 5.0, 34) - 0.5);
    }

    /**
     * Horizontal cloth coordinate (about cm) for a layout u: the layout is close to a frontal
     * view of the face, so unwrap it round a cylinder of radius 8.2 (the canonical face is 15.3
     * wide) to foreshorten the print towards the cheeks, as fabric does. Smooth on purpose: the
     * cloth bridges the nose and mouth rather than following them.
     */
    static double across(double u) {
        return 8.2 * Math.asin(Tone.clamp(Math.abs(u - 0.5) / 0.5 * 0.9)) * Math.signum(u - 0.5);
    }

    /** Vertical cloth coordinate (about cm, up): landmark 10 to 152 is 0.847 in v, 17.7 units. */
    static double up(double v) {
        return -(v - 0.5) * 20.9;
    }

    /** 1 on a stitch, 0 between stitches, soft ends; period 1 in {@code phase}. */
    static double dash(double phase) {
        double f = phase - Math.floor(phase);
        return Tone.smoothstep(0.05, 0.15, f) * (1 - Tone.smoothstep(0.62, 0.72, f));
    }
}

/**
 * A woven tartan: a symmetric sett of stripes in the warp and the same in the weft, a 2/2 twill
 * showing warp or weft thread by thread.
 */
final class Tartan {
    /** Half a sett, from a pivot: colour index (0 ground, 1 accent, 2 dark, 3 gold line), cm. */
    static final double[][] SETT = {{0, 1.30}, {2, 0.10}, {0, 0.12}, {2, 0.10}, {0, 0.55},
            {1, 0.80}, {2, 0.42}, {3, 0.06}, {2, 0.42}, {1, 0.80}, {0, 0.25}};
    static final double HALF;

    static {
        double h = 0;
        for (double[] s : SETT) {
            h += s[1];
        }
        HALF = h;
    }

    private Tartan() {
    }

    static int stripe(double pos) {
        double m = pos - Math.floor(pos / (2 * HALF)) * 2 * HALF;
        if (m > HALF) {
            m = 2 * HALF - m;
        }
        for (double[] s : SETT) {
            if (m < s[1]) {
                return (int) s[0];
            }
            m -= s[1];
        }
        return 0;
    }

    /**
     * The cloth's colour at (s, t) cm. Where fine detail is not allowed (between the inner lips)
     * only the warp shows: its stripes run across the strip, so stretching it draws them out
     * rather than smearing a weft stripe into a band.
     */
    static float[] colour(double s, double t, float[] ground, float[] accent, double fine) {
        float[][] palette = {ground, accent, {0.07f, 0.08f, 0.12f}, {0.86f, 0.72f, 0.30f}};
        float[] warp = palette[stripe(s + 0.4)];
        float[] weft = palette[stripe(t + 0.9)];
        double pitch = 0.065; // thread pitch, cm
        long ix = (long) Math.floor(s / pitch);
        long iy = (long) Math.floor(t / pitch);
        boolean warpUp = Math.floorMod(ix + iy, 4) < 2;
        float[] avg = Tone.mix(warp, weft, 0.5);
        float[] thread = warpUp ? warp : weft;
        return Tone.mix(warp, Tone.mix(avg, thread, 0.6), fine);
    }
}

/** A small-flower print: five-petal flowers with leaves on a jittered grid, and buds between. */
final class Floral {
    static final double PITCH = 1.75;

    private Floral() {
    }

    static float[] colour(double s, double t, float[] ground, float[] petal, double perCm,
            boolean rightPanel, double fine) {
        float[] centre = {0.88f, 0.68f, 0.25f};
        float[] leaf = Tone.mix(new float[] {0.36f, 0.50f, 0.32f}, ground, 0.25);
        float[] colour = ground;
        double aa = 1.2 / perCm; // an antialiasing width of about a pixel, in cm
        int ci = (int) Math.floor(s / PITCH);
        int cj = (int) Math.floor(t / PITCH);
        for (int j = cj - 1; j <= cj + 1; j++) {
            for (int i = ci - 1; i <= ci + 1; i++) {
                double fx = (i + 0.2 + 0.6 * Noise.hash(i, j, 81)) * PITCH;
                double fy = (j + 0.2 + 0.6 * Noise.hash(i, j, 82)) * PITCH;
                double radius = 0.42 + 0.14 * Noise.hash(i, j, 83);
                double rot = 2 * Math.PI * Noise.hash(i, j, 84);
                double dx = s - fx;
                double dy = t - fy;
                double rho = Tone.hypot(dx, dy);
                if (rho > 2.2 * radius || ClothPainter.nearMouth(fx, fy, radius, rightPanel)) {
                    continue;
                }
                // Two leaves behind the flower.
                for (int l = 0; l < 2; l++) {
                    double a = rot + Math.PI / 5 + l * (Math.PI * 0.9 + 0.6 * Noise.hash(i, j, 85 + l));
                    double lx = fx + Math.cos(a) * radius * 1.25;
                    double ly = fy + Math.sin(a) * radius * 1.25;
                    double along = (s - lx) * Math.cos(a) + (t - ly) * Math.sin(a);
                    double acrossLeaf = -(s - lx) * Math.sin(a) + (t - ly) * Math.cos(a);
                    double half = 0.17 * Math.sqrt(Math.max(0, 1 - along * along / (0.42 * 0.42)));
                    double in = 1 - Tone.smoothstep(half - aa, half + aa, Math.abs(acrossLeaf));
                    if (in > 0) {
                        double vein = Tone.gauss(acrossLeaf / (0.6 * aa));
                        float[] lc = Tone.mix(leaf, Tone.scale(leaf, 1.25), 0.5 * vein);
                        colour = Tone.mix(colour, lc, in * fine);
                    }
                }
                // Petals: five lobes, darker towards the heart.
                double theta = Math.atan2(dy, dx) - rot;
                double edge = radius * (0.42 + 0.58 * Math.pow(Math.abs(Math.cos(2.5 * theta)), 0.65));
                double in = 1 - Tone.smoothstep(edge - aa, edge + aa, rho);
                if (in > 0) {
                    float[] pc = Tone.mix(Tone.scale(petal, 0.86), petal, Tone.smoothstep(0.1, 0.8,
                            rho / radius));
                    double crease = Tone.gauss(Math.sin(2.5 * theta) * rho / (1.5 * aa))
                            * Tone.smoothstep(0.25, 0.5, rho / radius);
                    pc = Tone.mix(pc, Tone.scale(petal, 0.8), 0.4 * crease);
                    colour = Tone.mix(colour, pc, in);
                }
                double heart = 1 - Tone.smoothstep(0.2 * radius - aa, 0.2 * radius + aa, rho);
                if (heart > 0) {
                    colour = Tone.mix(colour, centre, heart);
                }
                // A bud half a cell away.
                double bx = fx + 0.5 * PITCH;
                double by = fy + 0.45 * PITCH;
                double bud = 1 - Tone.smoothstep(0.07 - aa, 0.07 + aa, Tone.hypot(s - bx, t - by));
                if (bud > 0 && !ClothPainter.nearMouth(bx, by, 0.07, rightPanel)) {
                    colour = Tone.mix(colour, petal, 0.9 * bud);
                }
            }
        }
        return colour;
    }
}

/**
 * A cat's face printed on the cloth: a pink nose over the wearer's nose tip, a "w" mouth above
 * the real one (kept off the lips, whose triangles stretch), three whiskers a side and blush.
 */
final class CatPrint {
    final LayoutCanvas canvas;
    final float[] ink;
    final float[] nose;
    final Layer noseLayer;
    final float[] lines;

    CatPrint(LayoutCanvas c) {
        noseLayer = c.layer(c.closedCurve(new double[][] {{0.500, 0.503}, {0.541, 0.504},
                {0.558, 0.515}, {0.544, 0.537}, {0.517, 0.556}, {0.500, 0.562}, {0.483, 0.556},
                {0.456, 0.537}, {0.442, 0.515}, {0.459, 0.504}}), 1.5);
        Path2D.Double strokes = new Path2D.Double();
        strokes.append(c.curve(new double[][] {{0.500, 0.558}, {0.500, 0.632}}), false);
        for (int side = -1; side <= 1; side += 2) {
            strokes.append(c.curve(Wear.side(new double[][] {{0.500, 0.633}, {0.484, 0.648},
                    {0.466, 0.649}, {0.452, 0.637}}, side)), false);
            strokes.append(c.curve(Wear.side(new double[][] {{0.375, 0.588}, {0.28, 0.567},
                    {0.17, 0.556}}, side)), false);
            strokes.append(c.curve(Wear.side(new double[][] {{0.372, 0.615}, {0.27, 0.611},
                    {0.16, 0.617}}, side)), false);
            strokes.append(c.curve(Wear.side(new double[][] {{0.375, 0.642}, {0.28, 0.656},
                    {0.18, 0.680}}, side)), false);
        }
        lines = c.strokeCoverage(strokes, 6.5);
        ink = new float[] {0.16f, 0.15f, 0.17f};
        nose = new float[] {0.91f, 0.55f, 0.63f};
        canvas = c;
    }

    float[] colour(int p, int x, int y, float[] base, double heather) {
        LayoutCanvas c = canvas;
        double u = c.u(x);
        double v = c.v(y);
        float[] colour = Tone.scale(base, 1 + 0.18 * heather);
        // Blush on the cheeks.
        for (int side = -1; side <= 1; side += 2) {
            double bu = side < 0 ? 0.285 : 0.715;
            double blush = Tone.gauss(Tone.hypot((u - bu) / 0.065, (v - 0.545) / 0.035));
            colour = Tone.mix(colour, new float[] {0.93f, 0.62f, 0.66f}, 0.45 * blush);
        }
        double print = 0.9 + 0.1 * Noise.value(x / 1.5, y / 1.5, 36);
        // Whiskers taper: lighter towards their tips.
        double taper = 1 - 0.55 * Tone.smoothstep(0.28, 0.34, Math.abs(u - 0.5));
        colour = Tone.mix(colour, ink, lines[p] * print * taper);
        double n = noseLayer.alpha[p];
        if (n > 0) {
            double hl = Tone.gauss(Tone.hypot((u - 0.485) / 0.018, (v - 0.515) / 0.008));
            float[] nc = Tone.mix(nose, new float[] {1f, 0.86f, 0.89f}, 0.6 * hl);
            colour = Tone.mix(colour, nc, n * print);
        }
        return colour;
    }
}

/**
 * A sheer lace mask (drawn for multiply blending): a tulle net, six-petal flowers in corded
 * outline with dense toile petals, wavy stems between them, a scalloped lower edge with a corded
 * border, thin black elastic loops. Alpha is the thread's cover, so skin shows through the net.
 */
final class LacePainter implements Painter {
    /** Net spacing and thread half-width, cm. */
    static final double NET = 0.22;
    static final double THREAD = 0.021;
    /** Motif grid, cm. */
    static final double MOTIF = 2.5;

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] lace = design.colour();
        ClothPainter.loops(c, t, 1, Tone.mix(lace, new float[] {0.3f, 0.3f, 0.3f}, 0.15), 10);
        Area base = Wear.body(c, c.curve(ClothPainter.TOP), 0.005, 0.03, 0.095);
        Area shape = scalloped(c, base, 0.50 * c.perCm, 0.26 * c.perCm, 0.53);
        shape.intersect(c.reach());
        Layer body = c.layer(shape, 2);
        float[] fine = c.fineDetail();
        double aa = 0.9 / c.perCm;
        double borderCm = 0.42;
        for (int y = body.box.y0(); y < body.box.y1(); y++) {
            for (int x = body.box.x0(); x < body.box.x1(); x++) {
                int p = y * n + x;
                if (body.alpha[p] <= 0) {
                    continue;
                }
                double s = ClothPainter.across(c.u(x));
                double tt = ClothPainter.up(c.v(y));
                double dcm = body.sd[p] / c.perCm;
                double net = 0;
                for (int k = 0; k < 3; k++) {
                    double a = Math.PI / 3 * k + 0.2;
                    double q = (s * Math.cos(a) + tt * Math.sin(a)) / NET;
                    double dist = Math.abs(q - Math.rint(q)) * NET;
                    net = Math.max(net, 1 - Tone.smoothstep(THREAD - aa, THREAD + aa, dist));
                }
                double[] motif = motif(s, tt, aa);
                // Toile is cloth stitch: threads crossing, a little open between them.
                double stitch = 0.5 + 0.5 * Math.sin(x * 1.9) * Math.sin(y * 1.9);
                double toile = motif[0] * (0.55 + 0.25 * stitch);
                double cord = motif[1];
                // Border: a dense band inside the edge, corded on both sides, the edge itself scalloped.
                double band = 1 - Tone.smoothstep(borderCm - aa, borderCm + aa, dcm);
                toile = Math.max(toile, band * (0.6 + 0.25 * stitch));
                cord = Math.max(cord, Tone.gauss((dcm - borderCm) / 0.03));
                cord = Math.max(cord, 1 - Tone.smoothstep(0.05, 0.09, dcm));
                double cover = Math.max(0.08 + 0.55 * net, Math.max(toile, cord));
                // Between the inner lips the pattern would smear: an even veil there.
                cover = cover * fine[p] + 0.45 * (1 - fine[p]);
                double shade = 0.9 + 0.25 * cord + 0.08 * (Noise.fbm(x / 2.0, y / 2.0, 61, 2) - 0.5);
                shade *= c.surface.light(p);
                t.over(p, lace, shade, body.alpha[p] * cover, 0.25, 0);
            }
        }
        return new Painting(t, new Part("mask", false), new Part("ear-loops", false));
    }

    /**
     * Toile (the dense, cloth-stitched fill of petals and leaves) and cordonnet (the raised thread
     * outlining them) of the motifs: five-petal flowers on a staggered grid, joined by a wavy stem
     * with a leaf at each crest.
     */
    static double[] motif(double s, double t, double aa) {
        double toile = 0;
        double cord = 0;
        double rowPitch = MOTIF * 0.78;
        int row = (int) Math.floor(t / rowPitch);
        for (int r = row - 1; r <= row + 1; r++) {
            double shift = (r & 1) == 0 ? 0 : MOTIF / 2;
            double cy = r * rowPitch + rowPitch / 2;
            int col = (int) Math.floor((s - shift) / MOTIF);
            for (int q = col - 1; q <= col + 1; q++) {
                double fx = q * MOTIF + shift + MOTIF / 2;
                double dx = s - fx;
                double dy = t - cy;
                double rho = Tone.hypot(dx, dy);
                double radius = 0.60;
                if (rho < radius * 1.15) {
                    double theta = Math.atan2(dy, dx) + 1.3 * Noise.hash(r, q, 62);
                    double edge = radius * (0.40 + 0.60 * Math.pow(Math.abs(Math.cos(2.5 * theta)), 0.7));
                    double in = 1 - Tone.smoothstep(edge - aa, edge + aa, rho);
                    double heart = Math.abs(rho - 0.2 * radius);
                    double vein = Math.abs(Math.sin(2.5 * theta)) * rho;
                    // Petals in toile, an open heart ringed in cord, a cord round every petal and a vein.
                    toile = Math.max(toile, in * Tone.smoothstep(0.18 * radius, 0.2 * radius, rho));
                    cord = Math.max(cord, 1 - Tone.smoothstep(0.018, 0.034, Math.abs(rho - edge)));
                    cord = Math.max(cord, 1 - Tone.smoothstep(0.015, 0.03, heart));
                    cord = Math.max(cord, 0.6 * in * (1 - Tone.smoothstep(0.008, 0.018, vein))
                            * Tone.smoothstep(0.35 * radius, 0.5 * radius, rho));
                }
                // The stem's leaf at the crest between this flower and the next.
                double lx = fx + MOTIF / 2;
                double ly = cy + 0.30;
                double along = (s - lx) * 0.8 + (t - ly) * 0.6;
                double across = -(s - lx) * 0.6 + (t - ly) * 0.8;
                double half = 0.13 * Math.sqrt(Math.max(0, 1 - along * along / (0.34 * 0.34)));
                double leafIn = 1 - Tone.smoothstep(half - aa, half + aa, Math.abs(across));
                if (leafIn > 0 || Math.abs(Math.abs(across) - half) < 0.05) {
                    toile = Math.max(toile, leafIn);
                    cord = Math.max(cord, (1 - Tone.smoothstep(0.015, 0.03, Math.abs(Math.abs(across)
                            - half))) * (Math.abs(along) < 0.34 ? 1 : 0));
                    cord = Math.max(cord, leafIn * (1 - Tone.smoothstep(0.008, 0.016, Math.abs(across))));
                }
            }
            // A wavy stem along the row, through the flowers.
            double stemY = cy + 0.30 * Math.sin(2 * Math.PI * (s - shift) / MOTIF - Math.PI / 2);
            double stem = 1 - Tone.smoothstep(0.016, 0.03, Math.abs(t - stemY));
            cord = Math.max(cord, 0.85 * stem);
        }
        return new double[] {toile, cord};
    }

    /**
     * {@code base} with scallops along its edge below layout v {@code fromV}: discs of radius
     * {@code radiusPx} centred on the edge every {@code spacingPx}.
     */
    static Area scalloped(LayoutCanvas c, Area base, double spacingPx, double radiusPx,
            double fromV) {
        Area out = new Area(base);
        java.awt.geom.PathIterator it = base.getPathIterator(null, 0.5);
        double[] q = new double[6];
        double px = 0;
        double py = 0;
        double sx = 0;
        double sy = 0;
        double carried = 0;
        while (!it.isDone()) {
            int type = it.currentSegment(q);
            if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
                px = sx = q[0];
                py = sy = q[1];
            } else {
                double qx = type == java.awt.geom.PathIterator.SEG_CLOSE ? sx : q[0];
                double qy = type == java.awt.geom.PathIterator.SEG_CLOSE ? sy : q[1];
                double len = Tone.hypot(qx - px, qy - py);
                double at = spacingPx - carried;
                while (at <= len) {
                    double ex = px + (qx - px) * at / len;
                    double ey = py + (qy - py) * at / len;
                    if (ey > c.y(fromV)) {
                        out.add(new Area(new Ellipse2D.Double(ex - radiusPx, ey - radiusPx, 2 * radiusPx,
                                2 * radiusPx)));
                    }
                    at += spacingPx;
                }
                carried = len - (at - spacingPx);
                px = qx;
                py = qy;
            }
            it.next();
        }
        return out;
    }
}

/**
 * An evening mask covered in sequins: rows of cupped metal discs sewn overlapping like scales,
 * each tipped a little differently so that a few catch the light, over black crêpe with a satin
 * binding.
 */
final class SequinPainter implements Painter {
    /** Sequin pitch along a row, row pitch and radius, cm. */
    static final double COL = 0.44;
    static final double ROW = 0.29;
    static final double RADIUS = 0.235;
    static final double[] HALF = unit(-0.30 + 0, 0.40, 0.866 + 1);

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] fabric = design.accent();
        ClothPainter.loops(c, t, 1, Tone.mix(fabric, new float[] {0.3f, 0.3f, 0.3f}, 0.2), 11);
        Layer body = c.layer(ClothPainter.outline(c), 2.5);
        float[] metal = design.colour();
        float[] fine = c.fineDetail();
        double binding = 11;
        for (int y = body.box.y0(); y < body.box.y1(); y++) {
            for (int x = body.box.x0(); x < body.box.x1(); x++) {
                int p = y * n + x;
                if (body.alpha[p] <= 0) {
                    continue;
                }
                double d = body.sd[p];
                double light = c.surface.light(p);
                float[] colour;
                double shade;
                if (d < binding) {
                    // Satin binding round the edge: a rolled band with a sheen.
                    double s = Tone.clamp(d / binding);
                    colour = fabric;
                    shade = (0.75 + 0.5 * Math.sin(Math.PI * s)) * light
                            + 0.25 * Tone.gauss((s - 0.4) / 0.2);
                } else {
                    double s = ClothPainter.across(c.u(x));
                    double tt = ClothPainter.up(c.v(y));
                    double[] hit = sequin(s, tt);
                    if (hit == null) {
                        colour = fabric;
                        shade = 0.7 * light;
                    } else {
                        float[] nrm = {c.surface.normal[3 * p], c.surface.normal[3 * p + 1],
                                c.surface.normal[3 * p + 2]};
                        colour = lit(metal, hit, nrm, light);
                        shade = 1;
                    }
                    // Between the inner lips: the average sequin, varying only across (columns of sequins
                    // drawn out, should the mouth open), no sparkle.
                    double column = 0.85 * (0.88 + 0.24 * Noise.value(x / 7.0, 0.5, 95));
                    colour = Tone.mix(Tone.scale(metal, column * light), Tone.scale(colour, shade), fine[p]);
                    shade = 1;
                    shade *= 0.8 + 0.2 * Tone.smoothstep(binding, binding + 4, d);
                }
                t.over(p, colour, shade, body.alpha[p], 0);
            }
        }
        return new Painting(t, new Part("mask", false), new Part("ear-loops", false));
    }

    /**
     * The sequin on top at cloth point (s, t): {tilt x, tilt y, distance from its centre / radius,
     * shadow cast by the row above, hash}; null over bare fabric. Rows overlap like fish scales:
     * each row lies over the top of the row below, so a sequin shows its whole lower rim.
     */
    static double[] sequin(double s, double t) {
        int row0 = (int) Math.floor(t / ROW);
        double above = 9;
        for (int r = row0 + 2; r >= row0; r--) {
            double shift = (r & 1) == 0 ? 0 : COL / 2;
            int col0 = (int) Math.floor((s - shift) / COL);
            double nearest = 9;
            int hitCol = 0;
            for (int q = col0 - 1; q <= col0 + 1; q++) {
                double cx = q * COL + shift + COL / 2;
                double cy = r * ROW;
                double dist = Tone.hypot(s - cx, t - cy) / RADIUS;
                if (dist < nearest) {
                    nearest = dist;
                    hitCol = q;
                }
            }
            if (nearest < 1) {
                double cx = hitCol * COL + shift + COL / 2;
                double cy = r * ROW;
                double tx = 0.55 * (Noise.hash(hitCol, r, 93) - 0.5) + 0.25 * (s - cx) / RADIUS;
                double ty = 0.55 * (Noise.hash(hitCol, r, 94) - 0.5) + 0.25 * (t - cy) / RADIUS;
                double shadow = Tone.clamp(1 - (above - 1) / 0.25);
                return new double[] {tx, ty, nearest, shadow, Noise.hash(hitCol, r, 92)};
            }
            above = Math.min(above, nearest);
        }
        return null;
    }

    /** A sequin's colour: metal lit by its own tipped normal, a specular glint, hole and rim. */
    static float[] lit(float[] metal, double[] hit, float[] faceNormal, double faceLight) {
        double nx = faceNormal[0] + hit[0];
        double ny = faceNormal[1] + hit[1];
        double nz = faceNormal[2];
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        nx /= len;
        ny /= len;
        nz /= len;
        double diffuse = SurfaceMap.light(nx, ny, nz);
        double spec = Math.pow(Math.max(0, nx * HALF[0] + ny * HALF[1] + nz * HALF[2]), 90);
        double dist = hit[2];
        double shade = (0.40 + 0.62 * (diffuse - 0.7) / 0.35) * (0.8 + 0.4 * hit[4]);
        shade *= 1 - 0.35 * Tone.smoothstep(0.82, 1.0, dist); // cupped rim
        shade *= 1 - 0.45 * hit[3]; // shadow of the sequin on top
        float[] c = Tone.scale(metal, shade * faceLight / 0.95);
        c = Tone.mix(c, new float[] {1f, 0.98f, 0.92f}, Tone.clamp(1.3 * spec));
        double hole = 1 - Tone.smoothstep(0.09, 0.15, dist);
        return Tone.mix(c, Tone.scale(metal, 0.35), 0.6 * hole);
    }

    static double[] unit(double x, double y, double z) {
        double len = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / len, y / len, z / len};
    }
}

/**
 * A Venetian eye mask: black velvet with cat-eye openings and wings that sweep past the temples,
 * a bevelled gold rim, gold filigree scrolls, three set stones, satin ribbon ties. The mask is a
 * stiff shell (rigid); the ribbons follow the head.
 */
final class MasqueradePainter implements Painter {
    /** Left half of the outline, (u, v): from the brow dip on the midline to the wing tip. */
    static final double[][] TOP_LEFT = {{0.500, 0.300}, {0.455, 0.262}, {0.400, 0.234},
            {0.330, 0.218}, {0.255, 0.214}, {0.180, 0.203}, {0.112, 0.184}, {0.050, 0.158},
            {0.002, 0.128}};
    /** From the wing tip down the outer side and along the cheekbone to the nose bridge. */
    static final double[][] LOWER_LEFT = {{0.002, 0.128}, {0.030, 0.185}, {0.062, 0.255},
            {0.082, 0.325}, {0.112, 0.390}, {0.160, 0.434}, {0.225, 0.460}, {0.300, 0.472},
            {0.370, 0.460}, {0.430, 0.438}, {0.470, 0.426}, {0.500, 0.421}};
    static final double[][] RIBBON = {{0.090, 0.300}, {0.040, 0.305}, {-0.020, 0.318},
            {-0.075, 0.332}, {-0.120, 0.342}};
    static final int[] RIGHT_EYE = {33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145,
            144, 163, 7};
    static final int[] LEFT_EYE = {263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374,
            373, 390, 249};
    static final double RIM = 9;

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] velvet = design.colour();
        float[] gold = design.accent();
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(RIBBON, side), 24, Tone.mix(velvet, gold, 0.08), 60, 0.2,
                    1);
        }
        Path2D.Double outline = c.curve(TOP_LEFT);
        c.appendCurve(outline, LOWER_LEFT, true);
        c.appendCurve(outline, Kn95Painter.mirror(LOWER_LEFT), true);
        c.appendCurve(outline, Kn95Painter.mirror(TOP_LEFT), true);
        outline.closePath();
        Area shape = new Area(outline);
        shape.intersect(c.reach());
        shape.subtract(new Area(eyeHole(c, RIGHT_EYE, -1, 1.32, 1.85)));
        shape.subtract(new Area(eyeHole(c, LEFT_EYE, 1, 1.32, 1.85)));
        Layer mask = c.layer(shape, 2);
        float[] filigree = c.strokeCoverage(filigree(c), 5.0);
        double[][] stones = {{0.500, 0.330, 12}, {0.192, 0.262, 7}, {0.808, 0.262, 7}};
        for (int y = mask.box.y0(); y < mask.box.y1(); y++) {
            for (int x = mask.box.x0(); x < mask.box.x1(); x++) {
                int p = y * n + x;
                if (mask.alpha[p] <= 0) {
                    continue;
                }
                double d = mask.sd[p];
                float nz = c.surface.normal[3 * p + 2];
                double light = c.surface.light(p);
                // Velvet: dark pile with a soft sheen where the surface turns away.
                double pile = 1 + 0.25 * (Noise.fbm(x / 1.6, y / 1.6, 41, 2) - 0.5);
                float[] colour = velvet;
                double shade = pile * light;
                double sheen = 0.16 * Math.pow(1 - nz, 1.5) + 0.05 * (Noise.fbm(x / 30.0, y / 30.0, 42, 3));
                colour = Tone.mix(colour, new float[] {0.55f, 0.52f, 0.58f}, sheen);
                // Gold: filigree and a bevelled rim round every edge.
                double rim = 1 - Tone.smoothstep(RIM - 1, RIM + 0.5, d);
                double metal = Math.max(rim, filigree[p]);
                if (metal > 0) {
                    double bevel = rim > filigree[p] ? Math.sin(Math.PI * Tone.clamp(d / RIM)) : 0.7;
                    double glint = Math.pow(Tone.clamp(light - 0.80) / 0.24, 3);
                    double metalShade = (0.55 + 0.55 * bevel) * light + 0.35 * glint * bevel;
                    metalShade *= 1 + 0.10 * (Noise.fbm(x / 3.0, y / 3.0, 43, 2) - 0.5);
                    float[] lit = Tone.mix(gold, new float[] {1f, 0.96f, 0.82f}, 0.3 * glint);
                    colour = Tone.mix(colour, lit, metal);
                    shade = shade + (metalShade - shade) * metal;
                    // The rim's inner step shadows the velvet next to it.
                    shade *= 1 - 0.25 * Tone.gauss((d - RIM - 1.5) / 1.5) * (1 - metal);
                }
                for (double[] st : stones) {
                    double[] cs = Jewel.stone(c, x, y, st[0], st[1], st[2], gold, colour, shade, light,
                            new float[] {0.62f, 0.70f, 0.80f});
                    colour = new float[] {(float) cs[0], (float) cs[1], (float) cs[2]};
                    shade = cs[3];
                }
                t.over(p, colour, shade, mask.alpha[p], 0);
            }
        }
        return new Painting(t, new Part("mask", true), new Part("ribbons", false));
    }

    /** A cat-eye opening round one eye: the eye contour enlarged, its outer corner swept up. */
    static Path2D.Double eyeHole(LayoutCanvas c, int[] contour, int outward, double sx,
            double sy) {
        double mx = 0;
        double my = 0;
        for (int lm : contour) {
            mx += c.at(lm).x;
            my += c.at(lm).y;
        }
        mx /= contour.length;
        my /= contour.length;
        List<Point2D.Double> pts = new ArrayList<>();
        for (int i = 0; i < contour.length; i++) {
            Point2D.Double q = c.at(contour[i]);
            double ex = (q.x - mx) * sx;
            double ey = (q.y - my) * sy - 3;
            pts.add(new Point2D.Double(mx + ex, my + ey));
        }
        // Index 0 is the outer corner (landmark 33 or 263): sweep it out and up.
        Point2D.Double outer = pts.get(0);
        pts.set(0, new Point2D.Double(outer.x + outward * 20, outer.y - 13));
        return LayoutCanvas.closedCurve(pts);
    }

    /** Gold scrolls over the brows and along the wings, left side drawn and mirrored. */
    static Shape filigree(LayoutCanvas c) {
        Path2D.Double left = new Path2D.Double();
        // Brow scroll: from the midline over the eye, ending in a curl.
        left.append(c.curve(new double[][] {{0.470, 0.300}, {0.420, 0.270}, {0.350, 0.257},
                {0.285, 0.262}, {0.245, 0.283}}), false);
        left.append(spiral(c.x(0.245) + 11, c.y(0.283) + 1, 12, 1.6, Math.PI, 1), false);
        // Wing scroll: along the wing's upper edge towards its tip.
        left.append(c.curve(new double[][] {{0.215, 0.238}, {0.150, 0.232}, {0.090, 0.212},
                {0.048, 0.185}}), false);
        // Side scroll: from the wing down towards the cheek, ending in a smaller curl.
        left.append(c.curve(new double[][] {{0.150, 0.262}, {0.140, 0.310}, {0.152, 0.355},
                {0.185, 0.395}}), false);
        left.append(spiral(c.x(0.185) + 8, c.y(0.395) - 6, 9, 1.4, Math.PI * 0.75, -1), false);
        // Lower scroll under the eye.
        left.append(c.curve(new double[][] {{0.250, 0.440}, {0.300, 0.449}, {0.355, 0.441},
                {0.400, 0.425}}), false);
        Path2D.Double both = new Path2D.Double(left);
        AffineTransform flip = new AffineTransform(-1, 0, 0, 1, c.size, 0);
        both.append(flip.createTransformedShape(left), false);
        return both;
    }

    /** A spiral of {@code turns} turns, radius shrinking from {@code r0} to a small curl. */
    static Path2D.Double spiral(double cx, double cy, double r0, double turns, double start,
            int direction) {
        Path2D.Double path = new Path2D.Double();
        int steps = 80;
        for (int i = 0; i <= steps; i++) {
            double f = i / (double) steps;
            double angle = start + direction * f * turns * 2 * Math.PI;
            double r = r0 * (1 - 0.8 * f);
            double px = cx + r * Math.cos(angle);
            double py = cy + r * Math.sin(angle);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        return path;
    }
}

/** A faceted stone in a metal setting, composed onto a texel's colour. */
final class Jewel {
    private Jewel() {
    }

    /** Returns {r, g, b, shade} after laying the stone at (u, v), radius px, over the colour. */
    static double[] stone(LayoutCanvas c, int x, int y, double u, double v, double radius,
            float[] setting, float[] colour, double shade, double light, float[] gem) {
        double r = Tone.hypot(x + 0.5 - c.x(u), y + 0.5 - c.y(v));
        double ring = Tone.smoothstep(radius + 3, radius + 1.5, r);
        double inner = Tone.smoothstep(radius + 0.5, radius - 0.5, r);
        float[] out = colour;
        if (ring > 0) {
            out = Tone.mix(out, setting, ring);
            shade = shade + (0.9 * light - shade) * ring;
        }
        if (inner > 0) {
            double ox = (x + 0.5 - c.x(u)) / radius;
            double oy = (y + 0.5 - c.y(v)) / radius;
            double facet = 0.65 + 0.35 * Math.cos(6 * Math.atan2(oy, ox)) * Tone.hypot(ox, oy);
            double glint = Tone.gauss(Tone.hypot(ox + 0.35, oy + 0.35) / 0.25);
            float[] lit = Tone.mix(gem, new float[] {1, 1, 1}, Tone.clamp(0.35 * facet + glint));
            out = Tone.mix(out, lit, inner);
            shade = shade + (light * (0.8 + 0.3 * facet) - shade) * inner;
        }
        return new double[] {out[0], out[1], out[2], shade};
    }
}

/**
 * A Columbina half mask in glittering satin with a silver rim and silver scrolls, a plume of
 * peacock feathers rising over the subject's left temple from a jewelled brooch, and ribbon
 * ties. Mask and plume are one stiff piece (rigid); the ribbons follow the head.
 */
final class PlumePainter implements Painter {
    static final double[][] TOP_LEFT = {{0.500, 0.292}, {0.450, 0.252}, {0.380, 0.227},
            {0.300, 0.219}, {0.225, 0.223}, {0.160, 0.236}, {0.108, 0.256}, {0.070, 0.280}};
    static final double[][] LOWER_LEFT = {{0.070, 0.280}, {0.076, 0.330}, {0.098, 0.385},
            {0.142, 0.428}, {0.210, 0.458}, {0.290, 0.470}, {0.365, 0.458}, {0.430, 0.436},
            {0.470, 0.425}, {0.500, 0.421}};
    static final double[][] RIBBON = {{0.100, 0.310}, {0.050, 0.315}, {-0.010, 0.325},
            {-0.070, 0.338}, {-0.120, 0.348}};
    /** Feathers, back to front: base u, v; tip u, v; bend (layout units); vane width px. */
    static final double[][] FEATHERS = {
            {0.808, 0.258, 0.700, -0.020, -0.030, 64},
            {0.828, 0.262, 1.010, 0.065, 0.025, 60},
            {0.812, 0.255, 0.752, -0.070, -0.015, 72},
            {0.822, 0.257, 0.955, -0.005, 0.025, 70},
            {0.815, 0.255, 0.825, -0.072, 0.010, 76},
            {0.819, 0.255, 0.895, -0.045, 0.020, 74}};
    static final double[] BROOCH = {0.818, 0.262};

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] satin = design.colour();
        float[] silver = design.accent();
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(RIBBON, side), 22, Tone.scale(satin, 0.9), 60, 0.2, 1);
        }
        Path2D.Double outline = c.curve(TOP_LEFT);
        c.appendCurve(outline, LOWER_LEFT, true);
        c.appendCurve(outline, Kn95Painter.mirror(LOWER_LEFT), true);
        c.appendCurve(outline, Kn95Painter.mirror(TOP_LEFT), true);
        outline.closePath();
        Area shape = new Area(outline);
        shape.subtract(new Area(MasqueradePainter.eyeHole(c, MasqueradePainter.RIGHT_EYE, -1, 1.35,
                1.9)));
        shape.subtract(new Area(MasqueradePainter.eyeHole(c, MasqueradePainter.LEFT_EYE, 1, 1.35,
                1.9)));
        Layer mask = c.layer(shape, 2);
        float[] scrolls = c.strokeCoverage(scrolls(c), 6.0);
        for (int y = mask.box.y0(); y < mask.box.y1(); y++) {
            for (int x = mask.box.x0(); x < mask.box.x1(); x++) {
                int p = y * n + x;
                if (mask.alpha[p] <= 0) {
                    continue;
                }
                double d = mask.sd[p];
                double light = c.surface.light(p);
                float nz = c.surface.normal[3 * p + 2];
                // Satin with fine glitter: a broad sheen and scattered sparkles.
                double shade = light * (0.9 + 0.25 * Math.pow(1 - nz, 1.2)
                        + 0.06 * (Noise.fbm(x / 25.0, y / 25.0, 101, 3) - 0.5));
                double sparkle = Noise.hash(x, y, 102) > 0.985 ? 0.7 * Noise.hash(x, y, 103) : 0;
                float[] colour = Tone.mix(satin, new float[] {0.85f, 0.95f, 0.97f}, sparkle);
                double rim = 1 - Tone.smoothstep(7, 8.5, d);
                double metal = Math.max(rim, scrolls[p]);
                if (metal > 0) {
                    double bevel = rim >= scrolls[p] ? Math.sin(Math.PI * Tone.clamp(d / 8)) : 0.75;
                    double glint = Math.pow(Tone.clamp(light - 0.8) / 0.24, 3);
                    double ms = (0.62 + 0.45 * bevel) * light + 0.3 * glint * bevel
                            + 0.18 * (Noise.hash(x, y, 104) > 0.93 ? 1 : 0);
                    colour = Tone.mix(colour, silver, metal);
                    shade = shade + (ms - shade) * metal;
                    shade *= 1 - 0.22 * Tone.gauss((d - 10) / 1.5) * (1 - metal);
                }
                t.over(p, colour, shade, mask.alpha[p], 0);
            }
        }
        feathers(c, t);
        // The brooch that holds the plume.
        Box box = new Box((int) c.x(BROOCH[0]) - 30, (int) c.y(BROOCH[1]) - 30,
                (int) c.x(BROOCH[0]) + 30, (int) c.y(BROOCH[1]) + 30);
        for (int y = box.y0(); y < box.y1(); y++) {
            for (int x = box.x0(); x < box.x1(); x++) {
                int p = y * n + x;
                double r = Tone.hypot(x + 0.5 - c.x(BROOCH[0]), y + 0.5 - c.y(BROOCH[1]));
                double cover = 1 - Tone.smoothstep(19, 21, r);
                if (cover <= 0) {
                    continue;
                }
                double light = c.surface.light(p);
                double[] cs = Jewel.stone(c, x, y, BROOCH[0], BROOCH[1], 13, silver, silver,
                        light * (0.8 + 0.3 * Math.cos(r / 2.0)), light, new float[] {0.20f, 0.55f, 0.62f});
                t.over(p, new float[] {(float) cs[0], (float) cs[1], (float) cs[2]}, cs[3], cover, 0);
            }
        }
        return new Painting(t, new Part("mask", true), new Part("ribbons", false));
    }

    /** Silver scrolls over the brows and round the eyes. */
    static Shape scrolls(LayoutCanvas c) {
        Path2D.Double left = new Path2D.Double();
        left.append(c.curve(new double[][] {{0.462, 0.292}, {0.405, 0.262}, {0.330, 0.250},
                {0.262, 0.256}, {0.218, 0.276}}), false);
        left.append(MasqueradePainter.spiral(c.x(0.218) + 10, c.y(0.276) + 1, 11, 1.5, Math.PI, 1),
                false);
        left.append(c.curve(new double[][] {{0.130, 0.300}, {0.125, 0.345}, {0.150, 0.392},
                {0.200, 0.428}, {0.270, 0.446}}), false);
        Path2D.Double both = new Path2D.Double(left);
        both.append(new AffineTransform(-1, 0, 0, 1, c.size, 0).createTransformedShape(left), false);
        return both;
    }

    /** Peacock feathers: a rachis, fringed vanes of fine barbs, an eye near the tip. */
    static void feathers(LayoutCanvas c, Texture t) {
        int n = c.size;
        Box plume = new Box(n, n, 0, 0);
        for (double[] fe : FEATHERS) {
            Path2D.Double line = new Path2D.Double();
            line.moveTo(c.x(fe[0]), c.y(fe[1]));
            line.lineTo(c.x(fe[2]), c.y(fe[3]));
            plume = plume.union(Box.around(line, (int) fe[5] + 30, n));
        }
        float[] reach = c.coverage(c.reach(), plume);
        for (int f = 0; f < FEATHERS.length; f++) {
            double[] fe = FEATHERS[f];
            Point2D.Double b = c.at(fe[0], fe[1]);
            Point2D.Double tip = c.at(fe[2], fe[3]);
            double lx = tip.x - b.x;
            double ly = tip.y - b.y;
            double length = Tone.hypot(lx, ly);
            // Quadratic spine, bent sideways by fe[4], sampled as a polyline.
            double mx = (b.x + tip.x) / 2 - ly / length * fe[4] * c.face;
            double my = (b.y + tip.y) / 2 + lx / length * fe[4] * c.face;
            int segs = 32;
            double[] sx = new double[segs + 1];
            double[] sy = new double[segs + 1];
            for (int i = 0; i <= segs; i++) {
                double s = i / (double) segs;
                sx[i] = (1 - s) * (1 - s) * b.x + 2 * s * (1 - s) * mx + s * s * tip.x;
                sy[i] = (1 - s) * (1 - s) * b.y + 2 * s * (1 - s) * my + s * s * tip.y;
            }
            double width = fe[5];
            int x0 = (int) Math.max(0, Math.min(b.x, Math.min(tip.x, mx)) - width);
            int x1 = (int) Math.min(n, Math.max(b.x, Math.max(tip.x, mx)) + width);
            int y0 = (int) Math.max(0, Math.min(b.y, Math.min(tip.y, my)) - width);
            int y1 = (int) Math.min(n, Math.max(b.y, Math.max(tip.y, my)) + width);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int p = y * n + x;
                    if (reach[p] <= 0) {
                        continue;
                    }
                    // Nearest point of the spine: parameter s, signed distance across.
                    double best = Double.MAX_VALUE;
                    double bestS = 0;
                    double across = 0;
                    for (int i = 0; i < segs; i++) {
                        double ex = sx[i + 1] - sx[i];
                        double ey = sy[i + 1] - sy[i];
                        double e2 = ex * ex + ey * ey;
                        double w = Tone.clamp(((x + 0.5 - sx[i]) * ex + (y + 0.5 - sy[i]) * ey) / e2);
                        double qx = sx[i] + w * ex - (x + 0.5);
                        double qy = sy[i] + w * ey - (y + 0.5);
                        double dist = qx * qx + qy * qy;
                        if (dist < best) {
                            best = dist;
                            bestS = (i + w) / segs;
                            across = (ex * (y + 0.5 - sy[i]) - ey * (x + 0.5 - sx[i])) / Math.sqrt(e2);
                        }
                    }
                    double s = bestS;
                    double dist = Math.sqrt(best); // past the tip this is the distance to the tip
                    across = Math.copySign(dist, across);
                    // Vane: sparse wisps along the quill, a broad rounded eye at the end.
                    double half = width / 2 * (0.30 + 0.70 * Tone.smoothstep(0.35, 0.78, s))
                            * Math.sqrt(Math.max(0, 1 - Math.pow(Math.max(0, s - 0.80) / 0.20, 2)));
                    double barbPhase = (s * length - dist * 0.8) / 3.4;
                    double barb = 0.5 + 0.5 * Math.sin(2 * Math.PI * barbPhase);
                    double wisp = Noise.value(s * 26, f * 7.3 + Math.signum(across), 105);
                    double fringe = half * (0.78 + 0.22 * barb) * (0.8 + 0.35 * wisp);
                    double vane = 1 - Tone.smoothstep(fringe - 2.5, fringe + 0.5, dist);
                    double rachis = (1 - Tone.smoothstep(1.0, 2.0, dist))
                            * (1 - Tone.smoothstep(0.70, 0.80, s)) * 0.85;
                    // Barbs are sparse on the shaft, dense in the eye.
                    double density = 0.35 + 0.65 * Tone.smoothstep(0.5, 0.72, s);
                    double cover = Math.max(vane * (density * (0.55 + 0.45 * barb) + 0.25 * density)
                            * Tone.smoothstep(0.0, 0.1, s), rachis);
                    cover = Math.min(1, cover);
                    if (cover <= 0) {
                        continue;
                    }
                    // Colour: bronze-green vane, the eye's rings near the tip, a pale rachis.
                    float[] colour = Tone.mix(new float[] {0.30f, 0.40f, 0.16f},
                            new float[] {0.20f, 0.46f, 0.40f}, Tone.smoothstep(0.2, 0.7, s));
                    double ex = (s - 0.82) * length / (0.50 * width);
                    double ey = across / (0.40 * width);
                    double er = Tone.hypot(ex, ey);
                    colour = Tone.mix(colour, new float[] {0.62f, 0.52f, 0.22f},
                            1 - Tone.smoothstep(0.95, 1.05, er));
                    colour = Tone.mix(colour, new float[] {0.10f, 0.55f, 0.55f},
                            1 - Tone.smoothstep(0.68, 0.76, er));
                    colour = Tone.mix(colour, new float[] {0.04f, 0.12f, 0.38f},
                            1 - Tone.smoothstep(0.38, 0.46, er));
                    colour = Tone.mix(colour, new float[] {0.72f, 0.66f, 0.48f}, rachis);
                    double shade = (0.72 + 0.35 * barb) * c.surface.light(p)
                            + 0.2 * Math.pow(barb, 8) * Tone.smoothstep(0.3, 0.8, s);
                    t.over(p, colour, shade, cover * reach[p], 0);
                }
            }
        }
    }
}

/**
 * A Venetian Volto: a full-face carnival mask of ivory lacquer over papier-mâché, from the
 * hairline to the chin, with almond eye openings, gilded edges and brow scrolls, a gilded
 * diamond on the forehead, painted lips and a little rouge, fine craquelure, and ribbon ties.
 * A hard shell (rigid); the ribbons follow the head.
 */
final class VoltoPainter implements Painter {
    static final double[][] RIBBON = {{0.050, 0.355}, {0.000, 0.360}, {-0.055, 0.372},
            {-0.120, 0.385}};
    static final int[] LIPS = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405,
            314, 17, 84, 181, 91, 146};
    static final double EDGE = 15;

    @Override
    public Painting paint(MaskDesign design, LayoutCanvas c) {
        int n = c.size;
        Texture t = new Texture(n);
        float[] ivory = design.colour();
        float[] gold = design.accent();
        for (int side = -1; side <= 1; side += 2) {
            Wear.band(c, t, 1, Wear.side(RIBBON, side), 24, new float[] {0.55f, 0.10f, 0.14f}, 60,
                    0.2, 1);
        }
        // Outline: past the oval by k, most over the forehead (to the hairline), least at the jaw.
        double[][] kAt = {{0, 0.16}, {3, 0.13}, {6, 0.06}, {8, 0.025}, {12, 0.025}, {18, 0.045}};
        Area shape = new Area(c.ringCurve(j -> {
            double d = Math.min(j, 36 - j);
            for (int i = 1; i < kAt.length; i++) {
                if (d <= kAt[i][0]) {
                    double f = (d - kAt[i - 1][0]) / (kAt[i][0] - kAt[i - 1][0]);
                    return kAt[i - 1][1] + (kAt[i][1] - kAt[i - 1][1]) * f;
                }
            }
            return kAt[kAt.length - 1][1];
        }));
        shape.intersect(c.reach());
        shape.subtract(new Area(MasqueradePainter.eyeHole(c, MasqueradePainter.RIGHT_EYE, -1, 1.45,
                2.1)));
        shape.subtract(new Area(MasqueradePainter.eyeHole(c, MasqueradePainter.LEFT_EYE, 1, 1.45,
                2.1)));
        Layer mask = c.layer(shape, 2.5);
        float[] scroll = c.strokeCoverage(scrolls(c), 7.0);
        Layer lips = c.layer(lipShape(c), 2.5);
        Layer diamond = c.layer(c.closedCurve(new double[][] {{0.500, 0.105}, {0.540, 0.165},
                {0.500, 0.225}, {0.460, 0.165}}), 1.5);
        float[] fine = c.fineDetail();
        float[] red = {0.66f, 0.08f, 0.12f};
        for (int y = mask.box.y0(); y < mask.box.y1(); y++) {
            for (int x = mask.box.x0(); x < mask.box.x1(); x++) {
                int p = y * n + x;
                if (mask.alpha[p] <= 0) {
                    continue;
                }
                double u = c.u(x);
                double v = c.v(y);
                double d = mask.sd[p];
                double light = c.surface.light(p);
                float[] nrm = {c.surface.normal[3 * p], c.surface.normal[3 * p + 1],
                        c.surface.normal[3 * p + 2]};
                // Lacquer: ivory with a faint mottle, craquelure, rouge.
                float[] colour = Tone.scale(ivory, 1 + 0.04 * (Noise.fbm(x / 40.0, y / 40.0, 111, 3)
                        - 0.5));
                double crack = fine[p] * craquelure(x / (0.4 * c.perCm), y / (0.4 * c.perCm));
                colour = Tone.scale(colour, 1 - 0.05 * crack);
                for (int side = -1; side <= 1; side += 2) {
                    double ru = side < 0 ? 0.27 : 0.73;
                    double rouge = Tone.gauss(Tone.hypot((u - ru) / 0.075, (v - 0.575) / 0.06));
                    colour = Tone.mix(colour, new float[] {0.88f, 0.55f, 0.55f}, 0.35 * rouge);
                }
                // Painted lips; the parting between them is the mouth strip, painted dark.
                double lip = lips.alpha[p];
                if (lip > 0) {
                    double gloss = Tone.gauss(Tone.hypot((u - 0.47) / 0.03, (v - 0.717) / 0.008));
                    float[] lc = Tone.mix(red, new float[] {1f, 0.85f, 0.85f}, 0.5 * gloss);
                    lc = Tone.mix(Tone.scale(red, 0.35), lc, fine[p]);
                    colour = Tone.mix(colour, lc, lip);
                }
                // A hard shell shows its form more than skin does.
                double shade = 1 + 1.4 * (light - 1);
                // Gilding: the edge band (round the eyes too), brow scrolls, the forehead diamond.
                double edge = 1 - Tone.smoothstep(EDGE - 1, EDGE + 0.5, d);
                double dia = diamond.alpha[p];
                double gilt = Math.max(edge, Math.max(scroll[p], dia));
                if (gilt > 0) {
                    double leaf = 0.85 + 0.3 * Noise.fbm(x / 3.0, y / 3.0, 112, 2)
                            - 0.25 * crack;
                    double bevel = edge >= scroll[p] && edge >= dia
                            ? 0.75 + 0.35 * Math.sin(Math.PI * Tone.clamp(d / EDGE)) : 1.0;
                    if (dia > 0 && dia >= edge) {
                        bevel = 0.8 + 0.3 * Tone.smoothstep(0, 12, diamond.sd[p])
                                - 0.2 * Tone.gauss(Math.abs(u - 0.5) * c.face / 1.5);
                    }
                    double glint = Math.pow(Tone.clamp(light - 0.8) / 0.24, 3);
                    colour = Tone.mix(colour, Tone.mix(gold, new float[] {1f, 0.95f, 0.78f}, 0.35 * glint),
                            gilt);
                    shade = shade + (leaf * bevel * light + 0.3 * glint - shade) * gilt;
                }
                // A thin dark line where the gilding meets the lacquer; the eye openings' cut edge.
                shade *= 1 - 0.25 * Tone.gauss((d - EDGE - 1) / 1.1);
                shade *= 0.8 + 0.2 * Tone.smoothstep(0, 3, d);
                // Lacquer gloss from the key light.
                double spec = Math.pow(Math.max(0, nrm[0] * SequinPainter.HALF[0]
                        + nrm[1] * SequinPainter.HALF[1] + nrm[2] * SequinPainter.HALF[2]), 24);
                colour = Tone.mix(colour, new float[] {1, 1, 1}, 0.22 * spec * (1 - gilt));
                t.over(p, colour, shade, mask.alpha[p], 0);
            }
        }
        return new Painting(t, new Part("mask", true), new Part("ribbons", false));
    }

    /** The painted mouth: the lip contour, a touch fuller, its bow sharpened. */
    static Path2D.Double lipShape(LayoutCanvas c) {
        List<Point2D.Double> pts = new ArrayList<>();
        Point2D.Double centre = c.at(0.5, 0.705);
        for (int lm : LIPS) {
            Point2D.Double q = c.at(lm);
            pts.add(new Point2D.Double(centre.x + (q.x - centre.x) * 0.92,
                    centre.y + (q.y - centre.y) * 1.08));
        }
        return LayoutCanvas.closedCurve(pts);
    }

    /** Gilded scrolls: over the brows, down the temples, a tendril each side of the diamond. */
    static Shape scrolls(LayoutCanvas c) {
        Path2D.Double left = new Path2D.Double();
        left.append(c.curve(new double[][] {{0.465, 0.290}, {0.410, 0.258}, {0.340, 0.244},
                {0.270, 0.250}, {0.215, 0.272}}), false);
        left.append(MasqueradePainter.spiral(c.x(0.215) + 13, c.y(0.272) + 1, 14, 1.6, Math.PI, 1),
                false);
        left.append(c.curve(new double[][] {{0.455, 0.180}, {0.400, 0.160}, {0.340, 0.170},
                {0.310, 0.200}}), false);
        left.append(MasqueradePainter.spiral(c.x(0.310) + 12, c.y(0.200) - 2, 12, 1.4,
                Math.PI * 0.9, -1), false);
        left.append(c.curve(new double[][] {{0.120, 0.320}, {0.110, 0.400}, {0.130, 0.480},
                {0.170, 0.540}}), false);
        left.append(MasqueradePainter.spiral(c.x(0.170) + 10, c.y(0.540) - 5, 10, 1.3,
                Math.PI * 0.7, -1), false);
        Path2D.Double both = new Path2D.Double(left);
        both.append(new AffineTransform(-1, 0, 0, 1, c.size, 0).createTransformedShape(left), false);
        return both;
    }

    /** Fine cracks in the lacquer: 1 on the borders of a jittered cell pattern, 0 inside. */
    static double craquelure(double x, double y) {
        int xi = (int) Math.floor(x);
        int yi = (int) Math.floor(y);
        double f1 = 9;
        double f2 = 9;
        for (int j = -1; j <= 1; j++) {
            for (int i = -1; i <= 1; i++) {
                double px = xi + i + Noise.hash(xi + i, yi + j, 113);
                double py = yi + j + Noise.hash(xi + i, yi + j, 114);
                double dd = Tone.hypot(x - px, y - py);
                if (dd < f1) {
                    f2 = f1;
                    f1 = dd;
                } else if (dd < f2) {
                    f2 = dd;
                }
            }
        }
        return 1 - Tone.smoothstep(0.015, 0.05, f2 - f1);
    }
}

// ------------------------------------------------------------------------------------------
// Outputs: mesh binding and metadata, thumbnail
// ------------------------------------------------------------------------------------------

/**
 * The mesh a mask needs, as metadata, made by the core's MeshBinding (the same binding the app
 * uses for custom masks): every triangle of the extended layout whose texture footprint overlaps
 * a texel with alpha > 0 (as written to the PNG, 8 bits). The painting's parts then name the
 * triangles: a triangle that touches texels of several parts joins the first of them, so rigid
 * pieces list first. Fails when a drawn texel lies off the kept triangles, since the renderer
 * could never show it.
 */
final class Binding {
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

    static MaskSpec bind(LayoutCanvas c, Painting painting, MaskDesign design) {
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
                .withTextureAlpha(TextureFiles.alphaFile(design.id()));
    }
}

/**
 * Writes a texture as two files the browser decodes natively: its colour as a JPEG and its alpha
 * as a PNG (docs/CONTRACTS.md, "textureAlpha"); the page puts them back together. The drawn
 * masks are dense texel-level noise (fibres, weave, sequins), which PNG barely compresses: a
 * 1536 × 1536 RGBA PNG was 320–910 KB, the JPEG at quality 0.9 is 54–261 KB and the alpha 17–320
 * KB (the lace's alpha is its threads, everything else a smooth outline).
 *
 * <p>Colour resolution: 4:2:0 chroma (half the colour resolution, a third smaller) unless it
 * costs more than a quarter more error than full-resolution 4:4:4, which it does on sharp
 * coloured detail (the tartan's one-texel lines, gilding, sequins). The error reported is what
 * the renderer sees: the mean and largest absolute difference of the premultiplied colour
 * (0..255), over the texels the mask draws (alpha > 0), between the decoded JPEG with the alpha
 * and the texture as drawn.
 */
final class TextureFiles {
    /** JPEG quality (ImageIO's 0..1 scale, the IJG quality 90). */
    static final float QUALITY = 0.9f;
    /** 4:2:0 is kept while its mean error is at most this many times 4:4:4's. */
    static final double SUBSAMPLING_ERROR_RATIO = 1.25;

    private TextureFiles() {
    }

    /** One encoding of the colour and how far it is from the drawn texture. */
    record Encoded(byte[] jpeg, boolean subsampled, double meanError, int maxError) {
    }

    /**
     * Writes {@code <id>.jpg} and {@code <id>.alpha.png} into {@code dir}; returns a log line.
     */
    static String write(Texture texture, String id, Path dir) throws IOException {
        BufferedImage drawn = texture.toImage();
        int w = drawn.getWidth();
        int h = drawn.getHeight();
        int[] argb = drawn.getRGB(0, 0, w, h, null, 0, w);
        BufferedImage colour = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        colour.setRGB(0, 0, w, h, argb, 0, w);
        Encoded half = encode(colour, argb, true);
        Encoded full = encode(colour, argb, false);
        Encoded chosen = half.meanError <= SUBSAMPLING_ERROR_RATIO * full.meanError ? half : full;
        Files.write(dir.resolve(colourFile(id)), chosen.jpeg);

        // Alpha in a PNG's alpha channel (palette entry i = black with alpha i, one byte a texel) so
        // that the page can cut the colour with it directly (canvas "destination-in").
        byte[] levels = new byte[256];
        for (int i = 0; i < 256; i++) {
            levels[i] = (byte) i;
        }
        byte[] black = new byte[256];
        BufferedImage alpha = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, black, black, black, levels));
        byte[] texels = ((DataBufferByte) alpha.getRaster().getDataBuffer()).getData();
        for (int p = 0; p < argb.length; p++) {
            texels[p] = (byte) (argb[p] >>> 24);
        }
        Path alphaPath = dir.resolve(alphaFile(id));
        ImageWriter png = ImageIO.getImageWritersByFormatName("png").next();
        // Through memory: an ImageOutputStream on a file writes over it without truncating it.
        ByteArrayOutputStream alphaBytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(alphaBytes)) {
            ImageWriteParam param = png.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // deflate's strongest level: 1-5 % smaller than the default
            png.setOutput(out);
            png.write(null, new IIOImage(alpha, null, null), param);
        } finally {
            png.dispose();
        }
        Files.write(alphaPath, alphaBytes.toByteArray());
        return String.format(Locale.ROOT, "MaskArt: %-22s texture %s JPEG %4d KB (4:%s) + alpha PNG"
                + " %3d KB; premultiplied error over drawn texels mean %.2f, max %d (of 255)", id,
                colourFile(id), chosen.jpeg.length / 1024, chosen.subsampled ? "2:0" : "4:4",
                Files.size(alphaPath) / 1024, chosen.meanError, chosen.maxError);
    }

    static String colourFile(String id) {
        return id + ".jpg";
    }

    static String alphaFile(String id) {
        return id + ".alpha.png";
    }

    private static Encoded encode(BufferedImage colour, int[] drawn, boolean subsampled)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            // The same coefficients in progressive scans: 17 % fewer bytes than baseline for these
            // textures, 5 % fewer once gzipped (measured on the 14), the same decoded pixels.
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(colour), param);
            if (!subsampled) {
                String format = "javax_imageio_jpeg_image_1.0";
                IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(format);
                NodeList components = ((IIOMetadataNode) tree.getElementsByTagName("sof").item(0))
                        .getElementsByTagName("componentSpec");
                for (int i = 0; i < components.getLength(); i++) {
                    IIOMetadataNode component = (IIOMetadataNode) components.item(i);
                    component.setAttribute("HsamplingFactor", "1");
                    component.setAttribute("VsamplingFactor", "1");
                }
                metadata.setFromTree(format, tree);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(colour, null, metadata), param);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        int[] rgb = decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0,
                decoded.getWidth());
        double sum = 0;
        long count = 0;
        int max = 0;
        for (int p = 0; p < drawn.length; p++) {
            int a = drawn[p] >>> 24;
            if (a == 0) {
                continue;
            }
            for (int shift = 0; shift < 24; shift += 8) {
                int want = Math.round((drawn[p] >> shift & 255) * a / 255f);
                int got = Math.round((rgb[p] >> shift & 255) * a / 255f);
                int d = Math.abs(want - got);
                sum += d;
                max = Math.max(max, d);
            }
            count += 3;
        }
        return new Encoded(jpeg, subsampled, count == 0 ? 0 : sum / count, max);
    }
}

/**
 * Gallery thumbnails: the canonical face mesh turned a little, on a neutral mannequin head
 * (a skin texture with eyes, brows and lips, a hair cap, ears and neck), lit from the upper
 * left, with the mask's texture mapped onto the face and its extension exactly as the app maps
 * it (the extension carries the mask only, drawn over the head).
 */
final class Bust {
    private static final int SKIN_SIZE = 512;
    private static final double YAW = Math.toRadians(17);
    private static final double HALF_WIDTH = 12.0;
    private static final double CENTRE_X = 0.4;
    private static final double CENTRE_Y = -0.6;
    /** Masks that rise far over the head (plumes) are framed wider and higher. */
    private static final double TALL_HALF_WIDTH = 13.6;
    private static final double TALL_CENTRE_Y = 1.2;
    private static final double[] LIGHT = unit(-0.45, 0.55, 0.90);
    private static final float[] SKIN = {0.86f, 0.76f, 0.68f};
    private static final float[] HAIR = {0.30f, 0.25f, 0.23f};
    private static final float[] BACKDROP = {0.89f, 0.91f, 0.94f};

    private final FaceLayout layout;
    private final float[] position;
    private final float[] normals;
    private final Texture skin;

    private static final int SUPERSAMPLE = 4;

    private final View regular;
    private final View tall;

    Bust(FaceLayout layout) {
        this.layout = layout;
        this.position = Shape3d.positions(layout);
        this.normals = Shape3d.smoothedNormals(layout, 3);
        this.skin = paintSkin(layout);
        int s = MaskArt.THUMB * SUPERSAMPLE;
        this.regular = new View(s, HALF_WIDTH, CENTRE_Y);
        this.tall = new View(s, TALL_HALF_WIDTH, TALL_CENTRE_Y);
    }

    /**
     * The bare head seen from one framing, rendered once and shared by every thumbnail: backdrop,
     * solids and the skinned face, and per pixel of the face the mask texture coordinate and light
     * of the surface in front.
     */
    private final class View {
        final int s;
        final float[] rgb;
        final float[] cover;
        final double[] faceDepth;
        final float[] faceS;
        final float[] faceT;
        final float[] faceLight;
        final double[] sx;
        final double[] sy;
        final double[] sz;
        final double[] nv;

        View(int s, double halfWidth, double centreY) {
            this.s = s;
            double scale = s / (2 * halfWidth);
            double cos = Math.cos(YAW);
            double sin = Math.sin(YAW);
            rgb = new float[3 * s * s];
            cover = new float[s * s];
            faceDepth = new double[s * s];
            faceS = new float[s * s];
            faceT = new float[s * s];
            faceLight = new float[s * s];
            Arrays.fill(faceS, Float.NaN);
            Arrays.fill(faceDepth, Double.NEGATIVE_INFINITY);
            double[] depth = new double[s * s];
            Arrays.fill(depth, Double.NEGATIVE_INFINITY);
            // Backdrop disc, and the head's simple solids ray-cast orthographically.
            for (int y = 0; y < s; y++) {
                for (int x = 0; x < s; x++) {
                    int p = y * s + x;
                    double r = Tone.hypot(x + 0.5 - s / 2.0, y + 0.5 - s / 2.0);
                    cover[p] = (float) Tone.clamp(s * 0.485 - r + 0.5);
                    double shadeBg = 1.02 - 0.08 * (y / (double) s);
                    for (int k = 0; k < 3; k++) {
                        rgb[3 * p + k] = (float) (BACKDROP[k] * shadeBg);
                    }
                    double wx = (x + 0.5 - s / 2.0) / scale + CENTRE_X;
                    double wy = centreY - (y + 0.5 - s / 2.0) / scale;
                    solid(p, ellipsoid(wx, wy, 0, 2.2, -4.6, 7.6, 9.8, 7.6, cos, sin), rgb, depth,
                            Tone.mix(SKIN, HAIR, Tone.smoothstep(1.5, 3.5, wy)));
                    for (int side = -1; side <= 1; side += 2) {
                        solid(p, ellipsoid(wx, wy, side * 7.7, 0.6, -3.4, 1.0, 2.5, 1.6, cos, sin), rgb,
                                depth, SKIN);
                    }
                    if (wy < -2) {
                        solid(p, cylinder(wx, -2.8, 4.8, cos, sin), rgb, depth,
                                Tone.mix(SKIN, new float[] {0, 0, 0}, 0.12));
                    }
                }
            }
            int count = layout.vertexCount();
            sx = new double[count];
            sy = new double[count];
            sz = new double[count];
            nv = new double[3 * count];
            for (int i = 0; i < count; i++) {
                double x = position[3 * i];
                double y = position[3 * i + 1];
                double z = position[3 * i + 2];
                sx[i] = (x * cos + z * sin - CENTRE_X) * scale + s / 2.0;
                sy[i] = s / 2.0 - (y - centreY) * scale;
                sz[i] = -x * sin + z * cos;
                nv[3 * i] = normals[3 * i] * cos + normals[3 * i + 2] * sin;
                nv[3 * i + 1] = normals[3 * i + 1];
                nv[3 * i + 2] = -normals[3 * i] * sin + normals[3 * i + 2] * cos;
            }
            // The face: skinned, z-buffered triangles, remembering what the mask will need.
            float[] luv = layout.uv();
            float[] tuv = layout.textureUv();
            float[] face = new float[4];
            raster(0, FaceLayout.FACE_TRIANGLE_COUNT, (p, a, b, c, wa, wb, wc, z) -> {
                if (z <= depth[p]) {
                    return;
                }
                depth[p] = z;
                faceDepth[p] = z;
                faceS[p] = (float) (wa * tuv[2 * a] + wb * tuv[2 * b] + wc * tuv[2 * c]);
                faceT[p] = (float) (wa * tuv[2 * a + 1] + wb * tuv[2 * b + 1] + wc * tuv[2 * c + 1]);
                double lambert = lambert(a, b, c, wa, wb, wc);
                faceLight[p] = (float) lambert;
                skin.samplePremultiplied(wa * luv[2 * a] + wb * luv[2 * b] + wc * luv[2 * c],
                        wa * luv[2 * a + 1] + wb * luv[2 * b + 1] + wc * luv[2 * c + 1], face);
                double skinShade = 0.42 + 0.64 * lambert;
                for (int k = 0; k < 3; k++) {
                    rgb[3 * p + k] = (float) (face[k] * skinShade);
                }
            });
        }

        double lambert(int a, int b, int c, double wa, double wb, double wc) {
            double nx = wa * nv[3 * a] + wb * nv[3 * b] + wc * nv[3 * c];
            double ny = wa * nv[3 * a + 1] + wb * nv[3 * b + 1] + wc * nv[3 * c + 1];
            double nz = wa * nv[3 * a + 2] + wb * nv[3 * b + 2] + wc * nv[3 * c + 2];
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            return Math.max(0, (nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]) / len);
        }

        /** Rasterises layout triangles [from, to) onto the view's pixels. */
        void raster(int from, int to, Fragment fragment) {
            int[] tri = layout.triangles();
            for (int t = from; t < to; t++) {
                int a = tri[3 * t];
                int b = tri[3 * t + 1];
                int c = tri[3 * t + 2];
                double det = (sx[b] - sx[a]) * (sy[c] - sy[a]) - (sx[c] - sx[a]) * (sy[b] - sy[a]);
                if (Math.abs(det) < 1e-12) {
                    continue;
                }
                int x0 = Math.max(0, (int) Math.floor(Math.min(sx[a], Math.min(sx[b], sx[c]))));
                int x1 = Math.min(s - 1, (int) Math.ceil(Math.max(sx[a], Math.max(sx[b], sx[c]))));
                int y0 = Math.max(0, (int) Math.floor(Math.min(sy[a], Math.min(sy[b], sy[c]))));
                int y1 = Math.min(s - 1, (int) Math.ceil(Math.max(sy[a], Math.max(sy[b], sy[c]))));
                for (int y = y0; y <= y1; y++) {
                    for (int x = x0; x <= x1; x++) {
                        double px = x + 0.5;
                        double py = y + 0.5;
                        double wb = ((px - sx[a]) * (sy[c] - sy[a]) - (sx[c] - sx[a]) * (py - sy[a])) / det;
                        double wc = ((sx[b] - sx[a]) * (py - sy[a]) - (px - sx[a]) * (sy[b] - sy[a])) / det;
                        double wa = 1 - wb - wc;
                        if (wa < -1e-6 || wb < -1e-6 || wc < -1e-6) {
                            continue;
                        }
                        fragment.at(y * s + x, a, b, c, wa, wb, wc, wa * sz[a] + wb * sz[b] + wc * sz[c]);
                    }
                }
            }
        }
    }

    /** A pixel a triangle covers: its vertices, barycentric weights and depth. */
    private interface Fragment {
        void at(int p, int a, int b, int c, double wa, double wb, double wc, double z);
    }

    /**
     * The mask's gallery picture: the shared bare head with the mask laid over the face, then the
     * extension's triangles (loops, ribbons, plumes) over whatever lies behind them, unless the
     * face is in front.
     */
    BufferedImage thumbnail(Texture mask, double opacity, boolean multiply, int out) {
        boolean rises = false;
        for (int p = 0; p < mask.size * mask.size / 5 && !rises; p++) {
            rises = mask.a[p] > 0; // drawn in the texture's top fifth: well above the forehead
        }
        View view = rises ? tall : regular;
        int s = view.s;
        float[] rgb = view.rgb.clone();
        float[] m = new float[4];
        for (int p = 0; p < s * s; p++) {
            if (!Float.isNaN(view.faceS[p])) {
                mask.samplePremultiplied(view.faceS[p], view.faceT[p], m);
                lay(rgb, p, m, opacity, multiply, view.faceLight[p]);
            }
        }
        float[] tuv = layout.textureUv();
        view.raster(FaceLayout.FACE_TRIANGLE_COUNT, layout.triangles().length / 3,
                (p, a, b, c, wa, wb, wc, z) -> {
                    if (z <= view.faceDepth[p]) {
                        return;
                    }
                    mask.samplePremultiplied(wa * tuv[2 * a] + wb * tuv[2 * b] + wc * tuv[2 * c],
                            wa * tuv[2 * a + 1] + wb * tuv[2 * b + 1] + wc * tuv[2 * c + 1], m);
                    lay(rgb, p, m, opacity, multiply, view.lambert(a, b, c, wa, wb, wc));
                });
        // Box-filter down to the output size, clipped to the disc.
        int ss = SUPERSAMPLE;
        BufferedImage img = new BufferedImage(out, out, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out; y++) {
            for (int x = 0; x < out; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                double a = 0;
                for (int j = 0; j < ss; j++) {
                    for (int i = 0; i < ss; i++) {
                        int p = (y * ss + j) * s + x * ss + i;
                        float cover = view.cover[p];
                        r += rgb[3 * p] * cover;
                        g += rgb[3 * p + 1] * cover;
                        b += rgb[3 * p + 2] * cover;
                        a += cover;
                    }
                }
                int argb = 0;
                if (a > 0) {
                    argb = (int) Math.round(a / (ss * ss) * 255) << 24
                            | (int) Math.round(Tone.clamp(r / a) * 255) << 16
                            | (int) Math.round(Tone.clamp(g / a) * 255) << 8
                            | (int) Math.round(Tone.clamp(b / a) * 255);
                }
                img.setRGB(x, y, argb);
            }
        }
        return img;
    }

    /** Lays a premultiplied mask sample over pixel p, lit like the surface under it. */
    private static void lay(float[] rgb, int p, float[] m, double opacity, boolean multiply,
            double lambert) {
        double ma = m[3] * opacity;
        if (ma <= 0) {
            return;
        }
        double maskShade = 0.80 + 0.26 * lambert;
        for (int k = 0; k < 3; k++) {
            double under = rgb[3 * p + k];
            double colour = m[k] / m[3];
            rgb[3 * p + k] = (float) (multiply
                    ? under * (1 - ma + ma * colour)
                    : under * (1 - ma) + colour * maskShade * ma);
        }
    }

    /** Front surface of an ellipsoid at model centre (cx, cy, cz): {z, nx, ny, nz} or null. */
    private static double[] ellipsoid(double wx, double wy, double cx, double cy, double cz,
            double rx, double ry, double rz, double cos, double sin) {
        // The view point (wx, wy, zv) is the model point (wx·cos − zv·sin, wy, wx·sin + zv·cos):
        // solve the ellipsoid's quadratic in zv and keep the root nearest the camera.
        double ox = wx * cos - cx;
        double oz = wx * sin - cz;
        double oy = wy - cy;
        double ax = -sin / rx;
        double az = cos / rz;
        double bx = ox / rx;
        double bz = oz / rz;
        double by = oy / ry;
        double qa = ax * ax + az * az;
        double qb = 2 * (ax * bx + az * bz);
        double qc = bx * bx + by * by + bz * bz - 1;
        double disc = qb * qb - 4 * qa * qc;
        if (disc < 0) {
            return null;
        }
        double zv = (-qb + Math.sqrt(disc)) / (2 * qa);
        double mx = wx * cos - zv * sin - cx;
        double mz = wx * sin + zv * cos - cz;
        double gx = mx / (rx * rx);
        double gy = oy / (ry * ry);
        double gz = mz / (rz * rz);
        double nvx = gx * cos + gz * sin;
        double nvz = -gx * sin + gz * cos;
        double len = Math.sqrt(nvx * nvx + gy * gy + nvz * nvz);
        return new double[] {zv, nvx / len, gy / len, nvz / len};
    }

    /** Front surface of a vertical cylinder at model (x 0, z cz), radius r: {z, n…} or null. */
    private static double[] cylinder(double wx, double cz, double r, double cos, double sin) {
        double axisX = cz * sin;
        double axisZ = cz * cos;
        double dx = wx - axisX;
        if (Math.abs(dx) >= r) {
            return null;
        }
        double dz = Math.sqrt(r * r - dx * dx);
        return new double[] {axisZ + dz, dx / r, 0, dz / r};
    }

    private static void solid(int p, double[] hit, float[] rgb, double[] depth, float[] colour) {
        if (hit == null || hit[0] <= depth[p]) {
            return;
        }
        depth[p] = hit[0];
        double lambert = Math.max(0, hit[1] * LIGHT[0] + hit[2] * LIGHT[1] + hit[3] * LIGHT[2]);
        double shade = 0.42 + 0.64 * lambert;
        for (int k = 0; k < 3; k++) {
            rgb[3 * p + k] = (float) (colour[k] * shade);
        }
    }

    /** Neutral mannequin skin in the layout uv: eyes, brows and lips drawn from landmarks. */
    private static Texture paintSkin(FaceLayout layout) {
        int n = SKIN_SIZE;
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(color(SKIN));
        g.fillRect(0, 0, n, n);
        int[][] brows = {{70, 63, 105, 66, 107, 55, 65, 52, 53, 46},
                {300, 293, 334, 296, 336, 285, 295, 282, 283, 276}};
        g.setColor(new Color(0.42f, 0.34f, 0.30f, 0.85f));
        for (int[] brow : brows) {
            g.fill(polygon(layout, brow, n));
        }
        float[] uv = layout.uv();
        int[][] eyes = {MasqueradePainter.RIGHT_EYE, MasqueradePainter.LEFT_EYE};
        for (int[] eye : eyes) {
            Path2D.Double outline = polygon(layout, eye, n);
            g.setColor(new Color(0.95f, 0.93f, 0.90f));
            g.fill(outline);
            double cx = 0;
            double cy = 0;
            for (int lm : eye) {
                cx += uv[2 * lm] * n;
                cy += uv[2 * lm + 1] * n;
            }
            cx /= eye.length;
            cy /= eye.length;
            Shape clip = g.getClip();
            g.clip(outline);
            g.setColor(new Color(0.36f, 0.27f, 0.21f));
            g.fill(new Ellipse2D.Double(cx - 8, cy - 8, 16, 16));
            g.setColor(new Color(0.08f, 0.07f, 0.07f));
            g.fill(new Ellipse2D.Double(cx - 3.5, cy - 3.5, 7, 7));
            g.setClip(clip);
            g.setColor(new Color(0.22f, 0.18f, 0.17f));
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Double lid = new Path2D.Double();
            for (int i = 0; i <= 8; i++) {
                double px = uv[2 * eye[i]] * n;
                double py = uv[2 * eye[i] + 1] * n;
                if (i == 0) {
                    lid.moveTo(px, py);
                } else {
                    lid.lineTo(px, py);
                }
            }
            g.draw(lid);
        }
        g.setColor(new Color(0.74f, 0.52f, 0.49f));
        g.fill(polygon(layout, VoltoPainter.LIPS, n));
        g.dispose();
        Texture t = new Texture(n);
        int[] argb = img.getRGB(0, 0, n, n, null, 0, n);
        for (int p = 0; p < argb.length; p++) {
            t.r[p] = (argb[p] >> 16 & 255) / 255f;
            t.g[p] = (argb[p] >> 8 & 255) / 255f;
            t.b[p] = (argb[p] & 255) / 255f;
            t.a[p] = 1f;
        }
        return t;
    }

    private static Path2D.Double polygon(FaceLayout layout, int[] landmarks, int n) {
        List<Point2D.Double> pts = new ArrayList<>();
        for (int lm : landmarks) {
            pts.add(new Point2D.Double(layout.uv()[2 * lm] * n, layout.uv()[2 * lm + 1] * n));
        }
        return LayoutCanvas.closedCurve(pts);
    }

    private static Color color(float[] rgb) {
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    private static double[] unit(double x, double y, double z) {
        double len = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / len, y / len, z / len};
    }
}
