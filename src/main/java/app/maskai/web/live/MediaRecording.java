package app.maskai.web.live;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.file.Blob;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * MediaRecorder, the canvas's captureStream, object URLs and file sharing, which TeaVM does not
 * bind. The recorded chunks stay in this page's memory; nothing here touches storage.
 */
final class MediaRecording {
    @JSFunctor
    interface Chunk extends JSObject {
        /** A chunk of the file was recorded (the next, in order). */
        void recorded(Blob data);
    }

    @JSFunctor
    interface Stopped extends JSObject {
        /** The recording ended: all of it ({@code problem} null), or nothing and why. */
        void stopped(Blob recording, String problem);
    }

    private MediaRecording() {
    }

    @JSBody(params = "type", script = "return typeof MediaRecorder === 'function' && typeof MediaRecorder.isTypeSupported"
            + " === 'function' && MediaRecorder.isTypeSupported(type);")
    static native boolean isTypeSupported(String type);

    @JSBody(script = "return typeof MediaRecorder === 'function' && typeof HTMLCanvasElement !== 'undefined'"
            + " && typeof HTMLCanvasElement.prototype.captureStream === 'function';")
    static native boolean available();

    /**
     * Starts recording what is drawn on {@code canvas}, a frame taken at most {@code fps} times a
     * second; returns the recorder. Chunks come every second and when asked for ({@link
     * #requestData}); {@code stopped} gets them all as one Blob of {@code blobType}. Throws where
     * the browser refuses to start.
     *
     * <p>Frames are asked for one by one ({@code captureStream(0)} and {@code requestFrame}), not
     * taken by the stream at its own pace, so that Stop can stop taking new ones ({@link
     * #stopTakingFrames}) and let the encoder finish those it has before the recorder stops: on a
     * busy device the encoder falls behind the live view, and MediaRecorder's stop() drops what it
     * has not encoded yet (on this project's 2-core machine, a recording of 5 s stopped at once
     * kept 2.2–2.7 s).
     */
    @JSBody(params = {"canvas", "fps", "type", "blobType", "bitsPerSecond", "chunk", "stopped"}, script =
            "var stream = canvas.captureStream(0); var track = stream.getVideoTracks()[0];"
            + " var recorder = new MediaRecorder(stream, {mimeType: type, videoBitsPerSecond: bitsPerSecond});"
            + " var chunks = [], last = -1e9;"
            + " recorder.maskaiFeeding = true; recorder.maskaiFirst = -1; recorder.maskaiLast = -1;"
            + " recorder.ondataavailable = function (event) {"
            + "  if (event.data && event.data.size > 0) { chunks.push(event.data); chunk(event.data); } };"
            + " function end() { recorder.maskaiFeeding = false; stream.getTracks().forEach(function (t) { t.stop(); }); }"
            + " recorder.onstop = function () { end(); var all = new Blob(chunks, {type: blobType}); chunks = [];"
            + "  if (all.size > 0) stopped(all, null); else stopped(null, 'nothing was recorded'); };"
            + " recorder.onerror = function (event) { var failure = event && event.error; end(); chunks = [];"
            + "  stopped(null, failure && failure.message ? failure.message : 'the browser stopped the recording'); };"
            + " function feed() { if (!recorder.maskaiFeeding) return; var now = performance.now();"
            + "  if (now - last >= 1000 / fps - 3) { last = now; try { track.requestFrame();"
            + "   if (recorder.maskaiFirst < 0) recorder.maskaiFirst = now; recorder.maskaiLast = now; } catch (ignored) { } }"
            + "  requestAnimationFrame(feed); }"
            + " recorder.start(1000); requestAnimationFrame(feed);"
            + " return recorder;")
    static native JSObject start(HTMLElement canvas, int fps, String type, String blobType, int bitsPerSecond,
            Chunk chunk, Stopped stopped);

    /**
     * Stops asking for frames; returns the time of the last frame asked for after the first's, in
     * milliseconds (-1: none was).
     */
    @JSBody(params = "recorder", script = "recorder.maskaiFeeding = false;"
            + " return recorder.maskaiFirst < 0 ? -1 : recorder.maskaiLast - recorder.maskaiFirst;")
    static native double stopTakingFrames(JSObject recorder);

    /** Asks for what is recorded so far, as a chunk. */
    @JSBody(params = "recorder", script = "if (recorder.state === 'recording') { try { recorder.requestData(); }"
            + " catch (ignored) { } }")
    static native void requestData(JSObject recorder);

    /** Stops the recorder: the recording comes to its {@code stopped}. */
    @JSBody(params = "recorder", script = "if (recorder.state !== 'inactive') recorder.stop();")
    static native void stop(JSObject recorder);

    @JSBody(params = {"bytes", "type"}, script = "return new Blob([bytes], {type: type});")
    static native Blob blob(Int8Array bytes, String type);

    /** Shows {@code url} in the video element, or nothing ({@code url} null: its picture let go). */
    @JSBody(params = {"video", "url"}, script = "if (url) { video.src = url; } else { video.removeAttribute('src');"
            + " video.load(); }")
    static native void show(HTMLElement video, String url);

    @JSBody(params = {"type"}, script = "try { return typeof navigator.share === 'function' && typeof navigator.canShare"
            + " === 'function' && navigator.canShare({files: [new File([new Uint8Array(8)], 'maskai.' + type.split('/')[1],"
            + " {type: type})]}); } catch (failure) { return false; }")
    static native boolean canShare(String type);

    /** Shares {@code blob} as the file {@code name}; resolves "shared" or "cancelled", rejects where it failed. */
    @JSBody(params = {"blob", "name"}, script = "var file = new File([blob], name, {type: blob.type});"
            + " if (!(navigator.canShare && navigator.canShare({files: [file]}))) return Promise.reject(new Error("
            + "'this browser cannot share this file'));"
            + " return navigator.share({files: [file], title: name}).then(function () { return 'shared'; },"
            + "  function (failure) { if (failure && failure.name === 'AbortError') return 'cancelled'; throw failure; });")
    static native JSPromise<JSObject> share(Blob blob, String name);
}
