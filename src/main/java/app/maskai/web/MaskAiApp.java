package app.maskai.web;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.pipeline.WasmThreads;
import app.maskai.core.settings.Choice;
import app.maskai.core.settings.RecordingLength;
import app.maskai.web.api.PublicApi;
import app.maskai.web.batch.BatchSection;
import app.maskai.web.custom.CustomMaskApi;
import app.maskai.web.custom.CustomMaskSection;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.Clock;
import app.maskai.web.dom.Console;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.Platform;
import app.maskai.web.live.LiveSection;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.offline.OfflineCache;
import app.maskai.web.photo.PastePhoto;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.settings.SettingsSection;
import app.maskai.web.tf.Backends;
import app.maskai.web.tf.GraphModel;
import app.maskai.web.tf.ModelFiles;
import app.maskai.web.tf.Tf;
import app.maskai.web.tf.TfFaceModels;
import app.maskai.web.tryon.Failures;
import app.maskai.web.tryon.TryOnEngine;
import app.maskai.web.tryon.WarmUp;
import app.maskai.web.ui.CommandBox;
import app.maskai.web.ui.Diagnostics;
import app.maskai.web.ui.Page;
import app.maskai.web.ui.StyleSection;
import app.maskai.web.ui.StatusLine;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Start-up: at once, fetch the two face models' files, the masks' metadata and the face layout
 * while a TF.js backend starts; load the models (with progress) once it has; when all are in,
 * hand the page and {@code window.MaskAI} a ready {@link TryOnEngine}. What the first photo needs
 * beyond that (the models' first runs, the WebGL2 context and shaders, the default mask's
 * texture) comes just after ready, while the person chooses
 * ({@link WarmUp}).
 */
public final class MaskAiApp {
    public static final String VERSION = "0.1.0";

    /** Approximate weight files' sizes (bytes), to turn per-model progress into one bar. */
    private static final double[] MODEL_BYTES = {201_268, 1_477_958};
    private static final String[] MODEL_FILES = {DetectorSpec.SHORT_RANGE.modelFile, LandmarkModel.MODEL_FILE};

    private final StatusLine status = new StatusLine();
    /** The fitting sensitivity: Settings offers and remembers it, the page and the live view apply it. */
    private final Choice<FitSensitivity> sensitivity = new Choice<>(FitSensitivity.DEFAULT);
    private final Choice<RecordingLength> recordingLength = new Choice<>(RecordingLength.DEFAULT);
    private final Page page = new Page(status, sensitivity);
    private final PublicApi api = PublicApi.install(VERSION);
    private final double startedAt = Clock.now();
    private SettingsSection settings;
    /** What start-up has so far; ready comes when the models and the masks are both in. */
    private Backends.Choice choice;
    private TfFaceModels faceModels;
    private MaskLibrary masks;
    /** The shared face layout, or null where it could not be loaded (no occluder); read once {@link #layoutLoaded}. */
    private FaceLayout layout;
    private boolean layoutLoaded;
    private boolean failed;

    private MaskAiApp() {
    }

    public static void main(String[] args) {
        setState("started");
        new MaskAiApp().start();
    }

    private void start() {
        String missing = Platform.missingFeatures();
        if (!missing.isEmpty()) {
            fail("This browser lacks features MaskAI needs (" + missing + "). Please use a current version of"
                    + " Chrome, Edge, Firefox or Safari.");
            return;
        }
        if (!Tf.isLoaded()) {
            fail("TensorFlow.js did not load, so faces cannot be found. Reload the page to try again.");
            return;
        }
        settings = new SettingsSection(page, sensitivity, recordingLength);
        PastePhoto.install(page::open);
        status.loading(0, "Starting the face engine…");
        // Everything ready waits for is fetched at once: the model files and the masks' metadata
        // download while the backend starts (one after another they cost ~250 ms more on 2 cores).
        ModelFiles files = ModelFiles.prefetch(modelUrl(MODEL_FILES[0]), modelUrl(MODEL_FILES[1]));
        MaskLibrary.load(AppFiles.absoluteUrl("masks/"), loaded -> {
            masks = loaded;
            Clock.mark("masks");
            readyWhenLoaded();
        }, this::fail);
        loadLayout();
        boolean threads = WasmThreads.use(Platform.crossOriginIsolated(), Platform.threadsParameter());
        Backends.choose(AppFiles.absoluteUrl("vendor/tfjs/"), threads, chosen -> {
            choice = chosen;
            Clock.mark("backend");
            loadModels(files);
        }, this::fail);
    }

    private void loadModels(ModelFiles files) {
        GraphModel[] models = new GraphModel[MODEL_FILES.length];
        double[] fractions = new double[MODEL_FILES.length];
        int[] pending = {MODEL_FILES.length};
        for (int i = 0; i < MODEL_FILES.length; i++) {
            int index = i;
            // The detector's input is opened: the search for small faces runs it on larger inputs.
            files.load(modelUrl(MODEL_FILES[index]), fraction -> {
                fractions[index] = fraction;
                showModelProgress(fractions);
            }, MODEL_FILES[index].equals(DetectorSpec.SHORT_RANGE.modelFile)).then(model -> {
                models[index] = model;
                if (--pending[0] == 0) {
                    faceModels = new TfFaceModels(models[0], models[1]);
                    Clock.mark("models");
                    readyWhenLoaded();
                }
                return null;
            }, error -> {
                fail("A face model could not be loaded (models/" + MODEL_FILES[index] + "): the file is missing or"
                        + " damaged, or the connection dropped. Press Try again. (Details: "
                        + sentence(JsErrors.messageOf((JSObject) error)) + ")");
                return null;
            });
        }
    }

