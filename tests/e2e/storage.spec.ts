import { test, expect } from './fixtures';
import type { Item } from '../../src/quiz-engine/items/schema';
import { builtPages } from './site-pages';

/**
 * Every page works, and says so, when the browser will not store anything (storage blocked:
 * touching `localStorage` throws a SecurityError) or storage is full (writes throw a
 * QuotaExceededError). The fixtures fail a test on any uncaught error or console error.
 */

const blockedSentence = /not letting the site store progress/;

test.describe('storage blocked by the browser', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('the studied toggle still answers a click and says the mark cannot be kept', async ({ page }) => {
    await page.goto('/chapters/optimising-ct/');
    const toggle = page.getByRole('button', { name: /Mark “Optimising CT” as studied/ });
    await expect(toggle).toBeEnabled();
    await toggle.click();
    await expect(page.locator('[data-studied-status]')).toHaveText(blockedSentence);
  });

  test('home, quiz, review and progress load and each says nothing will be remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-progress-line]')).toHaveText(blockedSentence);
    for (const path of ['/quiz/', '/review/', '/progress/']) {
      await page.goto(path);
      await expect(page.getByRole('alert').filter({ hasText: blockedSentence }), path).toBeVisible();
    }
    await page.goto('/quiz/');
    await expect(page.getByRole('button', { name: /Start/ }).first()).toBeVisible();
  });

  test('every page of the site loads without an uncaught error', async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of builtPages()) {
      const response = await page.goto(path);
      expect(response?.ok() || response?.status() === 404, path).toBeTruthy();
      await page.waitForLoadState('networkidle');
    }
    // The fixtures fail the test on any uncaught error or console error on any of them.
  });
});

test.describe('storage full', () => {
  /** A missed answer a minute ago, so one review is due; then every write fails. */
  async function seedDueAndFill(
    page: import('@playwright/test').Page,
  ): Promise<Extract<Item, { type: 'single-best' }>> {
    const bank = (await (await page.request.get('/data/questions.json')).json()) as { items: Item[] };
    const item = bank.items.find((i): i is Extract<Item, { type: 'single-best' }> => i.type === 'single-best')!;
    const at = Date.now() - 60_000;
    const doc = {
      version: 3,
      attempts: [
        {
          id: `check/${at}/${item.id}`,
          itemId: item.id,
          chapter: item.chapter,
          topics: item.topics,
          at,
          earned: 0,
          total: 1,
          correct: false,
          rating: 1,
          mode: 'check',
        },
      ],
      cards: {},
      flags: {},
      studied: {},
      session: null,
    };
    await page.addInitScript((text) => {
      Storage.prototype.setItem.call(window.localStorage, 'gepnet:progress', text);
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }, JSON.stringify(doc));
    return item;
  }

  test('/review/ says when an answer could not be saved', async ({ page }) => {
    const item = await seedDueAndFill(page);
    await page.goto('/review/');
    await expect(page.getByRole('heading', { name: 'Review: 1 due now' })).toBeVisible();
    await page
      .locator('.item')
      .getByRole('radio', { name: item.options.find((o) => o.id === item.answer)!.text })
      .check();
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /could not be saved/ })).toBeVisible();
  });

  test('the studied toggle says the browser’s storage is full', async ({ page }) => {
    await seedDueAndFill(page);
    await page.goto('/chapters/optimising-ct/');
    await page.getByRole('button', { name: /Mark “Optimising CT” as studied/ }).click();
    await expect(page.locator('[data-studied-status]')).toHaveText(/storage is full/);
  });
});

test('progress saved by a newer version of the site is never overwritten, and every page that saves says why', async ({
  page,
}) => {
  const newer = JSON.stringify({ version: 99, attempts: [{ id: 'from-the-future' }] });
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('gepnet:progress', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, newer);
  await page.goto('/');
  await expect(page.locator('[data-progress-line]')).toHaveText(/newer version of this site/);
  await page.goto('/chapters/optimising-ct/');
  await expect(page.locator('[data-studied-status]')).toHaveText(/newer version of this site/);
  await expect(page.getByRole('button', { name: /Mark “Optimising CT” as studied/ })).toBeDisabled();
  for (const path of ['/quiz/', '/review/', '/progress/']) {
    await page.goto(path);
    await expect(page.getByRole('alert').filter({ hasText: /newer version of this site/ }), path).toBeVisible();
  }
  await page.goto('/quiz/');
  await page.getByRole('button', { name: /Start/ }).first().click();
  await page.keyboard.press('1');
  expect(await page.evaluate(() => localStorage.getItem('gepnet:progress'))).toBe(newer);
});
