package app.maskai.web.custom;

import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The list of the person's kept masks (#custom-list): each with its thumbnail, name and a Remove
 * button; hidden when there is none.
 */
final class CustomMaskList {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement list = document.getElementById("custom-list");
    /** Told the mask whose Remove was pressed. */
    private final Consumer<CustomMask> onRemove;

    CustomMaskList(Consumer<CustomMask> onRemove) {
        this.onRemove = onRemove;
    }

    /** Shows {@code masks}, all but {@code editing} (the one in the editor, or null). */
    void show(List<CustomMask> masks, CustomMask editing) {
        list.setInnerHTML("");
        for (CustomMask mask : masks) {
            if (mask != editing) {
                list.appendChild(item(mask));
            }
        }
        list.setHidden(list.getChildNodes().getLength() == 0);
    }

    private HTMLElement item(CustomMask mask) {
        HTMLElement item = document.createElement("li");
        HTMLElement image = document.createElement("img");
        image.setAttribute("src", mask.thumbnailUrl());
        image.setAttribute("alt", "");
        image.setAttribute("width", "40");
        image.setAttribute("height", "40");
        HTMLElement name = document.createElement("span");
        name.setInnerText(mask.name());
        HTMLElement remove = document.createElement("button");
        remove.setAttribute("type", "button");
        remove.setClassName("button small");
        remove.setInnerText("Remove");
        remove.setAttribute("aria-label", "Remove \u201C" + mask.name() + "\u201D");
        remove.addEventListener("click", event -> onRemove.accept(mask));
        item.appendChild(image);
        item.appendChild(name);
        item.appendChild(remove);
        return item;
    }
}
