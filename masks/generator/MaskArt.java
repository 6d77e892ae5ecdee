// SPDX-License-Identifier: Apache-2.0
// MaskAI built-in mask art. Single-file Java 17 program (JDK only), run by the build at
// prepare-package:  java -Djava.awt.headless=true masks/generator/MaskArt.java <masks> <out>

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
import java.awt.image.BufferedImage;
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
import javax.imageio.ImageIO;

/**
 * Draws MaskAI's built-in masks and writes, for each mask in {@code masks/catalog.tsv}:
 * {@code <id>.png} (1024 x 1024 RGBA texture in the shared face layout), {@code <id>.thumb.png}
 * (128 px gallery picture: the mask on a neutral mannequin head), {@code <id>.json} (metadata,
 * schema "maskai.mask" version 1, docs/CONTRACTS.md), and {@code manifest.json}.
 *
 * <p>The shared face layout is MediaPipe's canonical face model
 * ({@code masks/face-layout/canonical_face_model.obj}): one texture coordinate per FaceMesh
 * landmark. Texture pixels: origin top-left, x right, y down; uv (0, 0) is the top-left corner
 * of pixel (0, 0) and v grows down the image rows (the obj's vt is v-up, flipped on load).
 *
 * <p>Art is procedural Java2D plus per-texel shading, so the output is deterministic: no clock,
 * no unseeded randomness, fixed iteration order.
 */
public final class MaskArt {
  /** Texture side in pixels. */
  static final int SIZE = 1024;
  /** Thumbnail side in pixels. */
  static final int THUMB = 128;

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java -Djava.awt.headless=true masks/generator/MaskArt.java"
          + " <masks dir> <output dir>");
      System.exit(2);
    }
    long start = System.nanoTime();
    Path masksDir = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    FaceLayout layout = FaceLayout.load(masksDir.resolve("face-layout/canonical_face_model.obj"));
    List<MaskDesign> designs = MaskDesign.loadCatalog(masksDir.resolve("catalog.tsv"));
    LayoutCanvas canvas = new LayoutCanvas(layout, new SurfaceMap(layout, SIZE));
    Bust bust = new Bust(layout);
    Files.createDirectories(outDir);

    // Masks are independent: draw them in parallel, report and list them in catalogue order.
    List<String> reports = designs.parallelStream()
        .map(design -> render(design, canvas, bust, outDir))
        .toList();
    reports.forEach(System.out::println);
    List<String> entries = designs.stream().map(d -> d.id() + ".json").toList();
    Files.writeString(outDir.resolve("manifest.json"), MetadataJson.manifest(entries),
        StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "MaskArt: %d masks into %s in %.1f s%n", entries.size(),
        outDir, (System.nanoTime() - start) / 1e9);
  }

  /** Draws one mask and writes its texture, thumbnail and metadata; returns a log line. */
  static String render(MaskDesign design, LayoutCanvas canvas, Bust bust, Path outDir) {
    Texture texture = design.style().painter.paint(design, canvas);
    MeshBinding binding = MeshBinding.bind(canvas.layout, texture, design.id());
    texture.bleedEdges(design.colour());
    try {
      ImageIO.write(texture.toImage(), "png", outDir.resolve(design.id() + ".png").toFile());
      ImageIO.write(bust.thumbnail(texture, design.opacity(), THUMB), "png",
          outDir.resolve(design.id() + ".thumb.png").toFile());
      Files.writeString(outDir.resolve(design.id() + ".json"),
          MetadataJson.mask(design, binding), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.format(Locale.ROOT, "MaskArt: %-20s %3d vertices %4d triangles",
        design.id(), binding.vertexCount(), binding.triangleCount());
  }
}

// ------------------------------------------------------------------------------------------
// Inputs: the face layout and the catalogue
// ------------------------------------------------------------------------------------------

/**
 * MediaPipe's canonical face model: per FaceMesh landmark a 3D position and a texture
 * coordinate, plus the 898 triangles. Positions: canonical units (about a centimetre), x to the
 * image right (the subject's left), y up, z towards the camera.
 */
final class FaceLayout {
  static final int LANDMARKS = 468;
  /** The mesh's outer boundary (the face oval), in order; the mesh has no other boundary. */
  static final int[] OVAL = {10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397,
      365, 379, 378, 400, 377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21,
      54, 103, 67, 109};

  /** (u, v) per landmark, 0..1, v down (image rows). */
  final float[] uv = new float[2 * LANDMARKS];
  /** (x, y, z) per landmark. */
  final float[] position = new float[3 * LANDMARKS];
  /** 3 landmark indices per triangle, in the obj's order and winding. */
  final int[] triangles;

  private FaceLayout(int[] triangles) {
    this.triangles = triangles;
  }

  int triangleCount() {
    return triangles.length / 3;
  }

  double u(int landmark) {
    return uv[2 * landmark];
  }

  double v(int landmark) {
    return uv[2 * landmark + 1];
  }

  /** Reads the obj; fails unless it has 468 v, 468 vt and one vt per v across all faces. */
  static FaceLayout load(Path obj) throws IOException {
    List<float[]> v = new ArrayList<>();
    List<float[]> vt = new ArrayList<>();
    List<int[]> f = new ArrayList<>();
    for (String line : Files.readAllLines(obj, StandardCharsets.UTF_8)) {
      String[] p = line.trim().split("\\s+");
      switch (p[0]) {
        case "v" -> v.add(new float[] {
            Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3])});
        case "vt" -> vt.add(new float[] {Float.parseFloat(p[1]), Float.parseFloat(p[2])});
        case "f" -> {
          if (p.length != 4) {
            throw new IllegalStateException(obj + ": not a triangle: " + line);
          }
          int[] corner = new int[6];
          for (int i = 0; i < 3; i++) {
            String[] q = p[i + 1].split("/");
            corner[2 * i] = Integer.parseInt(q[0]) - 1;
            corner[2 * i + 1] = Integer.parseInt(q[1]) - 1;
          }
          f.add(corner);
        }
        default -> { }
      }
    }
    if (v.size() != LANDMARKS || vt.size() != LANDMARKS || f.isEmpty()) {
      throw new IllegalStateException(obj + ": expected 468 v and 468 vt, found " + v.size()
          + " v, " + vt.size() + " vt, " + f.size() + " f");
    }
    int[] vtOf = new int[LANDMARKS];
    Arrays.fill(vtOf, -1);
    int[] triangles = new int[3 * f.size()];
    for (int t = 0; t < f.size(); t++) {
      int[] c = f.get(t);
      for (int i = 0; i < 3; i++) {
        int lm = c[2 * i];
        if (vtOf[lm] >= 0 && vtOf[lm] != c[2 * i + 1]) {
          throw new IllegalStateException(obj + ": vertex " + (lm + 1) + " has two vt");
        }
        vtOf[lm] = c[2 * i + 1];
        triangles[3 * t + i] = lm;
      }
    }
    FaceLayout layout = new FaceLayout(triangles);
    for (int lm = 0; lm < LANDMARKS; lm++) {
      if (vtOf[lm] < 0) {
        throw new IllegalStateException(obj + ": vertex " + (lm + 1) + " is in no face");
      }
      float[] t = vt.get(vtOf[lm]);
      layout.uv[2 * lm] = t[0];
      layout.uv[2 * lm + 1] = 1f - t[1]; // obj vt is v-up (OpenGL); the contract is v-down
      System.arraycopy(v.get(lm), 0, layout.position, 3 * lm, 3);
    }
    return layout;
  }

  /** Area-weighted vertex normals (pointing out of the face), smoothed over neighbours. */
  float[] smoothedNormals(int iterations) {
    float[] n = new float[3 * LANDMARKS];
    for (int t = 0; t < triangleCount(); t++) {
      int a = triangles[3 * t];
      int b = triangles[3 * t + 1];
      int c = triangles[3 * t + 2];
      float[] ab = sub(b, a);
      float[] ac = sub(c, a);
      float nx = ab[1] * ac[2] - ab[2] * ac[1];
      float ny = ab[2] * ac[0] - ab[0] * ac[2];
      float nz = ab[0] * ac[1] - ab[1] * ac[0];
      for (int lm : new int[] {a, b, c}) {
        n[3 * lm] += nx;
        n[3 * lm + 1] += ny;
        n[3 * lm + 2] += nz;
      }
    }
    if (n[3 * 1 + 2] < 0) { // landmark 1 is the nose tip: its normal must face the camera
      for (int i = 0; i < n.length; i++) {
        n[i] = -n[i];
      }
    }
    normalize(n);
    List<Set<Integer>> neighbours = new ArrayList<>();
    for (int lm = 0; lm < LANDMARKS; lm++) {
      neighbours.add(new TreeSet<>());
    }
    for (int t = 0; t < triangleCount(); t++) {
      for (int i = 0; i < 3; i++) {
        neighbours.get(triangles[3 * t + i]).add(triangles[3 * t + (i + 1) % 3]);
        neighbours.get(triangles[3 * t + (i + 1) % 3]).add(triangles[3 * t + i]);
      }
    }
    for (int it = 0; it < iterations; it++) {
      float[] next = n.clone();
      for (int lm = 0; lm < LANDMARKS; lm++) {
        for (int o : neighbours.get(lm)) {
          for (int k = 0; k < 3; k++) {
            next[3 * lm + k] += n[3 * o + k];
          }
        }
      }
      normalize(next);
      n = next;
    }
    return n;
  }

  private float[] sub(int a, int b) {
    return new float[] {position[3 * a] - position[3 * b],
        position[3 * a + 1] - position[3 * b + 1], position[3 * a + 2] - position[3 * b + 2]};
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

/** The drawing styles the generator knows; catalog.tsv picks one per mask. */
enum Style {
  SURGICAL("surgical", new SurgicalPainter()),
  KN95("kn95", new Kn95Painter()),
  CLOTH("cloth", new ClothPainter()),
  MASQUERADE("masquerade", new MasqueradePainter());

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

/** One catalogue row: what the mask is called and how to draw it. Colours are sRGB 0..1. */
record MaskDesign(String id, String name, String category, Style style, double opacity,
    float[] colour, float[] accent) {
  static final List<String> CATEGORIES = List.of("surgical", "respirator", "cloth", "fashion",
      "masquerade", "carnival", "playful", "custom");

  /** Tab-separated: id, name, category, style, opacity, colour #rrggbb, accent #rrggbb. */
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
      if (c.length != 7) {
        throw new IllegalArgumentException(where + "expected 7 tab-separated columns");
      }
      if (!c[0].matches("[a-z0-9-]{1,40}") || !ids.add(c[0])) {
        throw new IllegalArgumentException(where + "id \"" + c[0] + "\" is not [a-z0-9-]{1,40}"
            + " or repeats");
      }
      if (!CATEGORIES.contains(c[2])) {
        throw new IllegalArgumentException(where + "category \"" + c[2] + "\" is not one of "
            + CATEGORIES);
      }
      double opacity = Double.parseDouble(c[4]);
      if (!(opacity >= 0 && opacity <= 1)) {
        throw new IllegalArgumentException(where + "opacity must be 0..1");
      }
      designs.add(new MaskDesign(c[0], c[1], c[2], Style.of(c[3]), opacity, rgb(c[5], where),
          rgb(c[6], where)));
    }
    if (designs.isEmpty()) {
      throw new IllegalArgumentException(tsv + ": no masks");
    }
    return designs;
  }

  private static float[] rgb(String hex, String where) {
    if (!hex.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException(where + "colour \"" + hex + "\" is not #rrggbb");
    }
    int v = Integer.parseInt(hex.substring(1), 16);
    return new float[] {(v >> 16 & 255) / 255f, (v >> 8 & 255) / 255f, (v & 255) / 255f};
  }
}

