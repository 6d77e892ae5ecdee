package app.maskai.web.live;

import app.maskai.web.dom.ImageBitmap;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Bindings TeaVM lacks for a playing video's frames: {@code requestVideoFrameCallback}, the
 * camera track's frames as they come ({@code MediaStreamTrackProcessor}) and a video's frame
 * size.
 */
final class VideoFrames {
    @JSFunctor
    interface FrameCallback extends JSObject {
        void onFrame(double now);
    }

    private VideoFrames() {
    }

    /**
     * A reader of the video's camera track's frames (MediaStreamTrackProcessor), or null where the
     * browser has none or the video shows no track.
     */
    @JSBody(params = "video", script = "try { if (typeof MediaStreamTrackProcessor !== 'function') return null;"
            + " var stream = video.srcObject; var tracks = stream && stream.getVideoTracks ? stream.getVideoTracks() : [];"
            + " if (!tracks.length || tracks[0].readyState !== 'live') return null;"
            + " var own = tracks[0].clone(); var reader = new MediaStreamTrackProcessor({track: own}).readable.getReader();"
            + " reader.maskaiTrack = own; return reader; } catch (e) { return null; }")
    static native JSObject reader(HTMLElement video);

    /** The next frame, or null once the track has ended. */
    @JSBody(params = "reader", script = "return reader.read().then(function (result) {"
            + " return result.done ? null : result.value; });")
    static native JSPromise<JSObject> read(JSObject reader);

    @JSBody(params = "reader", script = "reader.cancel().catch(function () {});"
            + " if (reader.maskaiTrack) { reader.maskaiTrack.stop(); reader.maskaiTrack = null; }")
    static native void cancel(JSObject reader);

    @JSBody(params = "frame", script = "frame.close();")
    static native void close(JSObject frame);

    /** Calls back once for the next video frame (or display frame, where the browser cannot say). */
    @JSBody(params = {"video", "callback"}, script = "if (video.requestVideoFrameCallback) {"
            + " video.requestVideoFrameCallback(function (now) { callback(now); }); }"
            + " else { requestAnimationFrame(function (now) { callback(now); }); }")
    static native void onNext(HTMLElement video, FrameCallback callback);

    @JSBody(params = "video", script = "return video.videoWidth | 0;")
    static native int width(HTMLElement video);

    @JSBody(params = "video", script = "return video.videoHeight | 0;")
    static native int height(HTMLElement video);

    /**
     * Sets the video element's width and height attributes to the frame's size (its layout size is
     * fixed by CSS), so that as a bitmap it reports the frame's size as an ImageBitmap would.
     */
    @JSBody(params = {"video", "width", "height"}, script = "if (video.width !== width) video.width = width;"
            + " if (video.height !== height) video.height = height;")
    static native void matchSize(HTMLElement video, int width, int height);

    /** A playing video is a texture source as good as a bitmap for WebGL's texImage2D. */
    @JSBody(params = "video", script = "return video;")
    static native ImageBitmap asBitmap(HTMLElement video);
}
