package app.maskai.masks.preview;

import app.maskai.core.fit.MaskFit;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskPart;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.mask.MaskSpecParser;
import app.maskai.masks.draw.TriangleRaster;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Preview sheets of the generated masks (a development aid): warps every mask of a generated
 * manifest onto a photo with known FaceMesh landmarks, the way the app does: the metadata is
 * read with the app's own parser (schema v2), landmark vertices sit on their landmarks, extra
 * vertices (the extension rings) are their weighted sums of landmarks, rigid parts' vertices are
 * the canonical model placed by one 3D similarity fitted to the face (all by the app's MaskFit),
 * and the texture is mapped over the triangles with a box-filtered bilinear sample, straight
 * alpha, the mask's opacity and blend (the photo's light is not applied).
 *
 * <p>Writes {@code <out>.png}, an overview (each mask on the photo at the photo's own resolution,
 * enlarged), and {@code <out>-<id>.png} per mask: on the photo at 4x (detail), at the photo's
 * resolution (what a person sees), the texture with its bound triangles (red follow, blue
 * rigid, the extension rings dotted), and the thumbnail.
 *
 * <p>Compiled with the generator, not run by the build:
 * {@code java -Djava.awt.headless=true -cp target/classes:target/mask-art-classes
 * app.maskai.masks.preview.Preview <generated masks dir> <photo.png> <reference-468.json>
 * <out.png>}.
 */
public final class Preview {
    static final int CELL = 512;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        BufferedImage photo = ImageIO.read(Path.of(args[1]).toFile());
        double[] lm = numbersAfter(Files.readString(Path.of(args[2])), "\"landmarks\"");
        FaceLayout layout = FaceLayout.parseJson(Files.readString(dir.resolve("face-layout.json")));
        float[] landmarks = new float[3 * 468];
        for (int i = 0; i < landmarks.length; i++) {
            landmarks[i] = (float) lm[i];
        }

        // A square round the face and its extension, so loops, ribbons and plumes show.
        double minX = 1e9;
        double minY = 1e9;
        double maxX = -1e9;
        double maxY = -1e9;
        for (int i = 0; i < 468; i++) {
            minX = Math.min(minX, lm[3 * i]);
            maxX = Math.max(maxX, lm[3 * i]);
            minY = Math.min(minY, lm[3 * i + 1]);
            maxY = Math.max(maxY, lm[3 * i + 1]);
        }
        double side = Math.max(maxX - minX, maxY - minY) * 1.7;
        double ox = (minX + maxX) / 2 - side / 2;
        double oy = (minY + maxY) / 2 - side / 2 - 0.04 * side;