// ------------------------------------------------------------------------------------------
// Drawing support
// ------------------------------------------------------------------------------------------

/**
 * What lies under each texel of the layout: a smoothed surface normal of the canonical face,
 * interpolated over the triangle that covers the texel's centre. Painters shade with it.
 */
final class SurfaceMap {
  final int size;
  final boolean[] inFace;
  final float[] normal;

  SurfaceMap(FaceLayout layout, int size) {
    this.size = size;
    int n = size * size;
    inFace = new boolean[n];
    normal = new float[3 * n];
    for (int p = 0; p < n; p++) {
      normal[3 * p + 2] = 1f;
    }
    float[] vn = layout.smoothedNormals(12);
    for (int t = 0; t < layout.triangleCount(); t++) {
      int a = layout.triangles[3 * t];
      int b = layout.triangles[3 * t + 1];
      int c = layout.triangles[3 * t + 2];
      double ax = layout.u(a) * size;
      double ay = layout.v(a) * size;
      double bx = layout.u(b) * size;
      double by = layout.v(b) * size;
      double cx = layout.u(c) * size;
      double cy = layout.v(c) * size;
      double det = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
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
          inFace[p] = true;
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

  static float[] mix(float[] a, float[] b, double t) {
    return new float[] {(float) (a[0] + (b[0] - a[0]) * t), (float) (a[1] + (b[1] - a[1]) * t),
        (float) (a[2] + (b[2] - a[2]) * t)};
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

/** An RGBA float texture, straight (not premultiplied) alpha, sRGB 0..1. */
final class Texture {
  final int size;
  final float[] r;
  final float[] g;
  final float[] b;
  final float[] a;

  Texture(int size) {
    this.size = size;
    r = new float[size * size];
    g = new float[size * size];
    b = new float[size * size];
    a = new float[size * size];
  }

  void set(int p, float[] rgb, double shade, double alpha) {
    set(p, rgb, shade, alpha, 0);
  }

  /**
   * As {@link #set(int, float[], double, double)}, plus a sheen: a grey added in proportion to
   * the shading's departure from 1, so that dark cloth still shows its folds and light.
   */
  void set(int p, float[] rgb, double shade, double alpha, double sheen) {
    double add = sheen * (shade - 0.9);
    r[p] = (float) Tone.clamp(rgb[0] * shade + add);
    g[p] = (float) Tone.clamp(rgb[1] * shade + add);
    b[p] = (float) Tone.clamp(rgb[2] * shade + add);
    a[p] = (float) Tone.clamp(alpha);
  }


  /**
   * Gives fully transparent texels the colour of their nearest drawn neighbours (a few pixels
   * out) and the base colour beyond, so that bilinear filtering of straight-alpha texels at the
   * mask's edge does not pull in black.
   */
  void bleedEdges(float[] base) {
    int n = size;
    boolean[] filled = new boolean[n * n];
    for (int p = 0; p < n * n; p++) {
      filled[p] = a[p] > 0;
    }
    for (int pass = 0; pass < 6; pass++) {
      boolean[] next = filled.clone();
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          int p = y * n + x;
          if (filled[p]) {
            continue;
          }
          float sr = 0;
          float sg = 0;
          float sb = 0;
          int count = 0;
          for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
              int xx = x + dx;
              int yy = y + dy;
              if (xx < 0 || yy < 0 || xx >= n || yy >= n || !filled[yy * n + xx]) {
                continue;
              }
              int q = yy * n + xx;
              sr += r[q];
              sg += g[q];
              sb += b[q];
              count++;
            }
          }
          if (count > 0) {
            r[p] = sr / count;
            g[p] = sg / count;
            b[p] = sb / count;
            next[p] = true;
          }
        }
      }
      filled = next;
    }
    for (int p = 0; p < n * n; p++) {
      if (!filled[p]) {
        r[p] = base[0];
        g[p] = base[1];
        b[p] = base[2];
      }
    }
  }

