package app.maskai.web.tf;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.typedarrays.Float32Array;

/** A TF.js tensor: the few methods MaskAI uses. */
public interface Tensor extends JSObject {
    /** Reads the values; synchronous, so only for small outputs on the CPU-side backends. */
    Float32Array dataSync();

    Tensor div(double value);

    Tensor sub(double value);

    Tensor expandDims(int axis);

    void dispose();

    /** Tensors returned by {@code execute} with several outputs come as an array. */
    interface List extends JSArrayReader<Tensor> {
    }
}
