package app.maskai.web.settings;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * "Clear all app data": everything this origin keeps in the browser. Settings (localStorage,
 * and sessionStorage for good measure), every Cache Storage cache (the offline copy of the app's
 * own files) and the service worker's registration (it registers again at the next start), and
 * the session's custom masks. No photo or face data is ever stored, so there is
 * none to clear; the app keeps working, and fetches its files again when it needs them.
 */
final class AppData {
    @JSFunctor
    interface Done extends JSObject {
        /** {@code problem}: null when everything was removed, else what could not be. */
        void done(String problem);
    }

    private AppData() {
    }

    /**
     * The custom masks go through their own section's "Clear my masks" (#custom-clear), which also
     * closes the mask editor and frees the pixels; a disabled button means there are none.
     */
    @JSBody(params = "done", script = "var problems = [];"
            + " try { var clearButton = document.getElementById('custom-clear'); if (clearButton && !clearButton.disabled) clearButton.click(); }"
            + " catch (failure) { problems.push('custom masks: ' + failure.message); }"
            + " try { if (window.localStorage) localStorage.clear(); } catch (failure) { problems.push('local storage: ' + failure.message); }"
            + " try { if (window.sessionStorage) sessionStorage.clear(); } catch (failure) { problems.push('session storage: ' + failure.message); }"
            + " var cleared = typeof caches === 'undefined' ? Promise.resolve()"
            + "   : caches.keys().then(function (names) { return Promise.all(names.map(function (cacheName) {"
            + " return caches['delete'](cacheName); })); });"
            + " var workers = !(navigator.serviceWorker && navigator.serviceWorker.getRegistrations) ? Promise.resolve()"
            + "   : navigator.serviceWorker.getRegistrations().then(function (registrations) {"
            + "  return Promise.all(registrations.map(function (registration) { return registration.unregister(); })); });"
            + " Promise.all([cleared, workers]).then(function () { done(problems.length ? problems.join('; ') : null); },"
            + "   function (failure) { problems.push('caches or service worker: ' + (failure && failure.message || failure));"
            + " done(problems.join('; ')); });")
    static native void clear(Done done);
}
