package app.maskai.web.ui;

import app.maskai.web.dom.JsValues;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The status line (#status, an aria-live region that screen readers read out), the model
 * loading bar (#progress) and the start-up failure's Try again (#retry).
 */
public final class StatusLine {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement status = document.getElementById("status");
    private final HTMLElement progress = document.getElementById("progress");
    private final HTMLElement retry = document.getElementById("retry");

    /** Start-up progress: the bar at {@code fraction} (0..1), and {@code what} with the percentage. */
    public void loading(double fraction, String what) {
        int percent = (int) Math.round(fraction * 100);
        JsValues.setNumber(progress, "value", percent);
        progress.setAttribute("aria-valuetext", what + " " + percent + "%");
        progress.setHidden(false);
        say(what + " " + percent + "%");
    }

    /** Start-up is over: the bar goes. */
    public void loaded() {
        progress.setHidden(true);
    }

    /** A start-up failure: a clear message and a way to try again. */
    public void failed(String message, Runnable onRetry) {
        progress.setHidden(true);
        sayError(message);
        retry.setHidden(false);
        retry.addEventListener("click", event -> {
            retry.setHidden(true);
            status.getClassList().remove("error");
            onRetry.run();
        });
    }

    public void say(String message) {
        status.getClassList().remove("error");
        status.setInnerText(message);
    }

    public void sayError(String message) {
        status.setInnerText(message);
        status.getClassList().add("error");
    }

    /** A lasting remark after what the line says now (e.g. a slower engine), not an error. */
    public void append(String text) {
        say(status.getInnerText() + " " + text);
    }
}