        String manifest = Files.readString(dir.resolve("manifest.json"));
        Matcher names = Pattern.compile("\"([a-z0-9-]+\\.json)\"").matcher(manifest);
        List<String> files = new ArrayList<>();
        while (names.find()) {
            files.add(names.group(1));
        }
        int columns = 4;
        int rows = (files.size() + columns - 1) / columns;
        int small = 384;
        BufferedImage sheet = new BufferedImage(columns * small, rows * small,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = sheet.createGraphics();
        sg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int row = 0; row < files.size(); row++) {
            String file = files.get(row);
            String id = file.replace(".json", "");
            MaskSpec spec = MaskSpecParser.parse(Files.readString(dir.resolve(file),
                    StandardCharsets.UTF_8), file);
            BufferedImage tex = texture(dir, spec);
            BufferedImage thumb = ImageIO.read(dir.resolve(spec.thumbnail).toFile());
            double[] vx = new double[spec.vertexCount()];
            double[] vy = new double[spec.vertexCount()];
            vertices(spec, landmarks, layout, vx, vy);

            // At the photo's resolution, then enlarged.
            BufferedImage full = copy(photo);
            draw(full, tex, spec, vx, vy, 0, 0, 1);
            BufferedImage native1 = crop(full, ox, oy, side, CELL);
            // Zoomed: the photo enlarged first, the mask drawn at that resolution.
            BufferedImage zoom = crop(photo, ox, oy, side, CELL);
            draw(zoom, tex, spec, vx, vy, ox, oy, CELL / side);

            BufferedImage out = new BufferedImage(4 * CELL, CELL, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(zoom, 0, 0, null);
            g.drawImage(native1, CELL, 0, null);
            for (int cy = 0; cy < CELL; cy += 16) {
                for (int cx = 0; cx < CELL; cx += 16) {
                    g.setColor(((cx + cy) / 16) % 2 == 0 ? new Color(200, 200, 200)
                            : new Color(235, 235, 235));
                    g.fillRect(2 * CELL + cx, cy, 16, 16);
                }
            }
            g.drawImage(tex, 2 * CELL, 0, CELL, CELL, null);
            g.setStroke(new BasicStroke(0.6f));
            for (MaskPart part : spec.parts) {
                g.setColor(part.rigid ? new Color(0, 60, 255, 90) : new Color(255, 0, 0, 80));
                for (int t = 0; t < part.triangles.length; t += 3) {
                    for (int e = 0; e < 3; e++) {
                        int a = part.triangles[t + e];
                        int b = part.triangles[t + (e + 1) % 3];
                        g.draw(new Line2D.Double(2 * CELL + spec.uv[2 * a] * CELL, spec.uv[2 * a + 1] * CELL,
                                2 * CELL + spec.uv[2 * b] * CELL, spec.uv[2 * b + 1] * CELL));
                    }
                }
            }
            g.setColor(new Color(0, 120, 0, 120));
            float[] tuv = layout.textureUv();
            for (int r = 0; r < FaceLayout.RING_COUNT; r++) {
                for (int j = 0; j < FaceLayout.RING_SIZE; j++) {
                    int a = FaceLayout.ringVertex(r, j);
                    int b = FaceLayout.ringVertex(r, (j + 1) % FaceLayout.RING_SIZE);
                    g.draw(new Line2D.Double(2 * CELL + tuv[2 * a] * CELL, tuv[2 * a + 1] * CELL,
                            2 * CELL + tuv[2 * b] * CELL, tuv[2 * b + 1] * CELL));
                }
            }
            g.setColor(new Color(120, 120, 120));
            g.fillRect(3 * CELL, 0, CELL, CELL);
            g.drawImage(thumb, 3 * CELL + 64, 64, 256, 256, null);
            g.drawImage(thumb, 3 * CELL + 64 + 256 + 32, 64, null);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
            g.drawString(id, 3 * CELL + 64, 360);
            g.drawString(spec.category + ", " + spec.blend + ", opacity " + spec.opacity
                    + ", lighting " + spec.lighting, 3 * CELL + 64, 384);
            g.drawString(spec.landmarkVertexCount() + " + " + spec.extraVertexCount() + " vertices, "
                    + spec.triangleCount() + " triangles", 3 * CELL + 64, 408);
            int line = 432;
            for (MaskPart part : spec.parts) {
                g.drawString(part.name + (part.rigid ? " (rigid) " : " ") + part.triangleCount(),
                        3 * CELL + 64, line);
                line += 24;
            }
            g.dispose();
            String rowFile = args[3].replaceAll("\\.png$", "") + "-" + id + ".png";
            ImageIO.write(out, "png", Path.of(rowFile).toFile());

            int gx = (row % columns) * small;
            int gy = (row / columns) * small;
            sg.drawImage(native1, gx, gy, small, small, null);
            sg.setColor(Color.WHITE);
            sg.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            sg.drawString(id, gx + 8, gy + small - 10);
        }
        sg.dispose();
        ImageIO.write(sheet, "png", Path.of(args[3]).toFile());
    }

    /** Image positions of a mask's vertices, placed by the app's own fit (rigid parts too). */
    static void vertices(MaskSpec spec, float[] landmarks, FaceLayout layout, double[] vx,
            double[] vy) {
        float[] dest = new float[3 * spec.vertexCount()];
        MaskFit.vertices(spec, layout, landmarks, null, dest);
        for (int i = 0; i < spec.vertexCount(); i++) {
            vx[i] = dest[3 * i];
            vy[i] = dest[3 * i + 1];
        }
    }

