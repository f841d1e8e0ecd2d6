import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Item } from '../../../quiz-engine/items/schema';
import { questionBankVersion } from '../../../quiz-engine/bank';
import { encodeAssignment, type Assignment } from '../../../quiz-engine/educators/assignment';
import {
  describeCounts,
  exportCounts,
  itemImages,
  panelImagePath,
  type ExportCounts,
} from '../../../quiz-engine/educators/export/item-images';
import type { ScormVersion } from '../../../quiz-engine/educators/scorm/scorm-data';
import { scormManifest } from '../../../quiz-engine/educators/scorm/scorm-manifest';
import { packageSettingsScript } from './package-settings';

/**
 * Makes a SCORM package in the browser, from the site it runs on: the runner page
 * (/educators/scorm-runner/) with the scripts and styles it loads, the chosen questions as
 * questions.json, their simulated images under cases/, and imsmanifest.xml. Loaded on demand.
 *
 * The built site refers to its scripts from the site root (/_astro/…); inside an LMS the
 * package lives at some deep address, so every reference is made relative: the page's, the
 * scripts' own imports (already relative), and the preloading helper's base.
 */
export const runnerPath = '/educators/scorm-runner/';

export interface ScormPackage {
  readonly bytes: Uint8Array;
  readonly filename: string;
  readonly counts: ExportCounts;
  readonly summary: string;
  readonly files: readonly string[];
}

type Fetcher = (path: string) => Promise<Response>;

async function fetchOk(fetcher: Fetcher, path: string): Promise<Response> {
  const response = await fetcher(path);
  if (!response.ok) throw new Error(`${path} could not be downloaded (HTTP ${response.status})`);
  return response;
}

/** `_astro/…` files a page or script refers to. */
export function assetReferences(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/_astro\/[A-Za-z0-9_.@~-]+\.(?:js|mjs|css|woff2?|svg|png|wasm)/g)) found.add(m[0]);
  // Scripts import their siblings as "./name.js".
  for (const m of text.matchAll(/["'`]\.\/([A-Za-z0-9_.@~-]+\.(?:js|mjs|css))["'`]/g)) found.add(`_astro/${m[1]}`);
  return [...found];
}

/** The page with site-root references made relative, and the package settings added. */
export function packagePage(html: string, settings: string): string {
  return html
    .replace(/(=\s*["'])\/_astro\//g, '$1_astro/')
    .replace(/url\(\s*(["']?)\/_astro\//g, 'url($1_astro/')
    .replace(/<link rel="icon"[^>]*>/g, '')
    .replace('</head>', `${settings}\n</head>`);
}

/** A script with the preloading helper's site-root base made relative to the script itself. */
export function packageScript(text: string): string {
  return text
    .replace(/return\s*(["'`])\/\1\s*\+\s*([A-Za-z_$][\w$]*)\s*\}/g, 'return$1../$1+$2}')
    .replace(/url\(\s*(["']?)\/_astro\//g, 'url($1');
}

export async function makeScormPackage(options: {
  readonly version: ScormVersion;
  readonly assignment: Assignment;
  readonly items: readonly Item[];
  readonly site: string;
  readonly modified: Date;
  readonly fetcher?: Fetcher;
}): Promise<ScormPackage> {
  const fetcher: Fetcher = options.fetcher ?? ((path) => fetch(path));
  const { version, assignment, items } = options;
  const files: Zippable = {};
  const add = (path: string, bytes: Uint8Array) => {
    files[path] = [bytes, { mtime: options.modified }];
  };

  const settings = packageSettingsScript({
    version,
    assignment: encodeAssignment(assignment),
    bank: 'questions.json',
    images: 'cases/',
    site: options.site,
  });
  const html = await (await fetchOk(fetcher, runnerPath)).text();
  add('index.html', strToU8(packagePage(html, settings)));

  // Everything the page loads, and everything those scripts load, now or on demand.
  const queue = assetReferences(html);
  const seen = new Set<string>(queue);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await fetcher(`/${path}`);
    // A stylesheet the build inlined into the page is still named in the scripts' preload
    // lists; an empty file keeps their preloading from failing (the styles are in the page).
    if (response.status === 404 && path.endsWith('.css')) {
      add(path, new Uint8Array(0));
      continue;
    }
    if (!response.ok) throw new Error(`/${path} could not be downloaded (HTTP ${response.status})`);
    if (/\.(?:js|mjs|css)$/.test(path)) {
      const text = await response.text();
      for (const ref of assetReferences(text)) {
        if (!seen.has(ref)) {
          seen.add(ref);
          queue.push(ref);
        }
      }
      add(
        path,
        strToU8(path.endsWith('.css') ? text.replace(/url\(\s*(["']?)\/_astro\//g, 'url($1') : packageScript(text)),
      );
    } else {
      add(path, new Uint8Array(await response.arrayBuffer()));
    }
  }

  const chosen = assignment.itemIds
    .map((id) => items.find((i) => i.id === id))
    .filter((i): i is Item => i !== undefined);
  add('questions.json', strToU8(JSON.stringify({ version: questionBankVersion, count: chosen.length, items: chosen })));
  const imagePaths = new Set(chosen.flatMap((item) => itemImages(item).map(panelImagePath)));
  for (const path of imagePaths) {
    // The 512-pixel panel the LMS exports embed; the site's own still if that is missing.
    const large = await fetcher(`/exports/images/${path}`);
    const response = large.ok ? large : await fetchOk(fetcher, `/cases/${path}`);
    add(`cases/${path}`, new Uint8Array(await response.arrayBuffer()));
  }

  const counts = exportCounts(chosen);
  const summary = describeCounts(counts);
  add(
    'README.txt',
    strToU8(
      `${assignment.title}\nSCORM ${version === '2004' ? '2004 4th edition' : '1.2'} package from GEP-NET Imaging (${options.site}).\n${summary}\nSimulated images for teaching only; not clinical decision support.\nUpload this zip to your LMS as a SCORM package; the score (and one interaction per question) goes to its gradebook.\n`,
    ),
  );
  const listed = Object.keys(files).sort();
  add(
    'imsmanifest.xml',
    strToU8(
      scormManifest(version, {
        identifier: `gepnet-${encodeAssignment(assignment).slice(-8)}`,
        title: assignment.title,
        files: listed,
        description: `GEP-NET Imaging assignment. ${summary}`,
      }),
    ),
  );
  const slug =
    assignment.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'assignment';
  return {
    bytes: zipSync(files, { level: 6 }),
    filename: `${slug}-scorm-${version === '2004' ? '2004' : '12'}.zip`,
    counts,
    summary,
    files: [...listed, 'imsmanifest.xml'],
  };
}
