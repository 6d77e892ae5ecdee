package app.maskai.web.api;

import app.maskai.core.batch.BatchProgress;
import app.maskai.core.batch.MaskMix;
import app.maskai.core.settings.ImageQuality;
import app.maskai.web.batch.BatchRun;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tryon.TryOnEngine;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * {@code MaskAI.batch(files, options)} (README, "Public JavaScript API"): many photos masked one
 * after another (web.batch.BatchRun), resolving to {@code {results, zip, seed, cancelled,
 * milliseconds, photosPerSecond}}. Options: {@code masks} (ids drawn from; or {@code mask}),
 * {@code varyColour}, {@code varySize}, {@code seed} (an integer, or a string of one up to 64
 * bits; left out, a random one, given back), {@code labels} (default true), {@code format}
 * ("png", "jpeg"), {@code onProgress} (a function) and {@code signal} (an AbortSignal: cancels
 * before the next photo).
 */
final class BatchApi {
    private BatchApi() {
    }

    static JSPromise<JSObject> run(TryOnEngine engine, MeshWarpRenderer renderer, JSObject files, JSObject options) {
        String caller = "MaskAI.batch";
        List<JSObject> list = new ArrayList<>();
        if (JsValues.isNullish(files) || !isListLike(files)) {
            return JSPromise.reject(JsErrors.error(caller + ": files must be an array or FileList of Blobs or Files."));
        }
        for (int i = 0; i < JsValues.length(files); i++) {
            JSObject item = JsValues.item(files, i);
            if (!JsValues.isBlob(item)) {
                return JSPromise.reject(JsErrors.error(caller + ": files[" + i + "] is " + JsValues.kindOf(item)
                        + ", not a Blob or File."));
            }
            list.add(item);
        }
        MaskMix mix;
        ImageQuality quality;
        boolean labels;
        try {
            if (JsValues.isNullish(options) || !JsValues.isPlainObject(options)) {
                throw new IllegalArgumentException(caller + ": options must be an object with masks (or mask).");
            }
            mix = new MaskMix(masks(engine, options, caller), Request.flag(options, "varyColour", false, caller + ": options"),
                    Request.flag(options, "varySize", false, caller + ": options"), seed(options, caller));
            quality = format(options, caller);
            labels = Request.flag(options, "labels", true, caller + ": options");
            if (list.size() > app.maskai.core.batch.ZipWriter.MAX_ENTRIES - 2) {
                throw new IllegalArgumentException(caller + ": at most " + (app.maskai.core.batch.ZipWriter.MAX_ENTRIES - 2)
                        + " files in one batch.");
            }
        } catch (IllegalArgumentException bad) {
            return JSPromise.reject(JsErrors.error(bad.getMessage()));
        }
        if (renderer == null) {
            return JSPromise.reject(JsErrors.error(caller + ": WebGL2 is not available in this browser."));
        }
        JSObject onProgress = JsValues.get(options, "onProgress");
        JSObject signal = JsValues.get(options, "signal");
        BatchRun[] self = new BatchRun[1];
        BatchRun run = new BatchRun(engine, renderer, list, mix, quality, labels, false, engine.minDetectionScore(),
                new BatchRun.Listener() {
                    @Override
                    public void stage(int index, String name, String stage, double fraction) {
                        report(onProgress, index, name, stage, fraction, self[0].progress());
                    }

                    @Override
                    public void photoDone(BatchRun.Result result, BatchProgress progress) {
                        report(onProgress, result.index, result.source, "Done", 1, progress);
                    }

                    @Override
                    public void finished(BatchRun done) {
                    }
                });
        self[0] = run;
        if (!JsValues.isNullish(signal)) {
            if (aborted(signal)) {
                run.cancel();
            }
            onAbort(signal, run::cancel);
        }
        return run.start().then(BatchApi::outcome);
    }

    private static JSObject outcome(BatchRun run) {
        JSObject outcome = JsValues.object();
        JSObject labels = parse(run.labels().json());
        JSObject photos = JsValues.get(labels, "photos");
        for (int i = 0; i < run.results().size(); i++) {
            BatchRun.Result result = run.results().get(i);
            if (result.image != null) {
                JsValues.set(JsValues.item(photos, i), "image", result.image);
            }
        }
        JsValues.set(outcome, "results", photos);
        JsValues.set(outcome, "zip", run.zip());
        JsValues.setString(outcome, "zipName", run.zipName());
        JsValues.setString(outcome, "seed", Long.toString(run.mix().seed()));
        JsValues.set(outcome, "cancelled", JsValues.wrap(run.isCancelled()));
        JsValues.setNumber(outcome, "milliseconds", run.milliseconds());
        JsValues.setNumber(outcome, "photosPerSecond", run.progress().photosPerSecond());
        return outcome;
    }

