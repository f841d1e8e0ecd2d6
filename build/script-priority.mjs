// Astro integration run after `astro build` (hook astro:build:done), before the offline one (so
// the precache revisions see the final pages): the bundled module scripts of every page get
// fetchpriority="low". Pages are rendered at build time; these scripts wire up search, the
// "studied" button and the offline worker, and fill in the home page's progress line: the first
// paint never waits for them. At the default high priority they compete with the page for a slow
// phone connection, and Lighthouse's simulated throttling counts them into first and largest
// contentful paint (issue 10 §6; measurements in the README's page-speed section). Astro treats a
// <script> with attributes as is:inline (unbundled), so the attribute goes into the built HTML.
// The same pass drops developers' HTML comments (`<!-- a note -->` in the layouts' markup, which
// Astro keeps): they only add bytes to every page. Comments that do not start with a space are
// kept: Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`) and Astro's
// (`<!--astro:end-->`) are comments, and an island without them re-renders from scratch.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';

const bundledModule = /<script type="module" src="(\/_astro\/[^"]+\.js)">/g;

/** The page with fetchpriority="low" on each bundled module script (`<script type="module" src="/_astro/…">`). */
export function lowPriorityScripts(html) {
  return html.replace(bundledModule, '<script type="module" fetchpriority="low" src="$1">');
}

const inlineText = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi;

/** The page without comments that start with white space (the text of scripts and styles is left as it is). */
export function withoutComments(html) {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(inlineText)) {
    out += html.slice(last, match.index).replace(/<!--\s[\s\S]*?-->/g, '') + match[0];
    last = match.index + match[0].length;
  }
  return out + html.slice(last).replace(/<!--\s[\s\S]*?-->/g, '');
}

/** @returns {import('astro').AstroIntegration} */
export function scriptPriority() {
  return {
    name: 'gepnet-script-priority',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const lowered = withoutComments(lowPriorityScripts(html));
          if (lowered === html) continue;
          await writeFile(file, lowered);
          pages += 1;
        }
        logger.info(`fetchpriority="low" on the bundled scripts, and no HTML comments, in ${pages} pages`);
      },
    },
  };
}
