package app.maskai.web.ui;

import app.maskai.web.dom.AppFiles;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;

/**
 * Where a photo comes in: the file picker (#photo-input), the drop zone (#drop-zone) and a file
 * dropped anywhere on the page. Disabled until the app is ready.
 */
final class PhotoInput {
    @JSFunctor
    interface FileHandler extends JSObject {
        void onFile(File file);
    }

    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLInputElement input = (HTMLInputElement) document.getElementById("photo-input");

    PhotoInput(Consumer<File> onFile) {
        input.setDisabled(true);
        input.addEventListener("change", event -> {
            File file = AppFiles.firstChosen(input);
            if (file != null) {
                onFile.accept(file);
            }
        });
        onDrop(document.getElementById("drop-zone"), onFile::accept);
    }

    void enable() {
        input.setDisabled(false);
    }

    /** Forgets the chosen file (so choosing the same one again is a change) and takes the focus. */
    void clearAndFocus() {
        input.setValue("");
        input.focus();
    }

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
    private static native void onDrop(HTMLElement zone, FileHandler handler);
}
