// MaskAI's service worker: keeps one build's files (the page, its code and style, TF.js and its
// wasm, the face models, the masks) in one cache, so that after the first visit the app starts
// with no network. Of the files that only some browsers run it precaches those this browser
// will run (ONLY_WHERE); any other listed file is kept the first time a page it controls uses
// it. Plain JavaScript because it is plumbing, not app logic.
//
// Rules it keeps (PRIVACY.md): it fetches only the files listed below, all from its own folder
// on its own origin; it answers only requests for those files; it never stores anything else,
// so no photo, result or blob: URL ever reaches the cache.
//
// The build (src/build/Precache.java) replaces the BUILD line with this build's file list
// (path, size, SHA-256) and version (a hash of all of them). A new version therefore changes
// this script, which is how the browser notices an update.
'use strict';

const BUILD = {"version": "dev", "files": []}; // @BUILD@ (replaced by the build)

/** The folder this worker serves (its scope), e.g. the site's /some/path/ on our own origin. */
const BASE = new URL('./', self.location).href;
/** Cache names carry the folder, so two copies of the app on one origin keep apart. */
const PREFIX = 'maskai ' + BASE + ' ';
const CACHE = PREFIX + BUILD.version;
/** Absolute URL → its entry in BUILD.files. */
const FILES = new Map(BUILD.files.map(file => [new URL(file.path, BASE).href, file]));
const INDEX = new URL('index.html', BASE).href;

/**
 * Files that only some browsers run, each with the test that says whether this one will (the
 * test the page makes itself); every other listed file is precached everywhere. Those left out
 * (0.5 MB gzip where Wasm GC and SIMD are there) are kept once used, see the fetch handler.
 * `need` describes this browser and the pages of this folder open at install.
 */
const ONLY_WHERE = {
  // js/boot.js: the WebAssembly build where Wasm GC validates, else the JavaScript build; a page
  // that forces one (?build=js or ?build=wasm) runs that one.
  'js/maskai.wasm': need => need.builds.has('wasm'),
  'js/maskai.wasm-runtime.js': need => need.builds.has('wasm'),
  'js/maskai.js': need => need.builds.has('js'),
  // TF.js's wasm backend loads the SIMD binary where SIMD validates, the plain one elsewhere.
  'vendor/tfjs/tfjs-backend-wasm-simd.wasm': need => need.simd,
  'vendor/tfjs/tfjs-backend-wasm.wasm': need => !need.simd,
  // The threaded build runs only on a cross-origin isolated page with cores to spare
  // (app.maskai.core.pipeline.WasmThreads): kept once used.
  'vendor/tfjs/tfjs-backend-wasm-threaded-simd.wasm': () => false,
  // The webgl backend runs only where the wasm backend cannot start; the page loads it then
  // (app.maskai.web.tf.Backends).
  'vendor/tfjs/tf-backend-webgl.min.js': () => false,
  // Likewise the plain cpu backend, the last resort after webgl.
  'vendor/tfjs/tf-backend-cpu.min.js': () => false,
  // The hand detector (3.6 MB) loads the first time a photo is searched for hands in front of a
  // face (app.maskai.web.tf.TfHandModel), not at the first visit.
  'models/handtrack.json': () => false,
  'models/handtrack.bin': () => false,
  // Likewise the person segmentation (0.3 MB), the first time a photo's hair is looked for
  // (app.maskai.web.tf.TfPersonModel).
  'models/selfie.json': () => false,
  'models/selfie.bin': () => false,
};

/**
 * Files kept only once used, in every browser: each hairstyle overlay (0.3-0.7 MB) and each face
 * template's pictures (0.1-0.2 MB) load the first time a person chooses it
 * (app.maskai.web.masks.HairstyleLibrary, TemplateLibrary); their lists, metadata and thumbnails
 * are precached, so the pickers work offline and a choice made once works offline after.
 */
const ON_FIRST_USE = path => !path.endsWith('.thumb.png')
    && (/^hairstyles\/[a-z0-9-]+\.png$/.test(path) || /^templates\/[a-z0-9-]+(\.jpg|\.front\.png)$/.test(path));

// The smallest module with a GC type, (type (struct)): only an engine with Wasm GC validates it
// (the same bytes as js/boot.js).
const GC_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]);
// TF.js 4.22's own SIMD test (tf-backend-wasm, flag WASM_HAS_SIMD_SUPPORT).
const SIMD_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7,
  0, 65, 0, 253, 15, 26, 11]);

self.addEventListener('install', event => event.waitUntil(precache()));

self.addEventListener('activate', event => event.waitUntil(
    // Older versions of this folder's cache go; other folders' and other apps' caches stay.
    caches.keys().then(names => Promise.all(names
        .filter(name => name.startsWith(PREFIX) && name !== CACHE)
        .map(name => caches.delete(name))))));