  /** Bilinear sample at (u, v), premultiplied: out = (r·a, g·a, b·a, a). */
  void samplePremultiplied(double u, double v, float[] out) {
    double x = u * size - 0.5;
    double y = v * size - 0.5;
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
    int[] argb = new int[size * size];
    for (int p = 0; p < argb.length; p++) {
      argb[p] = to8(a[p]) << 24 | to8(r[p]) << 16 | to8(g[p]) << 8 | to8(b[p]);
    }
    img.setRGB(0, 0, size, size, argb, 0, size);
    return img;
  }

  private static int to8(float v) {
    return (int) Math.round(Tone.clamp(v) * 255);
  }
}

/**
 * Geometry in texture pixels for painters: landmark positions, the face oval, smooth curves,
 * and a shape's antialiased coverage and signed distance (pixels, positive inside).
 */
final class LayoutCanvas {
  /** The inner lip contour, FaceMesh landmarks in order (upper lip, then lower lip back). */
  static final int[] INNER_LIPS = {78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318,
      402, 317, 14, 87, 178, 88, 95};

  final FaceLayout layout;
  final SurfaceMap surface;
  final int size;
  private final float[] fineDetail;

  /** Shared by all painters (also across threads): immutable once built. */
  LayoutCanvas(FaceLayout layout, SurfaceMap surface) {
    this.layout = layout;
    this.surface = surface;
    this.size = surface.size;
    this.fineDetail = mouthStripWeight();
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
    float[] sd = signedDistance(coverage(gap));
    float[] weight = new float[sd.length];
    for (int p = 0; p < sd.length; p++) {
      weight[p] = (float) (1 - Tone.smoothstep(-6, -2, sd[p]));
    }
    return weight;
  }

  Point2D.Double at(int landmark) {
    return new Point2D.Double(layout.u(landmark) * size, layout.v(landmark) * size);
  }

  Point2D.Double at(double u, double v) {
    return new Point2D.Double(u * size, v * size);
  }

  /** The face oval: the outline of the whole layout mesh. */
  Path2D.Double faceOval() {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < FaceLayout.OVAL.length; i++) {
      Point2D.Double p = at(FaceLayout.OVAL[i]);
      if (i == 0) {
        path.moveTo(p.x, p.y);
      } else {
        path.lineTo(p.x, p.y);
      }
    }
    path.closePath();
    return path;
  }

  /** The face oval shrunk by {@code insetPx}: shapes clipped to it stay on the mesh. */
  Area insideOval(double insetPx) {
    Path2D.Double oval = faceOval();
    Area area = new Area(oval);
    area.subtract(new Area(new BasicStroke((float) (2 * insetPx), BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND).createStrokedShape(oval)));
    return area;
  }

  /** Uniform Catmull-Rom curve through points given in (u, v), as cubic Béziers in pixels. */
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

  /** Everything below an open curve that runs from left of the texture to right of it. */
  Area below(Path2D.Double topCurve) {
    Path2D.Double region = new Path2D.Double(topCurve);
    Point2D end = region.getCurrentPoint();
    region.lineTo(end.getX(), 3.0 * size);
    region.lineTo(-2.0 * size, 3.0 * size);
    region.closePath();
    return new Area(region);
  }

  /** Antialiased coverage of a shape, 0..1 per texel. */
  float[] coverage(Shape shape) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fill(shape);
    g.dispose();
    int[] argb = img.getRGB(0, 0, size, size, null, 0, size);
    float[] cov = new float[size * size];
    for (int p = 0; p < cov.length; p++) {
      cov[p] = (argb[p] >>> 24) / 255f;
    }
    return cov;
  }

  /** Coverage of a stroked path (round caps and joins). */
  float[] strokeCoverage(Shape path, double widthPx) {
    return coverage(new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND).createStrokedShape(path));
  }

  /**
   * Signed distance to the shape's edge in pixels, positive inside: exact Euclidean distance
   * between texel centres (Felzenszwalb and Huttenlocher, "Distance Transforms of Sampled
   * Functions", 2012), refined by the antialiased coverage on the edge texels, then lightly
   * blurred (a distance field is smooth, so this only removes the half-texel staircase that
   * bevels and bands drawn from it would otherwise show).
   */
  float[] signedDistance(float[] cov) {
    int n = cov.length;
    boolean[] inside = new boolean[n];
    boolean[] outside = new boolean[n];
    for (int p = 0; p < n; p++) {
      inside[p] = cov[p] >= 0.5f;
      outside[p] = !inside[p];
    }
    double[] toInside = DistanceTransform.of(inside, size, size);
    double[] toOutside = DistanceTransform.of(outside, size, size);
    float[] sd = new float[n];
    for (int p = 0; p < n; p++) {
      if (cov[p] > 0f && cov[p] < 1f) {
        sd[p] = cov[p] - 0.5f;
      } else {
        sd[p] = (float) (inside[p] ? toOutside[p] - 0.5 : -(toInside[p] - 0.5));
      }
    }
    return blur(sd, 1.0);
  }

  /** Separable Gaussian blur, clamped at the texture's borders. */
  float[] blur(float[] src, double sigma) {
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
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double acc = 0;
        for (int i = -radius; i <= radius; i++) {
          acc += k[i + radius] * src[y * size + Math.min(size - 1, Math.max(0, x + i))];
        }
        tmp[y * size + x] = (float) acc;
      }
    }
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double acc = 0;
        for (int i = -radius; i <= radius; i++) {
          acc += k[i + radius] * tmp[Math.min(size - 1, Math.max(0, y + i)) * size + x];
        }
        out[y * size + x] = (float) acc;
      }
    }
    return out;
  }

  /**
   * Feathered alpha: 0 wherever the shape does not touch the texel, rising over the edge to 1
   * at {@code feather} pixels in.
   */
  static float[] alpha(float[] cov, float[] sd, double feather) {
    float[] a = new float[sd.length];
    for (int p = 0; p < sd.length; p++) {
      a[p] = cov[p] > 0 ? (float) Tone.smoothstep(-0.5, feather, sd[p]) : 0f;
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
      double s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k])) / (2.0 * q - 2.0 * v[k]);
      while (s <= z[k]) {
        k--;
        s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k])) / (2.0 * q - 2.0 * v[k]);
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

