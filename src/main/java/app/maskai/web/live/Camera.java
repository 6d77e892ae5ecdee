package app.maskai.web.live;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;

/** The device's cameras through {@code navigator.mediaDevices}: open one, count them, release one. */
final class Camera {
    /** The front camera, facing the person (getUserMedia's facingMode). */
    static final String FRONT = "user";
    /** The back camera, facing away. */
    static final String BACK = "environment";

    private Camera() {
    }

    /**
     * A stream of the camera facing {@code facing} (preferred, not required: a laptop's one camera
     * answers either), 640×480 preferred. Rejects with a DOMException whose name says why.
     */
    @JSBody(params = "facing", script = "if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {"
            + " var e = new Error('no mediaDevices'); e.name = 'NotSupportedError'; return Promise.reject(e); }"
            + " return navigator.mediaDevices.getUserMedia({audio: false, video: {facingMode: {ideal: facing},"
            + " width: {ideal: 640}, height: {ideal: 480}}});")
    static native JSPromise<JSObject> open(String facing);

    /** How many cameras the device lists (0 when it cannot say). */
    @JSBody(script = "if (!navigator.mediaDevices || !navigator.mediaDevices.enumerateDevices) return Promise.resolve(0);"
            + " return navigator.mediaDevices.enumerateDevices().then(function (d) {"
            + " return d.filter(function (x) { return x.kind === 'videoinput'; }).length; }, function () { return 0; });")
    static native JSPromise<JSNumber> count();

    /** Stops every track of the stream: the camera's light goes off. */
    @JSBody(params = "stream", script = "stream.getTracks().forEach(function (t) { t.stop(); });")
    static native void release(JSObject stream);

    /** The tracks of the stream still live (0 once released). */
    @JSBody(params = "stream", script = "return stream ? stream.getTracks().filter(function (t) {"
            + " return t.readyState === 'live'; }).length : 0;")
    static native int liveTracks(JSObject stream);

    /** The facing mode the camera reports, or "" (laptop webcams often report none). */
    @JSBody(params = "stream", script = "var t = stream.getVideoTracks()[0];"
            + " var s = t && t.getSettings ? t.getSettings() : {}; return s.facingMode || '';")
    static native String facingMode(JSObject stream);

    /** The name of a getUserMedia rejection (NotAllowedError, NotFoundError, …). */
    @JSBody(params = "error", script = "return (error && error.name) ? String(error.name) : '';")
    static native String errorName(JSObject error);

    /** What to tell the person when the camera cannot be opened; the photo path always remains. */
    static String problem(String errorName) {
        switch (errorName) {
            case "NotAllowedError":
            case "PermissionDeniedError":
            case "SecurityError":
                return "Camera access was denied. To use the camera, allow it for this site in the browser's"
                        + " settings and press Use camera again. You can still choose a photo.";
            case "NotFoundError":
            case "DevicesNotFoundError":
            case "OverconstrainedError":
                return "No camera was found on this device. You can still choose a photo.";
            case "NotReadableError":
            case "TrackStartError":
                return "The camera is busy or could not be started (another app may be using it)."
                        + " You can still choose a photo.";
            case "NotSupportedError":
                return "This browser offers no camera on this page. You can still choose a photo.";
            default:
                return "The camera could not be started" + (errorName.isEmpty() ? "" : " (" + errorName + ")")
                        + ". You can still choose a photo.";
        }
    }

    /** Told when a stream's camera ends (unplugged, or taken by another app). */
    @JSFunctor
    interface Ended extends JSObject {
        void ended();
    }

    /** Shows {@code stream} on {@code video}, muted and inline; resolves when it plays. */
    @JSBody(params = {"video", "stream"}, script = "video.muted = true; video.playsInline = true;"
            + " video.srcObject = stream; return video.play();")
    static native JSPromise<JSObject> play(HTMLElement video, JSObject stream);

    /** Stops showing the stream on {@code video}. */
    @JSBody(params = "video", script = "video.pause(); video.srcObject = null;")
    static native void detach(HTMLElement video);

    @JSBody(params = {"stream", "handler"}, script = "stream.getVideoTracks().forEach(function (track) {"
            + " track.addEventListener('ended', function () { handler(); }); });")
    static native void onEnded(JSObject stream, Ended handler);
}
