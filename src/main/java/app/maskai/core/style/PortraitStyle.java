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

    public final String id;
    public final String label;

    PortraitStyle(String id, String label) {
        this.id = id;
        this.label = label;
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
