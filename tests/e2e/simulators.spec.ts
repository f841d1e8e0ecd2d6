import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures';

// Page-weight budget of the simulator pages: gzip size of the JavaScript fetched on load.
// (The site-wide page-weight spec allows 60 KB for /simulators/; these pages aim lower.)
const SIMULATOR_BUDGET_KB = 35;

/** Wait until every island on the page has hydrated (Astro drops the `ssr` attribute then). */
async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Press a key `times` times on the focused element. */
async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test.describe('simulators index', () => {
  test('links to the three simulators and ships no JavaScript island', async ({ page, checkA11y }) => {
    await page.goto('/simulators/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulators');
    for (const name of ['Contrast-phase timing', 'Diagnostic accuracy: CT, DECT, MRI, EUS and more', 'Response criteria: RECIST 1.1, Choi and mRECIST']) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
    await expect(page.locator('astro-island')).toHaveCount(0);
    await page.getByRole('link', { name: 'Contrast-phase timing' }).click();
    await expect(page).toHaveURL('/simulators/contrast-timing/');
    await checkA11y(page, 'contrast timing after navigation');
  });
});

test.describe('contrast-timing simulator', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/simulators/contrast-timing/');
    await hydrated(page);
  });

  test('says it is educational and labels its model assumptions', async ({ page }) => {
    await expect(page.getByText('Educational, not clinical decision support.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Model assumptions' })).toBeVisible();
    await expect(page.getByText('Model assumption:').first()).toBeVisible();
  });

  test('moving the scan delay by keyboard walks through the phases', async ({ page }) => {
    const delay = page.getByLabel('Scan delay after start of injection');
    await expect(page.getByText('40 s: Pancreatic phase')).toBeVisible();
    await delay.focus();
    await press(page, 'ArrowLeft', 10);
    await expect(page.getByText('30 s: Late arterial phase')).toBeVisible();
    await press(page, 'ArrowRight', 40);
    await expect(page.getByText('70 s: Portal venous phase')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(page.getByText('0 s: Unenhanced phase')).toBeVisible();
  });

  test('a faster injection shortens the injection, shown as text', async ({ page }) => {
    await expect(page.getByText('Injection lasts 25 s.')).toBeVisible();
    await page.getByLabel('Injection rate').focus();
    await press(page, 'ArrowRight', 2); // 4 → 5 mL/s
    await expect(page.getByText('Injection lasts 20 s.')).toBeVisible();
  });

  test('bolus tracking shows when the scan triggers', async ({ page }) => {
    await page.getByRole('radio', { name: 'Bolus tracking' }).check();
    await expect(page.getByLabel('Trigger when the aorta reaches')).toBeVisible();
    await expect(page.getByText(/Triggers at \d+(\.\d)? s; scan at \d+(\.\d)? s\./)).toBeVisible();
  });

  test('the insulinoma challenge gives full marks at 40 s and none at 90 s, by keyboard', async ({ page }) => {
    const task = page.getByRole('radio', { name: /small insulinoma/ });
    await task.focus();
    await page.keyboard.press('Space');
    await expect(task).toBeChecked();
    const score = page.getByRole('button', { name: 'Score my scan time' });
    await score.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^2 of 2 points\./)).toBeVisible();
    await page.getByLabel('Scan delay after start of injection').fill('90');
    await score.click();
    await expect(page.getByText(/^0 of 2 points\./)).toBeVisible();
  });

  test('the changing results are announced in a live region', async ({ page }) => {
    const status = page.getByRole('status').filter({ hasText: 'Scan at' });
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toContainText('Scan at 40 s: pancreatic phase.');
    await page.getByLabel('Scan delay after start of injection').fill('70');
    await expect(status).toContainText('Scan at 70 s: portal venous phase.');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations after interaction (${theme})`, async ({ page, checkA11y }) => {
      await useTheme(page, theme);
      await page.goto('/simulators/contrast-timing/');
      await hydrated(page);
      await page.getByRole('radio', { name: 'Bolus tracking' }).check();
      await page.getByRole('button', { name: 'Score my scan time' }).click();
      await checkA11y(page, `contrast timing (${theme})`);
    });
  }
});

test.describe('diagnostic-accuracy simulator', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/simulators/diagnostic-accuracy/');
    await hydrated(page);
  });

  test('MRI for a pancreatic NET at 10 % pre-test gives a PPV of 46.3 % (9.3 of 20.1 positives)', async ({ page }) => {
    const ppv = page.getByRole('row', { name: /Positive predictive value/ });
    await expect(ppv).toContainText('46.3 %');
    await expect(page.getByRole('img', { name: /100 patients: 9 true positives, 1 false negatives, 11 false positives, 79 true negatives/ })).toBeVisible();
  });

  test('a test without a reported specificity says so and calculates only when the learner supplies one', async ({ page }) => {
    await page.getByLabel('Scenario').selectOption({ label: 'Suspected insulinoma' });
    await page.getByRole('radio', { name: 'Endoscopic ultrasound (EUS)' }).check();
    await expect(page.getByText('not reported in the review').first()).toBeVisible();
    await expect(page.getByRole('row', { name: /Positive predictive value/ })).toHaveCount(0);
    const own = page.getByRole('checkbox', { name: /specificity I choose/ });
    await own.focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Your specificity')).toBeVisible();
    await expect(page.getByRole('row', { name: /Positive predictive value/ })).toBeVisible();
  });

  test('the pre-test slider works by keyboard and changes the PPV', async ({ page }) => {
    await page.getByRole('slider', { name: /Pre-test probability/ }).focus();
    await press(page, 'ArrowRight', 40); // 10 % → 50 %
    await expect(page.getByText('Pre-test probability: 50 %')).toBeVisible();
    // 0.465 / (0.465 + 0.06) = 88.6 %
    await expect(page.getByRole('row', { name: /Positive predictive value/ })).toContainText('88.6 %');
  });

  test('a second test in series and the conditional-independence note', async ({ page }) => {
    await page.getByRole('checkbox', { name: 'Combine with a second test' }).check();
    await page.getByRole('radio', { name: /both are positive/ }).check();
    await expect(page.getByText(/Combined: sensitivity/)).toBeVisible();
    await expect(page.getByText(/conditional independence/).first()).toBeVisible();
  });

  test('the first exercise question is scored by keyboard', async ({ page }) => {
    const option = page.getByRole('radio', { name: /108 of 201 positives/ });
    await option.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Check answer' }).first().press('Enter');
    await expect(page.getByText('Correct.').first()).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations after interaction (${theme})`, async ({ page, checkA11y }) => {
      await useTheme(page, theme);
      await page.goto('/simulators/diagnostic-accuracy/');
      await hydrated(page);
      await page.getByRole('checkbox', { name: 'Combine with a second test' }).check();
      await page.getByRole('radio', { name: '1000 patients' }).check();
      await checkA11y(page, `diagnostic accuracy (${theme})`);
    });
  }
});

