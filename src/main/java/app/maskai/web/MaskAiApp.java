package app.maskai.web;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.layout.FaceLayout;
import app.maskai.web.api.PublicApi;
import app.maskai.web.custom.CustomMaskSection;
import app.maskai.web.dom.Browser;
import app.maskai.web.live.LiveSection;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.photo.PastePhoto;
import app.maskai.web.offline.OfflineCache;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.settings.SettingsSection;
import app.maskai.web.tf.Backends;
import app.maskai.web.tf.GraphModel;
import app.maskai.web.tf.Tf;
import app.maskai.web.tf.TfFaceModels;
import app.maskai.web.ui.Diagnostics;
import app.maskai.web.ui.Page;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Start-up: pick a TF.js backend, load the three face models with progress, warm them, load the
 * masks, then hand the page and {@code window.MaskAI} a ready {@link TryOnEngine}.
 */
public final class MaskAiApp {
    public static final String VERSION = "0.1.0";

    /** Approximate weight files' sizes (bytes), to turn per-model progress into one bar. */
    private static final double[] MODEL_BYTES = {201_268, 1_477_958};

    private final Page page = new Page();
    private final PublicApi api = PublicApi.install(VERSION);
    private final double startedAt = Browser.now();
    private SettingsSection settings;

    private MaskAiApp() {
    }

    public static void main(String[] args) {
        setState("started");
        new MaskAiApp().start();
    }

    private void start() {
        String missing = missingFeatures();
        if (!missing.isEmpty()) {
            fail("This browser lacks features MaskAI needs (" + missing + "). Please use a current version of"
                    + " Chrome, Edge, Firefox or Safari.");
            return;
        }
        if (!Tf.isLoaded()) {
            fail("TensorFlow.js did not load, so faces cannot be found. Reload the page to try again.");
            return;
        }
        settings = new SettingsSection(page);
        PastePhoto.install();
        page.loading(0, "Starting the face engine…");
        Backends.choose(Browser.absoluteUrl("vendor/tfjs/"), this::loadModels, this::fail);
    }

    private void loadModels(Backends.Choice choice) {
        // The full-range detector (1 MB) is needed only when the short-range one finds no face, so
        // it loads after the app is ready.
        GraphModel[] models = new GraphModel[2];
        String[] files = {DetectorSpec.SHORT_RANGE.modelFile, LandmarkModel.MODEL_FILE};
        loadModel(files, models, 0, () -> {
            TfFaceModels faceModels = new TfFaceModels(models[0], null, models[1]);
            try {
                faceModels.warmUp();
            } catch (Throwable failure) {
                fail("The face models could not run on this device: " + Failures.message(failure));
                return;
            }
            page.loading(1, "Loading masks…");
            MaskLibrary.load(Browser.absoluteUrl("masks/"), masks -> {
                // The default mask's texture is fetched now, so the first try-on needs no wait;
                // the others load when first picked.
                masks.entries().get(0).texture().then(texture -> {
                    ready(choice, faceModels, masks);
                    return null;
                }, error -> {
                    warn(Browser.messageOf((JSObject) error));
                    ready(choice, faceModels, masks);
                    return null;
                });
            }, problem -> warn(problem), this::fail);
        });
    }

    private void ready(Backends.Choice choice, TfFaceModels faceModels, MaskLibrary masks) {
        Browser.fetchText(Browser.absoluteUrl("masks/face-layout.json")).then(text -> {
            FaceLayout layout = null;
            try {
                layout = FaceLayout.parseJson(text.stringValue());
            } catch (RuntimeException e) {
                warn("masks/face-layout.json: " + Failures.message(e) + " (masks are drawn without the face occluder)");
            }
            ready(choice, faceModels, masks, layout);
            return null;
        }, error -> {
            warn("masks/face-layout.json could not be loaded; masks are drawn without the face occluder.");
            ready(choice, faceModels, masks, null);
            return null;
        });
    }

    private void ready(Backends.Choice choice, TfFaceModels faceModels, MaskLibrary masks, FaceLayout layout) {
        HTMLCanvasElement canvas = (HTMLCanvasElement) HTMLDocument.current().getElementById("result");
        MeshWarpRenderer renderer = MeshWarpRenderer.create(canvas, layout != null ? layout.faceTriangles() : null);
        TryOnEngine engine = new TryOnEngine(faceModels, masks, layout, choice.backend);
        Diagnostics.started(choice.backend, choice.simd, choice.skipped, Tf.version(), VERSION,
                Browser.now() - startedAt);
        page.ready(engine, renderer, renderer == null
                ? "This browser has no WebGL2: faces can be found, but masks cannot be drawn." : null);
        if (!choice.skipped.isEmpty()) {
            page.note("The fast face engine could not start here, so MaskAI uses its " + choice.backend + " engine"
                    + " instead: everything works, more slowly. (Not started: " + choice.skipped + ".)");
        }
        settings.ready(engine);
        api.useCustomMasks(new CustomMaskSection(page).masks());
        api.useLiveStats(new LiveSection(page, faceModels, layout)::stats);
        api.resolve(engine);
        setState("ready");
        String fullRange = "models/" + DetectorSpec.FULL_RANGE.modelFile;
        faceModels.useFullRange(Tf.loadGraphModel(Browser.absoluteUrl(fullRange), fraction -> { }));
        faceModels.fullRangeLoaded().then(loaded -> {
            if (!faceModels.hasDetector(DetectorSpec.FULL_RANGE)) {
                warn(fullRange + " could not be loaded: faces far from the camera may be missed.");
            }
            return null;
        });
        OfflineCache.start();
    }

    private void loadModel(String[] files, GraphModel[] models, int index, Runnable done) {
        if (index == files.length) {
            done.run();
            return;
        }
        double total = MODEL_BYTES[0] + MODEL_BYTES[1];
        double before = 0;
        for (int i = 0; i < index; i++) {
            before += MODEL_BYTES[i];
        }
        double offset = before;
        String url = Browser.absoluteUrl("models/" + files[index]);
        Tf.loadGraphModel(url, fraction -> {
            double loaded = offset + fraction * MODEL_BYTES[index];
            page.loading(loaded / total, "Loading face models: " + megabytes(loaded) + " of " + megabytes(total)
                    + " MB,");
        }).then(model -> {
                    models[index] = model;
                    loadModel(files, models, index + 1, done);
                    return null;
                }, error -> {
                    fail("A face model could not be loaded (models/" + files[index] + "): the file is missing or"
                            + " damaged, or the connection dropped. Press Try again. (Details: "
                            + sentence(Browser.messageOf((JSObject) error)) + ")");
                    return null;
                });
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
        setState("failed");
        api.reject(message);
        page.failed(message, MaskAiApp::reload);
    }

    /** The browser features the app cannot work without, that are missing here ("" when none). */
    @JSBody(script = "var need = {fetch: typeof fetch, Promise: typeof Promise, WebAssembly: typeof WebAssembly,"
            + " createImageBitmap: typeof createImageBitmap, Blob: typeof Blob};"
            + " return Object.keys(need).filter(function (k) { return need[k] === 'undefined'; }).join(', ');")
    private static native String missingFeatures();

    @JSBody(params = "state", script = "document.documentElement.setAttribute('data-maskai', state);")
    private static native void setState(String state);

    @JSBody(params = "message", script = "console.warn(message);")
    private static native void warn(String message);

    @JSBody(script = "location.reload();")
    private static native void reload();
}
