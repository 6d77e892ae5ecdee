package app.maskai.core.hair;

import java.util.List;
import java.util.Locale;

/**
 * A hair colour the page offers (issue 15 §3): an id, the name a person reads and the colour
 * (0xRRGGBB, sRGB) as it shows in hair of middle light; or a person's own colour ({@link
 * #custom}). The colours are typical dye shades (a hairdresser's chart's names), chosen to be far
 * apart.
 */
public final class HairColour {
    public static final HairColour BLACK = new HairColour("black", "Jet black", 0x1C1A1C);
    public static final HairColour DARK_BROWN = new HairColour("dark-brown", "Dark brown", 0x3B2A20);
    public static final HairColour CHESTNUT = new HairColour("chestnut", "Chestnut", 0x6A3E25);
    public static final HairColour AUBURN = new HairColour("auburn", "Auburn", 0x8A3324);
    public static final HairColour COPPER = new HairColour("copper", "Copper red", 0xB5512A);
    public static final HairColour BLONDE = new HairColour("blonde", "Honey blonde", 0xC99A5B);
    public static final HairColour PLATINUM = new HairColour("platinum", "Platinum blonde", 0xE3D9C4);
    public static final HairColour SILVER = new HairColour("silver", "Silver grey", 0xA9ABAF);
    public static final HairColour PINK = new HairColour("pink", "Rose pink", 0xE08AA8);
    public static final HairColour BLUE = new HairColour("blue", "Electric blue", 0x2F5FD0);
    /** The built-in colours, in the order offered. */
    public static final List<HairColour> ALL = List.of(BLACK, DARK_BROWN, CHESTNUT, AUBURN, COPPER, BLONDE, PLATINUM,
            SILVER, PINK, BLUE);
    /** A hair colour's default strength: how much of the new colour (0..1). */
    public static final float DEFAULT_STRENGTH = 0.85f;

    public final String id;
    public final String name;
    public final int rgb;

    private HairColour(String id, String name, int rgb) {
        this.id = id;
        this.name = name;
        this.rgb = rgb;
    }

    /** A person's own colour, "#rrggbb" (case ignored); null where it is not one. */
    public static HairColour custom(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        String lower = hex.toLowerCase(Locale.ROOT);
        return new HairColour(lower, "Custom " + lower, Integer.parseInt(lower.substring(1), 16));
    }

    /** A built-in colour by id, or a custom "#rrggbb"; null for anything else. */
    public static HairColour byId(String id) {
        for (HairColour colour : ALL) {
            if (colour.id.equals(id)) {
                return colour;
            }
        }
        return custom(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
