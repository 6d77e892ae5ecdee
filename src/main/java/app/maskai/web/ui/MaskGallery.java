package app.maskai.web.ui;

import app.maskai.web.masks.MaskLibrary;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The mask gallery (#mask-gallery): one radio button a mask (#mask-&lt;id&gt;, value = the id),
 * with its thumbnail and name; choosing one is told to {@code onChoose}.
 */
final class MaskGallery {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement gallery = document.getElementById("mask-gallery");
    private final Consumer<String> onChoose;

    MaskGallery(Consumer<String> onChoose) {
        this.onChoose = onChoose;
    }

    /** Lists {@code masks} in order, {@code checked} (an id, may be null) chosen. */
    void show(List<MaskLibrary.Entry> masks, String checked) {
        gallery.setInnerHTML("");
        for (MaskLibrary.Entry entry : masks) {
            HTMLElement label = document.createElement("label");
            label.setClassName("mask-option");
            HTMLInputElement radio = (HTMLInputElement) document.createElement("input");
            radio.setType("radio");
            radio.setName("mask");
            radio.setValue(entry.id);
            radio.setAttribute("id", "mask-" + entry.id);
            radio.setChecked(entry.id.equals(checked));
            radio.addEventListener("change", event -> {
                if (radio.isChecked()) {
                    onChoose.accept(entry.id);
                }
            });
            HTMLElement image = document.createElement("img");
            image.setAttribute("src", entry.thumbnailUrl);
            image.setAttribute("alt", "");
            image.setAttribute("width", "96");
            image.setAttribute("height", "96");
            HTMLElement name = document.createElement("span");
            name.setInnerText(entry.name);
            label.appendChild(radio);
            label.appendChild(image);
            label.appendChild(name);
            gallery.appendChild(label);
        }
    }
}
