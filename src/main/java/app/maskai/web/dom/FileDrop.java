package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.file.File;

/** A file dragged onto the page: drag and drop's events, which TeaVM does not bind. */
public final class FileDrop {
    /** Told the file dropped. */
    @JSFunctor
    public interface FileHandler extends JSObject {
        void onFile(File file);
    }

    private FileDrop() {
    }

    /**
     * A file dropped on {@code zone} (marked {@code dragging} while one is over it) or anywhere on
     * the page goes to {@code handler}; the browser's own drop (opening the file) is prevented.
     */
    @JSBody(params = {"zone", "handler"}, script = "function stop(e) { e.preventDefault(); e.stopPropagation(); }"
            + " ['dragenter', 'dragover'].forEach(function (t) { zone.addEventListener(t, function (e) { stop(e);"
            + " zone.classList.add('dragging'); }); });"
            + " ['dragleave', 'dragend'].forEach(function (t) { zone.addEventListener(t, function (e) { stop(e);"
            + " zone.classList.remove('dragging'); }); });"
            + " zone.addEventListener('drop', function (e) { stop(e); zone.classList.remove('dragging');"
            + " var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]; if (f) handler(f); });"
            + " window.addEventListener('dragover', function (e) { e.preventDefault(); });"
            + " window.addEventListener('drop', function (e) { e.preventDefault();"
            + " var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]; if (f) handler(f); });")
    public static native void onDrop(HTMLElement zone, FileHandler handler);
}
