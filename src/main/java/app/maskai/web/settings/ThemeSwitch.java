package app.maskai.web.settings;

import app.maskai.core.settings.Theme;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

/**
 * Applies a {@link Theme}: {@code <html data-theme="light|dark">} forces one palette (css/settings.css
 * overrides css/app.css's variables), no attribute follows the system's preference.
 */
final class ThemeSwitch {
    private ThemeSwitch() {
    }

    static void apply(Theme theme) {
        Element root = HTMLDocument.current().getDocumentElement();
        String value = theme.attribute();
        if (value == null) {
            root.removeAttribute("data-theme");
        } else {
            root.setAttribute("data-theme", value);
        }
    }
}
