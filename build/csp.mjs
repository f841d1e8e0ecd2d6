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

export const themeInitPath = new URL('../src/scripts/theme-init.js', import.meta.url);

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
    scriptDirective: { hashes: [sha256(readFileSync(themeInitPath, 'utf8'))] },
    styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
  };
}
