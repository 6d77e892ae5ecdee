package app.maskai.web.tf;

import app.maskai.web.dom.Browser;
import java.util.function.Consumer;

/**
 * Picks the TF.js backend: wasm (SIMD) first, measured at about 5 ms per model on two CPU cores;
 * then webgl (about 15× slower on a software GPU, faster on a real one); then the plain cpu
 * backend, which always works.
 */
public final class Backends {
    static final String[] ORDER = {"wasm", "webgl", "cpu"};

    private Backends() {
    }

    /** What was chosen, and which better backends failed on the way (for diagnostics). */
    public static final class Choice {
        public final String backend;
        public final boolean simd;
        public final String skipped;

        Choice(String backend, boolean simd, String skipped) {
            this.backend = backend;
            this.simd = simd;
            this.skipped = skipped;
        }
    }

    /** Tries each backend in order; {@code onError} gets a message when none works. */
    public static void choose(String wasmPrefix, Consumer<Choice> onChosen, Consumer<String> onError) {
        Tf.configureWasm(wasmPrefix);
        tryFrom(0, "", onChosen, onError);
    }

    private static void tryFrom(int index, String skipped, Consumer<Choice> onChosen, Consumer<String> onError) {
        if (index >= ORDER.length) {
            onError.accept("No TensorFlow.js backend could start in this browser (tried " + skipped + ").");
            return;
        }
        String name = ORDER[index];
        Tf.useBackend(name).then(ok -> {
            if (ok.booleanValue()) {
                onChosen.accept(new Choice(name, "wasm".equals(name) && Tf.wasmSimd(), skipped));
            } else {
                tryFrom(index + 1, append(skipped, name + " (unavailable)"), onChosen, onError);
            }
            return null;
        }, error -> {
            tryFrom(index + 1, append(skipped, name + " (" + Browser.messageOf((org.teavm.jso.JSObject) error) + ")"),
                    onChosen, onError);
            return null;
        });
    }

    private static String append(String list, String item) {
        return list.isEmpty() ? item : list + ", " + item;
    }
}