/** Draws one style of mask into the face layout. */
interface Painter {
  Texture paint(MaskDesign design, LayoutCanvas canvas);
}

/**
 * A three-ply surgical mask: bound top and bottom hems, three downward pleats that open over
 * the nose and chin and bunch towards the ear loops, a nose wire in the top hem, spun-bond
 * fibre texture.
 */
final class SurgicalPainter implements Painter {
  /**
   * Top edge in (u, v): over the nose bridge between landmarks 6 (v 0.40) and 197 (v 0.44),
   * then a little below the cheekbones (118 at v 0.468) out to the face edge.
   */
  static final double[][] TOP = {{-0.08, 0.474}, {0.05, 0.472}, {0.17, 0.469}, {0.29, 0.463},
      {0.37, 0.452}, {0.44, 0.430}, {0.50, 0.417}, {0.56, 0.430}, {0.63, 0.452}, {0.71, 0.463},
      {0.83, 0.469}, {0.95, 0.472}, {1.08, 0.474}};
  /** Pleat folds: v on the midline, and v where they gather at the side (u = 0 or 1). */
  /**
   * The middle fold passes below the lower lip (landmark 17 at v 0.737), not across the mouth,
   * whose triangles stretch when it opens.
   */
  static final double[] PLEAT_MID = {0.600, 0.772, 0.868};
  static final double[] PLEAT_SIDE = {0.522, 0.572, 0.620};
  /** Hem band width, pixels (about 4 mm). */
  static final double HEM = 20;

  @Override
  public Texture paint(MaskDesign design, LayoutCanvas c) {
    int n = c.size;
    Area shape = c.insideOval(5);
    shape.intersect(c.below(c.curve(TOP)));
    float[] cov = c.coverage(shape);
    float[] sd = c.signedDistance(cov);
    float[] alpha = LayoutCanvas.alpha(cov, sd, 3);
    float[] base = design.colour();
    float[] hemColour = Tone.mix(base, design.accent(), 0.5);
    float[] fine = c.fineDetail();
    Texture t = new Texture(n);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int p = y * n + x;
        if (alpha[p] <= 0) {
          continue;
        }
        double u = (x + 0.5) / n;
        double v = (y + 0.5) / n;
        double d = sd[p];
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
          double dy = (v - fold) * n / Math.sqrt(1 + slope * slope);
          double strength = (0.08 + 0.17 * side * side) * awayFromHem;
          shade += strength * pleat(dy);
        }
        // Hem: a folded double layer with a seam line and ultrasonic weld dots.
        double hem = 1 - Tone.smoothstep(HEM - 1.5, HEM + 1.5, d);
        float[] colour = Tone.mix(base, hemColour, hem);
        shade -= 0.10 * Tone.gauss((d - HEM) / 1.2);
        double band = Tone.smoothstep(5, 7, d) * (1 - Tone.smoothstep(13, 15, d));
        double gx = (x % 6) - 2.5;
        double gy = (y % 6) - 2.5;
        shade -= 0.06 * band * (1 - Tone.smoothstep(0.9, 1.9, Math.hypot(gx, gy)));
        // Nose wire: a ridge inside the top hem across the nose bridge.
        double wire = Tone.smoothstep(0.34, 0.39, u) * (1 - Tone.smoothstep(0.61, 0.66, u))
            * (1 - Tone.smoothstep(0.50, 0.52, v));
        shade += wire * (0.07 * Tone.gauss((d - 8) / 2.0) - 0.08 * Tone.gauss((d - 12.5) / 2.2));
        // The cut edge rolls away a little.
        shade *= 0.88 + 0.12 * Tone.smoothstep(0, 4, d);
        shade *= c.surface.light(p);
        t.set(p, colour, shade, alpha[p], 0.22);
      }
    }
    return t;
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
 * a pointed nose ridge, an embossed sealed border, ear-loop weld spots.
 */
final class Kn95Painter implements Painter {
  /** Left half of the top edge, (u, v): face edge to the nose ridge (landmark 6 at v 0.40). */
  static final double[][] TOP_LEFT = {{-0.08, 0.530}, {0.05, 0.512}, {0.16, 0.493},
      {0.27, 0.470}, {0.36, 0.447}, {0.44, 0.424}, {0.50, 0.404}};
  static final double BORDER = 16;

