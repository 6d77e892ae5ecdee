package app.maskai.web.tf;

import app.maskai.web.dom.JsErrors;
import java.util.function.Consumer;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSPromise;

/**
 * Picks the TF.js backend: wasm (SIMD) first, measured at about 5 ms per model on two CPU cores;
 * then webgl (about 15× slower on a software GPU, faster on a real one); then the plain cpu
 * backend, which always works. The page loads the webgl and cpu backends' scripts only when it
 * comes to trying them (they are not in index.html, and the service worker keeps them only once
 * used).
 */
public final class Backends {
    static final String[] ORDER = {"wasm", "webgl", "cpu"};
    /**
     * The scripts of the backends after wasm, in the folder of TF.js's files (beside the wasm
     * binaries): index.html loads only the wasm backend's, so that a start where it works (every
     * current browser) does not download and run theirs (webgl 89 KB gzip, cpu 37 KB).
     */
    static final String WEBGL_SCRIPT = "tf-backend-webgl.min.js";
    static final String CPU_SCRIPT = "tf-backend-cpu.min.js";

    private Backends() {
    }

    /** What was chosen, and which better backends failed on the way (for diagnostics). */
    public static final class Choice {
        public final String backend;
        public final boolean simd;
        public final String skipped;
        /** Threads the wasm backend runs on; 1 when single-threaded. */
        public final int threads;

        Choice(String backend, boolean simd, String skipped) {
            this.backend = backend;
            this.simd = simd;
            this.skipped = skipped;
            this.threads = "wasm".equals(backend) ? Tf.wasmThreads() : 1;
        }
    }

    /**
     * Tries each backend in order; {@code onError} gets a message when none works. The wasm
     * backend runs multi-threaded only with {@code threads} (WasmThreads.use) and where the
     * browser can.
     */
    public static void choose(String wasmPrefix, boolean threads, Consumer<Choice> onChosen, Consumer<String> onError) {
        Tf.configureWasm(wasmPrefix, threads);
        tryFrom(wasmPrefix, 0, "", onChosen, onError);
    }

    private static void tryFrom(String folder, int index, String skipped, Consumer<Choice> onChosen,
            Consumer<String> onError) {
        if (index >= ORDER.length) {
            onError.accept("No TensorFlow.js backend could start in this browser (tried " + skipped + ").");
            return;
        }
        String name = ORDER[index];
        JSPromise<JSBoolean> usable = "wasm".equals(name) ? Tf.useBackend(name)
                : Tf.loadBackendScript(folder + ("webgl".equals(name) ? WEBGL_SCRIPT : CPU_SCRIPT), name)
                        .flatThen(loaded -> {
                            if ("webgl".equals(name)) {
                                Tf.webglShapesAsUniforms();
                            }
                            return Tf.useBackend(name);
                        });
        usable.then(ok -> {
            if (ok.booleanValue()) {
                onChosen.accept(new Choice(name, "wasm".equals(name) && Tf.wasmSimd(), skipped));
            } else {
                tryFrom(folder, index + 1, append(skipped, name + " (unavailable)"), onChosen, onError);
            }
            return null;
        }, error -> {
            tryFrom(folder, index + 1, append(skipped, name + " (" + JsErrors.messageOf((org.teavm.jso.JSObject) error) + ")"),
                    onChosen, onError);
            return null;
        });
    }

    private static String append(String list, String item) {
        return list.isEmpty() ? item : list + ", " + item;
    }
}