test.describe('response-criteria simulator', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/simulators/response-criteria/');
    await hydrated(page);
  });

  test('the case library has at least six cases', async ({ page }) => {
    expect(await page.getByLabel('Choose a case').locator('option').count()).toBeGreaterThanOrEqual(6);
  });

  test('a third liver target is refused with a clear message, by keyboard', async ({ page }) => {
    await page.getByLabel('Choose a case').selectOption({ label: '8. Choosing targets by the rules' });
    for (const name of ['L1: Liver segment VIII', 'L2: Liver segment II', 'L3: Liver segment VI']) {
      const box = page.getByRole('checkbox', { name });
      await box.focus();
      await page.keyboard.press('Space');
    }
    await expect(page.getByText('Selection not valid: 1 problem.')).toBeVisible();
    await expect(page.getByText(/at most 2 targets per organ; liver has 3/)).toBeVisible();
  });

  test('predicting and revealing the verdicts shows where the criteria disagree', async ({ page }) => {
    await page.getByLabel('Choose a case').selectOption({ label: '3. Darker but bigger' });
    await page.getByRole('button', { name: 'Use the suggested targets' }).click();
    await page.getByLabel('RECIST 1.1').selectOption('PD');
    await page.getByLabel('Choi', { exact: true }).selectOption('PR');
    await page.getByLabel('mRECIST').selectOption('PR');
    await page.getByRole('button', { name: 'Reveal the verdicts' }).press('Enter');
    await expect(page.getByText('3 of 3.')).toBeVisible();
    await expect(page.getByText('The criteria disagree:')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Choi', level: 4 })).toBeVisible();
  });

  test('the calculator explains invalid JSON and assesses valid JSON', async ({ page }) => {
    await page.getByRole('button', { name: 'Calculator (JSON)' }).click();
    const box = page.getByLabel('Study as JSON');
    await expect(box).toBeVisible();
    await box.fill('{ "baseline": ');
    await page.getByRole('button', { name: 'Assess' }).click();
    await expect(page.getByText(/This is not valid JSON/)).toBeVisible();
    await box.fill(
      JSON.stringify({
        baseline: { targets: [{ id: 'A', organ: 'liver', diameterMm: 100, attenuationHu: 80, viableDiameterMm: 50 }] },
        followUps: [{ label: 'Week 8', targets: [{ id: 'A', diameterMm: 70, attenuationHu: 68, viableDiameterMm: 35 }] }],
      }),
    );
    await page.getByRole('button', { name: 'Assess' }).click();
    await expect(page.getByText('All three agree:')).toBeVisible();
    await expect(page.getByText('PR (partial response)')).toBeVisible();
    await box.fill(JSON.stringify({ baseline: { targets: [{ id: 'A', organ: 'liver', diameterMm: 8 }] }, followUps: [] }));
    await page.getByRole('button', { name: 'Assess' }).click();
    await expect(page.getByText(/at least 10 mm at baseline; it measures 8 mm/)).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with verdicts shown and in calculator mode (${theme})`, async ({ page, checkA11y }) => {
      await useTheme(page, theme);
      await page.goto('/simulators/response-criteria/');
      await hydrated(page);
      await page.getByRole('button', { name: 'Use the suggested targets' }).click();
      await page.getByRole('button', { name: 'Reveal the verdicts' }).click();
      await checkA11y(page, `response criteria, verdicts (${theme})`);
      await page.getByRole('button', { name: 'Calculator (JSON)' }).click();
      await page.getByRole('button', { name: 'Assess' }).click();
      await checkA11y(page, `response criteria, calculator (${theme})`);
    });
  }
});

test.describe('page weight', () => {
  for (const [path, budgetKb] of [
    ['/simulators/', 5], // no island of its own: only the site header's script
    ['/simulators/contrast-timing/', SIMULATOR_BUDGET_KB],
    ['/simulators/diagnostic-accuracy/', SIMULATOR_BUDGET_KB],
    ['/simulators/response-criteria/', SIMULATOR_BUDGET_KB],
  ] as const) {
    test(`${path} loads at most ${budgetKb} KB of gzipped JavaScript`, async ({ page }) => {
      const bodies: Promise<Buffer | null>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') bodies.push(response.body().catch(() => null));
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
      const kb = buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024;
      console.log(`simulator page weight ${path}: ${kb.toFixed(1)} KB gzip JS in ${buffers.length} file(s)`);
      expect(kb).toBeLessThanOrEqual(budgetKb);
    });
  }
});
