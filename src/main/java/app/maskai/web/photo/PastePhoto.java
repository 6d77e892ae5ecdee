package app.maskai.web.photo;

import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.file.File;

/**
 * Paste a photo (Ctrl+V / ⌘V, or the browser's Paste) anywhere on the page: the pasted image
 * (named "pasted-photo" when the clipboard gives it no name) goes to {@code onPhoto}, the path a
 * chosen file takes. Pastes that carry no image (text into the name field) are left alone.
 */
public final class PastePhoto {
    @JSFunctor
    interface FileHandler extends JSObject {
        void onFile(File file);
    }

    private PastePhoto() {
    }

    public static void install(Consumer<File> onPhoto) {
        listen(onPhoto::accept);
    }

    @JSBody(params = "handler", script = "document.addEventListener('paste', function (event) {"
            + " var data = event.clipboardData; if (!data) return; var file = null;"
            + " var pastedFiles = data.files || [];"
            + " for (var index = 0; index < pastedFiles.length && !file; index++) {"
            + "  if (/^image\\//.test(pastedFiles[index].type)) file = pastedFiles[index]; }"
            + " if (!file && data.items) { for (var itemIndex = 0; itemIndex < data.items.length && !file; itemIndex++) {"
            + "  var item = data.items[itemIndex]; if (item.kind === 'file' && /^image\\//.test(item.type)) file = item.getAsFile(); } }"
            + " if (!file) return;"
            + " event.preventDefault();"
            + " handler(file.name ? file : new File([file], 'pasted-photo', {type: file.type})); });")
    private static native void listen(FileHandler handler);
}