    private void showModelProgress(double[] fractions) {
        if (failed) {
            // The other model's progress must not replace the failure's message.
            return;
        }
        double total = 0;
        double loaded = 0;
        for (int i = 0; i < fractions.length; i++) {
            total += MODEL_BYTES[i];
            loaded += fractions[i] * MODEL_BYTES[i];
        }
        status.loading(loaded / total, "Loading face models: " + megabytes(loaded) + " of " + megabytes(total) + " MB,");
    }

    /** Ready once the models are loaded and the masks' metadata read (whichever comes last). */
    private void readyWhenLoaded() {
        if (faceModels == null || masks == null || !layoutLoaded || failed) {
            return;
        }
        HTMLCanvasElement canvas = (HTMLCanvasElement) HTMLDocument.current().getElementById("result");
        FaceLayout layout = this.layout;
        TryOnEngine engine = new TryOnEngine(faceModels, masks, layout, choice.backend);
        Diagnostics.started(choice.backend, choice.simd, choice.skipped, Tf.version(), VERSION,
                Clock.now() - startedAt);
        page.ready(engine, () -> MeshWarpRenderer.create(canvas, layout != null ? layout.faceTriangles() : null));
        if (!choice.skipped.isEmpty()) {
            status.append("The fast face engine could not start here, so MaskAI uses its " + choice.backend + " engine"
                    + " instead: everything works, more slowly. (Not started: " + choice.skipped + ".)");
        }
        settings.ready(engine);
        new StyleSection(page);
        api.useCommands(new CommandBox(page)::perform);
        api.useCustomMasks(new CustomMaskApi(new CustomMaskSection(page, status).masks()));
        api.useLiveStats(new LiveSection(page, status, faceModels, layout, sensitivity, recordingLength)::stats);
        BatchSection batch = new BatchSection(page, new BatchRenderer(layout));
        page.onMasksChanged(batch::masksChanged);
        batch.ready();
        api.resolve(engine, choice.threads);
        setState("ready");
        Clock.mark("ready");
        OfflineCache.start();
        new WarmUp(page::renderer, page::photoChosen, engine, faceModels).start();
        // Each mask's metadata, read now rather than before ready; one that is malformed leaves
        // the gallery (the first drawing of a mask otherwise reads its own).
        masks.checkAll(Console::warn, () -> page.masksChanged(null));
    }

    /**
     * The face layout (32 KB): every fit uses it (the occluder, rigid parts), so ready waits for it
     * too; it downloads beside the models and is in long before them.
     */
    private void loadLayout() {
        AppFiles.fetchText(AppFiles.absoluteUrl("masks/face-layout.json")).then(text -> {
            try {
                layout = FaceLayout.parseJson(text.stringValue());
            } catch (RuntimeException e) {
                Console.warn("masks/face-layout.json: " + Failures.message(e) + " (masks are drawn without the face occluder)");
            }
            layoutLoaded = true;
            Clock.mark("layout");
            readyWhenLoaded();
            return null;
        }, error -> {
            Console.warn("masks/face-layout.json could not be loaded; masks are drawn without the face occluder.");
            layoutLoaded = true;
            readyWhenLoaded();
            return null;
        });
    }

    private static String modelUrl(String file) {
        return AppFiles.absoluteUrl("models/" + file);
    }

    /** Bytes as megabytes with one decimal, e.g. "1.2". */
    static String megabytes(double bytes) {
        long tenths = Math.round(bytes / 100_000);
        return (tenths / 10) + "." + (tenths % 10);
    }

    /** Ends a message from elsewhere with exactly one full stop. */
    private static String sentence(String text) {
        String trimmed = text.trim();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    private void fail(String message) {
        if (failed) {
            return;
        }
        failed = true;
        setState("failed");
        api.reject(message);
        status.failed(message, Platform::reload);
    }

    /** The document's {@code data-maskai} attribute, which the tests and the style sheet read. */
    private static void setState(String state) {
        HTMLDocument.current().getDocumentElement().setAttribute("data-maskai", state);
    }

    /** The batch's own renderer, on a canvas off the page, made on its first batch (none without WebGL2). */
    private static final class BatchRenderer implements java.util.function.Supplier<MeshWarpRenderer> {
        private final FaceLayout layout;
        private MeshWarpRenderer renderer;

        BatchRenderer(FaceLayout layout) {
            this.layout = layout;
        }

        @Override
        public MeshWarpRenderer get() {
            if (renderer == null || renderer.isContextLost()) {
                HTMLCanvasElement canvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
                renderer = MeshWarpRenderer.create(canvas, layout != null ? layout.faceTriangles() : null);
            }
            return renderer;
        }
    }
}