  @Override
  public Texture paint(MaskDesign design, LayoutCanvas c) {
    int n = c.size;
    Path2D.Double top = c.curve(TOP_LEFT);
    c.appendCurve(top, mirror(TOP_LEFT), true);
    Area shape = c.insideOval(9);
    shape.intersect(c.below(top));
    float[] cov = c.coverage(shape);
    float[] sd = c.signedDistance(cov);
    float[] alpha = LayoutCanvas.alpha(cov, sd, 2.5);
    float[] base = design.colour();
    float[] seal = design.accent();
    double[][] welds = {{0.050, 0.545}, {0.082, 0.705}, {0.950, 0.545}, {0.918, 0.705}};
    float[] fine = c.fineDetail();
    Texture t = new Texture(n);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int p = y * n + x;
        if (alpha[p] <= 0) {
          continue;
        }
        double u = (x + 0.5) / n;
        double v = (y + 0.5) / n;
        double d = sd[p];
        double dx = x + 0.5 - n / 2.0;
        double shade = 1;
        shade += fine[p] * (0.09 * (Noise.fbm(x / 1.5, y / 1.5, 21, 2) - 0.5)
            + 0.04 * (Noise.fbm(x / 7.0, y / 7.0, 22, 2) - 0.5))
            + 0.03 * (Noise.fbm(x / 45.0, y / 45.0, 23, 3) - 0.5);
        // Two panels meeting at an angle at the seam, a crease between them.
        shade -= 0.16 * Tone.gauss(dx / 2.0) - 0.05 * Tone.gauss((Math.abs(dx) - 5) / 1.8);
        double seamDots = fine[p] * (1 - Tone.smoothstep(0.8, 1.6, Math.hypot(Math.abs(dx) - 9,
            (y % 6) - 2.5))) * (d > BORDER ? 1 : 0);
        shade -= 0.06 * seamDots;
        // Heat-sealed border: seal colour, an embossed diamond knurl and an inner groove.
        double border = 1 - Tone.smoothstep(BORDER - 1, BORDER + 1, d);
        float[] colour = Tone.mix(base, seal, 0.55 * border);
        double k1 = Math.abs(((x + y) % 8 + 8) % 8 - 3.5);
        double k2 = Math.abs(((x - y) % 8 + 8) % 8 - 3.5);
        double knurl = Math.max(1 - Tone.smoothstep(0.4, 1.2, k1), 1 - Tone.smoothstep(0.4, 1.2, k2));
        shade -= 0.06 * knurl * Tone.smoothstep(3, 5, d) * (1 - Tone.smoothstep(12, 14, d));
        shade -= 0.09 * Tone.gauss((d - BORDER) / 1.3);
        shade += 0.04 * Tone.gauss((d - BORDER - 2.5) / 1.5);
        // Ear-loop weld spots: embossed rings.
        for (double[] w : welds) {
          double r = Math.hypot(x + 0.5 - w[0] * n, y + 0.5 - w[1] * n);
          shade -= 0.10 * Tone.gauss((r - 8) / 1.4) + 0.04 * (1 - Tone.smoothstep(5, 7, r));
        }
        // The panels stand off the face: a broad sheen on the lit panel, darker under the chin.
        shade *= 1 + 0.05 * Tone.gauss((u - 0.36) / 0.13) * Tone.gauss((v - 0.57) / 0.12);
        shade *= 1 - 0.08 * Tone.smoothstep(0.80, 0.95, v);
        shade *= 0.86 + 0.14 * Tone.smoothstep(0, 3.5, d);
        shade *= 0.35 * c.surface.light(p) + 0.65 * panelLight(u, v, dx);
        t.set(p, colour, shade, alpha[p]);
      }
    }
    return t;
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
 * A contoured cloth mask: two cotton panels with a centre seam, top-stitched edges, a small
 * polka-dot print laid out in surface units so that it foreshortens round the cheeks.
 */
final class ClothPainter implements Painter {
  static final double[][] TOP = {{-0.08, 0.494}, {0.04, 0.490}, {0.16, 0.482}, {0.28, 0.469},
      {0.37, 0.451}, {0.44, 0.428}, {0.50, 0.413}, {0.56, 0.428}, {0.63, 0.451}, {0.72, 0.469},
      {0.84, 0.482}, {0.96, 0.490}, {1.08, 0.494}};
  /** Dot pitch and radius in canonical units (about cm). */
  static final double PITCH = 1.05;
  static final double DOT = 0.15;

