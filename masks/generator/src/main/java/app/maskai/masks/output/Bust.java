package app.maskai.masks.output;

import app.maskai.core.layout.FaceLayout;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Shape3d;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;
import app.maskai.masks.draw.TriangleRaster;
import app.maskai.masks.paint.MasqueradePainter;
import app.maskai.masks.paint.VoltoPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gallery thumbnails: the canonical face mesh turned a little, on a neutral mannequin head
 * (a skin texture with eyes, brows and lips, a hair cap, ears and neck), lit from the upper
 * left, with the mask's texture mapped onto the face and its extension exactly as the app maps
 * it (the extension carries the mask only, drawn over the head).
 */
public final class Bust {
    /** Thumbnail side in pixels. */
    public static final int THUMB = 128;
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

    public Bust(FaceLayout layout) {
        this.layout = layout;
        this.position = Shape3d.positions(layout);
        this.normals = Shape3d.smoothedNormals(layout, 3);
        this.skin = paintSkin(layout);
        int s = THUMB * SUPERSAMPLE;
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
                TriangleRaster.fill(sx[a], sy[a], sx[b], sy[b], sx[c], sy[c], s, s,
                        (x, y, wa, wb, wc) -> fragment.at(y * s + x, a, b, c, wa, wb, wc,
                                wa * sz[a] + wb * sz[b] + wc * sz[c]));
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
    public BufferedImage thumbnail(Texture mask, double opacity, boolean multiply, int out) {
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
