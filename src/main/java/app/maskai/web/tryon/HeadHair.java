package app.maskai.web.tryon;

import app.maskai.core.hair.HairColour;
import app.maskai.core.hair.HairShade;
import app.maskai.web.render.HairPaint;
import java.util.List;

/**
 * One face's hair in a photo, found once (core.hair.HairMatte.head, from the person segmentation)
 * and recoloured as often as a person changes the colour: the matte's rectangle of the photo
 * (x, y, width, height), the matte, and the hair's mean luma.
 */
public final class HeadHair {
    public final int[] rect;
    public final byte[] alpha;
    /** 0..1; -1 where no hair was found. */
    public final float luma;

    HeadHair(int[] rect, byte[] alpha, float luma) {
        this.rect = rect;
        this.alpha = alpha;
        this.luma = luma;
    }

    /** The hair of {@code heads} (each face's) in {@code colour} at {@code strength}; faces without hair are left out. */
    public static HairPaint paint(List<HeadHair> heads, HairColour colour, float strength) {
        HairPaint paint = new HairPaint();
        for (HeadHair head : heads) {
            if (head.luma >= 0) {
                paint.add(new int[] {head.rect[0], head.rect[1], head.rect[2], head.rect[3]}, head.alpha,
                        HairShade.params(colour, head.luma, strength));
            }
        }
        return paint;
    }

    /** The share of the matte's rectangle that is hair (0..1), for saying whether any was found. */
    public float share() {
        long sum = 0;
        for (byte a : alpha) {
            sum += a & 0xFF;
        }
        return alpha.length == 0 ? 0 : sum / (255f * alpha.length);
    }
}
