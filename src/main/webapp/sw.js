// MaskAI's service worker: keeps one build's files (the page, its code and style, TF.js and its
// wasm, the face models, the masks) in one cache, so that after the first visit the app starts
// with no network. Plain JavaScript because it is plumbing, not app logic.
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

self.addEventListener('install', event => event.waitUntil(precache()));

self.addEventListener('activate', event => event.waitUntil(
    // Older versions of this folder's cache go; other folders' and other apps' caches stay.
    caches.keys().then(names => Promise.all(names
        .filter(name => name.startsWith(PREFIX) && name !== CACHE)
        .map(name => caches.delete(name))))));

// The page's "Reload" button: the waiting version takes over, then the page reloads.
self.addEventListener('message', event => {
  if (event.data && event.data.type === 'skip-waiting') {
    self.skipWaiting();
  }
});

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
  event.respondWith(caches.open(CACHE)
      .then(cache => cache.match(key))
      .then(cached => cached || fetch(request)));
});

/**
 * Puts every listed file in this version's cache, each checked against the build's size and
 * SHA-256 (a host half-way through a deploy must not give us a mix of versions). A file whose
 * bytes an older version already holds is copied from there instead of downloaded again.
 * Any failure fails the install; the browser tries again on a later visit.
 */
async function precache() {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter(name => name.startsWith(PREFIX) && name !== CACHE);
  const queue = BUILD.files.slice();
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
