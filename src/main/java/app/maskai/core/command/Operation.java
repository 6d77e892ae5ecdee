package app.maskai.core.command;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a command asks for, in terms of what the page's controls do (nothing else can be
 * asked): pick a mask, resize, move, turn or fade the selected face's mask, take it off or put it
 * back, choose which faces, pick a portrait style or its strength, put the faces into a template, colour the hair, give a hairstyle,
 * keep hands in front, reset the face, undo. {@link #toString()} is its canonical form, which the tests compare.
 */
public final class Operation {
    /** What kind of change. */
    public enum Kind {
        /** {@link #text}: a mask id. */
        MASK,
        /** {@link #amount}: a factor of the size ({@link #relative}) or the size itself (0.5..2). */
        SIZE,
        /** {@link #amount}: inter-ocular distances, positive down ({@link #relative}: added). */
        MOVE,
        /** {@link #amount}: degrees, positive clockwise (added to the rotation). */
        ROTATE,
        /** {@link #amount}: 0..1, or a factor ({@link #relative}). */
        OPACITY,
        /** The selected face's mask off. */
        MASK_OFF,
        /** The selected face's mask on. */
        MASK_ON,
        /** {@link #face}: which faces; {@link #only}: the mask on that face alone. */
        FACES,
        /** {@link #text}: a portrait style id, or null for none. */
        STYLE,
        /** {@link #amount}: the style's strength, 0..1. */
        STYLE_STRENGTH,
        /** {@link #text}: a face template id, or null for none. */
        TEMPLATE,
        /** {@link #text}: a hair colour id or "#rrggbb" (core.hair.HairColour), or null: as it is. */
        HAIR,
        /** {@link #text}: a hairstyle overlay's id, or null for none (the person's own hair). */
        HAIRSTYLE,
        /** {@link #amount}: 1 to keep hands and hair in front of the mask, 0 not to. */
        HANDS,
        /** The selected face back to its plain fit. */
        RESET,
        /** The last command's changes taken back. */
        UNDO
    }

    /** Which face a {@link Kind#FACES} operation means. */
    public enum Face {
        ALL, LEFT, RIGHT, MIDDLE, LARGEST, SMALLEST, FIRST, SECOND, THIRD, FOURTH, LAST
    }

    public final Kind kind;
    public final String text;
    public final double amount;
    public final boolean relative;
    public final Face face;
    public final boolean only;

    private Operation(Kind kind, String text, double amount, boolean relative, Face face, boolean only) {
        this.kind = kind;
        this.text = text;
        this.amount = amount;
        this.relative = relative;
        this.face = face;
        this.only = only;
    }

    static Operation of(Kind kind) {
        return new Operation(kind, null, 0, false, null, false);
    }

    static Operation text(Kind kind, String text) {
        return new Operation(kind, text, 0, false, null, false);
    }

    static Operation amount(Kind kind, double amount, boolean relative) {
        return new Operation(kind, null, amount, relative, null, false);
    }

    static Operation faces(Face face, boolean only) {
        return new Operation(Kind.FACES, null, 0, false, face, only);
    }

    @Override
    public String toString() {
        switch (kind) {
            case MASK:
                return "mask " + text;
            case STYLE:
                return "style " + (text == null ? "none" : text);
            case TEMPLATE:
                return "template " + (text == null ? "none" : text);
            case HAIR:
                return "hair " + (text == null ? "natural" : text);
            case HAIRSTYLE:
                return "hairstyle " + (text == null ? "none" : text);
            case FACES:
                return "faces " + face.name().toLowerCase(Locale.ROOT) + (only ? " only" : "");
            case SIZE:
            case OPACITY:
            case MOVE:
            case ROTATE:
            case STYLE_STRENGTH:
            case HANDS:
                return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + (relative ? "×" : "")
                        + number(amount);
            default:
                return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Up to 3 decimals, no trailing zeros: 1.1, 0.05, 10. */
    static String number(double value) {
        long thousandths = Math.round(value * 1000);
        String sign = thousandths < 0 ? "-" : "";
        long abs = Math.abs(thousandths);
        String whole = sign + abs / 1000;
        long fraction = abs % 1000;
        if (fraction == 0) {
            return whole;
        }
        String digits = String.valueOf(1000 + fraction).substring(1).replaceAll("0+$", "");
        return whole + "." + digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Operation && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toString());
    }
}
