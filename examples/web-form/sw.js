// Offline after the first load: every file of the site (the wasm included) is cached on install
// and served cache-first; a new version of this file replaces the cache.
const CACHE = 'minzheng-forms-v2';
const FILES = ['./', 'index.html', 'app.js', 'style.css', 'sample-item.json', 'pkg/index.js', 'pkg/fast.js', 'pkg/minzheng.js',
  'pkg/minzheng_bg.wasm', 'pkg/snippets.json'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The snippet module's path carries a hash: the build lists it in pkg/snippets.json.
    const extra = await fetch('pkg/snippets.json').then((r) => r.json()).catch(() => []);
    await cache.addAll([...FILES, ...extra.map((p) => `pkg/${p}`)]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith((async () => {
    const cached = await caches.match(event.request, { ignoreSearch: true });
    return cached ?? fetch(event.request);
  })());
});
