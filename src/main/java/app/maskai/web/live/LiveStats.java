package app.maskai.web.live;

import app.maskai.core.landmarks.LandmarkBounds;
import app.maskai.web.dom.Clock;
import app.maskai.web.dom.JsValues;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the live view is doing, for people (#diag-fps, #diag-stages in the diagnostics panel) and
 * for tests and embedders ({@code window.MaskAI.live}, read-only: each read is a frozen copy of
 * {running, facing, mirrored, width, height, frames, detectorRuns, fps, faces, masks, boxes: [[x, y, w, h]],
 * stages: {capture, pixels, track, detect, fit, draw, roundTrip} in ms, sent, dropped, skipped, frameSource,
 * inference: 'worker' | 'page', tracksLive}). roundTrip: a frame's time from its sending to the
 * worker to its reply; sent: frames sent to the worker since the camera started; dropped: camera
 * frames let go because two were with the worker already; skipped: frames back from the worker
 * let go undrawn, overtaken by a newer one before the next animation frame; frameSource: "track", "track, pulling"
 * or "video" (see LiveLoop); masks: how many masks the last frame drew (fewer than faces while
 * the chosen mask's picture loads).
 */
final class LiveStats {
    /** Weight of the newest frame in the per-stage running means. */
    private static final double SMOOTHING = 0.1;
    /** How often the diagnostics text is rewritten, ms (not every frame: no layout churn). */
    private static final double SHOW_EVERY_MS = 500;

    private final JSObject holder = holder();
    private final JSObject data = JsValues.get(holder, "data");
    private final HTMLElement fpsText = HTMLDocument.current().getElementById("diag-fps");
    private final HTMLElement stagesText = HTMLDocument.current().getElementById("diag-stages");
    private double windowStart;
    private int windowFrames;
    private double fps;
    private double pixels;
    private double capture;
    private double roundTrip;
    /** Camera frames let go unprocessed since the camera started. */
    private long dropped;
    private long skipped;
    /** Frames sent to the worker since the camera started. */
    private long sent;
    private double track;
    private double detect;
    private double fit;
    private double draw;
    private double shownAt;
    /** A face's box, reused. */
    private final float[] box = new float[4];

    LiveStats() {
        stopped();
    }

    /** How many hands the last frame drew in front of its masks ("Keep hands and hair in front of the mask"). */
    void handsInFront(int count) {
        JsValues.setNumber(data, "handsInFront", count);
    }

    /** How many masks the last frame drew. */
    void masksDrawn(int count) {
        JsValues.setNumber(data, "masks", count);
    }

    /** A frozen copy of the statistics now (MaskAI.live). */
    JSObject snapshot() {
        return snapshot(holder);
    }

    /** The camera started (or switched): counters from zero. */
    void started(JSObject stream, String facing, boolean mirrored) {
        JsValues.set(holder, "stream", stream);
        JsValues.set(data, "running", JsValues.wrap(true));
        JsValues.setString(data, "facing", facing);
        JsValues.set(data, "mirrored", JsValues.wrap(mirrored));
        JsValues.setNumber(data, "fps", 0);
        windowStart = Clock.now();
        windowFrames = 0;
        fps = 0;
        pixels = capture = track = detect = fit = draw = roundTrip = 0;
        dropped = 0;
        skipped = 0;
        sent = 0;
        JsValues.setNumber(data, "dropped", 0);
        JsValues.setNumber(data, "skipped", 0);
        JsValues.setNumber(data, "sent", 0);
    }

    /**
     * A frame's round trip, ms: from its sending to the worker to its reply on the page (the
     * worker's pixels and model time, and the waits in both threads' queues).
     */
    void roundTrip(double milliseconds) {
        roundTrip = mean(roundTrip, milliseconds);
    }

    /**
     * Where the frames come from: "track" (the camera track's own frames, MediaStreamTrackProcessor;
     * "track, pulling" once they are taken) or "video" (copies of the video element's).
     */
    void frameSource(String source) {
        JsValues.setString(data, "frameSource", source);
    }

    /** A frame sent to the worker. */
    void sent() {
        sent++;
        JsValues.setNumber(data, "sent", sent);
    }

    /** A camera frame let go unprocessed: MAX_IN_FLIGHT frames were with the worker already. */
    void dropped() {
        dropped++;
        JsValues.setNumber(data, "dropped", dropped);
    }

    /** A frame back from the worker let go undrawn: a newer one came before the next animation frame. */
    void skipped() {
        skipped++;
        JsValues.setNumber(data, "skipped", skipped);
    }

    /** Frames drawn a second over the last whole second (0 before the first). */
    double fps() {
        return fps;
    }

    /** How long copying one video frame for the worker took, ms. */
    void captured(double milliseconds) {
        capture = mean(capture, milliseconds);
    }

    /** Where the models run: "worker" (off the page's thread) or "page". */
    void inference(String where) {
        JsValues.setString(data, "inference", where);
    }

    void stopped() {
        JsValues.set(data, "running", JsValues.wrap(false));
        JsValues.setNumber(data, "fps", 0);
        JsValues.setNumber(data, "faces", 0);
        JsValues.setNumber(data, "masks", 0);
        clearBoxes(data);
        set(fpsText, "–");
    }

    /**
     * One processed frame: times in ms; whether the detector ran on it; the tracker's frame and
     * detector-run counts; each face's landmarks.
     */
    void frame(int width, int height, double pixelsMs, double modelMs, double fitMs, double drawMs, boolean detected,
            long frames, long detectorRuns, List<float[]> faces) {
        double now = Clock.now();
        windowFrames++;
        if (now - windowStart >= 1000) {
            fps = windowFrames * 1000 / (now - windowStart);
            windowStart = now;
            windowFrames = 0;
        }
        pixels = mean(pixels, pixelsMs);
        if (detected) {
            detect = mean(detect, modelMs);
        } else {
            track = mean(track, modelMs);
        }
        fit = mean(fit, fitMs);
        draw = mean(draw, drawMs);
        JsValues.setNumber(data, "width", width);
        JsValues.setNumber(data, "height", height);
        JsValues.setNumber(data, "frames", frames);
        JsValues.setNumber(data, "detectorRuns", detectorRuns);
        JsValues.setNumber(data, "fps", Math.round(fps * 10) / 10.0);
        JsValues.setNumber(data, "faces", faces.size());
        clearBoxes(data);
        for (float[] l : faces) {
            LandmarkBounds.of(l, box);
            addBox(data, box[LandmarkBounds.X_MIN], box[LandmarkBounds.Y_MIN],
                    box[LandmarkBounds.X_MAX] - box[LandmarkBounds.X_MIN],
                    box[LandmarkBounds.Y_MAX] - box[LandmarkBounds.Y_MIN]);
        }
        setStages(data, capture, pixels, track, detect, fit, draw);
        JsValues.setNumber(JsValues.get(data, "stages"), "roundTrip", roundTrip);
        if (now - shownAt >= SHOW_EVERY_MS) {
            shownAt = now;
            set(fpsText, fps > 0 ? Math.round(fps * 10) / 10.0 + " frames/s (camera " + width + "×" + height + ")"
                    : "measuring…");
            set(stagesText, (capture > 0 ? "frame copy " + ms(capture) + ", " : "") + "pixels " + ms(pixels) + ", landmarks " + ms(track) + ", detector " + ms(detect)
                    + " (" + detectorRuns + " of " + frames + " frames), fit " + ms(fit)
                    + ", draw " + ms(draw));
        }
    }

    private static double mean(double previous, double value) {
        return previous == 0 ? value : previous + SMOOTHING * (value - previous);
    }

    private static String ms(double value) {
        return (Math.round(value * 10) / 10.0) + " ms";
    }

    private static void set(HTMLElement element, String text) {
        if (element != null) {
            element.setInnerText(text);
        }
    }

    /**
     * {@code {data: {running, frames, detectorRuns, fps, faces, boxes, stages}, stream}}: the
     * statistics MaskAI.live copies, and the stream whose live tracks it counts.
     */
    private static JSObject holder() {
        JSObject data = JsValues.object();
        JsValues.set(data, "running", JsValues.wrap(false));
        JsValues.setNumber(data, "frames", 0);
        JsValues.setNumber(data, "detectorRuns", 0);
        JsValues.setNumber(data, "fps", 0);
        JsValues.setNumber(data, "faces", 0);
        JsValues.setNumber(data, "masks", 0);
        JsValues.set(data, "boxes", JSArray.create());
        JsValues.set(data, "stages", JsValues.object());
        JSObject holder = JsValues.object();
        JsValues.set(holder, "data", data);
        JsValues.set(holder, "stream", null);
        return holder;
    }

    /** A frozen deep copy of the statistics, with the stream's live tracks counted now. */
    private static JSObject snapshot(JSObject holder) {
        JSObject copy = JsValues.jsonCopy(JsValues.get(holder, "data"));
        JSObject stream = JsValues.get(holder, "stream");
        JsValues.setNumber(copy, "tracksLive", JsValues.isNullish(stream) ? 0 : Camera.liveTracks(stream));
        return JsValues.freeze(copy);
    }

    private static void clearBoxes(JSObject data) {
        JsValues.set(data, "boxes", JSArray.create());
    }

    private static void addBox(JSObject data, double x, double y, double w, double h) {
        JSArray<JSObject> box = JSArray.create();
        box.push(JsValues.wrap(x));
        box.push(JsValues.wrap(y));
        box.push(JsValues.wrap(w));
        box.push(JsValues.wrap(h));
        ((JSArray<JSObject>) JsValues.get(data, "boxes")).push(box);
    }

    private static void setStages(JSObject data, double capture, double pixels, double track, double detect,
            double fit, double draw) {
        JSObject stages = JsValues.object();
        JsValues.setNumber(stages, "capture", capture);
        JsValues.setNumber(stages, "pixels", pixels);
        JsValues.setNumber(stages, "track", track);
        JsValues.setNumber(stages, "detect", detect);
        JsValues.setNumber(stages, "fit", fit);
        JsValues.setNumber(stages, "draw", draw);
        JsValues.set(data, "stages", stages);
    }
}
