package app.maskai.masks.hairstyles;

import app.maskai.masks.draw.Tone;
import app.maskai.masks.templates.Blur;
import app.maskai.masks.templates.Dice;
import app.maskai.masks.templates.Light;
import app.maskai.masks.templates.Mask;
import app.maskai.masks.templates.Relief;
import app.maskai.masks.templates.Strands;
import app.maskai.masks.templates.TemplateCanvas;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * A mass of hair: an outline, the way the hair runs in it ({@link Strands.Flow}) and the form it
 * lies on ({@link Relief.Form}), painted per pixel as lit fibres and laid on the canvas.
 *
 * <ul>
 *   <li><b>Edge.</b> The outline's coverage blurred by {@link #ragged} pixels, cut at a level the
 *       streak textures move, so that tips end strand by strand and lock by lock.
 *   <li><b>Light.</b> The form's normal, bent at the outline as {@link Relief} bevels a shape, and
 *       the hair's tangent on it light the fibres by Kajiya and Kay ("Rendering fur with three
 *       dimensional textures", SIGGRAPH 1989): diffuse by the normal, a white highlight and a
 *       second, coloured one shifted along the strand (Marschner et al. 2003; Scheuermann's
 *       shifted tangents, GDC 2004), both moved by the locks so that the sheen is broken.
 *   <li><b>Texture.</b> {@link Streaks} (locks, strands) and light and dark single strands drawn
 *       along the flow as tapered ribbons; stray hairs leave the outline.
 * </ul>
 */
final class HairMass {
    /** A factor per picture pixel: how much light reaches the hair there, or how dense it is. */
    @FunctionalInterface
    interface Field {
        double at(double x, double y);
    }

    private final Shape shape;
    private final Strands.Flow flow;
    private final Relief.Form form;
    private double bevel = 14;
    private double bevelDepth = 0.7;
    private double ragged = 3;
    private double tipClump = 0.5;
    private double tipFine = 0.35;
    private double shade = 1;
    private double gloss = 1;
    private double shift;
    private Field occlusion = (x, y) -> 1;
    private Field density = (x, y) -> 1;
    private int strands = 2500;
    private double strandLength = 60;
    private int strays = 40;
    private double strayLength = 60;
    private double reach = 45;
    private double shadow = 0.35;
    private double texture = 1;
    private List<Point2D.Double> partings = List.of();
    private double partingLength;
    private Shape marks;

    HairMass(Shape shape, Strands.Flow flow, Relief.Form form) {
        this.shape = shape;
        this.flow = flow;
        this.form = form;
    }

    /** The rounding at the outline: its width, pixels, and slope (0 flat, 1 about 45°). */
    HairMass bevel(double width, double depth) {
        this.bevel = width;
        this.bevelDepth = depth;
        return this;
    }

    /** The edge's softness, pixels, and how far locks and strands move it (0..1 each). */
    HairMass edge(double softness, double locks, double single) {
        this.ragged = softness;
        this.tipClump = locks;
        this.tipFine = single;
        return this;
    }

    /** The hair's overall brightness (1: in the open; less deeper in or behind). */
    HairMass shade(double factor) {
        this.shade = factor;
        return this;
    }

    /** The highlights' strength (1 glossy, 0 matt) and their shift along the strand (−0.3..0.3). */
    HairMass gloss(double strength, double along) {
        this.gloss = strength;
        this.shift = along;
        return this;
    }

    /** How much light reaches the hair at a pixel (0..1): shade by the face, at a parting. */
    HairMass occlusion(Field field) {
        this.occlusion = field;
        return this;
    }

    /**
     * Where hair thins out at a hairline: 1 in full hair, falling to 0 where it has thinned away;
     * strands fade at their own points as it falls.
     */
    HairMass density(Field field) {
        this.density = field;
        return this;
    }

    /** Single strands drawn over the texture: how many (light and dark together) and how long, pixels. */
    HairMass strands(int count, double length) {
        this.strands = count;
        this.strandLength = length;
        return this;
    }

    /** Stray hairs leaving the outline: how many and how long, pixels. */
    HairMass strays(int count, double length) {
        this.strays = count;
        this.strayLength = length;
        return this;
    }

    /**
     * How far, pixels, the locks' streaks are traced each way along the flow (long for sleek hair,
     * short for textured), and how strongly the streaks show (1 as they come).
     */
    HairMass grain(double pixels, double strength) {
        this.reach = pixels;
        this.texture = strength;
        return this;
    }

    /**
     * Partings between locks: from each point (a notch between two tips) back against the flow for
     * about {@code length} pixels, a dark line with a lit edge beside it.
     */
    HairMass partings(List<Point2D.Double> notches, double length) {
        this.partings = notches;
        this.partingLength = length;
        return this;
    }

