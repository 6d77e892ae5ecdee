package app.maskai.web.tf;

import app.maskai.web.dom.JsValues;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The face models' files, fetched the moment the app starts, while the TF.js backend is still
 * starting: {@code tf.loadGraphModel} then reads them from here (its {@code fetchFunc}) instead of
 * fetching each file in turn once the backend is up. Each file is handed out once; any file not
 * fetched here, or whose early fetch failed, is fetched again as TF.js asks for it, so TF.js sees
 * the same responses and reports the same errors as it would without this.
 */
public final class ModelFiles {
    /** {url: Promise of a Response} for the graph files and the weight files they list. */
    private final JSObject responses;

    private ModelFiles(JSObject responses) {
        this.responses = responses;
    }

    /** Starts fetching each model (a model.json URL) and, once its JSON is in, the weight files it lists. */
    public static ModelFiles prefetch(String... modelUrls) {
        JSObject responses = JsValues.object();
        for (String url : modelUrls) {
            prefetch(responses, url);
        }
        return new ModelFiles(responses);
    }

    /**
     * As {@code tf.loadGraphModel(url, {onProgress})}, reading the files fetched early; with
     * {@code openInput}, its inputs take any height and width ({@link Tf#loadGraphModel(String, JSObject, boolean)}).
     */
    public JSPromise<GraphModel> load(String url, Tf.Progress progress, boolean openInput) {
        return Tf.loadGraphModel(url, options(responses, progress), openInput);
    }

    /*
     * The JSON is read as text and given to TF.js as a new Response of that text (its body can be
     * read once, and the weight URLs are in it). Weight URLs are resolved as TF.js resolves them:
     * the JSON's folder plus each path.
     */
    @JSBody(params = {"responses", "url"}, script = "var json = fetch(url);"
            + " responses[url] = json.then(function (response) {"
            + " if (!response.ok) return response;"
            + " return response.text().then(function (text) {"
            + " try { var folder = url.substring(0, url.lastIndexOf('/') + 1);"
            + " (JSON.parse(text).weightsManifest || []).forEach(function (group) {"
            + " (group.paths || []).forEach(function (path) { var weights = folder + path;"
            + " responses[weights] = fetch(weights); responses[weights].catch(function () {}); }); });"
            + " } catch (e) { }"
            + " return new Response(text, {status: response.status, statusText: response.statusText,"
            + " headers: response.headers}); }); });"
            + " responses[url].catch(function () {});")
    private static native void prefetch(JSObject responses, String url);

    /** TF.js's load options: the progress callback, and a fetch that hands out each early response once. */
    @JSBody(params = {"responses", "progress"}, script = "function fetchFunc(path, init) {"
            + " var early = responses[path]; delete responses[path];"
            + " if (!early) return fetch(path, init);"
            + " return early.catch(function () { return fetch(path, init); }); }"
            + " return {onProgress: progress, fetchFunc: fetchFunc};")
    private static native JSObject options(JSObject responses, Tf.Progress progress);
}
