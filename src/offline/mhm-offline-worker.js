// mhm-elements offline worker: a course page visited once keeps working with no connection.
//
// Copy this file to the folder of your course page, or to your site's root (a service worker only
// controls pages in its own folder and below), and register it from the page (docs/offline.md):
//
//   <script type="module">
//     if ('serviceWorker' in navigator) {
//       const keep = () =>
//         navigator.serviceWorker.controller?.postMessage({
//           type: 'mhm-offline-keep',
//           urls: [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)],
//         });
//       navigator.serviceWorker.addEventListener('controllerchange', keep);
//       keep();
//       navigator.serviceWorker.register('/mhm-offline-worker.js?v=1');
//     }
//   </script>
//
// What it does:
// - on the page's message, keeps the page and the files it loaded (the library and its chunks,
//   images) in a cache on the device, taken from the browser's own HTTP cache when they are there,
//   so the first visit does not download them twice; it answers `mhm-offline-kept` when done;
// - a page it keeps: from the network first (the newest version when online), else the kept copy;
// - a file whose name carries a content hash (`course-fr-B2JTfcwU.js`): from the cache first, as
//   it never changes; other files: network first, else the kept copy;
// - requests of a kept page that were not kept yet (a chunk loaded later) are kept as they pass;
// - it fetches nothing of its own: only addresses the page itself loaded;
// - `?v=2` in the worker's address starts a new cache and deletes the old ones on activation:
//   change it when you publish a new version of the page.
const version = new URL(self.location.href).searchParams.get('v') ?? '1';
const prefix = 'mhm-offline:';
const cacheName = `${prefix}${version}`;
/** A file name that ends with a content hash, as Rollup, Vite and webpack write them. */
const hashed = /[.-][A-Za-z0-9_-]{8,}\.(?:js|mjs|css|woff2?|png|jpe?g|webp|svg)$/;

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(prefix) && name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** Keeps one address: from the HTTP cache when the browser has it, else from the network. */
async function keep(cache, url) {
  try {
    const response = await fetch(new Request(url, { cache: 'force-cache', credentials: 'same-origin' }));
    if (response.ok) await cache.put(url, response);
    return response.ok;
  } catch {
    return false;
  }
}

self.addEventListener('message', (event) => {
  const { data } = event;
  if (data?.type !== 'mhm-offline-keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      const urls = [...new Set(data.urls.map(String))].filter((url) => /^https?:/.test(url)).map((url) => url.split('#')[0]);
      const kept = await Promise.all(urls.map((url) => keep(cache, url)));
      event.source?.postMessage({ type: 'mhm-offline-kept', kept: kept.filter(Boolean).length, failed: urls.filter((_, i) => !kept[i]) });
    })(),
  );
});

/** Whether the page that made a request is one this worker keeps. */
async function fromKeptPage(cache, event) {
  const client = event.clientId ? await self.clients.get(event.clientId) : undefined;
  return !!client && !!(await cache.match(client.url.split('#')[0]));
}

async function networkFirst(cache, request, keepIt) {
  try {
    const response = await fetch(request);
    if (response.ok && keepIt) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreVary: true });
    if (kept) return kept;
    throw error;
  }
}

async function respond(event) {
  const { request } = event;
  const cache = await caches.open(cacheName);
  const kept = await cache.match(request, { ignoreVary: true });
  if (request.mode === 'navigate') {
    return kept ? networkFirst(cache, request, true) : fetch(request);
  }
  if (kept && hashed.test(new URL(request.url).pathname)) {
    return kept;
  }
  return networkFirst(cache, request, !!kept || (await fromKeptPage(cache, event)));
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !/^https?:/.test(event.request.url)) return;
  event.respondWith(respond(event));
});
