package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Modal {@code <dialog>}s, which TeaVM does not bind; an attribute where the browser has none. */
public final class Dialogs {
    private Dialogs() {
    }

    @JSBody(params = "dialog", script = "if (dialog.open) { return; } if (typeof dialog.showModal === 'function')"
            + " dialog.showModal(); else dialog.setAttribute('open', '');")
    public static native void showModal(HTMLElement dialog);

    @JSBody(params = "dialog", script = "if (typeof dialog.close === 'function') dialog.close();"
            + " else dialog.removeAttribute('open');")
    public static native void close(HTMLElement dialog);
}
