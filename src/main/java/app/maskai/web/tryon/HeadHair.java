package app.maskai.web.tryon;

import app.maskai.core.pipeline.Face;
import app.maskai.core.hair.HairColour;
import app.maskai.core.hair.HairFill;
import app.maskai.core.hair.HairShade;
import app.maskai.core.hair.HairstyleFit;
import app.maskai.core.hair.HairstyleSpec;
import app.maskai.web.masks.HairstyleLibrary;
import app.maskai.web.render.HairPaint;
import app.maskai.web.render.HairstyleOverlay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One face's hair in a photo, found once (core.hair.HairMatte.head, from the person segmentation)
 * and recoloured, or hidden under a hairstyle, as often as a person changes either: which face,
 * the matte's rectangle of the photo (x, y, width, height), the matte, the hair's mean luma and
 * colour, and what lies behind it (core.hair.HairFill).
 */
public final class HeadHair {
    /** The face's index in the photo's faces. */
    public final int face;
    public final int[] rect;
    public final byte[] alpha;
    /** 0..1; -1 where no hair was found. */
    public final float luma;
    /** 0xRRGGBB; -1 where no hair was found. */
    public final int rgb;
    /** What lies behind the hair, or null (no hair, or nothing but hair in the rectangle). */
    public final HairFill.Picture behind;

    HeadHair(int face, int[] rect, byte[] alpha, float luma, int rgb, HairFill.Picture behind) {
        this.face = face;
        this.rect = rect;
        this.alpha = alpha;
        this.luma = luma;
        this.rgb = rgb;
        this.behind = behind;
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

    /**
     * {@code hairstyle} on each of {@code faces}, fitted by core.hair.HairstyleFit, in {@code colour}
     * where one is chosen, else in the face's own hair's colour ({@code heads}, where found), else
     * as painted; the face's own hair ({@code heads}, where found) hidden under it.
     */
    public static List<HairstyleOverlay> overlays(HairstyleLibrary.Loaded hairstyle, List<Face> faces,
            List<HeadHair> heads, HairColour colour) {
        HairstyleSpec spec = hairstyle.spec;
        List<HairstyleOverlay> out = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            float[] landmarks = faces.get(i).landmarks;
            float[] affine = HairstyleFit.affine(spec, landmarks);
            if (affine == null) {
                continue;
            }
            HeadHair own = null;
            for (int h = 0; heads != null && h < heads.size(); h++) {
                if (heads.get(h).face == i && heads.get(h).luma >= 0) {
                    own = heads.get(h);
                }
            }
            HairColour shade = colour != null ? colour : own == null ? null
                    : HairColour.custom(String.format(Locale.ROOT, "#%06x", own.rgb));
            float[] params = shade == null ? new float[] {0, 0.5f, 0.5f, spec.luma, 1, 0}
                    : HairShade.params(shade, spec.luma, 1);
            HairstyleOverlay overlay = new HairstyleOverlay(spec.id, hairstyle.picture,
                    HairstyleFit.corners(spec, affine), params, landmarks);
            // Hidden only on a face turned little: behind a turned head the fill can only guess.
            if (own != null && own.behind != null && HairstyleFit.turn(landmarks) <= HairstyleFit.MAX_HIDING_TURN) {
                overlay.hiding(own.rect, own.alpha, own.behind);
            }
            out.add(overlay);
        }
        return out;
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
