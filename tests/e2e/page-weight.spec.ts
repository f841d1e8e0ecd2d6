import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './site-pages';
import { pageScriptsReady } from './fixtures';

/**
 * Page-weight budget: the JavaScript a page fetches by the time it has loaded, without
 * scrolling, measured in the browser and gzip-compressed here (the size a learner's
 * connection would carry). Budgets are per page type; the first matching prefix wins.
 */
const budgetsKb: readonly [prefix: string, kb: number][] = [
  ['/chapters/', 20],
  ['/glossary/', 20],
  ['/about/', 20],
  // 60 → 68 KB in round 3: the imaging worker (≈ 33 KB gzip) now carries the richer phantom (3D
  // reformats, small-bowel model, ultrasound renderer). It runs off the main thread (case page
  // Lighthouse 100, TBT 79 ms); loading each modality's renderer on demand is the way back under 60.
  ['/cases/', 68],
  ['/simulators/', 35],
  ['/quiz/', 60],
  ['/review/', 60],
  ['/progress/', 60],
  ['/educators/', 60],
  ['/assignment/', 60],
  ['/', 20],
];

function budgetFor(pagePath: string): number {
  if (pagePath === '/') return 20;
  const match = budgetsKb.find(([prefix]) => prefix !== '/' && pagePath.startsWith(prefix));
  return match ? match[1] : 20;
}

const results: { page: string; jsGzipBytes: number; files: number; budgetKb: number }[] = [];

/** Starts recording the JavaScript a page fetches; call the returned function to get the gzip total. */
function recordJavaScript(page: Page): () => Promise<{ gzipBytes: number; files: number }> {
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const url = response.url();
    if (type === 'script' || url.endsWith('.js') || url.endsWith('.mjs'))
      bodies.push(response.body().catch(() => null));
  });
  return async () => {
    const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
    return { gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0), files: buffers.length };
  };
}

// The measurement must be able to see JavaScript: scrolling a case page's image viewer (a
// client:visible island) into view hydrates it, which has to show up as fetched scripts. (The
// chapters' check-yourself questions are no longer islands: their script loads with the page.)
test('the measurement sees the JavaScript an island fetches when it hydrates', async ({ page }) => {
  const measure = recordJavaScript(page);
  const casePage = builtPages().find((p) => /^\/cases\/[^/]+\/$/.test(p)) ?? '/cases/';
  await page.goto(casePage, { waitUntil: 'load' });
  // astro-island is display: contents (no box of its own): scroll its content into view.
  await page.evaluate(() => document.querySelector('astro-island')?.firstElementChild?.scrollIntoView());
  await page.waitForLoadState('networkidle');
  const { gzipBytes, files } = await measure();
  console.log(
    `page-weight (after scrolling to an island) ${casePage} ${(gzipBytes / 1024).toFixed(1)} KB gzip JS in ${files} file(s)`,
  );
  expect(files).toBeGreaterThan(0);
  expect(gzipBytes).toBeGreaterThan(1024);
});

/**
 * Chapter HTML within the first network round trip (issue 10: chapter LCP ≤ 1.0 s). A server
 * sends a new connection's first 10 TCP segments (initial congestion window 10 × 1460 B =
 * 14,600 B) before waiting for an acknowledgement; Lighthouse's simulation models the same. With
 * ≈ 0.25 KB of response headers, an HTML document over ≈ 14.35 KB gzip needs a second round
 * trip (≈ 150 ms in Lighthouse's mobile throttling), which took the chapters' LCP over 1.0 s.
 * The limit is 14,300 B at gzip level 6 (what `npm run perf` and common servers send; level 9
 * is ≈ 30 B smaller). A chapter that fails: move markup out of the page (see README, Page speed,
 * "Fourth pass"), or split the chapter.
 */
const firstWindowGzipBytes = 14_300;

const chapterPages = builtPages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p));

test('there are chapter pages to measure', () => {
  expect(chapterPages.length).toBeGreaterThanOrEqual(14);
});

for (const pagePath of chapterPages) {
  test(`the HTML of ${pagePath} fits the first TCP window (≤ ${firstWindowGzipBytes} B gzip)`, () => {
    const html = readFileSync(path.join('dist', pagePath, 'index.html'));
    const gzipBytes = gzipSync(html, { level: 6 }).length;
    console.log(`page-weight ${pagePath.padEnd(48)} HTML ${gzipBytes} B gzip-6`);
    expect(gzipBytes, `${pagePath} is ${gzipBytes} B of gzip HTML`).toBeLessThanOrEqual(firstWindowGzipBytes);
  });
}

test.describe.configure({ mode: 'serial' });

for (const pagePath of builtPages()) {
  test(`JavaScript on ${pagePath} stays within its budget`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const measure = recordJavaScript(page);
    await page.goto(pagePath, { waitUntil: 'load' });
    await pageScriptsReady(page); // content pages start their scripts after first paint: count them too
    await page.waitForLoadState('networkidle');
    if (/^\/cases\/[^/]+\/$/.test(pagePath)) {
      // The imaging worker fetches each modality's renderer (MR, PET, ultrasound) when it first
      // draws a panel of that modality, which can be after the network first goes quiet: wait
      // until the panels near the viewport (the ones the viewer renders at load) are drawn.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('figure.panel')]
            .filter((f) => f.getBoundingClientRect().top < 2 * window.innerHeight)
            .every((f) => f.querySelector('canvas') !== null),
        null,
        { timeout: 25_000 },
      );
      await page.waitForLoadState('networkidle');
    }
    const { gzipBytes, files } = await measure();
    const budgetKb = budgetFor(pagePath);
    results.push({ page: pagePath, jsGzipBytes: gzipBytes, files, budgetKb });
    console.log(
      `page-weight ${pagePath.padEnd(48)} ${(gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip JS in ${files} file(s) (budget ${budgetKb} KB)`,
    );
    expect(gzipBytes, `${pagePath} fetched ${gzipBytes} bytes of gzip JS`).toBeLessThanOrEqual(budgetKb * 1024);
  });
}

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/page-weight.json', JSON.stringify(results, null, 2));
});
