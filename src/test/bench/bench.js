/*
 * The page side of the MaskAI benchmark (app.maskai.bench.Benchmark). The benchmark opens the
 * built app, waits for MaskAI.ready, and adds this script and the reference package
 * (@tensorflow-models/face-landmarks-detection 1.0.6, UMD build) to the same page, so that both
 * run on the app's own TF.js 4.22 instance and wasm backend, with the model files the app serves.
 * Served only by the benchmark's server, under /__test__/bench/; never part of target/site.
 *
 * Everything is timed here with performance.now(), so WebDriver's round trips are not counted.
 */
window.Bench = (() => {
  const BASE = '/__test__/';
  const images = {};
  let reference = null;

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load ' + src));
      document.head.appendChild(script);
    });
  }

  /**
   * Time inside the models: every GraphModel execute()/executeAsync() of the page's one TF.js
   * (MaskAI's and the reference's models alike) adds its duration here. On the wasm backend
   * execute() computes synchronously, so this is the models' own work.
   */
  const models = {ms: 0, runs: 0};
  for (const name of ['execute', 'executeAsync']) {
    const original = tf.GraphModel.prototype[name];
    tf.GraphModel.prototype[name] = function () {
      const start = performance.now();
      const result = original.apply(this, arguments);
      const done = () => {
        models.ms += performance.now() - start;
        models.runs++;
      };
      if (result && typeof result.then === 'function') {
        return result.then(value => {
          done();
          return value;
        });
      }
      done();
      return result;
    };
  }

  function modelUrl(file) {
    return new URL('models/' + file, location.href).href;
  }

  function canvas(width, height) {
    const c = document.createElement('canvas');
    c.width = width;
    c.height = height;
    return c;
  }

  /** The reference detector: runtime tfjs, the short-range detector and FaceMesh from models/. */
  async function loadReference() {
    if (!window.faceLandmarksDetection) {
      await loadScript(BASE + 'bench/face-landmarks-detection.min.js');
    }
    const api = window.faceLandmarksDetection;
    reference = await api.createDetector(api.SupportedModels.MediaPipeFaceMesh, {
      runtime: 'tfjs',
      maxFaces: 20,
      refineLandmarks: false,
      detectorModelUrl: modelUrl('facemesh-detection-short.json'),
      landmarkModelUrl: modelUrl('facemesh.json'),
    });
    return {backend: tf.getBackend(), tfjs: tf.version_core, maxFaces: 20};
  }

  /** Each method takes a canvas and gives {faces: [{box: [x, y, w, h], landmarks: [[x, y, z] …]}]}. */
  const methods = {
    maskai: async image => ofMaskAi(await MaskAI.detect(image)),
    maskaiSingle: async image => ofMaskAi(await MaskAI.detect(image, {refine: false})),
    reference: async image => {
      // Without reset() the estimator carries the last image's face regions into this call.
      reference.reset();
      return ofReference(await reference.estimateFaces(image));
    },
  };

  function ofMaskAi(result) {
    return {faces: result.faces.map(f => ({
      box: [f.box.x, f.box.y, f.box.width, f.box.height],
      landmarks: f.landmarks.map(p => [p[0], p[1], p[2]]),
    }))};
  }

  function ofReference(faces) {
    return {faces: faces.map(f => ({
      box: [f.box.xMin, f.box.yMin, f.box.width, f.box.height],
      landmarks: f.keypoints.map(k => [k.x, k.y, k.z]),
    }))};
  }

  /** A test photo (path under the test data) as a canvas, kept under its path. */
  async function photo(path) {
    if (!images[path]) {
      const response = await fetch(BASE + path);
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      const bitmap = await createImageBitmap(await response.blob());
      const c = canvas(bitmap.width, bitmap.height);
      c.getContext('2d').drawImage(bitmap, 0, 0);
      bitmap.close();
      images[path] = c;
    }
    return images[path];
  }

  /** A square copy of a photo with about `megapixels` million pixels, kept under `name`. */
  async function scaled(name, path, megapixels) {
    const source = await photo(path);
    const side = Math.round(Math.sqrt(megapixels * 1e6));
    const c = canvas(side, side);
    const ctx = c.getContext('2d');
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, side, side);
    images[name] = c;
    return {name, width: side, height: side};
  }

  /** Lets a large copy's pixels go. */
  function drop(name) {
    if (images[name]) {
      images[name].width = 0;
      images[name].height = 0;
      delete images[name];
    }
  }

  function image(name) {
    if (!images[name]) throw new Error('no image ' + name);
    return images[name];
  }

  async function timed(call) {
    const start = performance.now();
    const value = await call();
    return {ms: performance.now() - start, value};
  }

  /**
   * Detect latency on one image: one untimed call per method, then `rounds` rounds that call every
   * method once, the order turned by one each round (A B C, B C A, C A B, …).
   */
  async function latency(name, names, rounds) {
    const source = image(name);
    const out = {width: source.width, height: source.height, ms: {}, modelMs: {}, modelRuns: {}, faces: {},
      errors: {}};
    const live = names.filter(m => m !== 'reference' || reference);
    for (const m of live) {
      out.ms[m] = [];
      out.modelMs[m] = [];
      out.modelRuns[m] = [];
      try {
        out.faces[m] = (await methods[m](source)).faces.length;
      } catch (e) {
        out.errors[m] = String(e && e.message || e);
      }
    }
    const running = live.filter(m => !(m in out.errors));
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < running.length; k++) {
        const m = running[(r + k) % running.length];
        try {
          const inModels = models.ms;
          const runs = models.runs;
          const t = await timed(() => methods[m](source));
          out.ms[m].push(t.ms);
          out.modelMs[m].push(models.ms - inModels);
          out.modelRuns[m].push(models.runs - runs);
        } catch (e) {
          out.errors[m] = String(e && e.message || e);
        }
      }
    }
    return out;
  }

  /** MaskAI.tryOn with the first built-in mask: one untimed call, then `rounds` timed ones. */
  async function tryOn(name, rounds) {
    const source = image(name);
    const mask = MaskAI.masks().filter(m => m.category !== 'custom')[0].id;
    const first = await MaskAI.tryOn(source, {mask});
    const ms = [];
    for (let r = 0; r < rounds; r++) {
      ms.push((await timed(() => MaskAI.tryOn(source, {mask}))).ms);
    }
    return {mask, width: source.width, height: source.height, bytes: first.size, ms};
  }

  /** {@code run} once to set it up, then timed {@code rounds} times: the ms of each. */
  function timeRuns(run, rounds) {
    run();
    const ms = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      run();
      ms.push(performance.now() - start);
    }
    return ms;
  }

  /**
   * The floor: each model alone, execute() on a pre-made input tensor of its size and a read of
   * the outputs the app uses, as the app's own model instances would run it (fresh instances of
   * the same files here, on the same backend).
   */
  async function floor(rounds) {
    const specs = [
      {name: 'detector128', file: 'facemesh-detection-short.json', size: 128, outputs: ['Identity:0']},
      {name: 'facemesh192', file: 'facemesh.json', size: 192, outputs: ['Identity_2:0', 'Identity_1:0']},
    ];
    const out = {};
    for (const spec of specs) {
      const model = await tf.loadGraphModel(modelUrl(spec.file));
      const input = tf.randomUniform([1, spec.size, spec.size, 3], 0, 1);
      const run = () => {
        const result = model.execute(input, spec.outputs);
        const tensors = Array.isArray(result) ? result : [result];
        tensors.forEach(t => t.dataSync());
        tf.dispose(tensors);
      };
      for (let w = 0; w < 2; w++) run();
      out[spec.name] = timeRuns(run, rounds);
      input.dispose();
      model.dispose();
    }
    out.detectorShapes = await detectorShapes(Math.max(5, Math.round(rounds / 5)));
    return out;
  }

  /**
   * The short-range detector on other input shapes than its 128² (it is fully convolutional: its
   * Placeholder's shape is opened to [-1, -1, -1, 3] when loaded, as the app does): batches of
   * 128² inputs as the tiles were run, and single inputs of a whole photo at a larger scale.
   * Median ms of each, with the input pixels over 128².
   */
  async function detectorShapes(rounds) {
    const base = tf.io.http(modelUrl('facemesh-detection-short.json'));
    const model = await tf.loadGraphModel({load: async () => {
      const artifacts = await base.load();
      const input = artifacts.modelTopology.node.find(n => n.op === 'Placeholder');
      input.attr.shape.shape.dim = [{size: '-1'}, {size: '-1'}, {size: '-1'}, {size: '3'}];
      return artifacts;
    }});
    const shapes = [[1, 128, 128], [4, 128, 128], [9, 128, 128], [20, 128, 128],
      [1, 224, 224], [1, 208, 160], [1, 320, 240], [1, 512, 384], [1, 640, 480]];
    const out = [];
    for (const [n, w, h] of shapes) {
      const input = tf.randomUniform([n, h, w, 3], -1, 1);
      const run = () => {
        const result = model.execute(input, 'Identity:0');
        result.dataSync();
        result.dispose();
      };
      const ms = timeRuns(run, rounds).sort((a, b) => a - b);
      input.dispose();
      out.push({batch: n, width: w, height: h, units: n * w * h / (128 * 128), medianMs: ms[ms.length >> 1]});
    }
    model.dispose();
    return out;
  }

  /** `calls` detect calls in a row with one method; TF.js memory before and after. */
  async function repeat(method, name, calls) {
    const source = image(name);
    const before = tf.memory();
    for (let i = 0; i < calls; i++) {
      await methods[method](source);
    }
    const after = tf.memory();
    return {tensorsBefore: before.numTensors, tensorsAfter: after.numTensors,
      bytesBefore: before.numBytes, bytesAfter: after.numBytes};
  }

  /** One detect call with a method on a canvas made by the caller. */
  function detectWith(method, source) {
    return methods[method](source);
  }

  /** Long tasks on the main thread from now on (PerformanceObserver 'longtask': over 50 ms). */
  function watchLongTasks() {
    const tasks = [];
    const observer = new PerformanceObserver(list => {
      for (const entry of list.getEntries()) tasks.push({start: entry.startTime, ms: entry.duration});
    });
    observer.observe({type: 'longtask'});
    return {
      since(start) {
        return tasks.filter(t => t.start >= start);
      },
      stop() {
        observer.disconnect();
      },
    };
  }

  /** Loads a test photo for latency(); its name is its path. */
  async function loadPhoto(path) {
    const c = await photo(path);
    return {name: path, width: c.width, height: c.height};
  }

  return {loadReference, photo: loadPhoto, scaled, drop, latency, tryOn, floor, repeat, detectWith, watchLongTasks};
})();
