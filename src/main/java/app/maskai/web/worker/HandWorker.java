package app.maskai.web.worker;

import app.maskai.core.hands.Hand;
import app.maskai.core.occlusion.Occlusion;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.tf.TfHandModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.function.JSConsumer;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The page's side of the hands worker: an instance of js/worker.js of its own that runs only the
 * hand detector (InferenceWorker's hands message), so that on a machine of two cores or more a
 * photo's hands are looked for while the page's thread finds its faces. Started on first use; the
 * worker loads the detector on the first request. Where it cannot start or fails, each pending and
 * later request is rejected and the caller runs the detector itself.
 */
public final class HandWorker {
    private final JSObject worker;
    /** The requests sent and not yet answered, by id. */
    private final Map<Integer, Pending> pending = new HashMap<>();
    private int lastId;
    private String problem;

    private HandWorker(JSObject worker) {
        this.worker = worker;
    }

    /** Starts the worker at {@code url}; null where this browser cannot run it. */
    public static HandWorker start(String url) {
        if (!WorkerChannel.supported()) {
            return null;
        }
        HandWorker[] self = new HandWorker[1];
        JSObject worker = WorkerChannel.create(url, data -> self[0].receive(data), message -> self[0].failed(message));
        if (worker == null) {
            return null;
        }
        self[0] = new HandWorker(worker);
        return self[0];
    }

    /** Why the worker cannot be used any more, or null while it can. */
    public String problem() {
        return problem;
    }

    /**
     * The hands in pixels staged by TfHandModel.stage, in the photo's pixels; the pixels' buffer
     * moves to the worker (the array is empty after this call).
     */
    public JSPromise<List<Hand>> detect(TfHandModel.Staged staged) {
        if (problem != null) {
            return JSPromise.reject(JsErrors.error(problem));
        }
        int id = ++lastId;
        return new JSPromise<>((resolve, reject) -> {
            pending.put(id, new Pending(resolve, reject));
            WorkerChannel.postHands(worker, id, staged.pixels, staged.square.cx, staged.square.cy,
                    staged.square.width, staged.width, staged.height);
        });
    }

    private void receive(JSObject data) {
        String type = WorkerScope.string(data, "type");
        int id = (int) WorkerScope.number(data, "id");
        if ("handsFound".equals(type) && pending.containsKey(id)) {
            float[] values = ((Float32Array) WorkerScope.object(data, "hands")).copyToJavaArray();
            List<Hand> hands = Occlusion.unpack(values);
            pending.remove(id).resolve.accept(hands);
        } else if ("handsFailed".equals(type) && pending.containsKey(id)) {
            pending.remove(id).reject.accept(JsErrors.error(WorkerScope.string(data, "message")));
        } else if ("failed".equals(type)) {
            failed(WorkerScope.string(data, "message"));
        }
    }

    private void failed(String message) {
        if (problem != null) {
            return;
        }
        problem = message;
        WorkerChannel.terminate(worker);
        for (Pending request : pending.values()) {
            request.reject.accept(JsErrors.error(message));
        }
        pending.clear();
    }

    /** A request's promise's two ends, in fields of their own type (not erased into a collection's). */
    private static final class Pending {
        final JSConsumer<List<Hand>> resolve;
        final JSConsumer<Object> reject;

        Pending(JSConsumer<List<Hand>> resolve, JSConsumer<Object> reject) {
            this.resolve = resolve;
            this.reject = reject;
        }
    }
}
