// The reference pipeline's start, timed from navigation: the wasm backend (the app's binaries,
// no threads, as the app runs it), then createDetector with the short-range detector and FaceMesh
// from the app's models/ (as bench.js's loadReference). window.__referenceReadyAt is the time.
(async () => {
  try {
    tf.wasm.setWasmPaths('/vendor/tfjs/');
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    await tf.setBackend('wasm');
    await tf.ready();
    const api = window.faceLandmarksDetection;
    window.__reference = await api.createDetector(api.SupportedModels.MediaPipeFaceMesh, {
      runtime: 'tfjs',
      maxFaces: 20,
      refineLandmarks: false,
      detectorModelUrl: new URL('/models/facemesh-detection-short.json', location.href).href,
      landmarkModelUrl: new URL('/models/facemesh.json', location.href).href,
    });
    window.__referenceReadyAt = performance.now();
    window.__referenceBackend = tf.getBackend();
  } catch (e) {
    window.__referenceError = String(e && e.message || e);
  }
})();
