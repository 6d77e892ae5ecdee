package app.maskai.core.record;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a recording is encoded as: the first of {@link #PREFERRED} that the browser's
 * MediaRecorder says it can write. WebM first (Chromium and Firefox record it), VP8 before VP9:
 * the recorder encodes while the live view runs, on the same cores as the face models, and libvpx's
 * VP8 encoder is the lighter of the two (VP9 would need fewer bytes for the same picture). MP4
 * where the browser records only that (Safari).
 */
public final class RecordingFormat {
    public static final List<RecordingFormat> PREFERRED = List.of(
            new RecordingFormat("video/webm;codecs=vp8", "webm"),
            new RecordingFormat("video/webm;codecs=vp9", "webm"),
            new RecordingFormat("video/webm", "webm"),
            new RecordingFormat("video/mp4;codecs=avc1", "mp4"),
            new RecordingFormat("video/mp4", "mp4"));

    /** The type given to MediaRecorder, codecs included. */
    public final String mimeType;
    /** The file name's extension, without the dot. */
    public final String extension;

    private RecordingFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** The file's own type, without codecs ("video/webm"): for the Blob and for sharing. */
    public String containerType() {
        int semicolon = mimeType.indexOf(';');
        return semicolon < 0 ? mimeType : mimeType.substring(0, semicolon);
    }

    public boolean isWebm() {
        return "webm".equals(extension);
    }

    /** The first preferred format {@code supported} accepts; null: the browser records none. */
    public static RecordingFormat choose(Predicate<String> supported) {
        for (RecordingFormat format : PREFERRED) {
            if (supported.test(format.mimeType)) {
                return format;
            }
        }
        return null;
    }

    /**
     * What the person sees while recording: the time recorded of the longest allowed, and the size
     * so far ("0:07 of 0:30 · 2.1 MB").
     */
    public static String progress(double elapsedMs, int maxSeconds, long bytes) {
        return clock(elapsedMs / 1000) + " of " + clock(maxSeconds) + " · " + size(bytes);
    }

    /** Seconds as m:ss (rounded down). */
    public static String clock(double seconds) {
        long whole = (long) Math.max(0, Math.floor(seconds));
        long s = whole % 60;
        return (whole / 60) + ":" + (s < 10 ? "0" : "") + s;
    }

    /** Bytes for people: "840 KB", "2.1 MB". */
    public static String size(long bytes) {
        if (bytes < 1000 * 1000) {
            return Math.max(0, Math.round(bytes / 1000.0)) + " KB";
        }
        return Math.round(bytes / 100_000.0) / 10.0 + " MB";
    }

    /** The file name a recording is saved under, from its start ({@code yyyymmddHhmmss} digits). */
    public String fileName(String stamp) {
        return "maskai-recording-" + stamp + "." + extension;
    }
}
