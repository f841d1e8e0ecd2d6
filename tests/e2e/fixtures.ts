import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Content pages (no island) start their bundled scripts after the first paint (an inline loader,
 * `<script data-modules>`, build/script-priority.mjs), so `load` can come before search, the
 * theme and "studied" buttons are wired up. A learner's first click lands some milliseconds later;
 * a test's can land at once. Waits until the loader marks `<html data-scripts="ready">`; pages
 * without the loader pass at once. A navigation during the wait ends it quietly.
 */
export async function pageScriptsReady(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => !document.querySelector('script[data-modules]') || document.documentElement.dataset.scripts === 'ready',
      null,
      { timeout: 10_000 },
    );
  } catch (error) {
    if (!/context was destroyed|navigat/i.test(String(error))) throw error;
  }
}

/**
 * Shared fixtures for browser tests:
 * - `page`: `goto` and `reload` also wait for the page's scripts (`pageScriptsReady`), unless
 *   the test turns JavaScript off.
 * - `consoleErrors`: every console error and uncaught page error, checked empty after each test
 *   (a test that expects an error can clear the array).
 * - `checkA11y(page)`: runs axe (WCAG 2.x A/AA rules) on the page with every block rendered
 *   (content-visibility) and fails listing each violation.
 */
export const test = base.extend<{ consoleErrors: string[]; checkA11y: (page: Page, label?: string) => Promise<void> }>({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled === false) {
      await use(page); // no script runs, so there is nothing to wait for
      return;
    }
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await pageScriptsReady(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await pageScriptsReady(page);
      return response;
    };
    await use(page);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors on the page').toEqual([]);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  checkA11y: async ({}, use) => {
    await use(async (page: Page, label = '') => {
      // Blocks with content-visibility: auto (the chapters' text, rendered only near the screen) have
      // no layout while off screen, so axe's layout rules (target size, contrast) cannot judge them:
      // render every block first, as the learner sees each one when scrolled to it.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('*'))
          if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
      });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
      expect(summary, `axe violations ${label}`).toEqual([]);
    });
  },
});

export { expect };

/** Sets the theme the way a learner would, by the stored choice, before the page loads. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('gepnet:theme', t), theme);
}
