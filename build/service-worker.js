// The service worker (issue 10 §2). Bundled by esbuild after `astro build`, then workbox-build
// (injectManifest) replaces self.__WB_MANIFEST with every built page, the search index, the
// question bank, the case stills, icons and every /_astro/ file, each with a revision (a hash of
// its content; hashed /_astro/ names are their own revision). So:
// - a deployment that changes any file changes this worker's bytes, so browsers install it;
// - install downloads only what changed (workbox keeps entries whose revision is unchanged);
// - activate deletes caches of older workbox formats (cleanupOutdatedCaches), and workbox removes
//   entries no longer in the manifest, so old hashed files do not pile up.
// A new worker waits until the page asks it to take over (the learner chose "Reload" on the
// "Updated" notice, src/scripts/offline.ts), so a running quiz is never switched underneath.
// The first worker takes control at once (clientsClaim), so one online visit is enough.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

cleanupOutdatedCaches();
// Pages are precached as /path/index.html; /path/ and /path/?anything find them.
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  cleanURLs: true,
  ignoreURLParametersMatching: [/.*/],
});

self.addEventListener('install', () => {
  // The very first install has no page to disrupt: take over without waiting.
  if (!self.registration.active) self.skipWaiting();
});
clientsClaim();

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

const offlinePage = `<!doctype html><html lang="en-GB"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · GEP-NET Imaging</title>
<body><h1>You are offline</h1>
<p>This address is not part of the saved course. Every chapter, case, quiz, simulator and the glossary work without a connection.</p>
<ul><li><a href="/">Course map</a></li><li><a href="/quiz/">Quiz</a></li><li><a href="/review/">Spaced review</a></li><li><a href="/progress/">Progress</a></li></ul></body></html>`;

// Anything not precached (exports, unknown addresses) goes to the network; offline, a page
// navigation gets a short "you are offline" page instead of the browser's error.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return new Response(offlinePage, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
    }
  },
);
