// Screenshots of every page type at phone (390x844) and desktop (1280x800) width, full page, and a
// pixel comparison between two such sets: for refactors that must not change what anyone sees.
// Usage:
//   node scripts/compare-screens.mjs shoot DIR      (build first: serves dist/)
//   node scripts/compare-screens.mjs diff BEFORE AFTER [DIFFDIR]
// `diff` prints, per screenshot, the number of pixels that differ (pixelmatch, threshold 0.1) and
// writes a diff image for each one that does; it exits 1 when any differ.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { decode, encode } from 'fast-png';
import pixelmatch from 'pixelmatch';

/** One page of each type, plus the states a learner reaches by clicking (quiz question, search). */
const shots = [
  ['home', '/'],
  ['chapter', '/chapters/optimising-ct/'],
  [
    'case',
    '/cases/bilobar-liver-metastases-mri/',
    async (page) => {
      // Each panel swaps its still for a live canvas once visible and rendered: wait for all.
      for (let y = 0; y < 12; y++) {
        await page.mouse.wheel(0, 800);
        await page.waitForTimeout(150);
      }
      await page.waitForFunction(() => document.querySelectorAll('.inner img').length === 0, null, { timeout: 60_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  ],
  ['quiz-setup', '/quiz/'],
  [
    'quiz-question',
    '/quiz/',
    async (page) => {
      await page.getByLabel('Number of questions').fill('2');
      await page.getByRole('button', { name: /^Start quiz/ }).click();
      await page.getByRole('heading', { name: /^Question 1 of/ }).waitFor();
    },
  ],
  ['review', '/review/'],
  ['progress', '/progress/'],
  ['glossary', '/glossary/'],
  ['about', '/about/'],
  ['simulators', '/simulators/'],
  ['sim-contrast', '/simulators/contrast-timing/'],
  ['sim-accuracy', '/simulators/diagnostic-accuracy/'],
  ['sim-response', '/simulators/response-criteria/'],
  ['educators', '/educators/'],
  ['assignment', '/assignment/'],
  [
    'search',
    '/',
    async (page) => {
      await page.getByRole('button', { name: 'Search' }).click();
      await page.keyboard.type('insulinoma');
      await page.getByRole('option').first().waitFor();
    },
  ],
];
const sizes = [
  [390, 844],
  [1280, 800],
];

const [mode, a, b, diffDir] = process.argv.slice(2);
if (mode === 'shoot') {
  const { chromium } = await import('@playwright/test');
  const { serveDist } = await import('./serve-dist.mjs');
  mkdirSync(a, { recursive: true });
  const server = await serveDist(0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  try {
    for (const [width, height] of sizes) {
      for (const [name, url, act] of shots) {
        // A fixed clock and seeded Math.random, so quiz draws and dates are the same each time.
        const context = await browser.newContext({
          viewport: { width, height },
          serviceWorkers: 'block',
          reducedMotion: 'reduce',
        });
        await context.addInitScript(() => {
          let s = 42;
          Math.random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
          const fixed = new Date('2026-12-01T10:00:00Z').valueOf();
          const RealDate = Date;
          globalThis.Date = class extends RealDate {
            constructor(...args) {
              super(...(args.length ? args : [fixed]));
            }
            static now() {
              return fixed;
            }
          };
        });
        const page = await context.newPage();
        await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
        if (act) await act(page);
        // Lazy images below the fold would otherwise be in one shot and not the next.
        await page.evaluate(async () => {
          for (const img of document.images) img.loading = 'eager';
          await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
        });
        await page.waitForTimeout(300);
        const file = path.join(a, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
} else if (mode === 'diff') {
  if (diffDir) mkdirSync(diffDir, { recursive: true });
  let changed = 0;
  for (const file of readdirSync(a)
    .filter((f) => f.endsWith('.png'))
    .sort()) {
    const other = path.join(b, file);
    if (!existsSync(other)) {
      console.log(`${file.padEnd(28)} missing in ${b}`);
      changed++;
      continue;
    }
    const x = decode(readFileSync(path.join(a, file)));
    const y = decode(readFileSync(other));
    if (x.width !== y.width || x.height !== y.height) {
      console.log(`${file.padEnd(28)} size ${x.width}x${x.height} -> ${y.width}x${y.height}`);
      changed++;
      continue;
    }
    const rgba = (img) =>
      img.channels === 4
        ? img.data
        : Uint8ClampedArray.from({ length: img.width * img.height * 4 }, (_, i) =>
            i % 4 === 3 ? 255 : img.data[Math.floor(i / 4) * img.channels + (i % 4)],
          );
    const out = new Uint8ClampedArray(x.width * x.height * 4);
    const n = pixelmatch(rgba(x), rgba(y), out, x.width, x.height, { threshold: 0.1 });
    console.log(`${file.padEnd(28)} ${x.width}x${x.height}  ${n === 0 ? 'identical' : `${n} pixels differ`}`);
    if (n > 0) {
      changed++;
      if (diffDir)
        writeFileSync(path.join(diffDir, file), encode({ width: x.width, height: x.height, data: out, channels: 4 }));
    }
  }
  console.log(changed === 0 ? 'no differences' : `${changed} screenshot(s) differ`);
  process.exit(changed === 0 ? 0 : 1);
} else {
  console.error('usage: compare-screens.mjs shoot DIR | diff BEFORE AFTER [DIFFDIR]');
  process.exit(2);
}
