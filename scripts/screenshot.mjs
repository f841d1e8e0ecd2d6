// Takes a screenshot of a page of the built site, for looking at what we build.
// Usage: node scripts/screenshot.mjs /path/ out.png [width height] [--dark] [--full] [--at=CSS-selector[#n]]
// --at scrolls the n-th (0-based) match of the selector into view before the shot.
// Serves dist/ itself on a free loopback port, so run `npm run build` first.
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--') && !a.includes('=')));
const [pagePath = '/', out = 'screenshot.png', width = '1280', height = '800'] = args.filter(
  (a) => !a.startsWith('--'),
);
const server = await serveDist(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
    colorScheme: flags.has('--dark') ? 'dark' : 'light',
  });
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('console error:', m.text());
  });
  await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle' });
  const at = args.find((a) => a.startsWith('--at='));
  if (at) {
    const [selector, nth = '0'] = at.slice(5).split('#');
    await page.locator(selector).nth(Number(nth)).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
  }
  // A full-page shot does not scroll, so blocks with content-visibility: auto (the chapters' text,
  // rendered only near the screen) would come out blank: render everything for it.
  if (flags.has('--full'))
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('*'))
        if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    });
  await page.screenshot({ path: out, fullPage: flags.has('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
