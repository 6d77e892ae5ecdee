package app.maskai.web.tf;

import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * A TF.js tensor: the few methods MaskAI uses. The core bundle registers no chained ops, so
 * arithmetic goes through {@link Tf}'s functions.
 */
public interface Tensor extends JSObject {
    /** Reads the values; synchronous, so only for small outputs on the CPU-side backends. */
    Float32Array dataSync();

    void dispose();
}