    private static void report(JSObject onProgress, int index, String name, String stage, double fraction,
            BatchProgress progress) {
        if (JsValues.isNullish(onProgress) || progress == null) {
            return;
        }
        JSObject report = JsValues.object();
        JsValues.setNumber(report, "index", index);
        JsValues.setString(report, "name", name);
        JsValues.setString(report, "stage", stage);
        JsValues.setNumber(report, "fraction", fraction);
        JsValues.setNumber(report, "done", progress.done());
        JsValues.setNumber(report, "total", progress.total());
        JsValues.setNumber(report, "millisecondsLeft", progress.millisecondsLeft());
        call(onProgress, report);
    }

    private static List<String> masks(TryOnEngine engine, JSObject options, String caller) {
        JSObject masks = JsValues.get(options, "masks");
        JSObject mask = JsValues.get(options, "mask");
        List<String> ids = new ArrayList<>();
        if (!JsValues.isNullish(masks)) {
            if (!JsValues.isArray(masks) || JsValues.length(masks) == 0) {
                throw new IllegalArgumentException(caller + ": options.masks must be a non-empty array of mask ids.");
            }
            for (int i = 0; i < JsValues.length(masks); i++) {
                ids.add(id(engine, JsValues.item(masks, i), caller + ": options.masks[" + i + "]"));
            }
        } else if (!JsValues.isNullish(mask)) {
            ids.add(id(engine, mask, caller + ": options.mask"));
        } else {
            throw new IllegalArgumentException(caller + ": options.masks (an array of mask ids) or options.mask is"
                    + " required; known masks: " + Request.knownIds(engine) + ".");
        }
        return ids;
    }

    private static String id(TryOnEngine engine, JSObject value, String where) {
        if (!JsValues.isString(value) || engine.masks().find(JsValues.string(value)) == null) {
            throw new IllegalArgumentException(where + " is not a known mask id; known masks: "
                    + Request.knownIds(engine) + ".");
        }
        return JsValues.string(value);
    }

    private static long seed(JSObject options, String caller) {
        JSObject value = JsValues.get(options, "seed");
        if (JsValues.isNullish(value)) {
            return randomSeed();
        }
        String text;
        if (JsValues.isNumber(value)) {
            double number = JsValues.toNumber(value);
            if (number != Math.rint(number) || Math.abs(number) > 9007199254740991.0) {
                throw new IllegalArgumentException(caller + ": options.seed must be a whole number (or a string of"
                        + " one, for more than 53 bits).");
            }
            return (long) number;
        }
        if (!JsValues.isString(value)) {
            throw new IllegalArgumentException(caller + ": options.seed must be a whole number or a string of one.");
        }
        text = JsValues.string(value).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notOne) {
            throw new IllegalArgumentException(caller + ": options.seed \"" + text + "\" is not a whole number"
                    + " between -9223372036854775808 and 9223372036854775807.");
        }
    }

    private static ImageQuality format(JSObject options, String caller) {
        JSObject value = JsValues.get(options, "format");
        if (JsValues.isNullish(value)) {
            return ImageQuality.PNG;
        }
        String format = JsValues.isString(value) ? JsValues.string(value) : "";
        switch (format) {
            case "png":
                return ImageQuality.PNG;
            case "jpeg":
            case "jpg":
                return ImageQuality.JPEG_HIGH;
            default:
                throw new IllegalArgumentException(caller + ": options.format must be \"png\" or \"jpeg\".");
        }
    }

    private static long randomSeed() {
        return app.maskai.web.batch.BatchSeed.random();
    }

    @JSBody(params = "value", script = "return Array.isArray(value) || (typeof FileList !== 'undefined'"
            + " && value instanceof FileList);")
    private static native boolean isListLike(JSObject value);

    @JSBody(params = "text", script = "return JSON.parse(text);")
    private static native JSObject parse(String text);

    @JSBody(params = {"fn", "value"}, script = "if (typeof fn === 'function') { try { fn(value); }"
            + " catch (failure) { console.warn('MaskAI.batch: onProgress threw', failure); } }")
    private static native void call(JSObject fn, JSObject value);

    @JSBody(params = "signal", script = "return !!signal.aborted;")
    private static native boolean aborted(JSObject signal);

    @JSFunctor
    interface Action extends JSObject {
        void run();
    }

    @JSBody(params = {"signal", "action"}, script = "if (typeof signal.addEventListener === 'function')"
            + " signal.addEventListener('abort', function () { action(); });")
    private static native void onAbort(JSObject signal, Action action);
}
