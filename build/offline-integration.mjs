// Astro integration run after `astro build` (hook astro:build:done):
// 1. bundles build/service-worker.js (workbox modules) with esbuild into dist/sw.js;
// 2. workbox-build injectManifest writes the precache manifest into it: every page, the search
//    index, the question bank, case stills, icons, the web app manifest and all /_astro/ files,
//    with content revisions;
// 3. writes dist/_headers for static hosts (Netlify, Cloudflare Pages and the like): the same
//    content security policy as each page's <meta> tag (plus header-only directives), and cache
//    rules (hashed /_astro/ files immutable; the service worker and pages always revalidated).
// Chosen over @vite-pwa/astro, whose peer range stops at Astro 5 (this site is on Astro 7), and
// over workbox generateSW because the worker needs a custom update flow (wait for the learner).
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { headerOnlyDirectives } from './csp.mjs';

const swSource = fileURLToPath(new URL('./service-worker.js', import.meta.url));

/** What the service worker precaches, relative to dist/. */
export const precacheGlobs = ['**/*.{html,js,css,json,svg,png,webp,webmanifest,woff2,ico}'];
export const precacheIgnores = ['sw.js', '_headers', 'exports/**', '**/*.map'];

async function htmlFiles(dir, base = dir, found = []) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro') await htmlFiles(full, base, found);
    } else if (entry.name.endsWith('.html')) {
      found.push(path.relative(base, full).split(path.sep).join('/'));
    }
  }
  return found;
}

/** The policy in a built page's <meta http-equiv="content-security-policy">, or null. */
export function metaPolicy(html) {
  const match = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i);
  return match
    ? match[1]
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : null;
}

/** One policy allowing every source any page's policy allows (the union of their directives). */
export function unionPolicy(policies) {
  const directives = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * dist/_headers: one Content-Security-Policy header for every path, the union of the pages'
 * <meta> policies (each page's own meta policy still applies, so each page stays as strict as
 * its meta tag), plus directives only a header can carry.
 */
async function writeHeaders(dist) {
  const policies = [];
  for (const file of await htmlFiles(dist)) {
    const policy = metaPolicy(await readFile(path.join(dist, file), 'utf8'));
    if (!policy) throw new Error(`dist/${file} has no content-security-policy meta tag`);
    policies.push(policy);
  }
  const header = `${unionPolicy(policies)}; ${headerOnlyDirectives.join('; ')}`;
  const lines = [
    '# Written by build/offline-integration.mjs for static hosts that read _headers.',
    '/*',
    `  Content-Security-Policy: ${header}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/sw.js',
    '  Cache-Control: no-cache',
  ];
  await writeFile(path.join(dist, '_headers'), lines.join('\n') + '\n');
  return { pages: policies.length, policies: new Set(policies).size };
}

/** @returns {import('astro').AstroIntegration} */
export function offline() {
  return {
    name: 'gepnet-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const swDest = path.join(dist, 'sw.js');
        await esbuild({
          entryPoints: [swSource],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          outfile: swDest,
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'warning',
        });
        const { count, size, warnings } = await injectManifest({
          swSrc: swDest,
          swDest,
          globDirectory: dist,
          globPatterns: precacheGlobs,
          globIgnores: precacheIgnores,
          // Hashed build files need no extra revision: their name changes with their content.
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        await rm(path.join(dist, 'sw.js.map'), { force: true });
        logger.info(`service worker: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB)`);
        const headers = await writeHeaders(dist);
        logger.info(`_headers: content security policy for ${headers.pages} pages (${headers.policies} distinct)`);
      },
    },
  };
}
