// Starts MaskAI, choosing one of the two builds of the same Java code: WebAssembly GC
// (js/maskai.wasm, run by js/maskai.wasm-runtime.js) where the browser has Wasm GC, JavaScript
// (js/maskai.js) otherwise. `?build=js` or `?build=wasm` forces one (tests run every browser test
// on both); a forced build that fails is reported, never replaced by the other. The build in use is
// <html data-maskai-build>, which MaskAI.ready reports and the Diagnostics panel shows.
// Kept out of index.html because the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var root = document.documentElement;

  // The smallest module with a GC type: (type (struct)). Only an engine with Wasm GC validates it.
  var GC_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]);

  function hasWasmGc() {
    try {
      return typeof WebAssembly === 'object' && WebAssembly.validate(GC_MODULE);
    } catch (e) {
      return false;
    }
  }

  function requestedBuild() {
    var match = /[?&]build=(js|wasm)(?:&|$)/.exec(location.search);
    return match ? match[1] : null;
  }

  function failed(detail) {
    root.setAttribute('data-maskai', 'failed');
    var status = document.getElementById('status');
    if (status) {
      status.textContent = 'MaskAI could not start: its code did not load (' + detail
          + '). Reload the page to try again.';
      status.classList.add('error');
    }
  }

  function started(build) {
    root.setAttribute('data-maskai-build', build);
    var shown = document.getElementById('diag-build');
    if (shown) {
      shown.textContent = build === 'wasm' ? 'WebAssembly (Wasm GC)' : 'JavaScript';
    }
    mark('maskai-main');
  }

  // Performance marks (time since navigation) for measurements: code loaded (MaskAI marks ready
  // itself; reading MaskAI.ready here would count as a page script using the API).
  function mark(name) {
    if (window.performance && performance.mark) {
      performance.mark(name);
    }
  }


  // index.html lists this script first of its deferred scripts, so that MaskAI's code downloads
  // and compiles while TF.js's scripts run; main() waits for those (DOMContentLoaded comes after
  // every deferred script has run). Measured on 2 cores: main ~60 ms sooner. (Run before the
  // style sheets, not deferred, it made the start slower: DOMContentLoaded came 50-200 ms later.)
  var domReady = new Promise(function (resolve) {
    if (document.readyState === 'complete') {
      resolve();
    } else {
      document.addEventListener('DOMContentLoaded', function () { resolve(); });
      window.addEventListener('load', function () { resolve(); });
    }
  });

  // TF.js 4.22's own SIMD test (tf-backend-wasm, flag WASM_HAS_SIMD_SUPPORT; the same bytes as sw.js).
  var SIMD_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7,
    0, 65, 0, 253, 15, 26, 11]);

  // Starts downloading a file a later fetch() of the same URL will take from memory: the scripts
  // that ask for it run only after TF.js's (about 200 ms on 2 cores).
  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }

  // The binary TF.js's wasm backend will fetch once the app starts it: SIMD where TF.js's test
  // validates, as TF.js chooses; none when threads were asked for (the threaded binary is then
  // chosen only if the page is cross-origin isolated: app.maskai.core.pipeline.WasmThreads).
  function preloadTfWasm() {
    if (/[?&]threads=on(?:&|$)/.test(location.search) || typeof WebAssembly !== 'object') {
      return;
    }
    var simd = false;
    try {
      simd = WebAssembly.validate(SIMD_MODULE);
    } catch (e) {
      simd = false;
    }
    preload(simd ? 'vendor/tfjs/tfjs-backend-wasm-simd.wasm' : 'vendor/tfjs/tfjs-backend-wasm.wasm');
  }

  function loadScript(src, onload, onerror) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = onload;
    script.onerror = function () { onerror(src + ' did not load'); };
    document.head.appendChild(script);
  }

  function startJs(onerror) {
    loadScript('js/maskai.js', function () {
      if (typeof main !== 'function') {
        onerror('js/maskai.js defines no main');
        return;
      }
      domReady.then(function () {
        started('js');
        main();
      });
    }, onerror);
  }

  function startWasm(onerror) {
    preload('js/maskai.wasm');
    loadScript('js/maskai.wasm-runtime.js', function () {
      TeaVM.wasmGC.load('js/maskai.wasm').then(function (teavm) {
        domReady.then(function () {
          started('wasm');
          teavm.exports.main([]);
          });
      }, function (error) {
        onerror('js/maskai.wasm: ' + (error && error.message ? error.message : error));
      });
    }, onerror);
  }

  // The wasm backend started the moment TF.js's scripts have run, while MaskAI's own module is
  // still being fetched and compiled (its main comes ~50 ms later on 2 cores): with the
  // configuration MaskAI's Java gives it (app.maskai.web.tf.Tf.configureWasm: our own copies of
  // the binaries, single-threaded), and only where MaskAI would choose it first (no ?threads=on,
  // which asks for the threaded build). MaskAI takes the promise over (Tf.useBackend) instead of
  // starting the backend itself; a start that fails here is tried again there, as without it.
  // Measured (alternating cold loads, 2 cores): the backend ready ~50 ms sooner, ready ~20 ms.
  function startWasmBackend() {
    if (typeof tf === 'undefined' || !tf.wasm || typeof tf.setBackend !== 'function'
        || /[?&]threads=on(?:&|$)/.test(location.search)) {
      return;
    }
    try {
      var paths = new URL('vendor/tfjs/', document.baseURI).href;
      tf.wasm.setWasmPaths(paths);
      window.__maskaiWasmPaths = paths;
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      var started = tf.setBackend('wasm');
      started.catch(function () {});
      window.__maskaiEarlyWasm = started;
    } catch (e) {
      window.__maskaiEarlyWasm = undefined;
    }
  }

  domReady.then(startWasmBackend);

  preloadTfWasm();
  var forced = requestedBuild();
  if (forced === 'js') {
    startJs(failed);
  } else if (forced === 'wasm') {
    startWasm(failed);
  } else if (hasWasmGc()) {
    // A browser that validates GC types but cannot run this module still gets the app.
    startWasm(function (problem) {
      if (window.console) {
        console.warn('MaskAI: the WebAssembly build did not start (' + problem + '); using JavaScript.');
      }
      startJs(failed);
    });
  } else {
    startJs(failed);
  }
})();
