import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages';

/**
 * Page-weight budget: the JavaScript a page fetches by the time it has loaded, without
 * scrolling, measured in the browser and gzip-compressed here (the size a learner's
 * connection would carry). Budgets are per page type; the first matching prefix wins.
 */
const budgetsKb: readonly [prefix: string, kb: number][] = [
  ['/chapters/', 20],
  ['/glossary/', 20],
  ['/about/', 20],
  ['/cases/', 60],
  ['/simulators/', 60],
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

test.describe.configure({ mode: 'serial' });

for (const pagePath of builtPages()) {
  test(`JavaScript on ${pagePath} stays within its budget`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const bodies: Promise<Buffer | null>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const url = response.url();
      if (type === 'script' || url.endsWith('.js') || url.endsWith('.mjs')) bodies.push(response.body().catch(() => null));
    });
    await page.goto(pagePath, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
    const gzipBytes = buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    const budgetKb = budgetFor(pagePath);
    results.push({ page: pagePath, jsGzipBytes: gzipBytes, files: buffers.length, budgetKb });
    console.log(`page-weight ${pagePath.padEnd(48)} ${(gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip JS in ${buffers.length} file(s) (budget ${budgetKb} KB)`);
    expect(gzipBytes, `${pagePath} fetched ${gzipBytes} bytes of gzip JS`).toBeLessThanOrEqual(budgetKb * 1024);
  });
}

test.afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/page-weight.json', JSON.stringify(results, null, 2));
});
