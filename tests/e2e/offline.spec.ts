import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Offline use (dist/sw.js, built by build/offline-integration.mjs with workbox injectManifest):
 * after ONE online visit the whole course is precached, so every page type works with no
 * network. Offline is emulated for the page (context.setOffline) and, because Chromium's
 * emulation does not reach a service worker's own fetches, by failing every request that reaches
 * the network while offline.
 */

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

/**
 * Debian's Chromium 150 with Playwright 1.65 drops the emulated offline state at each navigation
 * (`navigator.onLine` is true again on the new document, measured 7 Dec 2026), where a real
 * offline device stays offline. Re-applying it fires the page's `offline` event, the path the
 * status line listens to. The requests stay aborted throughout (the route above).
 */
async function stillOffline(page: Page, context: BrowserContext) {
  if (await page.evaluate(() => navigator.onLine)) {
    await context.setOffline(false);
    await context.setOffline(true);
  }
  expect(await page.evaluate(() => navigator.onLine), 'the page sees the browser as offline').toBe(false);
}

/**
 * Waits until the service worker controls the page. The first worker activates only after its
 * install finished, i.e. after the whole precache was downloaded.
 */
async function workerInControl(page: Page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
    .toBe(true);
}

test.use({ serviceWorkers: 'allow' });

test.describe('offline use', () => {
  test.describe.configure({ timeout: 180_000 });

  test('after one visit every page type works offline', async ({ page, context }) => {
    await page.goto('/');
    await workerInControl(page);
    // Precached with revisions: pages, search index, bank, case stills, manifest and icons.
    const saved = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = (
        await Promise.all(
          names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)),
        )
      ).flat();
      return urls;
    });
    for (const path of [
      '/index.html',
      '/glossary/index.html',
      '/quiz/index.html',
      '/search-index.json',
      '/data/questions.json',
      '/data/chapters/colorectal-nets.json', // its glossary cards and check-yourself feedback
      '/manifest.webmanifest',
    ]) {
      expect(saved, `${path} precached`).toContain(path);
    }
    expect(saved.filter((p) => /^\/cases\/[^/]+\/[A-Z]\.png$/.test(p)).length, 'case stills precached').toBeGreaterThan(
      10,
    );
    expect(saved.filter((p) => p.startsWith('/chapters/')).length, 'every chapter precached').toBeGreaterThanOrEqual(
      14,
    );

    await goOffline(context);

    // A chapter, and its check-yourself question (island scripts precached).
    await page.goto('/chapters/colorectal-nets/');
    await expect(page.getByRole('heading', { level: 1, name: 'Colorectal NETs' })).toBeVisible();
    await stillOffline(page, context);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
    const question = page.locator('.check-yourself').first();
    await question.scrollIntoViewIfNeeded();
    await question.getByRole('radio').first().check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText(/Correct|Not quite/);
    // A glossary term's card gets its definition from the precached chapter data.
    const term = page.locator('.term-trigger').first();
    await term.focus();
    await expect(page.locator('.term[data-term]').first().locator('.term-def')).toContainText(/: \S/);

    // Search: open, type, get a result, follow it.
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox').fill('insulinoma');
    await expect(dialog.getByRole('status')).toContainText(/results? for/);
    await expect(dialog.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/insulinoma/);

    // The glossary.
    await page.goto('/glossary/');
    await expect(page.getByRole('heading', { level: 1, name: /Glossary/ })).toBeVisible();
    await expect(page.locator('#insulinoma dt')).toBeVisible();

    // A tutor quiz: feedback after an answer.
    await page.goto('/quiz/');
    await page.getByLabel(/Single best answer/).check();
    await page.getByLabel('Tutor').check();
    await page.getByLabel('Number of questions').fill('2');
    await page.getByRole('button', { name: 'Start quiz: 2 questions' }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback')).toBeVisible();
    // Finishing loads the results screen on demand: it was precached too.
    await page.getByRole('button', { name: 'Finish and see results' }).click();
    await page.getByRole('button', { name: 'Finish anyway' }).click();
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();

    // A timed exam starts, with its clock.
    await page.getByRole('button', { name: 'Start a new quiz' }).click();
    await page.getByLabel(/Timed exam/).check();
    await page.getByLabel('Time limit in minutes').fill('5');
    await page.getByRole('button', { name: /^Start exam: \d+ questions, 5 min$/ }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();

    // A case viewer: the engine (loaded on demand) renders the panels.
    await page.goto('/cases/pancreatic-net-ceus-and-arterial-ct/');
    await expect(page.getByRole('img', { name: /Simulated late-arterial CT.*Simulated image, slice/ })).toBeVisible({
      timeout: 20_000,
    });

    // Each simulator.
    await page.goto('/simulators/contrast-timing/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
    await page.getByLabel('Scan delay after start of injection').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^\d+ s: .* phase$/).first()).toBeVisible();
    await page.getByRole('heading', { name: 'Simulated slice at the scan time' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('img', { name: /^Simulated axial CT at/ })).toBeVisible({ timeout: 15_000 });

    await page.goto('/simulators/diagnostic-accuracy/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('row', { name: /Positive predictive value/ })).toContainText('46.3 %');

    await page.goto('/simulators/response-criteria/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Calculator (JSON)' }).click();
    await page.getByLabel('Study as JSON').fill(
      JSON.stringify({
        baseline: { targets: [{ id: 'A', organ: 'liver', diameterMm: 100 }] },
        followUps: [{ label: 'Week 8', targets: [{ id: 'A', diameterMm: 60 }] }],
      }),
    );
    await page.getByRole('button', { name: 'Assess' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Assessed 1 follow-up.' })).toBeVisible();
    await expect(page.getByText(/RECIST 1.1 PR/).first()).toBeVisible();
  });

  test('an address that is not part of the course says plainly that the learner is offline', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await workerInControl(page);
    await goOffline(context);
    await page.goto('/no-such-page/');
    await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Quiz' })).toBeVisible();
  });
});

