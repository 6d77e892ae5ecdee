package app.maskai.web.batch;

import app.maskai.core.batch.BatchLabels;
import app.maskai.core.batch.BatchProgress;
import app.maskai.core.batch.Crc32;
import app.maskai.core.batch.MaskMix;
import app.maskai.core.batch.ResultNames;
import app.maskai.core.batch.ZipWriter;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.pipeline.Face;
import app.maskai.core.settings.ImageQuality;
import app.maskai.web.dom.BlobFiles;
import app.maskai.web.dom.Clock;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tryon.Failures;
import app.maskai.web.tryon.TryOnEngine;
import app.maskai.web.worker.InferenceClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.file.Blob;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * One batch (issue 14 §1): many photos masked one after another, each face with its mask from a
 * {@link MaskMix}, the results put into one ZIP as they come, with labels.
 *
 * <p>Each photo goes image → detect → fit → render → encode, and nothing of it is kept but its
 * result: the photo is decoded (off the page's thread, by createImageBitmap), its faces found in
 * the batch's worker (an instance of js/worker.js of its own: the page's thread stays free for
 * the progress and the grid), and it is drawn and encoded here, its bitmap closed before the next
 * is read. So memory holds one photo at a time, whatever the batch's size. The results are Blobs,
 * held by the browser outside the JS heap (spilled to disk when large); the ZIP is their headers
 * and them, side by side, never a copy. Each result's bytes are read once, for its CRC-32.
 *
 * <p>A photo that cannot be read, or has no face, is listed with the reason and the batch goes
 * on. {@link #cancel} stops it before the next photo; what was done is kept, ZIP and all. Where
 * the worker cannot start, the faces are found on the page.
 */
public final class BatchRun {
    /** The longer side of a result's thumbnail in the grid, in pixels. */
    public static final int THUMBNAIL_SIDE = 320;

    /** What a batch reports as it goes; every call comes on the page's thread. */
    public interface Listener {
        /** Photo {@code index} ({@code name}) has started; {@code stage} says what it is at, {@code fraction} 0..1 of it. */
        void stage(int index, String name, String stage, double fraction);

        /** Photo {@code result.index} is done (masked, without a face, or failed). */
        void photoDone(Result result, BatchProgress progress);

        /** The batch is over: every photo done, or cancelled. */
        void finished(BatchRun run);
    }

    /** One photo's outcome. */
    public static final class Result {
        public final int index;
        public final String source;
        /** The photo as chosen (to open it in the adjust panel). */
        public final JSObject file;
        public final BatchLabels.Photo label;
        /** The masked photo; null where there is none. */
        public final Blob image;
        /** Its thumbnail's object URL (revoked by {@link BatchRun#discard}); null where there is no result. */
        public final String thumbnailUrl;
        public final double milliseconds;

        Result(int index, String source, JSObject file, BatchLabels.Photo label, Blob image, String thumbnailUrl,
                double milliseconds) {
            this.index = index;
            this.source = source;
            this.file = file;
            this.label = label;
            this.image = image;
            this.thumbnailUrl = thumbnailUrl;
            this.milliseconds = milliseconds;
        }
    }

    /** The batch's worker: started with the first batch and kept for the next. */
    private static JSPromise<InferenceClient> sharedWorker;

    private final TryOnEngine engine;
    private final MeshWarpRenderer renderer;
    private final List<JSObject> files;
    private final MaskMix mix;
    private final ImageQuality quality;
    private final boolean labelsWanted;
    private final boolean thumbnails;
    private final float minScore;
    private final Listener listener;
    private final BatchProgress progress;
    private final BatchLabels labels;
    private final ResultNames names = new ResultNames();
    private final ZipWriter zip;
    private final JSArray<JSObject> parts = BatchFiles.parts();
    private final List<Result> results = new ArrayList<>();
    private final double startedAt = Clock.now();
    private final String zipName;
    private InferenceClient worker;
    private boolean cancelled;
    private boolean over;
    private String problem;
    private Blob zipBlob;
    private double endedAt;

    /**
     * {@code files}: Blobs or Files, in the order they are done; {@code thumbnails}: make the grid's
     * thumbnails (the API makes none).
     */
    public BatchRun(TryOnEngine engine, MeshWarpRenderer renderer, List<JSObject> files, MaskMix mix,
            ImageQuality quality, boolean labelsWanted, boolean thumbnails, float minScore, Listener listener) {
        this.engine = engine;
        this.renderer = renderer;
        this.files = new ArrayList<>(files);
        this.mix = mix;
        this.quality = quality;
        this.labelsWanted = labelsWanted;
        this.thumbnails = thumbnails;
        this.minScore = minScore;
        this.listener = listener;
        this.progress = new BatchProgress(files.size());
        this.labels = new BatchLabels(mix);
        Int32Array now = BatchFiles.now();
        this.zip = new ZipWriter(now.get(0), now.get(1), now.get(2), now.get(3), now.get(4), now.get(5));
        this.zipName = "maskai-batch-" + now.get(0) + two(now.get(1)) + two(now.get(2)) + "-" + two(now.get(3))
                + two(now.get(4)) + two(now.get(5)) + ".zip";
        if (labelsWanted) {
            names.reserve("labels.csv");
            names.reserve("labels.json");
        }
        if (files.size() > ZipWriter.MAX_ENTRIES - 2) {
            throw new IllegalArgumentException("A batch holds at most " + (ZipWriter.MAX_ENTRIES - 2) + " photos.");
        }
    }

    /**
     * Loads the masks drawn from (a missing one rejects here, before any photo), starts the worker,
     * and works through the photos; resolves once the batch is over (done or cancelled).
     */
    public JSPromise<BatchRun> start() {
        List<MaskLibrary.Entry> masks = new ArrayList<>();
        for (String id : mix.masks()) {
            MaskLibrary.Entry mask = engine.masks().find(id);
            if (mask == null) {
                return JSPromise.reject(JsErrors.error("There is no mask \"" + id + "\"."));
            }
            masks.add(mask);
        }
        JSPromise<Object> loaded = JSPromise.resolve(null);
        for (MaskLibrary.Entry mask : masks) {
            loaded = loaded.flatThen(ignored -> mask.texture().then(texture -> null));
        }
        return loaded.flatThen(ignored -> worker()).flatThen(client -> {
            worker = client;
            return next(0);
        });
    }

    /** Stops the batch before its next photo; what is done is kept. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isOver() {
        return over;
    }

    /** Why the batch stopped early (a failure of the renderer, say), or null. */
    public String problem() {
        return problem;
    }

    public List<Result> results() {
        return Collections.unmodifiableList(results);
    }

    public BatchProgress progress() {
        return progress;
    }

    public BatchLabels labels() {
        return labels;
    }

    public MaskMix mix() {
        return mix;
    }

    /** The whole batch's time, start to end, in milliseconds (so far, while it runs). */
    public double milliseconds() {
        return (over ? endedAt : Clock.now()) - startedAt;
    }

    /** The ZIP of the results (and labels), once the batch is over; null before. */
    public Blob zip() {
        return zipBlob;
    }

    /** The ZIP's file name: maskai-batch-YYYYMMDD-HHMMSS.zip, from the batch's start. */
    public String zipName() {
        return zipName;
    }

    /** Revokes every thumbnail's object URL and lets go of the results. */
    public void discard() {
        cancelled = true;
        for (Result result : results) {
            if (result.thumbnailUrl != null) {
                BlobFiles.revoke(result.thumbnailUrl);
            }
        }
        results.clear();
        zipBlob = null;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static JSPromise<InferenceClient> worker() {
        if (sharedWorker == null) {
            sharedWorker = new JSPromise<>((resolve, reject) -> {
                InferenceClient started = InferenceClient.start(
                        app.maskai.web.dom.AppFiles.absoluteUrl("js/worker.js"),
                        client -> resolve.accept(client.isReady() ? client : null));
                if (started == null) {
                    resolve.accept(null);
                }
            });
        }
        return sharedWorker.then(client -> client != null && client.isReady() ? client : null);
    }

    private JSPromise<BatchRun> next(int index) {
        if (index >= files.size() || cancelled) {
            return finish();
        }
        JSObject file = files.get(index);
        String source = BatchFiles.nameOf(file);
        String shown = source.isEmpty() ? "photo " + (index + 1) : source;
        double start = Clock.now();
        listener.stage(index, shown, "Reading", 0.05);
        return photo(index, file, shown).then(label -> label, failure -> BatchLabels.Photo.failed(shown,
                reason(failure)))
                .flatThen(outcome -> {
                    // A result was added by photo(); a photo without one is added here.
                    if (results.size() == index) {
                        labels.add(outcome);
                        results.add(new Result(index, shown, file, outcome, null, null, Clock.now() - start));
                    }
                    progress.photoDone(Clock.now() - start);
                    listener.photoDone(results.get(index), progress);
                    if (problem != null) {
                        cancelled = true;
                    }
                    return next(index + 1);
                });
    }

    /** One photo: its label, with its result added where it has one. */
    private JSPromise<BatchLabels.Photo> photo(int index, JSObject file, String shown) {
        double start = Clock.now();
        return TryOnEngine.decode(file, "This photo").flatThen(bitmap -> {
            int width = bitmap.getWidth();
            int height = bitmap.getHeight();
            listener.stage(index, shown, "Finding faces", 0.25);
            return faces(bitmap).flatThen(found -> {
                if (found.faces.isEmpty()) {
                    found.photo.close();
                    return JSPromise.resolve(BatchLabels.Photo.noFace(shown, width, height));
                }
                if (cancelled) {
                    found.photo.close();
                    return JSPromise.resolve(BatchLabels.Photo.failed(shown, "Cancelled before it was masked."));
                }
                listener.stage(index, shown, "Masking", 0.6);
                return TryOnEngine.drawable(renderer, found.photo, found.faces)
                        .flatThen(drawable -> draw(index, file, shown, drawable, start));
            });
        });
    }

    private JSPromise<InferenceClient.Detected> faces(ImageBitmap bitmap) {
        if (worker != null) {
            return worker.detect(bitmap, minScore);
        }
        return engine.detect(bitmap).then(found -> new InferenceClient.Detected(bitmap, found.faces,
                found.milliseconds)).flatCatchError(failure -> {
                    bitmap.close();
                    return JSPromise.reject(failure);
                });
    }

    private JSPromise<BatchLabels.Photo> draw(int index, JSObject file, String shown, TryOnEngine.Drawable drawable,
            double start) {
        int faces = drawable.faces.size();
        List<MaskLibrary.Entry> masks = new ArrayList<>();
        List<FitAdjustment> adjustments = new ArrayList<>();
        List<MaskMix.Choice> choices = new ArrayList<>();
        for (int i = 0; i < faces; i++) {
            MaskMix.Choice choice = mix.choose(index, i);
            choices.add(choice);
            masks.add(engine.masks().find(choice.maskId));
            adjustments.add(FitAdjustment.NONE.withScale(choice.scale));
        }
        int width = drawable.photo.getWidth();
        int height = drawable.photo.getHeight();
        return TryOnEngine.styles(masks, adjustments).flatThen(styles -> {
            List<TryOnEngine.FaceStyle> coloured = new ArrayList<>();
            for (int i = 0; i < faces; i++) {
                MaskMix.Colour colour = choices.get(i).colour;
                coloured.add(styles.get(i).withColour(colour == null ? -1 : colour.rgb));
            }
            try {
                engine.render(renderer, drawable.photo, drawable.faces, coloured, true, null);
            } catch (Throwable failure) {
                problem = "Rendering failed: " + Failures.message(failure);
                return JSPromise.<BatchLabels.Photo>reject(JsErrors.error(problem));
            } finally {
                drawable.photo.close();
            }
            listener.stage(index, shown, "Saving", 0.85);
            JSPromise<Blob> thumbnail = thumbnails ? BatchFiles.thumbnail(renderer.canvas(), THUMBNAIL_SIDE)
                    : JSPromise.resolve(null);
            JSPromise<Blob> encoded = BatchFiles.encode(renderer.canvas(), quality.mimeType, quality.quality);
            return thumbnail.flatThen(small -> encoded.flatThen(image -> BlobFiles.bytes(image).then(bytes -> {
                String name = names.next(shown, quality.extension);
                add(name, bytes.copyToJavaArray(), image);
                List<BatchLabels.FaceLabel> faceLabels = new ArrayList<>();
                for (int i = 0; i < faces; i++) {
                    Face face = drawable.faces.get(i);
                    faceLabels.add(new BatchLabels.FaceLabel(face.x, face.y, face.width, face.height, face.score,
                            choices.get(i)));
                }
                BatchLabels.Photo label = BatchLabels.Photo.masked(shown, name, width, height, faceLabels);
                labels.add(label);
                results.add(new Result(index, shown, file, label, image, small == null ? null : BlobFiles.objectUrl(small),
                        Clock.now() - start));
                return label;
            })));
        });
    }

    /** Puts an entry into the ZIP: its header from the core, then its bytes (a Blob, referenced). */
    private void add(String name, byte[] bytes, Blob content) {
        byte[] header = zip.entry(name, Crc32.of(bytes), bytes.length);
        BatchFiles.addBytes(parts, Int8Array.copyFromJavaArray(header));
        BatchFiles.addBlob(parts, content);
    }

    private JSPromise<BatchRun> finish() {
        if (labelsWanted) {
            addText("labels.csv", labels.csv());
            addText("labels.json", labels.json());
        }
        BatchFiles.addBytes(parts, Int8Array.copyFromJavaArray(zip.finish()));
        zipBlob = BatchFiles.zip(parts);
        over = true;
        endedAt = Clock.now();
        listener.finished(this);
        return JSPromise.resolve(this);
    }

    private void addText(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] header = zip.entry(name, Crc32.of(bytes), bytes.length);
        BatchFiles.addBytes(parts, Int8Array.copyFromJavaArray(header));
        BatchFiles.addBytes(parts, Int8Array.copyFromJavaArray(bytes));
    }

    private static String reason(Object failure) {
        String message = JsErrors.messageOf((JSObject) failure);
        // "This photo: the file is empty." reads as a sentence: drop the caller's name.
        return message.startsWith("This photo: ") ? capitalised(message.substring("This photo: ".length())) : message;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
