package app.maskai.web.ui;

import app.maskai.web.tryon.TryOnEngine;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The small diagnostics panel: which backend runs the models, and how long things take. */
public final class Diagnostics {
    private Diagnostics() {
    }

    public static void started(String backend, boolean simd, String skipped, String tfVersion, String appVersion,
            double readyMilliseconds) {
        set("diag-backend", backend + ("wasm".equals(backend) ? (simd ? " (SIMD)" : " (no SIMD)") : ""));
        set("diag-fallback", skipped.isEmpty() ? "none" : skipped);
        set("diag-tfjs", tfVersion);
        set("diag-version", appVersion);
        set("diag-ready", Math.round(readyMilliseconds) + " ms");
    }

    static void detected(TryOnEngine.Detection detection) {
        set("diag-detect", Math.round(detection.milliseconds) + " ms, " + detection.faces.size() + " face"
                + (detection.faces.size() == 1 ? "" : "s") + ", " + detection.width + "×" + detection.height);
    }

    private static void set(String id, String text) {
        HTMLElement element = HTMLDocument.current().getElementById(id);
        if (element != null) {
            element.setInnerText(text);
        }
    }
}
