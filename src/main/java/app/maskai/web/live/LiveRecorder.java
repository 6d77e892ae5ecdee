package app.maskai.web.live;

import app.maskai.core.record.RecordingFormat;
import app.maskai.core.record.WebmDuration;
import app.maskai.core.record.WebmProgress;
import app.maskai.core.settings.Choice;
import app.maskai.core.settings.RecordingLength;
import app.maskai.web.dom.BlobFiles;
import app.maskai.web.dom.Clock;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import app.maskai.web.tryon.Failures;
import java.util.function.BiConsumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.file.Blob;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Record / Stop in the live view (issue 14 §2): records the masked live canvas, as the person
 * sees it (not mirrored, as Capture's stills are not), with MediaRecorder in the first format of
 * {@link RecordingFormat#PREFERRED} the browser writes. While it records, #live-record-time shows
 * the time of the longest allowed (Settings, {@link RecordingLength}) and the size so far; it stops
 * by itself at that length, or when the camera stops. Then #recording shows it to play, with
 * Download, Share (where the browser shares video files) and Discard.
 *
 * <p>The recording is a Blob in this tab's memory and one object URL for the preview, never in
 * storage; Discard (or a new recording) lets the preview go and revokes the URL. A WebM file gets
 * the duration MediaRecorder leaves out (core.record.WebmDuration), so players show its length and
 * can seek in it.
 */
final class LiveRecorder {
    /** Frames a second taken from the canvas (the camera's own pace is at most this on most devices). */
    static final int FPS = 30;
    /** About 0.3 MB a second: a 640×480 picture with few artefacts. */
    static final int BITS_PER_SECOND = 2_500_000;
    private static final int TICK_MS = 250;
    /** How often Stop asks the encoder for what it has, while it finishes. */
    private static final int FINISH_POLL_MS = 400;
    /** Stop waits at most this long for the encoder to reach the last frame taken. */
    private static final double FINISH_AT_MOST_MS = 60_000;
    /** ... and gives up sooner where the file stops growing for this long. */
    private static final double FINISH_STALLED_MS = 5_000;

    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLButtonElement record = (HTMLButtonElement) document.getElementById("live-record");
    private final HTMLElement time = document.getElementById("live-record-time");
    private final HTMLElement panel = document.getElementById("recording");
    private final HTMLElement preview = document.getElementById("recording-preview");
    private final HTMLElement summary = document.getElementById("recording-summary");
    private final HTMLButtonElement download = (HTMLButtonElement) document.getElementById("recording-download");
    private final HTMLButtonElement share = (HTMLButtonElement) document.getElementById("recording-share");
    private final HTMLButtonElement discard = (HTMLButtonElement) document.getElementById("recording-discard");
    private final HTMLElement canvas;
    private final Choice<RecordingLength> length;
    private final BiConsumer<String, Boolean> say;
    private final RecordingFormat format = MediaRecording.available()
            ? RecordingFormat.choose(MediaRecording::isTypeSupported) : null;

    private boolean cameraOn;
    private JSObject recorder;
    private boolean stopping;
    private double startedAt;
    private double elapsedMs;
    private long bytes;
    private int timer = -1;
    private String stamp;
    /** The WebM file's frames as its chunks come (null for MP4); read in order. */
    private WebmProgress progress;
    private JSPromise<Object> reading;
    private double lastFrameMs;
    private double finishStartedAt;
    private double progressAt;
    private long progressMark;
    private Blob result;
    private String url;

    LiveRecorder(HTMLElement canvas, Choice<RecordingLength> length, BiConsumer<String, Boolean> say) {
        this.canvas = canvas;
        this.length = length;
        this.say = say;
        record.setDisabled(true);
        if (format == null) {
            record.setTitle("This browser cannot record video.");
        }
        record.addEventListener("click", event -> {
            if (recorder != null) {
                stop();
            } else {
                start();
            }
        });
        download.addEventListener("click", event -> download());
        share.addEventListener("click", event -> share());
        discard.addEventListener("click", event -> discard(true));
    }

    /** The camera is on: recording may start. */
    void cameraOn() {
        cameraOn = true;
        showIdle();
    }

    /** The camera stopped: a recording under way ends and is kept. */
    void cameraOff() {
        cameraOn = false;
        if (recorder != null) {
            stop();
        }
        showIdle();
    }

    private void start() {
        if (format == null || !cameraOn) {
            return;
        }
        discard(false);
        try {
            progress = format.isWebm() ? new WebmProgress() : null;
            reading = JSPromise.resolve(null);
            recorder = MediaRecording.start(canvas, FPS, format.mimeType, format.containerType(), BITS_PER_SECOND,
                    this::recorded, this::stopped);
        } catch (Throwable failure) {
            recorder = null;
            say.accept("The recording could not start: " + Failures.message(failure), true);
            return;
        }
        stopping = false;
        startedAt = Clock.now();
        bytes = 0;
        stamp = Clock.localTimestamp();
        record.setInnerText("Stop recording");
        record.setAttribute("aria-pressed", "true");
        record.setAttribute("data-state", "recording");
        record.getClassList().add("recording");
        time.setHidden(false);
        tick();
        timer = Window.setInterval(this::tick, TICK_MS);
        say.accept("Recording, up to " + RecordingFormat.clock(length.value().seconds)
                + " (Settings sets the longest). Press Stop recording to end it.", false);
    }

    private void tick() {
        double elapsed = Clock.now() - startedAt;
        int max = length.value().seconds;
        time.setInnerText(RecordingFormat.progress(Math.min(elapsed, max * 1000.0), max, bytes));
        if (elapsed >= max * 1000.0 && !stopping) {
            stop();
        }
    }

    /** A chunk of the file: counted, and read for its frames (in order) where it is WebM. */
    private void recorded(Blob data) {
        bytes += (long) data.getSize();
        if (progress != null) {
            WebmProgress reader = progress;
            reading = reading.flatThen(ignored -> BlobFiles.bytes(data)).then(array -> {
                byte[] chunk = array.copyToJavaArray();
                reader.feed(chunk, 0, chunk.length);
                return null;
            }, error -> null);
        }
    }

    /**
     * Stops taking frames, then lets the encoder finish those taken: the recorder stops once the
     * file holds the last frame taken, or has not grown for {@link #FINISH_STALLED_MS}, or after
     * {@link #FINISH_AT_MOST_MS}.
     */
    private void stop() {
        if (recorder == null || stopping) {
            return;
        }
        stopping = true;
        elapsedMs = Clock.now() - startedAt;
        stopTimer();
        record.setDisabled(true);
        record.setAttribute("data-state", "finishing");
        record.setInnerText("Finishing…");
        lastFrameMs = MediaRecording.stopTakingFrames(recorder);
        finishStartedAt = Clock.now();
        progressAt = finishStartedAt;
        progressMark = -1;
        JSObject finishing = recorder;
        MediaRecording.requestData(finishing);
        Window.setTimeout(() -> finishing(finishing), FINISH_POLL_MS);
    }

    private void finishing(JSObject finishing) {
        if (recorder != finishing) {
            return;
        }
        double now = Clock.now();
        // Progress: the frames read (WebM), else the bytes recorded.
        long mark = progress != null ? progress.blocks() : bytes;
        if (mark != progressMark) {
            progressMark = mark;
            progressAt = now;
        }
        boolean caughtUp = progress == null ? now - progressAt >= 3 * FINISH_POLL_MS
                : progress.broken() || lastFrameMs < 0 || progress.lastMilliseconds() >= lastFrameMs - 3 * 1000.0 / FPS;
        if (caughtUp || now - progressAt >= FINISH_STALLED_MS || now - finishStartedAt >= FINISH_AT_MOST_MS) {
            MediaRecording.stop(finishing);
            return;
        }
        MediaRecording.requestData(finishing);
        Window.setTimeout(() -> finishing(finishing), FINISH_POLL_MS);
    }

    private void stopped(Blob recorded, String problem) {
        recorder = null;
        stopping = false;
        stopTimer();
        if (recorded == null) {
            showIdle();
            say.accept("The recording failed: " + problem + ".", true);
            return;
        }
        if (!format.isWebm()) {
            show(recorded, duration(Double.NaN));
            return;
        }
        progress = null;
        BlobFiles.bytes(recorded).then(array -> {
            byte[] webm = array.copyToJavaArray();
            double duration = duration(WebmDuration.span(webm));
            byte[] fixed = WebmDuration.withDuration(webm, duration);
            show(fixed == webm ? recorded : MediaRecording.blob(Int8Array.copyFromJavaArray(fixed),
                    format.containerType()), duration);
            return null;
        }, error -> {
            show(recorded, duration(Double.NaN));
            return null;
        });
    }

    /**
     * How long the recording lasts: the time the timer showed, from Record to Stop; never less
     * than its frames' span ({@code span}, NaN: unknown) and one frame. A device whose encoder
     * could not keep every frame gives fewer frames, each shown longer, not a shorter recording:
     * the person recorded for as long as the timer said.
     */
    private double duration(double span) {
        return Double.isNaN(span) ? elapsedMs : Math.max(elapsedMs, span + 1000.0 / FPS);
    }

    private void show(Blob recorded, double ms) {
        result = recorded;
        url = BlobFiles.objectUrl(recorded);
        MediaRecording.show(preview, url);
        String described = RecordingFormat.clock(ms / 1000) + " · "
                + RecordingFormat.size((long) recorded.getSize()) + " · " + format.extension.toUpperCase();
        summary.setInnerText(described);
        share.setHidden(!MediaRecording.canShare(format.containerType()));
        panel.setHidden(false);
        showIdle();
        say.accept("Recording stopped: " + described + ". Play it below, then Download, Share or Discard it. It is"
                + " kept only in this tab until you discard it or close the tab.", false);
        download.focus();
    }

    private void download() {
        if (url == null) {
            return;
        }
        String name = format.fileName(stamp);
        BlobFiles.downloadUrl(url, name);
        say.accept("Saved " + name + ".", false);
    }

    private void share() {
        if (result == null) {
            return;
        }
        String name = format.fileName(stamp);
        MediaRecording.share(result, name).then(outcome -> {
            say.accept("cancelled".equals(JsValues.string(outcome)) ? "Sharing was cancelled. Nothing was sent."
                    : "Shared " + name + ".", false);
            return null;
        }, error -> {
            say.accept("The recording could not be shared (" + JsErrors.messageOf((JSObject) error)
                    + "); Download saves it instead.", true);
            return null;
        });
    }

    /** Lets the recording on show go: the preview, its object URL, the Blob. */
    private void discard(boolean announce) {
        if (url == null) {
            return;
        }
        MediaRecording.show(preview, null);
        BlobFiles.revoke(url);
        url = null;
        result = null;
        panel.setHidden(true);
        if (announce) {
            say.accept("Recording discarded.", false);
            record.focus();
        }
    }

    private void showIdle() {
        if (recorder != null) {
            return;
        }
        record.setInnerText("Record");
        record.setAttribute("aria-pressed", "false");
        record.setAttribute("data-state", "idle");
        record.getClassList().remove("recording");
        record.setDisabled(!cameraOn || format == null);
        time.setHidden(true);
    }

    private void stopTimer() {
        if (timer >= 0) {
            Window.clearInterval(timer);
            timer = -1;
        }
    }
}
