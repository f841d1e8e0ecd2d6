import type { Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';

/**
 * The course's shared tools, used the way a keyboard user would: glossary terms in a chapter,
 * the site search, and the glossary page.
 */

const chapter = '/chapters/optimising-mri/';

/** Presses Tab until a glossary term in the chapter text has focus (at most `limit` presses). */
async function tabToFirstTerm(page: Page, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const onTerm = await page.evaluate(() => document.activeElement?.classList.contains('term-trigger') ?? false);
    if (onTerm) return;
  }
  throw new Error(`no glossary term reached after ${limit} presses of Tab`);
}

test.describe('a glossary term without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('its card still shows on focus and links to the glossary entry', async ({ page }) => {
    await page.goto(chapter);
    const term = page.locator('.term').first();
    await term.locator('.term-trigger').focus();
    // Its name is "Glossary entry" (the script adds " for <term>" with the definitions).
    const link = term.getByRole('link', { name: /^Glossary entry/ });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /^\/glossary\/#[a-z0-9-]+$/);
  });
});

test.describe('a glossary term in a chapter', () => {
  test('shows its definition on keyboard focus, pins it with Enter, and Escape dismisses it', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(chapter);
    await tabToFirstTerm(page);
    const term = page.locator(':focus');
    const cardId = await term.getAttribute('aria-controls');
    expect(cardId).toBeTruthy();
    const card = page.locator(`#${cardId}`);

    // Focus alone shows the card, and a screen reader hears the definition as the description.
    await expect(card).toBeVisible();
    // The card's text comes from the chapter's /data/chapters/<slug>.json (not in the HTML).
    await expect(card.locator('.term-def')).toContainText(/^\S.*: \S.{10,}/);
    const definition = (await card.locator('span').first().innerText()).trim();
    await expect(term).toHaveAccessibleDescription(definition);
    await expect(term).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    await expect(term).toHaveAttribute('aria-expanded', 'true');

    // Tab moves into the card, to its glossary link; the card stays open.
    await page.keyboard.press('Tab');
    const link = card.getByRole('link', { name: /^Glossary entry for \S/ });
    await expect(link).toBeFocused();
    await expect(card).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(term).toBeFocused();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(consoleErrors).toEqual([]);
  });

  test("the card's link leads to the term's entry on the glossary page", async ({ page }) => {
    await page.goto(chapter);
    await tabToFirstTerm(page);
    const id = ((await page.locator(':focus').getAttribute('aria-controls')) ?? '').replace(/^term-(.*)-\d+$/, '$1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
});

test.describe('site search by keyboard', () => {
  // The four queries, typos included, and where each must lead first.
  const cases: { query: string; first: RegExp }[] = [
    { query: 'insulnoma', first: /\/glossary\/#insulinoma$/ },
    { query: 'dotatate pet', first: /\/chapters\/anatomical-and-functional-imaging\/#.*dota/ },
    { query: 'ADC kurtosis', first: /\/chapters\/pancreatic-nets-characterisation\/#.*(histogram|radiomics|kurtosis)/ },
    { query: 'choi criteria', first: /\/chapters\/follow-up-and-response\/#.*choi/ },
  ];

  for (const { query, first } of cases) {
    test(`"/" opens search; "${query}" then Enter opens the right place first`, async ({ page, consoleErrors }) => {
      await page.goto('/');
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search the course' });
      await expect(dialog).toBeVisible();
      const box = dialog.getByRole('combobox');
      await expect(box).toBeFocused();
      await page.keyboard.type(query);
      await expect(dialog.getByRole('status')).toContainText(/results? for/);
      await expect(dialog.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(first);
      expect(consoleErrors).toEqual([]);
    });
  }

  test('Ctrl+K opens search, the arrow keys move the active result, Escape closes it', async ({ page }) => {
    await page.goto('/glossary/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    const box = dialog.getByRole('combobox');
    await expect(box).toBeFocused();
    await page.keyboard.type('enteroclysis');
    const options = dialog.getByRole('option');
    await expect(options.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the search index is fetched only when search first opens', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(chapter);
    await page.waitForLoadState('networkidle');
    expect(fetched).not.toContain('/search-index.json');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog', { name: 'Search the course' }).getByRole('status')).toHaveText(
      'Type to search.',
    );
    expect(fetched).toContain('/search-index.json');
  });

  test('axe finds no violations with the search dialog open and showing results', async ({ page, checkA11y }) => {
    await page.goto(chapter);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.keyboard.type('ktrans');
    await expect(page.getByRole('option').first()).toBeVisible();
    await checkA11y(page, 'search dialog');
  });
});

test.describe('the glossary page', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the ${theme} theme`, async ({ page, checkA11y }) => {
      await useTheme(page, theme);
      await page.goto('/glossary/');
      await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
      await checkA11y(page, `/glossary/ (${theme})`);
    });
  }

  test('lists terms A to Z with their other names and the chapters that use them', async ({ page }) => {
    await page.goto('/glossary/#adc');
    const entry = page.locator('[id="adc"]');
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('apparent diffusion coefficient');
    await expect(entry.getByRole('link', { name: /Chapter \d+/ }).first()).toBeVisible();
    const names = await page.locator('dt').allInnerTexts();
    const terms = names.map((n) => n.split(' — ')[0]?.trim().toLowerCase() ?? '');
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });
});
