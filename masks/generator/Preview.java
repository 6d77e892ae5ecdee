// SPDX-License-Identifier: Apache-2.0
// Preview sheet for the generated masks (a development aid, not part of the build):
//   java -Djava.awt.headless=true masks/generator/Preview.java <generated masks dir> \
//       <photo.png> <reference-468.json> <out.png>

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Warps every mask of a generated manifest onto a photo with known FaceMesh landmarks, the way
 * the app does (the texture mapped over the mask's triangles, bilinear sampling, straight alpha),
 * and lays out one row per mask: the photo crop with the mask, the texture over a checkerboard
 * with the bound triangles, and the thumbnail.
 */
public final class Preview {
  static final int CELL = 512;

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    BufferedImage photo = ImageIO.read(Path.of(args[1]).toFile());
    double[] lm = numbersAfter(Files.readString(Path.of(args[2])), "\"landmarks\"");
    // Square crop round the face, upscaled so that the texture's detail can be judged.
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
    double side = Math.max(maxX - minX, maxY - minY) * 1.35;
    double ox = (minX + maxX) / 2 - side / 2;
    double oy = (minY + maxY) / 2 - side / 2;
    double scale = CELL / side;
    BufferedImage crop = new BufferedImage(CELL, CELL, BufferedImage.TYPE_INT_RGB);
    Graphics2D cg = crop.createGraphics();
    cg.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    cg.drawImage(photo, (int) Math.round(-ox * scale), (int) Math.round(-oy * scale),
        (int) Math.round(photo.getWidth() * scale), (int) Math.round(photo.getHeight() * scale),
        null);
    cg.dispose();

    String manifest = Files.readString(dir.resolve("manifest.json"));
    Matcher names = Pattern.compile("\"([a-z0-9-]+\\.json)\"").matcher(manifest);
    List<String> files = new ArrayList<>();
    while (names.find()) {
      files.add(names.group(1));
    }
    BufferedImage sheet = new BufferedImage(CELL * 3, CELL * files.size(),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    for (int row = 0; row < files.size(); row++) {
      String json = Files.readString(dir.resolve(files.get(row)));
      String id = files.get(row).replace(".json", "");
      int[] landmarks = toInts(numbersAfter(json, "\"landmarks\""));
      double[] uv = numbersAfter(json, "\"uv\"");
      int[] tris = toInts(numbersAfter(json, "\"triangles\""));
      BufferedImage tex = ImageIO.read(dir.resolve(id + ".png").toFile());
      BufferedImage thumb = ImageIO.read(dir.resolve(id + ".thumb.png").toFile());

      BufferedImage out = new BufferedImage(CELL, CELL, BufferedImage.TYPE_INT_RGB);
      out.getGraphics().drawImage(crop, 0, 0, null);
      double[] sx = new double[landmarks.length];
      double[] sy = new double[landmarks.length];
      for (int i = 0; i < landmarks.length; i++) {
        sx[i] = (lm[3 * landmarks[i]] - ox) * scale;
        sy[i] = (lm[3 * landmarks[i] + 1] - oy) * scale;
      }
      for (int t = 0; t < tris.length; t += 3) {
        warp(out, tex, sx, sy, uv, tris[t], tris[t + 1], tris[t + 2]);
      }
      int y0 = row * CELL;
      g.drawImage(out, 0, y0, null);
      // Texture over a checkerboard, with the bound triangles.
      for (int cy = 0; cy < CELL; cy += 16) {
        for (int cx = 0; cx < CELL; cx += 16) {
          g.setColor(((cx + cy) / 16) % 2 == 0 ? new Color(200, 200, 200) : new Color(235, 235, 235));
          g.fillRect(CELL + cx, y0 + cy, 16, 16);
        }
      }
      g.drawImage(tex, CELL, y0, CELL, CELL, null);
      g.setColor(new Color(255, 0, 0, 70));
      g.setStroke(new BasicStroke(0.6f));
      for (int t = 0; t < tris.length; t += 3) {
        for (int e = 0; e < 3; e++) {
          int a = tris[t + e];
          int b = tris[t + (e + 1) % 3];
          g.draw(new Line2D.Double(CELL + uv[2 * a] * CELL, y0 + uv[2 * a + 1] * CELL,
              CELL + uv[2 * b] * CELL, y0 + uv[2 * b + 1] * CELL));
        }
      }
      g.setColor(new Color(120, 120, 120));
      g.fillRect(2 * CELL, y0, CELL, CELL);
      g.drawImage(thumb, 2 * CELL + 64, y0 + 64, 256, 256, null);
      g.drawImage(thumb, 2 * CELL + 64 + 256 + 32, y0 + 64, null);
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
      g.drawString(id + "  " + landmarks.length + " v, " + tris.length / 3 + " t",
          2 * CELL + 64, y0 + 380);
    }
    g.dispose();
    ImageIO.write(sheet, "png", Path.of(args[3]).toFile());
    for (int row = 0; row < files.size(); row++) {
      String rowFile = args[3].replaceAll("\\.png$", "") + "-" + files.get(row).replace(".json", ".png");
      ImageIO.write(sheet.getSubimage(0, row * CELL, 3 * CELL, CELL), "png", Path.of(rowFile).toFile());
    }
  }

  /** Maps one textured triangle onto the image: barycentric per pixel, bilinear texture. */
  static void warp(BufferedImage out, BufferedImage tex, double[] sx, double[] sy, double[] uv,
      int a, int b, int c) {
    double det = (sx[b] - sx[a]) * (sy[c] - sy[a]) - (sx[c] - sx[a]) * (sy[b] - sy[a]);
    if (Math.abs(det) < 1e-9) {
      return;
    }
    int x0 = Math.max(0, (int) Math.floor(Math.min(sx[a], Math.min(sx[b], sx[c]))));
    int x1 = Math.min(out.getWidth() - 1, (int) Math.ceil(Math.max(sx[a], Math.max(sx[b], sx[c]))));
    int y0 = Math.max(0, (int) Math.floor(Math.min(sy[a], Math.min(sy[b], sy[c]))));
    int y1 = Math.min(out.getHeight() - 1, (int) Math.ceil(Math.max(sy[a], Math.max(sy[b], sy[c]))));
    int tw = tex.getWidth();
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
        double u = wa * uv[2 * a] + wb * uv[2 * b] + wc * uv[2 * c];
        double v = wa * uv[2 * a + 1] + wb * uv[2 * b + 1] + wc * uv[2 * c + 1];
        double[] s = sample(tex, u * tw - 0.5, v * tw - 0.5);
        int bg = out.getRGB(x, y);
        double al = s[3];
        int r = (int) Math.round(s[0] * al + ((bg >> 16) & 255) * (1 - al));
        int gg = (int) Math.round(s[1] * al + ((bg >> 8) & 255) * (1 - al));
        int bb = (int) Math.round(s[2] * al + (bg & 255) * (1 - al));
        out.setRGB(x, y, r << 16 | gg << 8 | bb);
      }
    }
  }

  static double[] sample(BufferedImage tex, double x, double y) {
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

  static int[] toInts(double[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (int) values[i];
    }
    return out;
  }
}