  @Override
  public Texture paint(MaskDesign design, LayoutCanvas c) {
    int n = c.size;
    Area shape = c.insideOval(5);
    shape.intersect(c.below(c.curve(TOP)));
    float[] cov = c.coverage(shape);
    float[] sd = c.signedDistance(cov);
    float[] alpha = LayoutCanvas.alpha(cov, sd, 3);
    float[] base = design.colour();
    float[] print = design.accent();
    float[] thread = Tone.mix(base, new float[] {0.80f, 0.82f, 0.86f}, 0.55);
    double cx = n / 2.0;
    double cy = 0.70 * n;
    float[] fine = c.fineDetail();
    Texture t = new Texture(n);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int p = y * n + x;
        if (alpha[p] <= 0) {
          continue;
        }
        double d = sd[p];
        double dx = x + 0.5 - cx;
        // Print: staggered dots; the right panel is cut from the cloth half a row lower.
        double s = across((x + 0.5) / n);
        double tt = up((y + 0.5) / n) + (dx > 0 ? PITCH / 2 : 0);
        double row = Math.floor(tt / PITCH + 0.5);
        double offset = ((long) row & 1) == 0 ? 0 : PITCH / 2;
        double col = Math.floor((s - offset) / PITCH + 0.5);
        double dist = Math.hypot(s - (col * PITCH + offset), tt - row * PITCH);
        double dot = fine[p] * (1 - Tone.smoothstep(DOT - 0.02, DOT + 0.02, dist));
        float[] colour = Tone.mix(base, print, 0.9 * dot);
        // Plain-weave cotton: thread grid, slubs, soft wrinkles.
        double shade = 1;
        shade += fine[p] * (0.045 * Math.sin(2 * Math.PI * x / 4.3) * Math.sin(2 * Math.PI * y / 4.3)
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
            * Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
        double edgeStitch = Tone.gauss((d - 9.5) / 0.9) * dash(arc / 9.0);
        colour = Tone.mix(colour, thread, 0.85 * edgeStitch);
        shade += 0.05 * Tone.gauss((d - 5) / 2.5) - 0.05 * Tone.gauss((d - 13) / 2.0);
        shade *= 0.78 + 0.22 * Tone.smoothstep(0, 5, d);
        shade *= c.surface.light(p);
        t.set(p, colour, shade, alpha[p], 0.12);
      }
    }
    return t;
  }

  /**
   * Horizontal cloth coordinate (about cm) for a texture u: the layout is close to a frontal
   * view of the face, so unwrap it round a cylinder of radius 8.2 (the canonical face is 15.4
   * wide) to foreshorten the print towards the cheeks, as fabric does. Smooth on purpose: the
   * cloth bridges the nose and mouth rather than following them.
   */
  static double across(double u) {
    return 8.2 * Math.asin(Tone.clamp(Math.abs(u - 0.5) / 0.5 * 0.93)) * Math.signum(u - 0.5);
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
 * A Venetian eye mask: black velvet with cat-eye openings, a bevelled gold rim, gold filigree
 * scrolls and three set stones.
 */
final class MasqueradePainter implements Painter {
  /** Left half of the outline, (u, v): from the brow dip on the midline to the wing tip. */
  static final double[][] TOP_LEFT = {{0.500, 0.298}, {0.455, 0.262}, {0.400, 0.236},
      {0.330, 0.224}, {0.260, 0.226}, {0.205, 0.230}, {0.158, 0.216}};
  /** From the wing tip down the outer side and along the cheekbone to the nose bridge. */
  static final double[][] LOWER_LEFT = {{0.158, 0.216}, {0.150, 0.262}, {0.142, 0.318},
      {0.150, 0.378}, {0.178, 0.428}, {0.230, 0.458}, {0.300, 0.470}, {0.370, 0.457},
      {0.430, 0.437}, {0.470, 0.426}, {0.500, 0.421}};
  static final int[] RIGHT_EYE = {33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145,
      144, 163, 7};
  static final int[] LEFT_EYE = {263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374,
      373, 390, 249};
  static final double RIM = 9;

  @Override
  public Texture paint(MaskDesign design, LayoutCanvas c) {
    int n = c.size;
    Path2D.Double outline = c.curve(TOP_LEFT);
    c.appendCurve(outline, LOWER_LEFT, true);
    c.appendCurve(outline, Kn95Painter.mirror(LOWER_LEFT), true);
    c.appendCurve(outline, Kn95Painter.mirror(TOP_LEFT), true);
    outline.closePath();
    Area shape = new Area(outline);
    shape.intersect(c.insideOval(6));
    shape.subtract(new Area(eyeHole(c, RIGHT_EYE, -1)));
    shape.subtract(new Area(eyeHole(c, LEFT_EYE, 1)));
    float[] cov = c.coverage(shape);
    float[] sd = c.signedDistance(cov);
    float[] alpha = LayoutCanvas.alpha(cov, sd, 2);
    float[] filigree = c.strokeCoverage(filigree(c), 5.0);
    double[][] stones = {{0.500, 0.330, 12}, {0.192, 0.262, 7}, {0.808, 0.262, 7}};
    float[] velvet = design.colour();
    float[] gold = design.accent();
    Texture t = new Texture(n);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int p = y * n + x;
        if (alpha[p] <= 0) {
          continue;
        }
        double d = sd[p];
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
        // Stones in gold settings.
        for (double[] st : stones) {
          double r = Math.hypot(x + 0.5 - st[0] * n, y + 0.5 - st[1] * n);
          double radius = st[2];
          double setting = Tone.smoothstep(radius + 3, radius + 1.5, r);
          double stone = Tone.smoothstep(radius + 0.5, radius - 0.5, r);
          if (setting > 0) {
            colour = Tone.mix(colour, gold, setting);
            shade = shade + (0.9 * light - shade) * setting;
          }
          if (stone > 0) {
            double ox = (x + 0.5 - st[0] * n) / radius;
            double oy = (y + 0.5 - st[1] * n) / radius;
            double facet = 0.65 + 0.35 * Math.cos(6 * Math.atan2(oy, ox)) * Math.hypot(ox, oy);
            double glint = Tone.gauss(Math.hypot(ox + 0.35, oy + 0.35) / 0.25);
            float[] gem = Tone.mix(new float[] {0.62f, 0.70f, 0.80f}, new float[] {1, 1, 1},
                Tone.clamp(0.35 * facet + glint));
            colour = Tone.mix(colour, gem, stone);
            shade = shade + (light * (0.8 + 0.3 * facet) - shade) * stone;
          }
        }
        t.set(p, colour, shade, alpha[p]);
      }
    }
    return t;
  }

  /** A cat-eye opening round one eye: the eye contour enlarged, its outer corner swept up. */
  static Path2D.Double eyeHole(LayoutCanvas c, int[] contour, int outward) {
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
      double ex = (q.x - mx) * 1.32;
      double ey = (q.y - my) * 1.85 - 3;
      pts.add(new Point2D.Double(mx + ex, my + ey));
    }
    // Index 0 is the outer corner (landmark 33 or 263): sweep it out and up.
    Point2D.Double outer = pts.get(0);
    pts.set(0, new Point2D.Double(outer.x + outward * 22, outer.y - 14));
    return LayoutCanvas.closedCurve(pts);
  }

  /** Gold scrolls over the brows and along the wings, left side drawn and mirrored. */
  static Shape filigree(LayoutCanvas c) {
    Path2D.Double left = new Path2D.Double();
    int n = c.size;
    // Brow scroll: from the midline over the eye, ending in a curl.
    left.append(c.curve(new double[][] {{0.470, 0.300}, {0.420, 0.270}, {0.350, 0.257},
        {0.285, 0.262}, {0.245, 0.283}}), false);
    left.append(spiral(0.245 * n + 12, 0.283 * n + 1, 13, 1.6, Math.PI, 1), false);
    // Wing scroll: from the wing tip down towards the cheek, ending in a smaller curl.
    left.append(c.curve(new double[][] {{0.175, 0.250}, {0.172, 0.300}, {0.186, 0.350},
        {0.210, 0.390}}), false);
    left.append(spiral(0.210 * n + 9, 0.390 * n - 6, 10, 1.4, Math.PI * 0.75, -1), false);
    // Lower scroll under the eye.
    left.append(c.curve(new double[][] {{0.250, 0.440}, {0.300, 0.449}, {0.355, 0.441},
        {0.400, 0.425}}), false);
    Path2D.Double both = new Path2D.Double(left);
    AffineTransform flip = new AffineTransform(-1, 0, 0, 1, n, 0);
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

// ------------------------------------------------------------------------------------------
// Outputs: mesh binding, metadata, thumbnail
// ------------------------------------------------------------------------------------------

/**
 * The part of the layout mesh a mask needs: every canonical triangle whose texture footprint
 * overlaps a texel with alpha > 0. Fails when a drawn texel lies off the mesh (outside the face
 * oval), since the renderer could never show it.
 */
record MeshBinding(int[] landmarks, float[] uv, int[] triangles) {
  int vertexCount() {
    return landmarks.length;
  }

  int triangleCount() {
    return triangles.length / 3;
  }

  static MeshBinding bind(FaceLayout layout, Texture tex, String id) {
    int n = tex.size;
    int count = layout.triangleCount();
    boolean[] keep = new boolean[count];
    boolean[] covered = new boolean[n * n];
    for (int pass = 0; pass < 2; pass++) {
      for (int t = 0; t < count; t++) {
        if (pass == 1 && !keep[t]) {
          continue;
        }
        double[] px = new double[3];
        double[] py = new double[3];
        for (int i = 0; i < 3; i++) {
          int lm = layout.triangles[3 * t + i];
          px[i] = layout.u(lm) * n;
          py[i] = layout.v(lm) * n;
        }
        double area = (px[1] - px[0]) * (py[2] - py[0]) - (px[2] - px[0]) * (py[1] - py[0]);
        double sign = Math.signum(area);
        // Unit inward normal of each edge: distance of a point inside = dot(normal, p - start).
        double[] enx = new double[3];
        double[] eny = new double[3];
        for (int e = 0; e < 3; e++) {
          double ex = px[(e + 1) % 3] - px[e];
          double ey = py[(e + 1) % 3] - py[e];
          double len = Math.hypot(ex, ey);
          enx[e] = -sign * ey / len;
          eny[e] = sign * ex / len;
        }
        int x0 = Math.max(0, (int) Math.floor(Math.min(px[0], Math.min(px[1], px[2]))) - 1);
        int x1 = Math.min(n - 1, (int) Math.ceil(Math.max(px[0], Math.max(px[1], px[2]))) + 1);
        int y0 = Math.max(0, (int) Math.floor(Math.min(py[0], Math.min(py[1], py[2]))) - 1);
        int y1 = Math.min(n - 1, (int) Math.ceil(Math.max(py[0], Math.max(py[1], py[2]))) + 1);
        for (int y = y0; y <= y1; y++) {
          for (int x = x0; x <= x1; x++) {
            int p = y * n + x;
            double inside = Double.POSITIVE_INFINITY;
            for (int e = 0; e < 3; e++) {
              inside = Math.min(inside,
                  enx[e] * (x + 0.5 - px[e]) + eny[e] * (y + 0.5 - py[e]));
            }
            if (pass == 0 && inside >= -0.71 && tex.a[p] > 0) {
              keep[t] = true; // the texel's square overlaps the triangle
            } else if (pass == 1 && inside >= -0.5) {
              covered[p] = true;
            }
          }
        }
      }
    }
    int outside = 0;
    int first = -1;
    for (int p = 0; p < n * n; p++) {
      if (tex.a[p] > 0 && !covered[p]) {
        outside++;
        if (first < 0) {
          first = p;
        }
      }
    }
    if (outside > 0) {
      throw new IllegalStateException("mask " + id + ": " + outside + " texels with alpha > 0"
          + " lie outside the face mesh (first at x " + first % n + ", y " + first / n
          + "); keep the drawing inside the face oval");
    }
    TreeSet<Integer> used = new TreeSet<>();
    List<Integer> kept = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      if (keep[t]) {
        kept.add(t);
        for (int i = 0; i < 3; i++) {
          used.add(layout.triangles[3 * t + i]);
        }
      }
    }
    int[] landmarks = used.stream().mapToInt(Integer::intValue).toArray();
    int[] index = new int[FaceLayout.LANDMARKS];
    float[] uv = new float[2 * landmarks.length];
    for (int i = 0; i < landmarks.length; i++) {
      index[landmarks[i]] = i;
      uv[2 * i] = layout.uv[2 * landmarks[i]];
      uv[2 * i + 1] = layout.uv[2 * landmarks[i] + 1];
    }
    int[] triangles = new int[3 * kept.size()];
    for (int k = 0; k < kept.size(); k++) {
      for (int i = 0; i < 3; i++) {
        triangles[3 * k + i] = index[layout.triangles[3 * kept.get(k) + i]];
      }
    }
    return new MeshBinding(landmarks, uv, triangles);
  }
}

