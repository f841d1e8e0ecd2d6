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
import { afterPaintScript } from './csp.mjs';
import { htmlFiles } from './html-files.mjs';

const bundledModule = /<script type="module" src="(\/_astro\/[^"]+\.js)">/g;

/** The page with fetchpriority="low" on each bundled module script (`<script type="module" src="/_astro/…">`). */
export function lowPriorityScripts(html) {
  return html.replace(bundledModule, '<script type="module" fetchpriority="low" src="$1">');
}

const lowModuleTag = /<script type="module" fetchpriority="low" src="(\/_astro\/[^"]+\.js)"><\/script>/g;

/**
 * A content page (no island) whose bundled scripts start after first paint. The scripts wire up
 * search, the theme and "studied" buttons, the glossary cards, check-yourself and the offline
 * worker: nothing on the first screen is drawn by them. Requested from the HTML they finish
 * before the first paint on a fast machine, and Lighthouse's simulated throttling then counts
 * them (and the chunks they import, one more round trip) into largest contentful paint, which
 * made a chapter's LCP swing between 0.94 and 1.09 s from run to run (issue 10 §6). The tags are
 * replaced by one inline loader, identical on every page (one CSP hash), that reads the list from
 * its data-modules attribute (file names under /_astro/) and inserts the scripts once the first frame has been painted (an
 * animation frame, then a task), or after 1 s in a tab that gets no frames. The scripts
 * themselves handle running after the load event (they check document.readyState).
 * Pages with islands are left alone: their islands hydrate through Astro's own scripts.
 */
export function scriptsAfterPaint(html) {
  if (html.includes('<astro-island')) return html;
  const sources = [...html.matchAll(lowModuleTag)].map((m) => m[1].slice('/_astro/'.length));
  if (sources.length === 0 || !html.includes('</body>')) return html;
  const loader = `<script data-modules="${sources.join(' ')}">${afterPaintScript}</script>`;
  return html.replace(lowModuleTag, '').replace('</body>', `${loader}</body>`);
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
          const lowered = scriptsAfterPaint(withoutComments(lowPriorityScripts(html)));
          if (lowered === html) continue;
          await writeFile(file, lowered);
          pages += 1;
        }
        logger.info(
          `fetchpriority="low" on the bundled scripts (started after first paint on pages without islands), and no HTML comments, in ${pages} pages`,
        );
      },
    },
  };
}
