// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { cspConfig, cspPerPage } from './build/csp.mjs';
import { offline } from './build/offline-integration.mjs';
import { scriptPriority } from './build/script-priority.mjs';

// Static output only: the site has no server. Progress lives in the learner's browser.
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  // Stylesheets go into each page: no render-blocking request before first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Strict content security policy as a <meta> tag in every page (see build/csp.mjs).
  security: { csp: cspConfig() },
  // After the build: fetchpriority="low" on the pages' bundled scripts (nothing on screen waits
  // for them), each page's policy cut to the hashes of its own inline scripts and styles (both
  // before the precache manifest, which revisions the pages), then the precaching service worker
  // (workbox injectManifest) and dist/_headers.
  integrations: [mdx(), svelte(), scriptPriority(), cspPerPage(), offline()],
  // Page speed: no bundled script is inlined into the pages (Astro inlines small ones by default):
  // each is a cacheable /_astro/ file at fetchpriority="low", and the pages' HTML (chapters, with
  // the theme switch's script inlined) stays within the first network round trip.
  // The imaging worker is an ES module worker so it can load each modality's renderer on demand
  // (a dynamic import()); Vite's default iife worker would inline them all.
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
