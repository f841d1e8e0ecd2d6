import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Offline use (public/sw.js): residents study on phones, sometimes with no signal. After one
 * visit to the quiz the app shell and the question bank are saved; a chapter read once stays
 * readable. Offline is emulated for the page (context.setOffline) and, because Chromium's
 * emulation does not reach a service worker's own fetches, by failing every request that
 * reaches the network while offline.
 */

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

/** Waits until the service worker controls the page (the shell is saved by then: install finished). */
async function workerInControl(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
}

async function saved(page: Page, path: string): Promise<boolean> {
  return page.evaluate(async (p) => (await caches.match(new URL(p, location.href).href)) !== undefined, path);
}

test.describe('offline use', () => {
  test('after one visit the quiz starts offline, and a chapter read before is readable', async ({ page, context }) => {
    await page.goto('/quiz/');
    await expect(page.getByRole('button', { name: /Start quiz/ })).toBeVisible();
    await workerInControl(page);
    for (const path of ['/quiz/', '/review/', '/progress/', '/data/questions.json']) expect(await saved(page, path), `${path} saved at install`).toBe(true);

    await page.goto('/chapters/colorectal-nets/');
    await expect(page.getByRole('heading', { level: 1, name: 'Colorectal NETs' })).toBeVisible();
    await expect.poll(() => saved(page, '/chapters/colorectal-nets/')).toBe(true);

    await goOffline(context);
    await page.goto('/quiz/');
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
    await page.getByLabel(/Single best answer/).check();
    await page.getByLabel(/Practice/).check();
    await page.getByLabel('Number of questions').fill('3');
    await page.getByRole('button', { name: 'Start quiz: 3 questions' }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
    // The results screen, loaded on demand, was saved too.
    await page.getByRole('button', { name: 'Finish and see results' }).click();
    await page.getByRole('button', { name: 'Finish anyway' }).click();
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();

    await page.goto('/chapters/colorectal-nets/');
    await expect(page.getByRole('heading', { level: 1, name: 'Colorectal NETs' })).toBeVisible();
    // Its check-yourself question still works: the island's scripts were saved with the page.
    const question = page.locator('.check-yourself').first();
    await question.scrollIntoViewIfNeeded();
    await question.getByRole('radio').first().check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText(/Correct|Not quite/);
  });

  test('a page never opened says plainly that it is not saved yet', async ({ page, context }) => {
    await page.goto('/');
    await workerInControl(page);
    await goOffline(context);
    await page.goto('/glossary/');
    await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Quiz' })).toBeVisible();
  });
});