/** Writes the metadata (schema "maskai.mask" v1) and manifest, formatted for diffs. */
final class MetadataJson {
  private MetadataJson() {
  }

  static String mask(MaskDesign design, MeshBinding mesh) {
    StringBuilder s = new StringBuilder();
    s.append("{\n");
    s.append("  \"schema\": \"maskai.mask\",\n");
    s.append("  \"version\": 1,\n");
    s.append("  \"id\": ").append(quote(design.id())).append(",\n");
    s.append("  \"name\": ").append(quote(design.name())).append(",\n");
    s.append("  \"category\": ").append(quote(design.category())).append(",\n");
    s.append("  \"texture\": ").append(quote(design.id() + ".png")).append(",\n");
    s.append("  \"thumbnail\": ").append(quote(design.id() + ".thumb.png")).append(",\n");
    s.append("  \"opacity\": ").append(design.opacity()).append(",\n");
    s.append("  \"mesh\": {\n");
    s.append("    \"landmarks\": [");
    for (int i = 0; i < mesh.landmarks().length; i++) {
      s.append(i == 0 ? "\n      " : i % 20 == 0 ? ",\n      " : ", ").append(mesh.landmarks()[i]);
    }
    s.append("\n    ],\n");
    s.append("    \"uv\": [");
    for (int i = 0; i < mesh.uv().length; i++) {
      s.append(i == 0 ? "\n      " : i % 8 == 0 ? ",\n      " : ", ")
          .append(String.format(Locale.ROOT, "%.6f", mesh.uv()[i]));
    }
    s.append("\n    ],\n");
    s.append("    \"triangles\": [");
    for (int i = 0; i < mesh.triangles().length; i++) {
      s.append(i == 0 ? "\n      " : i % 24 == 0 ? ",\n      " : ", ").append(mesh.triangles()[i]);
    }
    s.append("\n    ]\n");
    s.append("  }\n");
    s.append("}\n");
    return s.toString();
  }

