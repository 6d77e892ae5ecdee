package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Where the keyboard focus is, and moving it within a group: bindings TeaVM lacks. */
public final class Focus {
    private Focus() {
    }

    /** Whether the focused element is {@code element} or inside it. */
    @JSBody(params = "element", script = "return element.contains(document.activeElement);")
    public static native boolean isWithin(HTMLElement element);

    /** Focuses the pressed toggle button ({@code aria-pressed="true"}) inside {@code group}, if any. */
    @JSBody(params = "group", script = "var b = group.querySelector('[aria-pressed=true]'); if (b) b.focus();")
    public static native void focusPressedIn(HTMLElement group);
}
