package app.maskai.masks.draw;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * An RGBA float texture, straight (not premultiplied) alpha, sRGB 0..1, with the part each
 * drawn texel belongs to. Painters compose layers onto it back to front with {@link #over}.
 */
public final class Texture {
    public final int size;
    public final float[] r;
    public final float[] g;
    public final float[] b;
    public final float[] a;
    /** Index into the painting's parts, per texel (meaningful where a > 0). */
    public final byte[] part;

    public Texture(int size) {
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
    public void over(int p, float[] rgb, double shade, double alpha, double sheen, int partIndex) {
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

    public void over(int p, float[] rgb, double shade, double alpha, int partIndex) {
        over(p, rgb, shade, alpha, 0, partIndex);
    }

    /**
     * Gives fully transparent texels the colour of their nearest drawn neighbours (6 texels out,
     * ring by ring) and the base colour beyond, so that bilinear filtering of straight-alpha texels
     * at the mask's edge does not pull in black. Works on the edge's neighbourhood only.
     */
    public void bleedEdges(float[] base) {
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
    public void samplePremultiplied(double s, double t, float[] out) {
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

    public BufferedImage toImage() {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        int[] argb = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int p = 0; p < argb.length; p++) {
            argb[p] = to8(a[p]) << 24 | to8(r[p]) << 16 | to8(g[p]) << 8 | to8(b[p]);
        }
        return img;
    }

    /** 0..1 to 0..255, rounded to nearest (as the binding's alpha map reads it). */
    public static int to8(float v) {
        return v <= 0 ? 0 : v >= 1 ? 255 : (int) (v * 255 + 0.5f);
    }
}
