// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { cspConfig } from './build/csp.mjs';
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
  // for them; before the precache manifest, which revisions the pages), then the precaching
  // service worker (workbox injectManifest) and dist/_headers.
  integrations: [mdx(), svelte(), scriptPriority(), offline()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
