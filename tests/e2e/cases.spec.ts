import { test, expect, useTheme } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * The figure-case viewer as a learner uses it: scrolling a stack, changing the window, hiding
 * annotations, finding the lesion by pointer and by keyboard, and the pages passing axe.
 * Figure 1 is used throughout: panel B is a late-arterial CT with the tumour in the pancreatic body.
 */
const CASE = '/cases/pancreatic-net-ceus-and-arterial-ct/';

async function openCase(page: Page) {
  await page.goto(CASE);
  // The engine loads on demand; each panel then swaps its still image for a canvas.
  await expect(page.getByRole('img', { name: /Simulated late-arterial CT.*Simulated image, slice/ })).toBeVisible({
    timeout: 15_000,
  });
}

const panelB = (page: Page) => page.getByRole('group', { name: /Panel B image viewer/ });
const sliderB = (page: Page) => page.getByRole('slider', { name: 'Slice, panel B' });

test('the case index lists the eleven figures and links to each case', async ({ page, checkA11y }) => {
  await page.goto('/cases/');
  await expect(page.getByRole('heading', { level: 1, name: 'Figure cases' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(11);
  await checkA11y(page, 'on /cases/');
});

test('a still image shows before the viewer loads, and every panel has alt text stating the finding', async ({
  page,
}) => {
  await page.goto(CASE);
  await expect(page.getByRole('img', { name: /necrotic|non-enhancing/ }).first()).toBeVisible();
});

test('scrolling the stack with the keyboard, the wheel and the slider', async ({ page }) => {
  await openCase(page);
  const start = Number(await sliderB(page).inputValue());
  await panelB(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(sliderB(page)).toHaveValue(String(start + 1));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(sliderB(page)).toHaveValue(String(start - 1));
  await panelB(page).hover();
  await page.mouse.wheel(0, 120);
  await expect(sliderB(page)).toHaveValue(String(start));
  await sliderB(page).fill(String(start + 3));
  await expect(panelB(page)).toHaveAccessibleName(new RegExp(`slice ${start + 4} of`));
});

test('scrolling by dragging up and down with the scroll tool', async ({ page }) => {
  await openCase(page);
  const start = Number(await sliderB(page).inputValue());
  await panelB(page).scrollIntoViewIfNeeded();
  const box = (await panelB(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect(sliderB(page)).not.toHaveValue(String(start));
});

test('window/level by preset and by dragging', async ({ page }) => {
  await openCase(page);
  await page.getByRole('button', { name: 'Liver' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Liver window' })).toBeVisible();
  await expect(panelB(page)).toContainText('W 150 L 90 HU');
  await page.getByText('Window/level', { exact: true }).click();
  await panelB(page).scrollIntoViewIfNeeded();
  const box = (await panelB(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  await expect(panelB(page)).not.toContainText('W 150 L 90 HU');
});

test('annotations can be hidden and shown again', async ({ page }) => {
  await openCase(page);
  const toggle = page.getByRole('button', { name: 'Annotations' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const arrows = page.locator('svg.annotations line.arrow');
  await expect(arrows.first()).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(arrows).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Annotations hidden.' })).toBeVisible();
  await toggle.click();
  await expect(arrows.first()).toBeVisible();
});

test('arrows are drawn by default, in colour, over the image (not outside the panel)', async ({ page }) => {
  await openCase(page);
  const arrow = panelB(page).locator('svg.annotations line.arrow').first();
  await expect(arrow).toBeVisible();
  const stroke = await arrow.evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).not.toBe('none');
  const box = await arrow.boundingBox();
  const canvas = await page
    .getByRole('img', { name: /Simulated late-arterial CT.*Simulated image, slice/ })
    .boundingBox();
  expect(box && canvas).toBeTruthy();
  expect(box!.x).toBeGreaterThanOrEqual(canvas!.x - 1);
  expect(box!.y).toBeGreaterThanOrEqual(canvas!.y - 1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width + 1);
  expect(box!.y + box!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height + 1);
});

test('find the lesion with the mouse: a click on the tumour is right and outlines it', async ({ page }) => {
  await openCase(page);
  await page.getByRole('button', { name: 'Find the lesion' }).click();
  const canvas = page.getByRole('img', { name: /Simulated late-arterial CT/ });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  // A click on the spleen first (wrong), then on the tumour (right).
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.57);
  await expect(page.getByRole('status').filter({ hasText: 'Not quite' }).first()).toBeVisible();
  await page.mouse.click(box.x + box.width * 0.611, box.y + box.height * 0.468);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Correct: that is the pancreatic NET/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator('svg.annotations polygon.outline').first()).toBeVisible();
});

test('CEUS dual display: a click on the tumour on the B-mode half is judged right', async ({ page }) => {
  await openCase(page);
  await page.getByRole('button', { name: 'Find the lesion' }).click();
  const canvas = page.getByRole('img', { name: /Simulated contrast-enhanced ultrasound.*Simulated image, slice/ });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  // The B-mode (left) half shows the same sector as the contrast half, so its tumour counts too.
  await page.mouse.click(box.x + box.width * 0.316, box.y + box.height * 0.559);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Correct: that is the pancreatic NET/ })
      .first(),
  ).toBeVisible();
});

test('find the lesion with the keyboard: choosing the region by name', async ({ page }) => {
  await openCase(page);
  await page.getByRole('button', { name: 'Find the lesion' }).click();
  const form = page.getByRole('group', { name: /Find the pancreatic NET on panel B/ });
  await form.getByRole('radio', { name: 'spleen' }).check();
  await form.getByRole('button', { name: 'Check region' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You chose spleen' }).first()).toBeVisible();
  await form.getByRole('radio', { name: 'pancreatic body' }).focus();
  await page.keyboard.press('Space');
  await form.getByRole('button', { name: 'Check region' }).press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Correct/ })
      .first(),
  ).toBeVisible();
});

test('the caliper measures the tumour from the keyboard', async ({ page }) => {
  await openCase(page);
  await page.getByText('Caliper', { exact: true }).click();
  await panelB(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Measurements on panel B' })).toContainText(/Distance \d+(\.\d)? mm/);
});

test('the case page has no accessibility violations, with the viewer loaded and in find mode', async ({
  page,
  checkA11y,
}) => {
  await openCase(page);
  await checkA11y(page, 'case page');
  await page.getByRole('button', { name: 'Find the lesion' }).click();
  await checkA11y(page, 'case page in find mode');
});

test('the case page has no accessibility violations in the dark theme either', async ({ page, checkA11y }) => {
  await useTheme(page, 'dark');
  await openCase(page);
  await checkA11y(page, 'case page, dark theme');
});

test('every case page loads its viewer without errors', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/cases/');
  const links = await page
    .getByRole('link', { name: /./ })
    .filter({ has: page.locator('img') })
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(links.length).toBe(11);
  for (const href of links) {
    await page.goto(href);
    await expect(page.getByRole('img', { name: /Simulated image, slice/ }).first()).toBeVisible({ timeout: 20_000 });
  }
});

test.describe('on a phone, by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  /** A real touch swipe (Chromium's touch input, so the viewer sees pointer events of type touch). */
  async function swipe(page: Page, from: { x: number; y: number }, dx: number, dy = 0) {
    const cdp = await page.context().newCDPSession(page);
    const steps = 8;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y, id: 1 }] });
    for (let i = 1; i <= steps; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: from.x + (dx * i) / steps, y: from.y + (dy * i) / steps, id: 1 }],
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  async function openOnPhone(page: Page) {
    await page.goto(CASE);
    await panelB(page).scrollIntoViewIfNeeded();
    await expect(page.getByRole('img', { name: /Simulated late-arterial CT.*Simulated image, slice/ })).toBeVisible({
      timeout: 15_000,
    });
    await panelB(page).scrollIntoViewIfNeeded();
  }

  test('a sideways swipe on a panel changes its slice', async ({ page }) => {
    await openOnPhone(page);
    // Panel B's stack runs from −30 to 60 mm in 2.5 mm steps (37 slices) and opens at 15 mm, slice 19.
    await expect(panelB(page)).toHaveAccessibleName(/slice 19 of 37/);
    await expect(panelB(page)).toContainText('15 mm');
    const box = (await panelB(page).boundingBox())!;
    const centre = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    // One slice per 8 px of horizontal travel: 80 px to the right is 10 slices on, 40 mm.
    await swipe(page, { x: centre.x - 40, y: centre.y }, 80);
    await expect(panelB(page)).toHaveAccessibleName(/slice 29 of 37/);
    await expect(panelB(page)).toContainText('40 mm');
    await expect(sliderB(page)).toHaveValue('28');
    // And back to the left by 8 slices, 20 mm.
    await swipe(page, { x: centre.x + 32, y: centre.y }, -64);
    await expect(panelB(page)).toHaveAccessibleName(/slice 21 of 37/);
    await expect(panelB(page)).toContainText('20 mm');
  });

  test('a tap on the tumour in "find the lesion" is judged right', async ({ page }) => {
    await openOnPhone(page);
    await page.getByRole('button', { name: 'Find the lesion' }).tap();
    const canvas = page.getByRole('img', { name: /Simulated late-arterial CT/ });
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    // The spleen first (wrong), then the tumour's centre in panel coordinates (right).
    await page.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height * 0.57);
    await expect(page.getByRole('status').filter({ hasText: 'Not quite' }).first()).toBeVisible();
    // Measure again: the first verdict's text can move the panel on a narrow screen (this tap
    // missed once in a fresh-clone run, 8 Dec 2026, and passed 5 of 5 on its own).
    const again = (await canvas.boundingBox())!;
    await page.touchscreen.tap(again.x + again.width * 0.611, again.y + again.height * 0.468);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Correct: that is the pancreatic NET/ })
        .first(),
    ).toBeVisible();
    await expect(page.locator('svg.annotations polygon.outline').first()).toBeVisible();
  });
});
