package app.maskai.web.ui;

import app.maskai.core.style.PortraitStyle;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * "Style and more" (issue 15): the portrait style drawn over the result and its strength. The
 * choice holds for this visit's photos (not kept: a style is a look for one photo, not a setting);
 * the page redraws the photo on show with it.
 */
public final class StyleSection {
    private final HTMLSelectElement choice;
    private final HTMLInputElement strength;
    private final HTMLElement strengthValue;
    private final Page page;

    public StyleSection(Page page) {
        HTMLDocument document = HTMLDocument.current();
        this.page = page;
        this.choice = (HTMLSelectElement) document.getElementById("style-choice");
        this.strength = (HTMLInputElement) document.getElementById("style-strength");
        this.strengthValue = document.getElementById("style-strength-value");
        for (PortraitStyle style : PortraitStyle.values()) {
            HTMLOptionElement option = (HTMLOptionElement) document.createElement("option");
            option.setValue(style.id);
            option.setText(style.label);
            choice.appendChild(option);
        }
        choice.addEventListener("change", event -> changed(true));
        strength.addEventListener("input", event -> changed(false));
        strength.addEventListener("change", event -> changed(true));
        choice.setDisabled(false);
        strength.setDisabled(false);
        page.onStyleChanged(this::shown);
    }

    /** The controls follow a style set by a command in words. */
    private void shown() {
        PortraitStyle style = page.style();
        choice.setValue(style == null ? "" : style.id);
        int percent = Math.round(page.styleStrength() * 100);
        strength.setValue(String.valueOf(percent));
        strengthValue.setTextContent(percent + " %");
    }

    private void changed(boolean settled) {
        int percent = Integer.parseInt(strength.getValue());
        strengthValue.setTextContent(percent + " %");
        PortraitStyle style = PortraitStyle.byId(choice.getValue());
        page.setStyle(style, percent / 100f, settled);
    }
}
