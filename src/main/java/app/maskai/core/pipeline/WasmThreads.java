package app.maskai.core.pipeline;

/**
 * Whether the page runs TF.js's multi-threaded wasm backend (XNNPACK on a pool of Web Workers
 * sharing one memory). It needs a cross-origin isolated page (the server's or the service
 * worker's {@code Cross-Origin-Opener-Policy: same-origin} and
 * {@code Cross-Origin-Embedder-Policy: require-corp}), without which there is no
 * SharedArrayBuffer; and it would pay only with cores to spare.
 *
 * <p>Measured (2026-12-02, headless Chromium 156 on 2 cores, cross-origin isolated, models/, one
 * execute() each, medians of 30): threaded against single-threaded, FaceMesh 6.1–10.6 ms against
 * 7.4–8.2 at batch 1 and 9.0–13.0 against 9.5–10.3 at batch 2; the short-range detector 6.8–7.5
 * against 4.9–5.0; the full-range one 17.8–26.9 against 21.0–23.6; and the backend took 160–283
 * ms to start against 31–32. TF.js reported a pool of 1 thread whatever count it was given
 * ({@code tf.wasm.getThreadsCount()}), so on this machine the threaded build is no faster and
 * starts later. No machine with more cores was at hand to see whether it pays there, so it is not
 * the default anywhere: {@code ?threads=on} in the page's URL asks for it (where the page is
 * isolated), to measure it on such a device.
 */
public final class WasmThreads {
    private WasmThreads() {
    }

    /**
     * @param crossOriginIsolated the page's {@code crossOriginIsolated}
     * @param forced the {@code threads} URL parameter: "on" asks for threads; anything else, or
     *     null, is the single-threaded default
     */
    public static boolean use(boolean crossOriginIsolated, String forced) {
        return crossOriginIsolated && "on".equals(forced);
    }
}
