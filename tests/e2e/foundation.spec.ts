import { readFileSync } from 'node:fs';
import { test, expect, useTheme } from './fixtures';
import { builtPages, pageName } from './site-pages';
import type { SingleBestItem } from '../../src/quiz-engine/items/single-best/schema';

const pages = builtPages();
const firstChapter = '/chapters/introduction-and-work-up/';
// The first chapter's first inline question, read from the built bank so a reworded item does not break the test.
const bank = JSON.parse(readFileSync(new URL('../../dist/data/questions.json', import.meta.url), 'utf8')) as {
  items: { id: string }[];
};
const inline = bank.items.find((i) => i.id === 'intro-functioning-small-check') as SingleBestItem;
const keyIndex = inline.options.findIndex((o) => o.id === inline.answer);
const key = inline.options[keyIndex]!;
const wrong = inline.options.find((o) => o.id !== inline.answer)!;
const stemStart = new RegExp(inline.stem.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

test.describe('every page', () => {
  for (const pagePath of pages) {
    // Desktop width, and phone width (390x844) where wide tables must scroll by keyboard too.
    for (const [theme, width, height] of [
      ['light', 0, 0],
      ['dark', 0, 0],
      ['light', 390, 844],
      ['dark', 390, 844],
    ] as const) {
      const at = width ? ` at ${width}x${height}` : '';
      test(`${pagePath} in the ${theme} theme${at} loads cleanly and axe finds no violations`, async ({
        page,
        consoleErrors,
        checkA11y,
      }) => {
        if (width) await page.setViewportSize({ width, height });
        await useTheme(page, theme);
        const response = await page.goto(pagePath);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.getByRole('contentinfo')).toContainText('not clinical decision support');
        await page.waitForLoadState('networkidle');
        await checkA11y(page, `${pagePath} (${theme}${at})`);
        expect(consoleErrors).toEqual([]);
      });
    }
  }
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the course map' }).click();
  await expect(page).toHaveURL('/');
});

test('the course map lists the chapters in order and links to them', async ({ page }) => {
  await page.goto('/');
  const chapters = page.getByRole('region', { name: 'Chapters' }).getByRole('listitem');
  await expect(chapters.first()).toContainText('Introduction and the diagnostic work-up');
  await chapters.first().getByRole('link').click();
  await expect(page).toHaveURL(firstChapter);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction and the diagnostic work-up');
});

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto(firstChapter);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('the theme switch persists across reloads without a flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/about/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: 'Dark theme' }).first();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The theme must already be right when the document is parsed, before any module script runs.
  const themeAtParse = await page.evaluate(async () => {
    const response = await fetch('/about/');
    return (await response.text()).includes("localStorage.getItem('gepnet:theme')");
  });
  expect(themeAtParse).toBe(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the theme follows the system when the learner has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the check-yourself island works with the keyboard alone', async ({ page }) => {
  await page.goto(firstChapter);
  const question = page.getByRole('group', { name: stemStart });
  await question.scrollIntoViewIfNeeded();
  const first = question.getByRole('radio').first();
  await expect(first).toBeEnabled();
  // Wait for hydration: the island's form gets its handler when the component mounts.
  await expect(page.locator('astro-island[ssr]'))
    .toHaveCount(0, { timeout: 10_000 })
    .catch(() => undefined);
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp'); // back to the first option: the arrows move the choice
  await expect(first).toBeChecked();
  for (let n = 0; n < keyIndex; n++) await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio', { name: key.text })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'Correct.' });
  await expect(status).toBeVisible();
  // The keyboard stays on the question: its new button takes the focus, in both directions.
  const retry = page.getByRole('button', { name: 'Try again' }).first();
  await expect(retry).toBeFocused();
  await expect(page.getByText('✓ Best answer').first()).toBeVisible();
  // The explanations come from the chapter's /data/chapters/<slug>.json, not the HTML.
  await expect(status).toContainText(inline.explanation);
  await expect(question.getByText(key.why)).toBeVisible();
  await page.keyboard.press('Enter'); // Try again
  await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeFocused();
  await expect(first).toBeEnabled();
});

test('a wrong answer is marked in words, not only by colour, and can be retried', async ({ page }) => {
  await page.goto(firstChapter);
  const question = page.getByRole('group', { name: stemStart });
  await question.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]'))
    .toHaveCount(0, { timeout: 10_000 })
    .catch(() => undefined);
  await question.getByRole('radio', { name: wrong.text }).check();
  await page.getByRole('button', { name: 'Check answer' }).first().click();
  await expect(page.getByText('✗ Your answer')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(question.getByRole('radio').first()).toBeEnabled();
});

test.describe('screenshots for review', () => {
  const shots = [
    '/',
    firstChapter,
    '/about/',
    '/404.html',
    '/glossary/',
    '/cases/',
    '/cases/hypervascular-liver-metastases-arterial-ct/',
    '/quiz/',
    '/progress/',
    '/simulators/contrast-timing/',
    '/simulators/response-criteria/',
    '/educators/',
  ];
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    for (const pagePath of shots) {
      test(`${pagePath} at ${width}×${height} has no horizontal scroll`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height });
        await page.goto(pagePath);
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        const file = testInfo.outputPath(`${pageName(pagePath)}-${width}x${height}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.screenshot({
          path: `test-results/screenshots/${pageName(pagePath)}-${width}x${height}.png`,
          fullPage: false,
        });
        await testInfo.attach('screenshot', { path: file, contentType: 'image/png' });
      });
    }
  }
});