test.describe('site updates', () => {
  test('a new version waits quietly during a quiz, then offers "Updated — reload"', async ({ page }) => {
    // Installing a second worker precaches the whole site again; on a busy 2-core CI machine that alone
    // has taken most of the default 30 s, leaving the reload below no time (CI, stop 17).
    test.setTimeout(90_000);
    await page.goto('/quiz/');
    await workerInControl(page);
    await page.getByLabel(/Single best answer/).check();
    await page.getByLabel('Practice').check();
    await page.getByLabel('Number of questions').fill('2');
    await page.getByRole('button', { name: 'Start quiz: 2 questions' }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-busy', 'quiz');

    // A deployment changes the worker script; here a new script URL for the same scope does.
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next=1'));
    await expect
      .poll(
        () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null),
        { timeout: 30_000 },
      )
      .toBe('installed');
    const notice = page.locator('.update-note');
    await page.waitForTimeout(300);
    await expect(notice, 'never shown in the middle of a quiz').toBeHidden();

    await page.getByRole('button', { name: 'Finish and see results' }).click();
    await page.getByRole('button', { name: 'Finish anyway' }).click();
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Updated');
    // From now on the deployed site is the new version: its pages register the new script. (Without
    // this, the reloaded page would register the old URL again, which is itself a second "deployment"
    // and, if it installs within the check below, rightly shows the notice again.)
    await page.addInitScript(() => {
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (url, options) =>
        register(String(url) === '/sw.js' ? '/sw.js?next=1' : url, options);
    });
    // Listen before clicking: the reload can finish before a listener added afterwards exists.
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
      .toContain('next=1');
    // Once the page has registered its worker again (idle callback), there is nothing new to offer.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? ''))
      .toContain('next=1');
    await page.waitForTimeout(1500);
    await expect(page.locator('.update-note')).toBeHidden();
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
    ).toBeNull();
  });
});

test.describe('keeping progress safe', () => {
  test('/progress/ shows persistent storage and the last export, with a reminder until the first export', async ({
    page,
  }) => {
    await page.goto('/chapters/colorectal-nets/');
    await page
      .getByRole('button', { name: /^Mark .* as studied$/ })
      .first()
      .click();
    await page.goto('/progress/');
    await expect(page.getByText('Persistent storage')).toBeVisible();
    await expect(page.locator('.safety')).toContainText(/Granted|Not granted|Not available/);
    await expect(page.locator('.safety')).toContainText('Never, in this browser.');
    await expect(page.getByRole('status').filter({ hasText: 'Reminder:' })).toContainText(
      'you have not exported your progress yet',
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress to a file' }).click();
    await download;
    await expect(page.locator('.safety')).toContainText('(today)');
    await expect(page.getByText('Reminder:')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('.safety')).toContainText('(today)');
  });

  test('an export more than 30 days old brings the reminder back', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('gepnet:last-exported-at', String(Date.now() - 31 * 86_400_000));
    });
    await page.goto('/chapters/colorectal-nets/');
    const studied = page.getByRole('button', { name: /^Mark .* as studied$/ }).first();
    await studied.click();
    // The button is pressed once the mark is saved: only then is there progress to remind about.
    await expect(studied).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/progress/');
    await expect(page.locator('.safety')).toContainText('31 days ago');
    await expect(page.getByRole('status').filter({ hasText: 'Reminder:' })).toContainText('more than 30 days old');
  });
});
