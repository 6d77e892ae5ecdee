package app.maskai.web.offline;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "A new version of MaskAI is ready. [Reload]" in #update-notice (an aria-live region, so
 * screen readers announce it). The button is an ordinary one in the tab order; nothing takes
 * focus away from what the person is doing, and nothing reloads until they ask.
 */
final class UpdateNotice {

    private final Runnable reload;
    private boolean shown;

    UpdateNotice(Runnable reload) {
        this.reload = reload;
    }

    void show() {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement region = document.getElementById("update-notice");
        if (shown || region == null) {
            return;
        }
        shown = true;
        HTMLElement text = document.createElement("p");
        text.setTextContent("A new version of MaskAI is ready.");
        HTMLButtonElement button = (HTMLButtonElement) document.createElement("button");
        button.setType("button");
        button.setClassName("button primary");
        button.setTextContent("Reload");
        button.setAttribute("aria-describedby", "update-notice-text");
        text.setId("update-notice-text");
        button.addEventListener("click", event -> {
            button.setDisabled(true);
            button.setTextContent("Reloading…");
            reload.run();
        });
        region.appendChild(text);
        region.appendChild(button);
    }
}
