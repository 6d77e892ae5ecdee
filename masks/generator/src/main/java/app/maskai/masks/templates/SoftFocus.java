package app.maskai.masks.templates;

import app.maskai.masks.draw.Tone;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * A portrait's depth of field: the picture a little softer far from the face (a Gaussian blur
 * faded in from {@link #FROM} to {@link #TO} face widths from the face's centre). A person's face,
 * warped into the template, carries a photo's detail at the photo's resolution, often enlarged; if
 * the frame, lettering and fur round it were crisper than that face, the face would look blurred
 * in its picture (TemplatesIT measures it: the eyes and mouth must keep more detail, by mean
 * gradient, than the picture beyond 1.5 face widths). Near the face, and all of the front layer,
 * nothing changes.
 */
final class SoftFocus {
    /** Face widths from the face's centre where the softening starts and where it is complete. */
    static final double FROM = 1.1;
    static final double TO = 1.45;
    /**
     * The blur at its fullest, pixels (Gaussian sigma): {@link Blur}'s smallest step (three box
     * passes of radius 1, sigma √2) twice.
     */
    static final double STEP = Math.sqrt(2);
    static final int STEPS = 2;

    private SoftFocus() {
    }

    /** Softens {@code picture} (opaque RGB) in place round a face {@code width} pixels wide at {@code centre}. */
    static void apply(BufferedImage picture, Point2D.Double centre, double width) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        int[] px = TemplateCanvas.pixels(picture);
        float[][] ch = new float[3][w * h];
        for (int p = 0; p < px.length; p++) {
            ch[0][p] = (px[p] >> 16) & 255;
            ch[1][p] = (px[p] >> 8) & 255;
            ch[2][p] = px[p] & 255;
        }
        float[][] soft = new float[3][];
        for (int k = 0; k < 3; k++) {
            soft[k] = ch[k];
            for (int i = 0; i < STEPS; i++) {
                soft[k] = Blur.gaussian(soft[k], w, h, STEP);
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Tone.hypot(x + 0.5 - centre.x, y + 0.5 - centre.y) / width;
                double t = Tone.smoothstep(FROM, TO, d);
                if (t <= 0) {
                    continue;
                }
                int p = y * w + x;
                int r = (int) Math.round(ch[0][p] + (soft[0][p] - ch[0][p]) * t);
                int g = (int) Math.round(ch[1][p] + (soft[1][p] - ch[1][p]) * t);
                int b = (int) Math.round(ch[2][p] + (soft[2][p] - ch[2][p]) * t);
                px[p] = TemplateCanvas.clamp(r) << 16 | TemplateCanvas.clamp(g) << 8 | TemplateCanvas.clamp(b);
            }
        }
    }
}