    /** Shade drawn into the hair (twists, folds), softened by a pixel. */
    HairMass marks(Shape shade) {
        this.marks = shade;
        return this;
    }

    /** How dark the mass's soft shadow makes the hair under it (0..1). */
    HairMass shadow(double strength) {
        this.shadow = strength;
        return this;
    }

    /** Paints the mass and lays it on the canvas. */
    void paint(HairCanvas c, int seed) {
        int margin = (int) Math.ceil(Math.max(strayLength, 3 * ragged) + 3 * bevel / 2) + 4;
        Mask cover = Mask.of(shape, margin, HairCanvas.SIZE, HairCanvas.SIZE);
        int x0 = cover.x0;
        int y0 = cover.y0;
        int w = cover.w;
        int h = cover.h;
        FlowGrid grid = new FlowGrid(flow, x0, y0, w, h);
        float[] soft = Blur.gaussian(cover.a, w, h, ragged);
        float[] height = Blur.gaussian(cover.a, w, h, bevel);

        Shape local = AffineTransform.getTranslateInstance(-x0, -y0).createTransformedShape(shape);
        float[] lights = strandCover(grid, x0, y0, w, h, local, cover.a, strands * 2 / 5, strandLength, 0.9, 0.45,
                seed + 11);
        float[] darks = strandCover(grid, x0, y0, w, h, local, cover.a, strands * 3 / 5, strandLength, 1.2, 0.5,
                seed + 12);
        float[] stray = strayCover(grid, x0, y0, w, h, soft, seed + 13);
        addPartings(grid, x0, y0, w, h, local, lights, darks, seed + 15);

        boolean[] need = new boolean[w * h];
        for (int p = 0; p < need.length; p++) {
            need[p] = soft[p] > 0.002f || stray[p] > 0;
        }
        Streaks streaks = new Streaks(grid, x0, y0, w, h, need, seed + 14, reach);

        HairLayer layer = new HairLayer(x0, y0, w, h);
        double edgeWidth = Math.max(0.12, Math.min(0.5, 0.5 / Math.max(1, ragged)));
        double k = bevelDepth * Math.sqrt(2 * Math.PI) * bevel;
        double[] n = new double[3];
        // The half vector between the light and the viewer (0, 0, 1).
        double hl = Math.sqrt(Light.X * Light.X + Light.Y * Light.Y + (Light.Z + 1) * (Light.Z + 1));
        double hx = Light.X / hl;
        double hy = Light.Y / hl;
        double hz = (Light.Z + 1) / hl;
        float[] col = c.colour;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (!need[p]) {
                    continue;
                }
                int gx = x + x0;
                int gy = y + y0;
                double lock = streaks.clump[p];
                double fibre = streaks.fine[p];
                double level = soft[p] + (lock - 0.5) * tipClump + (fibre - 0.5) * tipFine;
                double alpha = Tone.smoothstep(0.5 - edgeWidth, 0.5 + edgeWidth, level);
                double dense = density.at(gx + 0.5, gy + 0.5);
                if (dense < 1) {
                    // Thinning out strand by strand: each strand's own point of fading.
                    double own = ((fibre - 0.5) * 0.9 + (lock - 0.5) * 0.35) * Math.min(1, 2 * (1 - dense));
                    alpha *= Tone.smoothstep(0.2, 0.8, dense + own);
                }
                alpha = 1 - (1 - alpha) * (1 - stray[p]);
                alpha *= c.allowed(gx, gy);
                if (alpha < 0.5 / 255) {
                    continue;
                }
                // The normal: the form's, bent by the bevel's slope.
                form.normal(gx + 0.5, gy + 0.5, n);
                double dx = (height[y * w + Math.min(w - 1, x + 1)] - height[y * w + Math.max(0, x - 1)]) / 2;
                double dy = (height[Math.min(h - 1, y + 1) * w + x] - height[Math.max(0, y - 1) * w + x]) / 2;
                double nx = n[0] - dx * k * n[2];
                double ny = n[1] - dy * k * n[2];
                double nz = n[2];
                double nl = Math.sqrt(nx * nx + ny * ny + nz * nz);
                nx /= nl;
                ny /= nl;
                nz /= nl;
                // The strand's tangent: the flow on the screen, lifted onto the surface (T·N = 0).
                double fx = streaks.ux[p];
                double fy = streaks.uy[p];
                double tz = -(fx * nx + fy * ny) / Math.max(0.25, nz);
                double tl = Math.sqrt(fx * fx + fy * fy + tz * tz);
                double tx = fx / tl;
                double ty = fy / tl;
                tz /= tl;
                double diffuse = Light.wrapped(nx, ny, nz, 0.45);
                double tDotL = tx * Light.X + ty * Light.Y + tz * Light.Z;
                double kk = Math.sqrt(Math.max(0, 1 - tDotL * tDotL));
                double lit = diffuse * (0.72 + 0.28 * kk);
                double s1 = shift + (lock - 0.5) * 0.14 + (fibre - 0.5) * 0.05;
                double spec1 = kajiya(tx, ty, tz, nx, ny, nz, s1, hx, hy, hz, 70);
                double spec2 = kajiya(tx, ty, tz, nx, ny, nz, s1 - 0.22, hx, hy, hz, 16);
                double visible = Tone.smoothstep(0.05, 0.45, diffuse);
                double grainTone = (1 + (lock - 0.5) * 0.36 * texture) * (1 + (fibre - 0.5) * 0.2 * texture);
                double strandTone = 1 + 0.35 * lights[p] - 0.4 * darks[p];
                double base = (0.2 + 0.85 * lit) * grainTone * strandTone * shade
                        * occlusion.at(gx + 0.5, gy + 0.5);
                double sheen1 = spec1 * gloss * 0.22 * visible * (0.6 + 0.8 * lock) * (0.8 + 0.5 * lights[p]);
                double sheen2 = spec2 * gloss * 0.22 * visible * (0.7 + 0.6 * lock);
                double red = col[0] * base + sheen1 + sheen2 * col[0];
                double green = col[1] * base + sheen1 * 0.96 + sheen2 * col[1];
                double blue = col[2] * base + sheen1 * 0.91 + sheen2 * col[2];
                layer.set(p, red, green, blue, Math.min(1, alpha));
            }
        }
        c.lay(layer, shadow);
    }

    /** Draws the partings and marks into the dark (and lit) strand coverage. */
    private void addPartings(FlowGrid grid, int x0, int y0, int w, int h, Shape local, float[] lights, float[] darks,
            int seed) {
        if (partings.isEmpty() && marks == null) {
            return;
        }
        BufferedImage dark = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        BufferedImage light = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D gd = TemplateCanvas.graphics(dark);
        Graphics2D gl = TemplateCanvas.graphics(light);
        gd.clip(local);
        gl.clip(local);
        gd.setColor(new Color(255, 255, 255, 210));
        gl.setColor(new Color(255, 255, 255, 150));
        Dice dice = new Dice(seed);
        double[] d = new double[2];
        for (Point2D.Double notch : partings) {
            double len = partingLength * (0.7 + 0.6 * dice.next());
            int steps = Math.max(2, (int) Math.ceil(len / 2));
            double[] px = new double[steps + 1];
            double[] py = new double[steps + 1];
            double[] qx = new double[steps + 1];
            double[] qy = new double[steps + 1];
            px[0] = notch.x - x0;
            py[0] = notch.y - y0;
            for (int i = 0; i <= steps; i++) {
                grid.at(px[i] + x0, py[i] + y0, d);
                // The lit edge: the next lock's rim, on the light's side of the parting.
                double side = -d[1] * Light.X + d[0] * Light.Y > 0 ? 1 : -1;
                qx[i] = px[i] - d[1] * 2.2 * side;
                qy[i] = py[i] + d[0] * 2.2 * side;
                if (i < steps) {
                    px[i + 1] = px[i] - d[0] * 2;
                    py[i + 1] = py[i] - d[1] * 2;
                }
            }
            gd.fill(ribbon(px, py, 3.2, false));
            gl.fill(ribbon(qx, qy, 2.0, false));
        }
        if (marks != null) {
            gd.fill(AffineTransform.getTranslateInstance(-x0, -y0).createTransformedShape(marks));
        }
        gd.dispose();
        gl.dispose();
        float[] ad = Blur.gaussian(alphaOf(dark), w, h, 1.0);
        float[] al = Blur.gaussian(alphaOf(light), w, h, 0.8);
        for (int p = 0; p < darks.length; p++) {
            darks[p] = 1 - (1 - darks[p]) * (1 - ad[p]);
            lights[p] = Math.max(0, lights[p] * (1 - ad[p]) + al[p] * (1 - lights[p]));
        }
    }

    /** Kajiya-Kay's highlight of a tangent shifted along the normal by {@code s}: sin(T, H)^power. */
    private static double kajiya(double tx, double ty, double tz, double nx, double ny, double nz, double s,
            double hx, double hy, double hz, double power) {
        double sx = tx + s * nx;
        double sy = ty + s * ny;
        double sz = tz + s * nz;
        double len = Math.sqrt(sx * sx + sy * sy + sz * sz);
        double d = (sx * hx + sy * hy + sz * hz) / len;
        return Math.pow(Math.max(0, 1 - d * d), power / 2);
    }

    /**
     * The coverage (0..1) of {@code count} thin strands drawn along the flow inside the outline,
     * each {@code length} pixels (± half) and tapered at both ends.
     */
    private static float[] strandCover(FlowGrid grid, int x0, int y0, int w, int h, Shape local, float[] cover,
            int count, double length, double width, double alpha, int seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        if (count <= 0) {
            return new float[w * h];
        }
        Graphics2D g = TemplateCanvas.graphics(img);
        g.clip(local);
        g.setColor(new Color(255, 255, 255, (int) Math.round(255 * alpha)));
        Dice dice = new Dice(seed);
        double[] d = new double[2];
        int drawn = 0;
        for (int tries = 0; drawn < count && tries < count * 50; tries++) {
            double x = dice.next() * w;
            double y = dice.next() * h;
            double len = length * (0.5 + dice.next());
            double wid = width * (0.7 + 0.6 * dice.next());
            if (cover[(int) y * w + (int) x] < 0.5f) {
                continue;
            }
            drawn++;
            int steps = Math.max(2, (int) Math.ceil(len / 3));
            double[] px = new double[steps + 1];
            double[] py = new double[steps + 1];
            px[0] = x;
            py[0] = y;
            for (int i = 1; i <= steps; i++) {
                grid.at(px[i - 1] + x0, py[i - 1] + y0, d);
                px[i] = px[i - 1] + d[0] * 3;
                py[i] = py[i - 1] + d[1] * 3;
            }
            g.fill(ribbon(px, py, wid, true));
        }
        g.dispose();
        return alphaOf(img);
    }

    /**
     * Stray hairs: from points near the edge inside the outline along the flow, bending a little
     * as they go, tapering to nothing; their coverage (0..1).
     */
    private float[] strayCover(FlowGrid grid, int x0, int y0, int w, int h, float[] soft, int seed) {
        if (strays <= 0) {
            return new float[w * h];
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = TemplateCanvas.graphics(img);
        g.setColor(new Color(255, 255, 255, 200));
        Dice dice = new Dice(seed);
        double[] d = new double[2];
        int drawn = 0;
        for (int tries = 0; drawn < strays && tries < strays * 400; tries++) {
            double x = dice.next() * w;
            double y = dice.next() * h;
            double len = strayLength * (0.5 + dice.next());
            double bend = dice.gauss() * 0.006;
            double width = 0.7 + 0.5 * dice.next();
            float s = soft[(int) y * w + (int) x];
            if (s < 0.5f || s > 0.8f) {
                continue;
            }
            drawn++;
            int steps = (int) Math.ceil(len / 2);
            double[] px = new double[steps + 1];
            double[] py = new double[steps + 1];
            px[0] = x;
            py[0] = y;
            double turn = 0;
            for (int i = 1; i <= steps; i++) {
                grid.at(px[i - 1] + x0, py[i - 1] + y0, d);
                turn += bend * 2;
                double a = Math.atan2(d[1], d[0]) + turn;
                px[i] = px[i - 1] + Math.cos(a) * 2;
                py[i] = py[i - 1] + Math.sin(a) * 2;
            }
            g.fill(ribbon(px, py, width, false));
        }
        g.dispose();
        return alphaOf(img);
    }

    /**
     * A strand as a filled ribbon along the points, {@code width} at its widest, tapering to a point
     * at the tip (and at the root too if {@code both}).
     */
    static Path2D.Double ribbon(double[] px, double[] py, double width, boolean both) {
        int n = px.length;
        double[] lx = new double[n];
        double[] ly = new double[n];
        double[] rx = new double[n];
        double[] ry = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double tx = px[b] - px[a];
            double ty = py[b] - py[a];
            double len = Math.max(1e-9, Math.sqrt(tx * tx + ty * ty));
            double u = i / (double) (n - 1);
            double half = width / 2 * (both ? Math.sqrt(Math.sin(Math.PI * u)) : Math.pow(1 - u, 0.8)) + 0.05;
            lx[i] = px[i] - ty / len * half;
            ly[i] = py[i] + tx / len * half;
            rx[i] = px[i] + ty / len * half;
            ry[i] = py[i] - tx / len * half;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(lx[0], ly[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(lx[i], ly[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            path.lineTo(rx[i], ry[i]);
        }
        path.closePath();
        return path;
    }

    static float[] alphaOf(BufferedImage img) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        float[] out = new float[px.length];
        for (int p = 0; p < px.length; p++) {
            out[p] = (px[p] >>> 24) / 255f;
        }
        return out;
    }
}
