package app.maskai.web.ui;

import app.maskai.core.style.PortraitStyle;
import app.maskai.core.hair.HairColour;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.masks.HairstyleLibrary;
import app.maskai.web.masks.TemplateLibrary;
import app.maskai.web.tryon.TryOnEngine;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * "Style and more" (issue 15): the portrait style drawn over the result and its strength, the
 * hairstyle and the hair colour, and the template the faces are put into (and which face). The choices hold for this visit's photos (not
 * kept: a look for one photo, not a setting); the page redraws the photo on show with them.
 */
public final class StyleSection {
    private final HTMLSelectElement choice;
    private final HTMLInputElement strength;
    private final HTMLElement strengthValue;
    private final HTMLSelectElement hair;
    private final HTMLInputElement hairCustom;
    private final HTMLInputElement hairStrength;
    private final HTMLElement hairStrengthValue;
    private final HTMLSelectElement hairstyle;
    private final HTMLSelectElement template;
    private final HTMLSelectElement templateFace;
    private final Page page;
    /** Whether the templates' list is read or being read; likewise the hairstyles'. */
    private boolean listing;
    private boolean listingHairstyles;
    /** The face count the face choice lists (−1: not yet listed). */
    private int listedFaces = -1;

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

        this.hair = (HTMLSelectElement) document.getElementById("hair-choice");
        this.hairCustom = (HTMLInputElement) document.getElementById("hair-custom");
        this.hairStrength = (HTMLInputElement) document.getElementById("hair-strength");
        this.hairStrengthValue = document.getElementById("hair-strength-value");
        for (HairColour colour : HairColour.ALL) {
            HTMLOptionElement option = (HTMLOptionElement) document.createElement("option");
            option.setValue(colour.id);
            option.setText(colour.name);
            hair.appendChild(option);
        }
        HTMLOptionElement own = (HTMLOptionElement) document.createElement("option");
        own.setValue("custom");
        own.setText("Your own colour (below)");
        hair.appendChild(own);
        hair.addEventListener("change", event -> hairChanged(true));
        hairCustom.addEventListener("input", event -> {
            hair.setValue("custom");
            hairChanged(false);
        });
        hairCustom.addEventListener("change", event -> hairChanged(true));
        hairStrength.addEventListener("input", event -> hairChanged(false));
        hairStrength.addEventListener("change", event -> hairChanged(true));
        hair.setDisabled(false);
        hairCustom.setDisabled(false);
        hairStrength.setDisabled(false);

        this.hairstyle = (HTMLSelectElement) document.getElementById("hairstyle-choice");
        hairstyle.addEventListener("change", event -> {
            String id = hairstyle.getValue();
            page.setHairstyle(id.isEmpty() ? null : id);
        });

        this.template = (HTMLSelectElement) document.getElementById("template-choice");
        this.templateFace = (HTMLSelectElement) document.getElementById("template-face");
        template.addEventListener("change", event -> templateChanged());
        templateFace.addEventListener("change", event -> templateChanged());
        page.onDrawn(this::drawn);
    }

    /**
     * After a photo is drawn: the faces to choose from, and, the first time, the templates' and the
     * hairstyles' lists (small files; their pictures are fetched when one is chosen). Not before:
     * the page shows nothing new during the warm-up, and most visits use neither.
     */
    private void drawn() {
        if (!listingHairstyles) {
            listingHairstyles = true;
            HTMLDocument document = HTMLDocument.current();
            HairstyleLibrary.load().then(library -> {
                for (HairstyleLibrary.Entry entry : library.entries()) {
                    HTMLOptionElement option = (HTMLOptionElement) document.createElement("option");
                    option.setValue(entry.id);
                    option.setText(entry.name);
                    hairstyle.appendChild(option);
                }
                hairstyle.setDisabled(false);
                hairstyle.setValue(page.hairstyleId() == null ? "" : page.hairstyleId());
                return null;
            }, error -> {
                listingHairstyles = false; // tried again after the next drawing
                hairstyle.setTitle(JsErrors.messageOf((JSObject) error));
                return null;
            });
        }
        if (!listing) {
            listing = true;
            HTMLDocument document = HTMLDocument.current();
            TemplateLibrary.load().then(library -> {
                for (TemplateLibrary.Entry entry : library.entries()) {
                    HTMLOptionElement option = (HTMLOptionElement) document.createElement("option");
                    option.setValue(entry.id);
                    option.setText(entry.name);
                    template.appendChild(option);
                }
                template.setDisabled(false);
                template.setValue(page.templateId() == null ? "" : page.templateId());
                return null;
            }, error -> {
                listing = false; // tried again after the next drawing
                template.setTitle(JsErrors.messageOf((JSObject) error));
                return null;
            });
        }
        listFaces();
    }

    private void hairChanged(boolean settled) {
        int percent = Integer.parseInt(hairStrength.getValue());
        hairStrengthValue.setTextContent(percent + " %");
        String value = hair.getValue();
        HairColour colour = value.equals("custom") ? HairColour.custom(hairCustom.getValue()) : HairColour.byId(value);
        page.setHair(colour, percent / 100f, settled);
    }

    private void templateChanged() {
        String id = template.getValue();
        String face = templateFace.getValue();
        page.setTemplate(id.isEmpty() ? null : id,
                face.equals("each") ? TryOnEngine.InTemplate.EACH : Integer.parseInt(face));
        listFaces();
    }

    /** "Each face" and one entry a face, when the photo has more than one and a template is chosen. */
    private void listFaces() {
        int faces = page.faceCount();
        if (faces != listedFaces) {
            listedFaces = faces;
            while (templateFace.getOptions().getLength() > 1) {
                templateFace.getOptions().remove(templateFace.getOptions().getLength() - 1);
            }
            HTMLDocument document = HTMLDocument.current();
            for (int i = 0; i < faces && faces > 1; i++) {
                HTMLOptionElement option = (HTMLOptionElement) document.createElement("option");
                option.setValue(String.valueOf(i));
                option.setText("Face " + (i + 1) + " alone");
                templateFace.appendChild(option);
            }
        }
        int chosen = page.templateFace();
        templateFace.setValue(chosen == TryOnEngine.InTemplate.EACH || chosen >= faces ? "each" : String.valueOf(chosen));
        templateFace.setDisabled(faces < 2 || page.templateId() == null);
    }

    /** The controls follow a style set by a command in words. */
    private void shown() {
        if (hair != null) {
            HairColour colour = page.hair();
            boolean own = colour != null && HairColour.ALL.indexOf(colour) < 0;
            hair.setValue(colour == null ? "" : own ? "custom" : colour.id);
            if (own) {
                hairCustom.setValue(colour.id);
            }
            int percent = Math.round(page.hairStrength() * 100);
            hairStrength.setValue(String.valueOf(percent));
            hairStrengthValue.setTextContent(percent + " %");
        }
        if (hairstyle != null && !hairstyle.isDisabled()) {
            hairstyle.setValue(page.hairstyleId() == null ? "" : page.hairstyleId());
        }
        if (template != null && !template.isDisabled()) {
            template.setValue(page.templateId() == null ? "" : page.templateId());
            listFaces();
        }
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
