// Service worker: after the first visit the app works with the network off. It caches
// the app's own files (same origin only) and answers from the cache when the network
// fails; a new deployment replaces the cache on the next online visit.
const CACHE = 'seimbang-v1';
const FILES = ['./', './index.html', './boot.js', './main.css', './seimbang-app.js', './seimbang-app_bg.wasm', './worker_loader.js', './worker.js', './worker_bg.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(FILES.map((f) => cache.add(f).catch(() => undefined))),
    ).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Network first (so a new build is picked up), cache as the fallback when offline.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })),
  );
});
