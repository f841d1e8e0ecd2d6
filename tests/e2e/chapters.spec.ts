import { test, expect } from './fixtures';

const chapter = '/chapters/optimising-ct/';

test('"mark as studied" survives a reload and shows on the course map', async ({ page }) => {
  await page.goto(chapter);
  const toggle = page.getByRole('button', { name: /Mark “Optimising CT” as studied/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Marked as studied' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /Mark “Optimising CT” as studied/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto('/');
  const item = page.locator('[data-chapter="optimising-ct"]');
  await expect(item.getByText('✓ Studied')).toBeVisible();
  await expect(page.locator('[data-chapter="optimising-mri"]').getByText('✓ Studied')).toBeHidden();
  await expect(page.getByText('You have studied 1 of 14 chapters')).toBeVisible();

  // Unmarking is remembered too.
  await page.goto(chapter);
  await page.getByRole('button', { name: /Mark “Optimising CT” as studied/ }).click();
  await page.goto('/');
  await expect(item.getByText('✓ Studied')).toBeHidden();
});

test('unreadable stored progress is reported on the course map, and marking a chapter is refused rather than overwriting it', async ({
  page,
  consoleErrors,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('gepnet:progress', '{not json');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByText('Your saved progress could not be read.')).toBeVisible();
  await page.goto(chapter);
  await expect(page.getByRole('button', { name: /Mark “Optimising CT” as studied/ })).toBeDisabled();
  await expect(page.getByText('could not be read on this page')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a chapter links to its figure cases and simulators by name', async ({ page }) => {
  await page.goto(chapter);
  const related = page.getByRole('region', { name: 'Practise this' });
  await expect(related.getByRole('link', { name: /Simulator: Contrast-phase timing/ })).toBeVisible();
  await expect(related.getByRole('link', { name: /Figure case 3:/ })).toBeVisible();
  await related.getByRole('link', { name: /Figure case 3:/ }).click();
  await expect(page).toHaveURL(/\/cases\/hypervascular-liver-metastases-arterial-ct\/$/);
});

test('a chapter prints without site chrome', async ({ page }) => {
  await page.goto(chapter);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: /as studied/ })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
});
