package app.maskai.core.hair;

/**
 * What lies behind a person's hair, guessed from round it: the pixels of a region that are not hair
 * (its matte, {@link HairMatte#head}) spread into the hair by push-pull (Gortler et al. 1996, "The
 * Lumigraph", §3.3: averages of the known pixels at ever coarser levels, then from the coarsest
 * level back down, each pixel taking as much of the coarser guess as it lacks weight of its own). A
 * hairstyle overlay is drawn over the photo with the person's own hair replaced by this, so hair
 * the overlay does not cover (a longer cut, volume above it, the strands at its soft edge) does not
 * show beside it.
 *
 * <p>The guess is smooth (background, skin and clothes blurred together), so it is made at a low
 * resolution, at most {@link #SIDE} pixels a side, which the renderer scales up with bilinear
 * filtering. A pixel's own weight is (1 − hair)⁴: the matte's soft edge carries hair colour.
 */
public final class HairFill {
    /** The fill's longest side, in pixels. */
    public static final int SIDE = 128;

    /**
     * A fill: {@link #width} × {@link #height} RGBA pixels, 0..255, row 0 at the top, each the mean
     * of a {@link #cell} × {@link #cell} square of the region (the last row and column may reach
     * past the region's edge).
     */
    public static final class Picture {
        public final int width;
        public final int height;
        public final int cell;
        public final byte[] rgba;

        Picture(int width, int height, int cell, byte[] rgba) {
            this.width = width;
            this.height = height;
            this.cell = cell;
            this.rgba = rgba;
        }
    }

    private HairFill() {
    }

    /**
     * The region's pixels without its hair: {@code rgba} (w × h, 4 bytes a pixel) and {@code hair}
     * (w × h, 0..255 a pixel), at most {@link #SIDE} pixels a side; null where every pixel is hair.
     */
    public static Picture fill(byte[] rgba, int w, int h, byte[] hair) {
        int cell = Math.max(1, (Math.max(w, h) + SIDE - 1) / SIDE);
        int fw = (w + cell - 1) / cell;
        int fh = (h + cell - 1) / cell;
        float[] p = new float[3 * fw * fh];
        float[] k = new float[fw * fh];
        int[] count = new int[fw * fh];
        // Up to 4 × 4 samples a cell: the fill is a blur, and a large region (a 12 MP photo's
        // head) would otherwise be read whole.
        int stride = Math.max(1, cell / 4);
        for (int y = stride / 2; y < h; y += stride) {
            int row = (y / cell) * fw;
            for (int x = stride / 2; x < w; x += stride) {
                int i = y * w + x;
                int c = row + x / cell;
                float known = 1 - (hair[i] & 0xFF) / 255f;
                known *= known;
                known *= known;
                count[c]++;
                if (known > 0) {
                    k[c] += known;
                    p[3 * c] += known * (rgba[4 * i] & 0xFF);
                    p[3 * c + 1] += known * (rgba[4 * i + 1] & 0xFF);
                    p[3 * c + 2] += known * (rgba[4 * i + 2] & 0xFF);
                }
            }
        }
        for (int c = 0; c < k.length; c++) {
            if (count[c] == 0) {
                continue; // a sliver past the sampled rows or columns: the coarser levels guess it
            }
            p[3 * c] /= count[c];
            p[3 * c + 1] /= count[c];
            p[3 * c + 2] /= count[c];
            k[c] /= count[c];
        }
        float[] colour = pull(p, k, fw, fh);
        if (colour == null) {
            return null;
        }
        byte[] out = new byte[4 * fw * fh];
        for (int c = 0; c < k.length; c++) {
            for (int j = 0; j < 3; j++) {
                out[4 * c + j] = (byte) Math.max(0, Math.min(255, Math.round(colour[3 * c + j])));
            }
            out[4 * c + 3] = (byte) 255;
        }
        return new Picture(fw, fh, cell, out);
    }

    /**
     * The level's colours (3 a pixel) from its premultiplied means {@code p} and known weights
     * {@code k} (0..1), w × h: its own where fully known, the next coarser level's guess where not;
     * null where nothing at all is known.
     */
    private static float[] pull(float[] p, float[] k, int w, int h) {
        if (w == 1 && h == 1) {
            if (!(k[0] > 1e-6f)) {
                return null;
            }
            return new float[] {p[0] / k[0], p[1] / k[0], p[2] / k[0]};
        }
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        float[] cp = new float[3 * cw * ch];
        float[] ck = new float[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                int c = y * cw + x;
                int n = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int fx = 2 * x + dx;
                        int fy = 2 * y + dy;
                        if (fx < w && fy < h) {
                            int f = fy * w + fx;
                            cp[3 * c] += p[3 * f];
                            cp[3 * c + 1] += p[3 * f + 1];
                            cp[3 * c + 2] += p[3 * f + 2];
                            ck[c] += k[f];
                            n++;
                        }
                    }
                }
                cp[3 * c] /= n;
                cp[3 * c + 1] /= n;
                cp[3 * c + 2] /= n;
                ck[c] /= n;
            }
        }
        float[] coarse = pull(cp, ck, cw, ch);
        if (coarse == null) {
            return null;
        }
        float[] out = new float[3 * w * h];
        for (int y = 0; y < h; y++) {
            // Bilinear between the coarse pixels' centres.
            float sy = Math.max(0, Math.min(ch - 1, (y + 0.5f) / 2 - 0.5f));
            int y0 = (int) sy;
            int y1 = Math.min(ch - 1, y0 + 1);
            float ty = sy - y0;
            for (int x = 0; x < w; x++) {
                float sx = Math.max(0, Math.min(cw - 1, (x + 0.5f) / 2 - 0.5f));
                int x0 = (int) sx;
                int x1 = Math.min(cw - 1, x0 + 1);
                float tx = sx - x0;
                int f = y * w + x;
                float lack = Math.max(0, 1 - k[f]);
                for (int j = 0; j < 3; j++) {
                    float top = coarse[3 * (y0 * cw + x0) + j] * (1 - tx) + coarse[3 * (y0 * cw + x1) + j] * tx;
                    float bottom = coarse[3 * (y1 * cw + x0) + j] * (1 - tx) + coarse[3 * (y1 * cw + x1) + j] * tx;
                    out[3 * f + j] = p[3 * f + j] + lack * (top * (1 - ty) + bottom * ty);
                }
            }
        }
        return out;
    }
}
