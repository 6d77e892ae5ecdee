package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.SurfaceMap;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;

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
