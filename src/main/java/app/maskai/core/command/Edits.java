package app.maskai.core.command;

import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.hair.HairColour;
import app.maskai.core.style.PortraitStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the page shows that a command can change, as one value: the photo's mask, each face's
 * adjustment, the selected face, the portrait style and its strength, the face template, the hair
 * colour, the hairstyle, and whether hands are kept in front. {@link #apply} gives the state after a command's operations (UNDO aside: the page keeps
 * the states before each command) and says what it did, in words for the status line.
 */
public final class Edits {
    public final String maskId;
    public final List<FitAdjustment> adjustments;
    public final int selected;
    public final String styleId;
    public final float styleStrength;
    public final boolean hands;
    /** The face template (null: none). */
    public final String templateId;
    /** The hair colour (core.hair.HairColour id or "#rrggbb"; null: as it is). */
    public final String hairId;
    /** The hairstyle overlay's id (null: none, the person's own hair). */
    public final String hairstyleId;

    public Edits(String maskId, List<FitAdjustment> adjustments, int selected, String styleId, float styleStrength,
            boolean hands) {
        this(maskId, adjustments, selected, styleId, styleStrength, hands, null, null, null);
    }

    /** With no hairstyle (the person's own hair). */
    public Edits(String maskId, List<FitAdjustment> adjustments, int selected, String styleId, float styleStrength,
            boolean hands, String templateId, String hairId) {
        this(maskId, adjustments, selected, styleId, styleStrength, hands, templateId, hairId, null);
    }

    public Edits(String maskId, List<FitAdjustment> adjustments, int selected, String styleId, float styleStrength,
            boolean hands, String templateId, String hairId, String hairstyleId) {
        this.templateId = templateId;
        this.hairId = hairId;
        this.hairstyleId = hairstyleId;
        this.maskId = maskId;
        this.adjustments = List.copyOf(adjustments);
        this.selected = adjustments.isEmpty() ? 0 : Math.max(0, Math.min(adjustments.size() - 1, selected));
        this.styleId = styleId;
        this.styleStrength = styleStrength;
        this.hands = hands;
    }