// The page's "Reload" button: the waiting version takes over, then the page reloads. A page that
// loaded a listed file on first need (the hand detector) asks for it to be kept ('keep'): only
// this build's listed files, fetched from this folder and checked as the precache checks them.
self.addEventListener('message', event => {
  if (event.data && event.data.type === 'skip-waiting') {
    self.skipWaiting();
  }
  if (event.data && event.data.type === 'keep' && Array.isArray(event.data.paths)) {
    event.waitUntil(keepListed(event.data.paths.map(String)).catch(() => {}));
  }
});

async function keepListed(paths) {
  const cache = await caches.open(CACHE);
  for (const path of paths) {
    const url = new URL(path, BASE).href;
    if (!url.startsWith(BASE) || !FILES.has(url) || await cache.match(url)) {
      continue;
    }
    const response = await fetch(url);
    if (response.status === 200) {
      await keep(cache, url, response);
    }
  }
}

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    url.search = '';
  }
  const key = url.href === BASE ? INDEX : url.href;
  if (!FILES.has(key)) {
    return; // not one of ours: the browser fetches it as if there were no worker
  }
  event.respondWith(caches.open(CACHE).then(async cache => {
    const cached = await cache.match(key);
    if (cached) {
      return isolated(cached);
    }
    // One of ours that was not precached (ONLY_WHERE): this browser runs it after all, so it is
    // kept for the next time, once its bytes are checked.
    const response = await fetch(request);
    if (response.status === 200) {
      event.waitUntil(keep(cache, key, response.clone()).catch(() => {}));
    }
    return isolated(response);
  }));
});

/**
 * The response with the headers that make the page cross-origin isolated (SharedArrayBuffer, so
 * that the threaded wasm backend can run): a host that cannot send them itself still gets an
 * isolated page once this worker controls it. Every file it serves is from this origin.
 */
function isolated(response) {
  if (response.headers.get('Cross-Origin-Embedder-Policy') === 'require-corp'
      && response.headers.get('Cross-Origin-Opener-Policy') === 'same-origin') {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  return new Response(response.body, {status: response.status, statusText: response.statusText, headers});
}

/** What decides the files of ONLY_WHERE: {builds: Set of 'wasm' | 'js', simd: boolean}. */
async function need() {
  const builds = new Set();
  const pages = await self.clients.matchAll({type: 'window', includeUncontrolled: true});
  for (const page of pages) {
    const forced = /[?&]build=(js|wasm)(?:&|$)/.exec(new URL(page.url).search);
    builds.add(forced ? forced[1] : (validates(GC_MODULE) ? 'wasm' : 'js'));
  }
  if (builds.size === 0) {
    builds.add(validates(GC_MODULE) ? 'wasm' : 'js');
  }
  return {builds, simd: validates(SIMD_MODULE)};
}

function validates(module) {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(module);
  } catch (e) {
    return false;
  }
}

/** Puts a listed file fetched on use into the cache, if its bytes are the build's. */
async function keep(cache, url, response) {
  const bytes = await response.arrayBuffer();
  if (await matches(bytes, FILES.get(url))) {
    await cache.put(url, new Response(bytes, {headers: response.headers}));
  }
}

/**
 * Puts every listed file this browser will run (ONLY_WHERE) in this version's cache, each
 * checked against the build's size and SHA-256 (a host half-way through a deploy must not give
 * us a mix of versions). A file whose bytes an older version already holds is copied from there
 * instead of downloaded again. Any failure fails the install; the browser tries again on a later
 * visit.
 */
async function precache() {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter(name => name.startsWith(PREFIX) && name !== CACHE);
  const browser = await need();
  const queue = BUILD.files.filter(file => !ON_FIRST_USE(file.path)
      && (!ONLY_WHERE[file.path] || ONLY_WHERE[file.path](browser)));
  const worker = async () => {
    for (let file; (file = queue.shift()) !== undefined;) {
      await precacheFile(cache, older, file);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

async function precacheFile(cache, older, file) {
  const url = new URL(file.path, BASE).href;
  if (await cache.match(url)) {
    return; // an earlier, interrupted install got this far
  }
  for (const name of older) {
    const kept = await (await caches.open(name)).match(url);
    if (kept) {
      const bytes = await kept.arrayBuffer();
      if (await matches(bytes, file)) {
        await cache.put(url, new Response(bytes, {headers: kept.headers}));
        return;
      }
    }
  }
  // Redirects are followed (some hosts send /index.html to /); the bytes are checked either way.
  const response = await fetch(url, {cache: 'no-cache', credentials: 'same-origin'});
  if (!response.ok) {
    throw new Error(file.path + ': HTTP ' + response.status);
  }
  const bytes = await response.arrayBuffer();
  if (!(await matches(bytes, file))) {
    throw new Error(file.path + ' is not the file of build ' + BUILD.version);
  }
  await cache.put(url, new Response(bytes, {headers: response.headers}));
}

async function matches(bytes, file) {
  if (bytes.byteLength !== file.size) {
    return false;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, b => b.toString(16).padStart(2, '0')).join('') === file.sha256;
}
