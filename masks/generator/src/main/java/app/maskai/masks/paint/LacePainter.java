package app.maskai.masks.paint;

import app.maskai.masks.draw.Layer;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.Noise;
import app.maskai.masks.draw.Texture;
import app.maskai.masks.draw.Tone;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;

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
