import { test, expect } from './fixtures';

test('a diagnostic-accuracy exercise is marked without an error and is not recorded as a bank answer', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    // The browser tests block service workers (playwright.config.ts); that refusal is not the page's error.
    if (
      (message.type() === 'warning' || message.type() === 'error') &&
      !message.text().includes('Service Worker registration blocked')
    )
      warnings.push(message.text());
  });
  await page.goto('/simulators/diagnostic-accuracy/');
  const option = page.getByRole('radio', { name: /108 of 201 positives/ });
  await option.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0); // hydrated: the form is the island's, not a plain GET
  await option.check();
  await page.getByRole('button', { name: 'Check answer' }).first().click();
  await expect(page.getByText('Correct.').first()).toBeVisible();
  await expect(page.getByText(/Saved to your progress/)).toHaveCount(0);
  expect(warnings).toEqual([]);
  const stored = await page.evaluate(() => localStorage.getItem('gepnet:progress'));
  const attempts = stored === null ? [] : (JSON.parse(stored) as { attempts: { itemId: string }[] }).attempts;
  expect(attempts.map((a) => a.itemId)).toEqual([]);
});

test('an unknown chapter in a quiz link is named on the page, not silently filtered to nothing', async ({ page }) => {
  await page.goto('/quiz/?chapter=optimsing-ct');
  await expect(page.getByRole('alert').filter({ hasText: /“optimsing-ct” is not a chapter/ })).toBeVisible();
});

test('a known chapter in a quiz link still selects that chapter', async ({ page }) => {
  await page.goto('/quiz/?chapter=optimising-ct');
  await expect(page.getByRole('checkbox', { name: /Optimising CT/ })).toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
