package app.maskai.web.ui;

import app.maskai.core.fit.FitAdjustment;
import app.maskai.web.dom.Focus;
import app.maskai.web.masks.MaskLibrary;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The "Adjust the fit" panel: which face is selected, and that face's mask, switch, size,
 * up/down offset, rotation and opacity. It only reports what the person changed; the page owns
 * the adjustments and redraws.
 */
final class FitPanel {
    /** What the panel reports to the page. */
    interface Listener {
        void selectFace(int index);

        void adjust(FitAdjustment adjustment);
    }

    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement panel = document.getElementById("adjust");
    private final HTMLElement faceList = document.getElementById("face-list");
    private final HTMLInputElement enabled = input("face-enabled");
    private final HTMLSelectElement maskSelect = (HTMLSelectElement) document.getElementById("face-mask");
    private final HTMLInputElement scale = input("adjust-scale");
    private final HTMLInputElement offset = input("adjust-offset");
    private final HTMLInputElement rotation = input("adjust-rotation");
    private final HTMLInputElement opacity = input("adjust-opacity");
    private final Listener listener;
    private FitAdjustment current = FitAdjustment.NONE;

    FitPanel(Listener listener) {
        this.listener = listener;
        enabled.addEventListener("change", event -> changed());
        maskSelect.addEventListener("change", event -> changed());
        for (HTMLInputElement slider : new HTMLInputElement[] {scale, offset, rotation, opacity}) {
            slider.addEventListener("input", event -> changed());
        }
        document.getElementById("adjust-reset").addEventListener("click", event -> listener.adjust(FitAdjustment.NONE));
    }

    void hide() {
        panel.setHidden(true);
        faceList.setInnerHTML("");
    }

    /** Shows the panel for {@code faceCount} faces with face {@code selected} and its adjustment. */
    void show(int faceCount, int selected, FitAdjustment adjustment, boolean[] switchedOn, MaskLibrary masks,
            String photoMaskName) {
        panel.setHidden(faceCount == 0);
        boolean hadFocus = Focus.isWithin(faceList);
        faceList.setInnerHTML("");
        if (faceCount > 1) {
            for (int i = 0; i < faceCount; i++) {
                int index = i;
                HTMLElement chip = document.createElement("button");
                chip.setAttribute("type", "button");
                chip.setClassName("face-chip" + (switchedOn[i] ? "" : " off"));
                chip.setAttribute("aria-pressed", i == selected ? "true" : "false");
                chip.setInnerText("Face " + (i + 1));
                chip.addEventListener("click", event -> listener.selectFace(index));
                faceList.appendChild(chip);
            }
        }
        if (hadFocus) {
            Focus.focusPressedIn(faceList);
        }
        boolean maskFocused = Focus.isWithin(maskSelect);
        fillMasks(masks, photoMaskName, adjustment.maskId);
        if (maskFocused) {
            maskSelect.focus();
        }
        set(adjustment);
    }

    /** Moves keyboard focus to the selected face's chip (after a click on the photo). */
    void focusSelected() {
        Focus.focusPressedIn(faceList);
    }

    private void set(FitAdjustment adjustment) {
        current = adjustment;
        enabled.setChecked(adjustment.enabled);
        scale.setValue(String.valueOf(Math.round(adjustment.scale * 100)));
        offset.setValue(String.valueOf(Math.round(adjustment.offsetY * 100)));
        rotation.setValue(String.valueOf(adjustment.rotationDegrees));
        opacity.setValue(String.valueOf(Math.round(adjustment.opacity * 100)));
        labels();
    }

    private void changed() {
        String mask = maskSelect.getValue();
        current = current
                .withEnabled(enabled.isChecked())
                .withMaskId(mask.isEmpty() ? null : mask)
                .withScale(number(scale) / 100f)
                .withOffsetY(number(offset) / 100f)
                .withRotation(number(rotation))
                .withOpacity(number(opacity) / 100f);
        labels();
        listener.adjust(current);
    }

    private void labels() {
        text("adjust-scale-value", Math.round(current.scale * 100) + " %");
        int up = Math.round(-current.offsetY * 100);
        text("adjust-offset-value", up == 0 ? "0" : (up > 0 ? "+" + up : String.valueOf(up)));
        text("adjust-rotation-value", trim(current.rotationDegrees) + "°");
        text("adjust-opacity-value", Math.round(current.opacity * 100) + " %");
    }

    private void fillMasks(MaskLibrary masks, String photoMaskName, String selectedId) {
        maskSelect.setInnerHTML("");
        HTMLElement same = document.createElement("option");
        same.setAttribute("value", "");
        same.setInnerText("Same as the photo (" + photoMaskName + ")");
        maskSelect.appendChild(same);
        for (MaskLibrary.Entry entry : masks.entries()) {
            HTMLElement option = document.createElement("option");
            option.setAttribute("value", entry.id);
            option.setInnerText(entry.name);
            maskSelect.appendChild(option);
        }
        maskSelect.setValue(selectedId == null ? "" : selectedId);
    }

    private void text(String id, String value) {
        document.getElementById(id).setInnerText(value);
    }

    private HTMLInputElement input(String id) {
        return (HTMLInputElement) document.getElementById(id);
    }

    private static float number(HTMLInputElement slider) {
        try {
            return Float.parseFloat(slider.getValue());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String trim(float value) {
        return value == Math.round(value) ? String.valueOf(Math.round(value)) : String.valueOf(value);
    }
}
