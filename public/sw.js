// Offline reading: pages the reader opened, and the troubleshooter, stay readable when the
// shop's network is down. Pages always come from the network when it answers (never stale);
// hashed assets under _astro/ never change, so they come from the cache first.
// The scope is the site's base path, so this works under any BASE_PATH.

const VERSION = 'v1';
const PAGES = `pages-${VERSION}`;
const ASSETS = `assets-${VERSION}`;
const SCOPE = new URL(self.registration.scope);
const PRECACHE_PAGES = [new URL('troubleshoot/', SCOPE).href, new URL('troubleshoot/checklist/', SCOPE).href];

/** Same-origin asset URLs (stylesheets, scripts) a page refers to. */
function assetsOf(html, pageUrl) {
  const urls = new Set();
  for (const match of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    const url = new URL(match[1], pageUrl);
    if (url.origin === SCOPE.origin && url.pathname.startsWith(`${SCOPE.pathname}_astro/`)) urls.add(url.href);
  }
  return [...urls];
}

async function cachePageWithAssets(url) {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await (await caches.open(PAGES)).put(url, response);
  const assets = await caches.open(ASSETS);
  await Promise.all(assetsOf(html, url).map(async (asset) => ((await assets.match(asset)) ? undefined : assets.add(asset))));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // The page that registered the worker loaded before it existed: save it too.
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const pages = new Set([...PRECACHE_PAGES, ...open.map((c) => c.url.split('#')[0]).filter((u) => u.startsWith(SCOPE.href))]);
      await Promise.allSettled([...pages].map(cachePageWithAssets));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = [PAGES, ASSETS];
      for (const key of await caches.keys()) if (!keep.includes(key)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

function isPage(request) {
  return request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html');
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    return offlinePage();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

function offlinePage() {
  const troubleshoot = PRECACHE_PAGES[0];
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>网络已断开</title></head>
<body><h1>网络已断开</h1><p>这个页面还没有保存在本机，联网后再打开即可。</p><p>已保存的页面可以离线打开，例如<a href="${troubleshoot}">结算问题排查向导</a>。</p></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  if (url.pathname.startsWith(`${SCOPE.pathname}_astro/`)) event.respondWith(cacheFirst(request));
  else if (isPage(request)) event.respondWith(networkFirst(request));
});
