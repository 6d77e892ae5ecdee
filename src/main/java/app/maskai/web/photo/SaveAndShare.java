package app.maskai.web.photo;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A canvas saved as a downloaded file or shared through the Web Share API, which TeaVM does not
 * bind: encoding (toBlob), a temporary object URL revoked a second after the download starts, and
 * navigator.share with files where the browser can.
 */
final class SaveAndShare {
    @JSFunctor
    interface Outcome extends JSObject {
        /** {@code what}: "saved", "shared", "cancelled" or "failed"; {@code detail}: the file name or error. */
        void settled(String what, String detail);
    }

    private SaveAndShare() {
    }

    @JSBody(script = "try { return typeof navigator.share === 'function' && typeof navigator.canShare === 'function'"
            + " && typeof File === 'function' && navigator.canShare({files: [new File([new Uint8Array(8)], 'maskai.png',"
            + " {type: 'image/png'})]}); } catch (failure) { return false; }")
    static native boolean canShareImages();

    /**
     * Encodes the canvas; downloads it through a temporary object URL (revoked once the download
     * started), or shares it as a file when {@code share} and the browser accepts this file.
     */
    @JSBody(params = {"canvas", "type", "quality", "name", "share", "outcome"}, script =
            "function save(blob) { var url = URL.createObjectURL(blob); var link = document.createElement('a');"
            + " link.href = url; link.download = name; link.rel = 'noopener'; document.body.appendChild(link); link.click();"
            + " link.remove();"
            + " setTimeout(function () { URL.revokeObjectURL(url); }, 1000); outcome('saved', name); }"
            + " canvas.toBlob(function (blob) {"
            + "  if (!blob) { outcome('failed', 'the browser could not encode it as ' + type + '.'); return; }"
            + "  if (!share) { save(blob); return; }"
            + "  var file = new File([blob], name, {type: type});"
            + "  if (!(navigator.canShare && navigator.canShare({files: [file]}))) { save(blob); return; }"
            + "  navigator.share({files: [file], title: name}).then(function () { outcome('shared', name); },"
            + "   function (failure) { if (failure && failure.name === 'AbortError') outcome('cancelled', name);"
            + "    else { save(blob); } });"
            + " }, type, quality);")
    static native void encodeAndSave(HTMLElement canvas, String type, double quality, String name, boolean share,
            Outcome outcome);
}
