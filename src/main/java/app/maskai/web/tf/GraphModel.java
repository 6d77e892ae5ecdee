package app.maskai.web.tf;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;

/** A TF.js graph model (tfjs-converter). */
public interface GraphModel extends JSObject {
    /** Runs the graph synchronously for one named output node. */
    Tensor execute(Tensor input, String outputNode);

    /** Runs the graph synchronously for several output nodes, in the order given. */
    JSArrayReader<Tensor> execute(Tensor input, JSArrayReader<JSString> outputNodes);

    /** Runs the graph, control flow included, for several output nodes, in the order given. */
    org.teavm.jso.core.JSPromise<JSArrayReader<Tensor>> executeAsync(Tensor input, JSArrayReader<JSString> outputNodes);

    void dispose();
}
