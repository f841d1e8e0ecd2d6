// The content security policy (issue 10 §3), given to Astro's built-in CSP support
// (`security.csp`), which puts a <meta http-equiv="content-security-policy"> in every page with
// the hashes of the scripts and styles Astro itself inlines (island bootstrap, small bundles).
//
// - script-src 'self' plus hashes: the one script that must run before first paint (the theme,
//   src/scripts/theme-init.js) is inlined and allowed by its SHA-256, computed here from the file;
//   every other script is a bundled file under /_astro/ or an Astro-hashed inline module.
// - style-src 'self' plus Astro's hashes of inlined stylesheets; style-src-attr 'unsafe-inline'
//   because Svelte renders a few style="" attributes (pan/zoom transforms, chart bar widths):
//   style attributes cannot run script, and CSSOM changes are never blocked anyway.
// - No third-party origin anywhere; object-src 'none'; base-uri 'self'.
// The same policy goes to dist/_headers (build/offline-integration.mjs) for static hosts, with
// frame-ancestors, which browsers ignore in a meta tag.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';

export const themeInitPath = new URL('../src/scripts/theme-init.js', import.meta.url);
/** The content pages' after-first-paint script loader (build/script-priority.mjs), inlined like the theme script. */
export const afterPaintPath = new URL('../src/scripts/after-paint.js', import.meta.url);
/**
 * The loader's text as it goes into the pages: its lines trimmed and joined (every statement in
 * the file ends with ; or a brace, and it has no comments), about 200 bytes less in every page.
 */
export const afterPaintScript = readFileSync(afterPaintPath, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .join('');

/** SHA-256 source expression of a script's exact text. */
export function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export const directives = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives only a response header can carry (ignored, with a console warning, in <meta>). */
export const headerOnlyDirectives = ["frame-ancestors 'self'"];

/**
 * The `security.csp` object for astro.config.mjs.
 * @returns {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>}
 */
export function cspConfig() {
  return {
    algorithm: 'SHA-256',
    directives,
    scriptDirective: {
      hashes: [sha256(readFileSync(themeInitPath, 'utf8')), sha256(afterPaintScript)],
    },
    styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
  };
}

// Per-page hashes. Astro's meta policy lists the hashes of every inline script and stylesheet of
// the whole site (≈ 10 script and ≈ 37 style hashes, ≈ 1.8 KB gzip in every page); a page needs
// only those of its own inline <script> and <style> elements. After the build each page's
// script-src and style-src keep only the hashes of inline elements that page has — a subset of
// Astro's list, so no page's policy allows anything it did not before (page speed: the chapters'
// HTML must fit in the first network round trip).

const metaTag = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const inlineElement = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/** The hash source expressions ('sha256-…') of a page's inline script and style elements. */
export function inlineHashes(html) {
  const hashes = new Set();
  for (const [, , attributes, text] of html.matchAll(inlineElement)) {
    if (/\ssrc\s*=/i.test(attributes ?? '') || !text) continue;
    hashes.add(`'${sha256(text)}'`);
  }
  return hashes;
}

/** The page with its meta policy's script-src and style-src hashes cut to the page's own inline elements. */
export function pageScopedPolicy(html) {
  const match = metaTag.exec(html);
  if (!match) return html;
  const own = inlineHashes(html);
  const policy = (match[2] ?? '')
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return part.trim();
      const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || own.has(s));
      return [name, ...kept].join(' ');
    })
    .filter((part) => part !== '')
    .join(';');
  return html.replace(metaTag, (_m, open, _old, close) => `${open}${policy}${close}`);
}

/**
 * Astro integration (astro:build:done, before the offline one, which revisions the pages and
 * writes dist/_headers from their meta policies): each page's policy lists only its own hashes.
 * @returns {import('astro').AstroIntegration}
 */
export function cspPerPage() {
  return {
    name: 'gepnet-csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let before = 0;
        let after = 0;
        const files = await htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const scoped = pageScopedPolicy(html);
          before += (metaTag.exec(html)?.[2] ?? '').length;
          after += (metaTag.exec(scoped)?.[2] ?? '').length;
          if (scoped !== html) await writeFile(file, scoped);
        }
        logger.info(
          `content security policy: each page lists only its own hashes (meta policies ${before} → ${after} characters over ${files.length} pages)`,
        );
      },
    },
  };
}