  static String manifest(List<String> entries) {
    StringBuilder s = new StringBuilder("{\n  \"schema\": \"maskai.manifest\",\n  \"version\": 1,\n"
        + "  \"masks\": [\n");
    for (int i = 0; i < entries.size(); i++) {
      s.append("    ").append(quote(entries.get(i))).append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    return s.append("  ]\n}\n").toString();
  }

  static String quote(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        default -> {
          if (ch < 0x20) {
            s.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            s.append(ch);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}

/**
 * Gallery thumbnails: the canonical face mesh turned a little, on a neutral mannequin head
 * (a skin texture with eyes, brows and lips, a hair cap, ears and neck), lit from the upper
 * left, with the mask's texture mapped onto the face exactly as the app maps it.
 */
final class Bust {
  private static final int SKIN_SIZE = 512;
  private static final double YAW = Math.toRadians(17);
  private static final double HALF_WIDTH = 11.2;
  private static final double CENTRE_X = 0.6;
  private static final double CENTRE_Y = -1.3;
  private static final double[] LIGHT = unit(-0.45, 0.55, 0.90);
  private static final float[] SKIN = {0.86f, 0.76f, 0.68f};
  private static final float[] HAIR = {0.30f, 0.25f, 0.23f};
  private static final float[] BACKDROP = {0.89f, 0.91f, 0.94f};

  private final FaceLayout layout;
  private final float[] normals;
  private final Texture skin;

  Bust(FaceLayout layout) {
    this.layout = layout;
    this.normals = layout.smoothedNormals(3);
    this.skin = paintSkin(layout);
  }

  BufferedImage thumbnail(Texture mask, double opacity, int out) {
    int ss = 4;
    int s = out * ss;
    double scale = s / (2 * HALF_WIDTH);
    double cos = Math.cos(YAW);
    double sin = Math.sin(YAW);
    float[] rgb = new float[3 * s * s];
    float[] cover = new float[s * s];
    double[] depth = new double[s * s];
    Arrays.fill(depth, Double.NEGATIVE_INFINITY);
    // Backdrop disc, and the head's simple solids ray-cast orthographically.
    for (int y = 0; y < s; y++) {
      for (int x = 0; x < s; x++) {
        int p = y * s + x;
        double r = Math.hypot(x + 0.5 - s / 2.0, y + 0.5 - s / 2.0);
        cover[p] = (float) Tone.clamp(s * 0.485 - r + 0.5);
        double shadeBg = 1.02 - 0.08 * (y / (double) s);
        for (int k = 0; k < 3; k++) {
          rgb[3 * p + k] = (float) (BACKDROP[k] * shadeBg);
        }
        double wx = (x + 0.5 - s / 2.0) / scale + CENTRE_X;
        double wy = CENTRE_Y - (y + 0.5 - s / 2.0) / scale;
        solid(p, wx, wy, ellipsoid(wx, wy, 0, 2.2, -4.6, 7.6, 9.8, 7.6, cos, sin), rgb, depth,
            Tone.mix(SKIN, HAIR, Tone.smoothstep(1.5, 3.5, wy)));
        for (int side = -1; side <= 1; side += 2) {
          solid(p, wx, wy, ellipsoid(wx, wy, side * 7.7, 0.6, -3.4, 1.0, 2.5, 1.6, cos, sin), rgb,
              depth, SKIN);
        }
        if (wy < -2) {
          solid(p, wx, wy, cylinder(wx, -2.8, 4.8, cos, sin), rgb, depth,
              Tone.mix(SKIN, new float[] {0, 0, 0}, 0.12));
        }
      }
    }
    // The face: textured, z-buffered triangles.
    double[] sx = new double[FaceLayout.LANDMARKS];
    double[] sy = new double[FaceLayout.LANDMARKS];
    double[] sz = new double[FaceLayout.LANDMARKS];
    double[] nv = new double[3 * FaceLayout.LANDMARKS];
    for (int i = 0; i < FaceLayout.LANDMARKS; i++) {
      double x = layout.position[3 * i];
      double y = layout.position[3 * i + 1];
      double z = layout.position[3 * i + 2];
      sx[i] = (x * cos + z * sin - CENTRE_X) * scale + s / 2.0;
      sy[i] = s / 2.0 - (y - CENTRE_Y) * scale;
      sz[i] = -x * sin + z * cos;
      nv[3 * i] = normals[3 * i] * cos + normals[3 * i + 2] * sin;
      nv[3 * i + 1] = normals[3 * i + 1];
      nv[3 * i + 2] = -normals[3 * i] * sin + normals[3 * i + 2] * cos;
    }
    float[] face = new float[4];
    float[] m = new float[4];
    for (int t = 0; t < layout.triangleCount(); t++) {
      int a = layout.triangles[3 * t];
      int b = layout.triangles[3 * t + 1];
      int c = layout.triangles[3 * t + 2];
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
          int p = y * s + x;
          double z = wa * sz[a] + wb * sz[b] + wc * sz[c];
          if (z <= depth[p]) {
            continue;
          }
          depth[p] = z;
          double u = wa * layout.u(a) + wb * layout.u(b) + wc * layout.u(c);
          double v = wa * layout.v(a) + wb * layout.v(b) + wc * layout.v(c);
          double nx = wa * nv[3 * a] + wb * nv[3 * b] + wc * nv[3 * c];
          double ny = wa * nv[3 * a + 1] + wb * nv[3 * b + 1] + wc * nv[3 * c + 1];
          double nz = wa * nv[3 * a + 2] + wb * nv[3 * b + 2] + wc * nv[3 * c + 2];
          double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
          double lambert = Math.max(0, (nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]) / len);
          skin.samplePremultiplied(u, v, face);
          mask.samplePremultiplied(u, v, m);
          double ma = m[3] * opacity;
          double skinShade = 0.42 + 0.64 * lambert;
          double maskShade = 0.80 + 0.26 * lambert;
          for (int k = 0; k < 3; k++) {
            rgb[3 * p + k] = (float) (face[k] * (1 - ma) * skinShade + m[k] * opacity * maskShade);
          }
        }
      }
    }
    // Box-filter down to the output size, clipped to the disc.
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
            r += rgb[3 * p] * cover[p];
            g += rgb[3 * p + 1] * cover[p];
            b += rgb[3 * p + 2] * cover[p];
            a += cover[p];
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

  private static void solid(int p, double wx, double wy, double[] hit, float[] rgb,
      double[] depth, float[] colour) {
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

  /** Neutral mannequin skin in the face layout: eyes, brows and lips drawn from landmarks. */
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
    int[][] eyes = {MasqueradePainter.RIGHT_EYE, MasqueradePainter.LEFT_EYE};
    for (int[] eye : eyes) {
      Path2D.Double outline = polygon(layout, eye, n);
      g.setColor(new Color(0.95f, 0.93f, 0.90f));
      g.fill(outline);
      double cx = 0;
      double cy = 0;
      for (int lm : eye) {
        cx += layout.u(lm) * n;
        cy += layout.v(lm) * n;
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
        double px = layout.u(eye[i]) * n;
        double py = layout.v(eye[i]) * n;
        if (i == 0) {
          lid.moveTo(px, py);
        } else {
          lid.lineTo(px, py);
        }
      }
      g.draw(lid);
    }
    int[] lips = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84,
        181, 91, 146};
    g.setColor(new Color(0.74f, 0.52f, 0.49f));
    g.fill(polygon(layout, lips, n));
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
      pts.add(new Point2D.Double(layout.u(lm) * n, layout.v(lm) * n));
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