    static BufferedImage copy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(src, 0, 0, null);
        return out;
    }

    static BufferedImage crop(BufferedImage src, double ox, double oy, double side, int size) {
        double scale = size / side;
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, (int) Math.round(-ox * scale), (int) Math.round(-oy * scale),
                (int) Math.round(src.getWidth() * scale), (int) Math.round(src.getHeight() * scale), null);
        g.dispose();
        return out;
    }

    /** Draws the mask: vertices in photo pixels, mapped by (p − origin)·scale into {@code out}. */
    static void draw(BufferedImage out, BufferedImage tex, MaskSpec spec, double[] vx, double[] vy,
            double ox, double oy, double scale) {
        double[] sx = new double[vx.length];
        double[] sy = new double[vy.length];
        for (int i = 0; i < vx.length; i++) {
            sx[i] = (vx[i] - ox) * scale;
            sy[i] = (vy[i] - oy) * scale;
        }
        boolean multiply = spec.blend.equals(MaskSpec.BLEND_MULTIPLY);
        int[] tris = spec.allTriangles();
        for (int t = 0; t < tris.length; t += 3) {
            warp(out, tex, sx, sy, spec.uv, tris[t], tris[t + 1], tris[t + 2], spec.opacity, multiply);
        }
    }

    /** Maps one textured triangle onto the image: barycentric per pixel, bilinear texture. */
    static void warp(BufferedImage out, BufferedImage tex, double[] sx, double[] sy, float[] uv,
            int a, int b, int c, double opacity, boolean multiply) {
        int tw = tex.getWidth();
        TriangleRaster.fill(sx[a], sy[a], sx[b], sy[b], sx[c], sy[c], out.getWidth(),
                out.getHeight(), (x, y, wa, wb, wc) -> {
                    double u = wa * uv[2 * a] + wb * uv[2 * b] + wc * uv[2 * c];
                    double v = wa * uv[2 * a + 1] + wb * uv[2 * b + 1] + wc * uv[2 * c + 1];
                    // Minified on a small face: average a footprint rather than point-sample.
                    double[] s = sample(tex, u * tw - 0.5, v * tw - 0.5, footprint(sx, sy, uv, a, b, c, tw));
                    int bg = out.getRGB(x, y);
                    double al = s[3] * opacity;
                    int[] under = {(bg >> 16) & 255, (bg >> 8) & 255, bg & 255};
                    int[] rgb = new int[3];
                    for (int k = 0; k < 3; k++) {
                        rgb[k] = (int) Math.round(multiply
                                ? under[k] * (1 - al + al * s[k] / 255.0)
                                : s[k] * al + under[k] * (1 - al));
                    }
                    out.setRGB(x, y, rgb[0] << 16 | rgb[1] << 8 | rgb[2]);
                });
    }

    /** Texels per output pixel across a triangle (for a box prefilter, as mipmaps would do). */
    static int footprint(double[] sx, double[] sy, float[] uv, int a, int b, int c, int tw) {
        double screen = Math.abs((sx[b] - sx[a]) * (sy[c] - sy[a]) - (sx[c] - sx[a]) * (sy[b] - sy[a]));
        double texel = Math.abs((uv[2 * b] - uv[2 * a]) * (uv[2 * c + 1] - uv[2 * a + 1])
                - (uv[2 * c] - uv[2 * a]) * (uv[2 * b + 1] - uv[2 * a + 1])) * tw * tw;
        if (screen < 1e-9) {
            return 1;
        }
        return (int) Math.max(1, Math.min(16, Math.round(Math.sqrt(texel / screen))));
    }

    static double[] sample(BufferedImage tex, double x, double y, int box) {
        double[] acc = new double[4];
        int half = box / 2;
        for (int j = -half; j <= half - (box % 2 == 0 ? 1 : 0); j++) {
            for (int i = -half; i <= half - (box % 2 == 0 ? 1 : 0); i++) {
                double[] s = bilinear(tex, x + i, y + j);
                acc[0] += s[0] * s[3];
                acc[1] += s[1] * s[3];
                acc[2] += s[2] * s[3];
                acc[3] += s[3];
            }
        }
        if (acc[3] > 0) {
            acc[0] /= acc[3];
            acc[1] /= acc[3];
            acc[2] /= acc[3];
        }
        int count = box * box;
        acc[3] /= count;
        return acc;
    }

    static double[] bilinear(BufferedImage tex, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double[] acc = new double[4];
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                int xx = Math.max(0, Math.min(tex.getWidth() - 1, x0 + i));
                int yy = Math.max(0, Math.min(tex.getHeight() - 1, y0 + j));
                int argb = tex.getRGB(xx, yy);
                double w = (i == 0 ? 1 - fx : fx) * (j == 0 ? 1 - fy : fy);
                double a = (argb >>> 24) / 255.0;
                acc[0] += w * a * ((argb >> 16) & 255);
                acc[1] += w * a * ((argb >> 8) & 255);
                acc[2] += w * a * (argb & 255);
                acc[3] += w * a;
            }
        }
        if (acc[3] > 0) {
            acc[0] /= acc[3];
            acc[1] /= acc[3];
            acc[2] /= acc[3];
        }
        return acc;
    }

    /** All numbers of the first JSON array after a key (nested arrays flattened). */
    static double[] numbersAfter(String json, String key) {
        int start = json.indexOf('[', json.indexOf(key));
        int depth = 0;
        int end = start;
        for (int i = start; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (ch == '[') {
                depth++;
            } else if (ch == ']' && --depth == 0) {
                end = i;
                break;
            }
        }
        Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher(json.substring(start, end));
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The mask's texture as straight-alpha ARGB: its own alpha, or, where the metadata names a
     * textureAlpha image, the colour with that image's alpha (as the app composes them).
     */
    static BufferedImage texture(Path dir, MaskSpec spec) throws IOException {
        BufferedImage colour = ImageIO.read(dir.resolve(spec.texture).toFile());
        if (spec.textureAlpha == null) {
            return colour;
        }
        BufferedImage alpha = ImageIO.read(dir.resolve(spec.textureAlpha).toFile());
        int w = colour.getWidth();
        int h = colour.getHeight();
        if (alpha.getWidth() != w || alpha.getHeight() != h) {
            throw new IOException(spec.textureAlpha + " is not the size of " + spec.texture);
        }
        int[] rgb = colour.getRGB(0, 0, w, h, null, 0, w);
        int[] a = alpha.getRGB(0, 0, w, h, null, 0, w);
        for (int p = 0; p < rgb.length; p++) {
            rgb[p] = (a[p] & 0xff000000) | (rgb[p] & 0xffffff);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, rgb, 0, w);
        return out;
    }
}
