package app.maskai.web.ui;

import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.FileDrop;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;

/**
 * Where a photo comes in: the file picker (#photo-input), the drop zone (#drop-zone) and a file
 * dropped anywhere on the page. Disabled until the app is ready.
 */
final class PhotoInput {
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
        FileDrop.onDrop(document.getElementById("drop-zone"), onFile::accept);
    }

    void enable() {
        input.setDisabled(false);
    }

    /** Forgets the chosen file (so choosing the same one again is a change) and takes the focus. */
    void clearAndFocus() {
        input.setValue("");
        input.focus();
    }
}
