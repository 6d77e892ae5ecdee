package app.maskai.web.offline;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The service worker (sw.js, beside index.html) that keeps this build's files so the app starts
 * with no network. Registered with scope "./", so the app works from any folder of a static
 * host. The browser itself checks sw.js for a new build on every visit; when one is installed
 * and waiting while this page runs an older one, {@link UpdateNotice} offers to switch.
 */
public final class OfflineCache {

    @JSFunctor
    interface Listener extends JSObject {
        void newVersionReady();
    }

    private OfflineCache() {
    }

    /**
     * Registers the worker. Called once the app is ready, so that on a first visit the precache
     * download does not compete with the models the page is loading. Does nothing where the
     * browser has no service workers (an insecure origin, a private window in some browsers).
     */
    public static void start() {
        if (supported()) {
            UpdateNotice notice = new UpdateNotice(OfflineCache::switchToNewVersion);
            register(notice::show);
        }
    }

    @JSBody(script = "return 'serviceWorker' in navigator && window.isSecureContext === true;")
    private static native boolean supported();

    /**
     * A version is "new" only when this page is controlled by an older one: a first visit's
     * install is not an update. Another tab switching versions also counts (controllerchange),
     * since this page's code is then older than the files the worker now serves.
     */
    @JSBody(params = "listener", script = ""
            + "var sw = navigator.serviceWorker;"
            + "var announce = function () { if (sw.controller) listener(); };"
            + "sw.addEventListener('controllerchange', function () { if (!window.__maskaiReloading) listener(); });"
            + "sw.register('sw.js', {scope: './'}).then(function (reg) {"
            + "  var watch = function (worker) {"
            + "    if (!worker) return;"
            + "    worker.addEventListener('statechange', function () { if (worker.state === 'installed') announce(); });"
            + "  };"
            + "  if (reg.waiting) announce();"
            + "  watch(reg.installing);"
            + "  reg.addEventListener('updatefound', function () { watch(reg.installing); });"
            + "}, function (e) { console.warn('MaskAI works online only here: ' + (e && e.message || e)); });")
    private static native void register(Listener listener);

    /** Lets the waiting version take over, then reloads the page under it. */
    @JSBody(script = ""
            + "var sw = navigator.serviceWorker;"
            + "window.__maskaiReloading = true;"
            + "sw.addEventListener('controllerchange', function () { location.reload(); });"
            + "sw.getRegistration('./').then(function (reg) {"
            + "  if (reg && reg.waiting) reg.waiting.postMessage({type: 'skip-waiting'});"
            + "  else location.reload();"
            + "}, function () { location.reload(); });")
    private static native void switchToNewVersion();

    /**
     * Asks the service worker to keep {@code paths} (comma separated, relative to the app's
     * folder; only files its build lists are kept, checked as the precache checks them): a file
     * loaded on first need, such as the hand detector, so that it is there offline from then on,
     * even when the page that needed it was not yet the worker's. Nothing happens without a worker.
     */
    public static void keep(String paths) {
        if (supported()) {
            askToKeep(paths);
        }
    }

    @JSBody(params = "paths", script = "navigator.serviceWorker.getRegistration().then(function (reg) {"
            + " var worker = reg && (reg.active || reg.waiting || reg.installing);"
            + " if (worker) worker.postMessage({type: 'keep', paths: paths.split(',')}); }).catch(function () {});")
    private static native void askToKeep(String paths);
}
