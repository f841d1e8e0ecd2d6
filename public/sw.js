/*
 * Offline use: residents study on phones, sometimes with no signal.
 *
 * - At install, the app shell is saved: the quiz, review and progress pages, the home page, the
 *   question bank (/data/questions.json) and every /_astro/ file those pages load, found by
 *   reading the pages' HTML and, recursively, the imports of their scripts (the file names are
 *   hashed by the build, so this static worker cannot list them in advance).
 * - Afterwards, every same-origin GET is cached as it is visited: hashed /_astro/ files
 *   cache-first (their content never changes under a name); pages, data and images
 *   stale-while-revalidate (the saved copy at once, refreshed from the network for next time).
 *   A page saved or refreshed also has its /_astro/ files saved, so it works offline later.
 * - A page can post { cache: [urls] } to save itself (its path) and what it loaded before this
 *   worker controlled it.
 * - The cache name is versioned; on activation, caches of other versions are deleted. Bump
 *   the version when this file's caching changes. Offline and not saved: a short page says so.
 */
const version = 'v1';
const cacheName = `gepnet-offline-${version}`;
const shell = ['/', '/quiz/', '/review/', '/progress/', '/data/questions.json', '/favicon.svg'];
const sameOrigin = (url) => url.origin === self.location.origin;
const isAsset = (url) => url.pathname.startsWith('/_astro/');

/** Same-origin /_astro/ files a page or script refers to. */
function referencedAssets(text, base) {
  const found = new Set();
  const pattern = /["'`(]((?:\.{1,2}\/|\/)?_astro\/[\w.@-]+\.(?:js|mjs|css|woff2?|svg|png|webp)|\.\/[\w.@-]+\.(?:js|mjs|css))["'`)]/g;
  for (const match of text.matchAll(pattern)) {
    const path = match[1];
    const url = new URL(path.startsWith('_astro/') ? `/${path}` : path, base);
    if (sameOrigin(url) && isAsset(url)) found.add(url.href.split('#')[0]);
  }
  return found;
}

/** Saves the /_astro/ files a response refers to, and theirs in turn (already saved ones are skipped). */
async function saveAssetsOf(cache, text, base, seen = new Set()) {
  const pending = [...referencedAssets(text, base)].filter((href) => !seen.has(href));
  pending.forEach((href) => seen.add(href));
  await Promise.all(
    pending.map(async (href) => {
      let response = await cache.match(href);
      if (!response) {
        response = await fetch(href);
        if (!response.ok) return;
        await cache.put(href, response.clone());
      }
      if (/\.m?js$/.test(href)) await saveAssetsOf(cache, await response.text(), href, seen);
    }),
  );
}

/** Pages are saved under their path without the query, so /quiz/?only=flagged finds /quiz/. */
function pageKey(url) {
  return url.origin + url.pathname;
}

async function save(cache, key, response) {
  if (!response.ok || response.type !== 'basic' || response.redirected) return;
  await cache.put(key, response.clone());
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) await saveAssetsOf(cache, await response.clone().text(), key).catch(() => undefined);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      for (const path of shell) {
        const url = new URL(path, self.location.origin).href;
        await save(cache, url, await fetch(url, { cache: 'no-cache' }));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith('gepnet-offline-') && name !== cacheName).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const urls = event.data && Array.isArray(event.data.cache) ? event.data.cache : [];
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      for (const href of urls) {
        const url = new URL(String(href), self.location.origin);
        const key = url.href.split('#')[0];
        if (!sameOrigin(url) || url.pathname === '/sw.js' || (await cache.match(key))) continue;
        try {
          await save(cache, key, await fetch(key));
        } catch {
          // Offline or gone: it will be saved on a later visit.
        }
      }
    })(),
  );
});

const offlinePage = `<!doctype html><html lang="en-GB"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · GEP-NET Imaging</title>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>You are offline</h1>
<p>This page has not been saved on this device yet. Pages you have opened before, the quiz, spaced review and your progress work without a connection.</p>
<ul><li><a href="/quiz/">Quiz</a></li><li><a href="/review/">Spaced review</a></li><li><a href="/progress/">Progress</a></li><li><a href="/">Course map</a></li></ul></body></html>`;

async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function staleWhileRevalidate(event, key) {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(key);
  const fresh = fetch(event.request).then((response) => {
    // Saving (and saving the page's /_astro/ files) goes on after the response is handed over.
    event.waitUntil(save(cache, key, response.clone()).catch(() => undefined));
    return response;
  });
  if (saved) {
    event.waitUntil(fresh.catch(() => undefined));
    return saved;
  }
  try {
    return await fresh;
  } catch (error) {
    if (event.request.mode === 'navigate') return new Response(offlinePage, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !sameOrigin(url) || url.pathname === '/sw.js') return;
  if (isAsset(url)) event.respondWith(cacheFirst(request));
  else event.respondWith(staleWhileRevalidate(event, request.mode === 'navigate' ? pageKey(url) : url.href));
});