    /**
     * The state after {@code operations} (UNDO skipped), on faces whose boxes' centres across are
     * {@code centreX} and areas {@code area} (the photo's face order); what was done is added to
     * {@code done} ("mask Cloth, red tartan", "size 110 %", …), and what could not be, to
     * {@code notDone}.
     */
    public Edits apply(List<Operation> operations, double[] centreX, double[] area, CommandParser names,
            List<String> done, List<String> notDone) {
        String mask = maskId;
        List<FitAdjustment> faces = new ArrayList<>(adjustments);
        int sel = selected;
        String style = styleId;
        float strength = styleStrength;
        boolean keepHands = hands;
        String template = templateId;
        String hairColour = hairId;
        String hairstyle = hairstyleId;
        for (Operation op : operations) {
            boolean perFace = op.kind == Operation.Kind.SIZE || op.kind == Operation.Kind.MOVE
                    || op.kind == Operation.Kind.ROTATE || op.kind == Operation.Kind.OPACITY
                    || op.kind == Operation.Kind.MASK_OFF || op.kind == Operation.Kind.MASK_ON
                    || op.kind == Operation.Kind.FACES || op.kind == Operation.Kind.RESET;
            if (perFace && faces.isEmpty()) {
                notDone.add(op.kind == Operation.Kind.FACES ? "choosing a face (no photo with faces on show)"
                        : "changing the fit (no photo with faces on show)");
                continue;
            }
            FitAdjustment a = faces.isEmpty() ? null : faces.get(sel);
            switch (op.kind) {
                case MASK:
                    mask = op.text;
                    done.add("mask " + names.maskName(op.text));
                    break;
                case SIZE: {
                    float scale = clamp((float) (op.relative ? a.scale * op.amount : op.amount),
                            FitAdjustment.MIN_SCALE, FitAdjustment.MAX_SCALE);
                    faces.set(sel, a.withScale(scale));
                    done.add("size " + Math.round(scale * 100) + " %");
                    break;
                }
                case MOVE: {
                    float y = clamp((float) (a.offsetY + op.amount), -FitAdjustment.MAX_OFFSET_Y,
                            FitAdjustment.MAX_OFFSET_Y);
                    faces.set(sel, a.withOffsetY(y));
                    done.add(op.amount < 0 ? "moved up" : "moved down");
                    break;
                }
                case ROTATE: {
                    float degrees = clamp((float) (op.relative ? a.rotationDegrees + op.amount : op.amount),
                            -FitAdjustment.MAX_ROTATION_DEGREES, FitAdjustment.MAX_ROTATION_DEGREES);
                    faces.set(sel, a.withRotation(degrees));
                    done.add("rotation " + Operation.number(Math.round(degrees * 2) / 2.0) + "°");
                    break;
                }
                case OPACITY: {
                    float opacity = clamp((float) (op.relative ? a.opacity * op.amount : op.amount), 0, 1);
                    faces.set(sel, a.withOpacity(opacity));
                    done.add("opacity " + Math.round(opacity * 100) + " %");
                    break;
                }
                case MASK_OFF:
                    faces.set(sel, a.withEnabled(false));
                    done.add("mask off " + faceName(sel, faces.size()));
                    break;
                case MASK_ON:
                    faces.set(sel, a.withEnabled(true));
                    done.add("mask on " + faceName(sel, faces.size()));
                    break;
                case FACES: {
                    if (op.face == Operation.Face.ALL) {
                        for (int i = 0; i < faces.size(); i++) {
                            faces.set(i, faces.get(i).withEnabled(true));
                        }
                        done.add("masks on every face");
                        break;
                    }
                    int index = pick(op.face, centreX, area);
                    if (index < 0) {
                        notDone.add("the " + op.face.name().toLowerCase(Locale.ROOT) + " face (the photo has "
                                + faces.size() + (faces.size() == 1 ? " face)" : " faces)"));
                        break;
                    }
                    sel = index;
                    if (op.only) {
                        for (int i = 0; i < faces.size(); i++) {
                            faces.set(i, faces.get(i).withEnabled(i == index));
                        }
                        done.add("a mask on " + faceName(index, faces.size()) + " only");
                    } else {
                        done.add(faceName(index, faces.size()) + " selected");
                    }
                    break;
                }
                case STYLE:
                    style = op.text;
                    PortraitStyle chosen = PortraitStyle.byId(op.text);
                    done.add(chosen == null ? "no style" : chosen.label.toLowerCase(Locale.ROOT) + " style");
                    break;
                case STYLE_STRENGTH:
                    strength = PortraitStyle.clampStrength(op.amount);
                    done.add("style strength " + Math.round(strength * 100) + " %");
                    break;
                case TEMPLATE:
                    template = op.text;
                    done.add(op.text == null ? "no template" : "template " + names.templateName(op.text));
                    break;
                case HAIR: {
                    hairColour = op.text;
                    HairColour colour = HairColour.byId(op.text);
                    done.add(colour == null ? "hair as it is" : "hair " + colour.name.toLowerCase(Locale.ROOT));
                    break;
                }
                case HAIRSTYLE:
                    hairstyle = op.text;
                    done.add(op.text == null ? "own hair" : "hairstyle " + names.hairstyleName(op.text));
                    break;
                case HANDS:
                    keepHands = op.amount > 0;
                    done.add(keepHands ? "hands and hair kept in front" : "hands and hair not looked for");
                    break;
                case RESET:
                    faces.set(sel, FitAdjustment.NONE);
                    done.add("the fit of " + faceName(sel, faces.size()) + " reset");
                    break;
                default:
                    break;
            }
        }
        return new Edits(mask, faces, sel, style, strength, keepHands, template, hairColour, hairstyle);
    }

    /** The face an operation names, by position across, size or order; -1 where there is none. */
    static int pick(Operation.Face face, double[] centreX, double[] area) {
        int n = centreX.length;
        if (n == 0) {
            return -1;
        }
        Integer[] byX = new Integer[n];
        for (int i = 0; i < n; i++) {
            byX[i] = i;
        }
        java.util.Arrays.sort(byX, (p, q) -> Double.compare(centreX[p], centreX[q]));
        switch (face) {
            case LEFT:
                return byX[0];
            case RIGHT:
                return byX[n - 1];
            case MIDDLE:
                return byX[n / 2];
            case FIRST:
                return byX[0];
            case SECOND:
                return n > 1 ? byX[1] : -1;
            case THIRD:
                return n > 2 ? byX[2] : -1;
            case FOURTH:
                return n > 3 ? byX[3] : -1;
            case LAST:
                return byX[n - 1];
            case LARGEST:
            case SMALLEST: {
                int best = 0;
                for (int i = 1; i < n; i++) {
                    if (face == Operation.Face.LARGEST ? area[i] > area[best] : area[i] < area[best]) {
                        best = i;
                    }
                }
                return best;
            }
            default:
                return -1;
        }
    }

    private static String faceName(int index, int count) {
        return count == 1 ? "the face" : "face " + (index + 1);
    }

    private static float clamp(float value, float min, float max) {
        return Math.max(min, Math.min(max, value));
    }
}
