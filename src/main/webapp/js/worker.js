// The inference worker: TF.js (our own copies) and the TeaVM-compiled worker program
// (js/maskai-worker.js defines main). Paths are relative to this file, so the app also works from
// a sub-path. See app.maskai.web.worker.
// The webgl and cpu backends are imported only if the wasm one cannot start (web.tf.Backends).
importScripts('../vendor/tfjs/tf-core.min.js', '../vendor/tfjs/tf-converter.min.js',
    '../vendor/tfjs/tf-backend-wasm.min.js', 'maskai-worker.js');
main();
