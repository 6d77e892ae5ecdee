package app.maskai.web.photo;

import org.teavm.jso.JSBody;

/**
 * Paste a photo (Ctrl+V / ⌘V, or the browser's Paste) anywhere on the page. The pasted image
 * takes the same path as a chosen file: it is handed to #photo-input, whose change the page
 * handles. Pastes that carry no image (text into the name field) are left alone.
 */
public final class PastePhoto {
    private PastePhoto() {
    }

    @JSBody(script = "document.addEventListener('paste', function (event) {"
            + " var data = event.clipboardData; if (!data) return; var file = null;"
            + " var pastedFiles = data.files || [];"
            + " for (var index = 0; index < pastedFiles.length && !file; index++) {"
            + "  if (/^image\\//.test(pastedFiles[index].type)) file = pastedFiles[index]; }"
            + " if (!file && data.items) { for (var itemIndex = 0; itemIndex < data.items.length && !file; itemIndex++) {"
            + "  var item = data.items[itemIndex]; if (item.kind === 'file' && /^image\\//.test(item.type)) file = item.getAsFile(); } }"
            + " if (!file) return;"
            + " event.preventDefault();"
            + " var input = document.getElementById('photo-input');"
            + " var named = file.name ? file : new File([file], 'pasted-photo', {type: file.type});"
            + " try { var transfer = new DataTransfer(); transfer.items.add(named); input.files = transfer.files; }"
            + " catch (failure) { return; }"
            + " input.dispatchEvent(new Event('change', {bubbles: true})); });")
    public static native void install();
}
