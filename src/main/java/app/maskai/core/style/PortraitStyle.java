package app.maskai.core.style;

import java.util.Locale;

/**
 * The portrait styles, drawn by the renderer over the try-on result (so that the mask takes the
 * style too). Each is face-aware: inside the regions of {@link StyleRegions} (eyes, brows, lips
 * and the face) it keeps more detail than in the background. The ids are the API's and the
 * command box's words; {@link #index} is the renderer's switch.
 */
public enum PortraitStyle {
    /** Extended difference of Gaussians (Winnemöller, Kyprianidis and Olsen 2012): pencil lines on paper. */
    PENCIL("pencil", "Pencil sketch"),
    /** Cel shading (a few flat tones of the photo's own colours) with the same edges in ink. */
    INK("ink", "Ink and comic"),
    /** Anisotropic Kuwahara filter (Kyprianidis, Kang and Döllner 2009): strokes along the structure. */
    OIL("oil", "Oil paint"),
    /** Soft colour washes bled from a blurred photo, darker at their edges, on paper grain. */
    WATERCOLOUR("watercolour", "Watercolour"),
    /** CMY dots on rotated screens, bold colours: pop-art printing. */
    HALFTONE("halftone", "Pop-art halftone"),
    /** Posterised tones in two colours, with ink edges. */
    DUOTONE("duotone", "Duotone poster");

    /** Strength a style starts at: the whole style. */
    public static final float DEFAULT_STRENGTH = 1f;
    /**
     * The most pixels a style is made at (a larger result is styled at the largest size of its
     * shape within it, then brought back to its own size by joint bilateral upsampling, which keeps
     * the style's edges on the photo's): about 730 × 550, which a phone's screen shows whole. The
     * passes' cost grows faster than the pixels; the benchmark's "effects" part measured a 12 MP
     * photo's style at 1.6-2.3 s its own cost with 1 MP (software GPU, 2 cores), 1.1-1.5 s with
     * 0.5 MP, of which about 0.6 s is the full-size copy and upsampling.
     */
    public static final long WORK_PIXELS = 400_000;
    /**
     * The oil paint's: its Kuwahara filter reads 81 samples into 8 sectors a pixel, 2.1 s for 0.5 MP
     * on that machine; its strokes are broad, and at this size they stay so.
     */
    public static final long OIL_WORK_PIXELS = 160_000;
    /**
     * The share of {@link #workPixels} the live view makes a style at: each camera frame is styled
     * anew, within the frame's time (a 640 × 480 frame's pencil at 40,000 pixels, 230 × 170, brought
     * back by the same upsampling); the benchmark's "liveStyles" part gives the frame rate.
     */
    public static final float LIVE_WORK_SHARE = 0.1f;

    public final String id;
    public final String label;

    PortraitStyle(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The most pixels this style is made at (see {@link #WORK_PIXELS}). */
    public long workPixels() {
        return this == OIL ? OIL_WORK_PIXELS : WORK_PIXELS;
    }

    /** The renderer's number for this style: 1 to 6 (0 is no style). */
    public int index() {
        return ordinal() + 1;
    }

    /** The style of this id (case and surrounding spaces ignored; "watercolor" too), or null. */
    public static PortraitStyle byId(String id) {
        if (id == null) {
            return null;
        }
        String key = id.trim().toLowerCase(Locale.ROOT);
        if (key.equals("watercolor")) {
            return WATERCOLOUR;
        }
        for (PortraitStyle style : values()) {
            if (style.id.equals(key)) {
                return style;
            }
        }
        return null;
    }

    /** The ids, for messages: "pencil, ink, oil, watercolour, halftone, duotone". */
    public static String ids() {
        StringBuilder out = new StringBuilder();
        for (PortraitStyle style : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(style.id);
        }
        return out.toString();
    }

    /** A strength in 0..1 (NaN counts as the default). */
    public static float clampStrength(double strength) {
        if (Double.isNaN(strength)) {
            return DEFAULT_STRENGTH;
        }
        return (float) Math.max(0, Math.min(1, strength));
    }
}
