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
    for (const name of [
      'Contrast-phase timing',
      'Diagnostic accuracy: CT, DECT, MRI, EUS and more',
      'Response criteria: RECIST 1.1, Choi and mRECIST',
    ]) {
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
    await expect(page.getByText('40 s: Pancreatic phase', { exact: true })).toBeVisible();
    await delay.focus();
    await press(page, 'ArrowLeft', 10);
    await expect(page.getByText('30 s: Late arterial phase', { exact: true })).toBeVisible();
    await press(page, 'ArrowRight', 40);
    await expect(page.getByText('70 s: Portal venous phase', { exact: true })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(page.getByText('0 s: Unenhanced phase', { exact: true })).toBeVisible();
  });

  test('the simulated CT slice follows the scan delay by keyboard, each update within a frame', async ({ page }) => {
    await page.getByRole('heading', { name: 'Simulated slice at the scan time' }).scrollIntoViewIfNeeded();
    const slice = page.getByRole('img', { name: /^Simulated axial CT at/ });
    // The first slice waits on the engine's one-off preparation (scene and per-tissue bases, about
    // 1–1.5 s of CPU here); on a loaded 2-core machine that has passed 5 s (7 Dec 2026). The updates
    // after it are what this test times.
    await expect(slice).toHaveAttribute(
      'aria-label',
      /at 40 s after the start of injection, pancreatic phase\..*insulinoma in the pancreatic body is clearly brighter than the pancreas/,
      { timeout: 20_000 },
    );
    const delay = page.getByLabel('Scan delay after start of injection');
    await delay.focus();
    await press(page, 'ArrowRight', 30); // 40 → 70 s
    await expect(slice).toHaveAttribute(
      'aria-label',
      /at 70 s after the start of injection, portal-venous phase\..*metastasis in the right liver is clearly darker than the liver/,
    );
    await page.keyboard.press('Home');
    await expect(slice).toHaveAttribute('aria-label', /at 0 s after the start of injection, before contrast arrives/);
    // Sweep the slider (one update per key press) and read the User Timing entries of the updates.
    await page.evaluate(() => performance.clearMeasures('contrast-slice-update'));
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('ArrowRight');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    }
    const durations = await page.evaluate(() =>
      performance.getEntriesByName('contrast-slice-update').map((e) => e.duration),
    );
    const sorted = [...durations].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
    const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Infinity;
    console.log(
      `contrast slice update (512×512 recolour + window + putImageData): ${sorted.length} updates, median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`,
    );
    expect(sorted.length).toBeGreaterThanOrEqual(30);
    expect(median).toBeLessThan(16);
  });

  test('the slice window and lesion marks can be changed by keyboard', async ({ page }) => {
    await page.getByRole('heading', { name: 'Simulated slice at the scan time' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('img', { name: /^Simulated axial CT at/ })).toBeVisible({ timeout: 20_000 });
    const liver = page.getByRole('radio', { name: 'Liver (W 150, L 90)' });
    await liver.focus();
    await page.keyboard.press('Space');
    await expect(liver).toBeChecked();
    const marks = page.getByRole('checkbox', { name: 'Mark the lesions' });
    await marks.focus();
    await page.keyboard.press('Space');
    await expect(marks).not.toBeChecked();
    await expect(page.getByText('NET marks the insulinoma')).toHaveCount(0);
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
      await page.getByRole('heading', { name: 'Simulated slice at the scan time' }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('img', { name: /^Simulated axial CT at/ })).toBeVisible({ timeout: 20_000 });
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
    await expect(
      page.getByRole('img', {
        name: /100 patients: 9 true positives, 1 false negatives, 11 false positives, 79 true negatives/,
      }),
    ).toBeVisible();
  });

  test('a test without a reported specificity says so and calculates only when the learner supplies one', async ({
    page,
  }) => {
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
    // The keyboard stays on the question: the new button takes the focus.
    await expect(page.getByRole('button', { name: 'Try again' }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeFocused();
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

  test('six targets are refused with a clear message, by keyboard', async ({ page }) => {
    await page.getByLabel('Choose a case').selectOption({ label: '8. Choosing targets by the rules' });
    for (const name of [
      'L1: Liver segment VIII',
      'L2: Liver segment II',
      'L4: Liver segment V (small)',
      'N1: Para-aortic node (short axis)',
      'N2: Mesenteric node (short axis)',
      'P1: Pancreatic body (primary)',
    ]) {
      await page.getByRole('checkbox', { name }).focus();
      await page.keyboard.press('Space');
    }
    await expect(page.getByText(/Selection not valid: \d problems?\./)).toBeVisible();
    await expect(page.getByText(/at most 5 target lesions; 6 were given/)).toBeVisible();
    await expect(page.getByText(/L4.*at least 10 mm at baseline; it measures 9 mm/)).toBeVisible();
  });

  test('a case by keyboard: choose targets, measure with the caliper and the ROI, type a value, see three verdicts', async ({
    page,
  }) => {
    await page.getByLabel('Choose a case').selectOption({ label: '3. Darker but bigger' });
    for (const name of ['L1: Liver segment VI', 'L2: Liver segment II']) {
      await page.getByRole('checkbox', { name }).focus();
      await page.keyboard.press('Space');
    }
    await expect(page.getByText('2 targets chosen; the selection is valid.')).toBeVisible();
    await page.getByRole('heading', { name: '2. Measure on the images' }).scrollIntoViewIfNeeded();
    await expect(
      page.getByRole('img', {
        name: 'Simulated portal-venous CT of L1 (Liver segment VI) at baseline: a 50 mm lesion of about 90 HU.',
      }),
    ).toBeVisible({ timeout: 20_000 });
    const status = page.getByRole('status').filter({ hasText: /entered|reported/ });

    // Caliper (the default tool) across L1 at month 3: the reading goes into the table.
    await page.getByRole('button', { name: 'Measure L1, Month 3' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/L1, Month 3: diameter 6[12](\.\d)? mm, entered in the table\./)).toBeVisible();
    expect(Number(await page.getByLabel('L1 Month 3 diameter (mm)').inputValue())).toBeCloseTo(62, 0);

    // ROI on L1 at month 3: the mean attenuation goes into the table.
    await page.getByRole('radio', { name: /^ROI/ }).check();
    await page.getByRole('button', { name: 'Place an ROI on L1, Month 3' }).press('Enter');
    await expect(page.getByText(/L1, Month 3: attenuation \d+ HU, entered in the table\./)).toBeVisible();
    expect(Math.abs(Number(await page.getByLabel('L1 Month 3 attenuation (HU)').inputValue()) - 55)).toBeLessThan(6);

    // The enhancing part on the arterial series, for mRECIST.
    await page.getByRole('radio', { name: /^Late-arterial CT/ }).check();
    await page.getByRole('radio', { name: /^Caliper/ }).check();
    await page.getByRole('button', { name: 'Measure L1, Month 3' }).press('Enter');
    await expect(
      page.getByText(/L1, Month 3: enhancing diameter (29|30)(\.\d)? mm, entered in the table\./),
    ).toBeVisible();

    // Typing a value by keyboard.
    const typedCell = page.getByLabel('L2 Month 3 diameter (mm)');
    await typedCell.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('34');
    await page.keyboard.press('Tab');
    await expect(typedCell).toHaveValue('34');
    await expect(status).toHaveCount(1);

    await page.getByRole('button', { name: 'Reveal the verdicts' }).press('Enter');
    for (const name of ['RECIST 1.1', 'Choi', 'mRECIST'])
      await expect(page.getByRole('heading', { name, level: 4 })).toBeVisible();
  });

  test('a measurement on a lesion that is not a target is not entered, and an emptied cell is explained', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Use the suggested targets' }).click();
    await page.getByRole('heading', { name: '2. Measure on the images' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Measure L3, Baseline' }).click({ timeout: 20_000 });
    await expect(
      page.getByText(
        /L3, Baseline: diameter \d+(\.\d)? mm\. L3 is not a chosen target, so it is not entered in the table\./,
      ),
    ).toBeVisible();
    await page.getByLabel('L1 Baseline diameter (mm)').fill('');
    await page.getByLabel('L1 Baseline diameter (mm)').press('Tab');
    await expect(page.getByText(/diameterMm must be a number/)).toBeVisible();
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
        followUps: [
          { label: 'Week 8', targets: [{ id: 'A', diameterMm: 70, attenuationHu: 68, viableDiameterMm: 35 }] },
        ],
      }),
    );
    await page.getByRole('button', { name: 'Assess' }).click();
    await expect(page.getByText('All three agree:')).toBeVisible();
    await expect(page.getByText('PR (partial response)')).toBeVisible();
    await box.fill(
      JSON.stringify({ baseline: { targets: [{ id: 'A', organ: 'liver', diameterMm: 8 }] }, followUps: [] }),
    );
    await page.getByRole('button', { name: 'Assess' }).click();
    await expect(page.getByText(/at least 10 mm at baseline; it measures 8 mm/)).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with verdicts shown and in calculator mode (${theme})`, async ({
      page,
      checkA11y,
    }) => {
      await useTheme(page, theme);
      await page.goto('/simulators/response-criteria/');
      await hydrated(page);
      await page.getByRole('button', { name: 'Use the suggested targets' }).click();
      await page.getByRole('heading', { name: '2. Measure on the images' }).scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Measure L1, Baseline' }).click({ timeout: 20_000 });
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
