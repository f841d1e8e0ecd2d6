import type { Page } from '@playwright/test';
import { test as base, expect, useTheme } from './fixtures';
import { fixtureItems } from '../unit/quiz-engine/fixtures/items';
import type { Item } from '../../src/quiz-engine/items/schema';

/**
 * The quiz as a resident uses it, against the built site. The question bank is served from
 * the unit-test fixtures (route /data/questions.json), so every answer key is known here and
 * the tests do not depend on the real bank's size or wording.
 */

/**
 * Service workers are blocked here: a worker would fetch /data/questions.json itself, past
 * the route that serves the fixture bank. Offline use has its own spec (offline.spec.ts).
 */
base.use({ serviceWorkers: 'block' });

/** Every test here also fails on any console error or uncaught page error. */
const test = base.extend<{ noConsoleErrors: void }>({
  noConsoleErrors: [
    async ({ consoleErrors }, use) => {
      await use();
      void consoleErrors; // checked by the shared fixture after each test
    },
    { auto: true },
  ],
});

const byId = (id: string) => fixtureItems.find((i) => i.id === id) as Item;
const extraItem = {
  ...byId('sb-ileal'),
  id: 'sb-ileal-second',
  stem: 'Which finding in the mesentery suggests an ileal NET?',
} as Item;
const tutorBank = [
  'sb-arterial-phase',
  'sb-liver-hypervascular',
  'sb-colorectal',
  'sb-ileal',
  'mr-mri-sequences',
  'or-ct-phases',
  'nu-recist-change',
  'ca-liver-lesion',
  'ma-modalities',
]
  .map(byId)
  .concat(extraItem);

async function serveBank(page: Page, items: readonly Item[]) {
  await page.route('**/data/questions.json', (route) =>
    route.fulfill({ json: { version: 1, count: items.length, items } }),
  );
}

/** The displayed position (1-based), among the options still open, of the option whose text is `text`. */
async function positionOf(page: Page, text: string): Promise<number> {
  const labels = await page.locator('.item .option:has(input:enabled)').allInnerTexts();
  const index = labels.findIndex((label) => label.includes(text));
  expect(index, `option "${text}" on screen`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Answers the item on screen with the keyboard only: right, or deliberately wrong. */
async function answerByKeyboard(page: Page, right: boolean) {
  // The rarer types' inputs load on first use (item-inputs.ts): keys pressed before the input is on
  // screen would go nowhere, so wait for it as a learner's eyes would.
  await expect(page.locator('.item').first().locator('input, select, button').first()).toBeVisible();
  const id = await page.locator('.item').first().getAttribute('data-item-id');
  const item = tutorBank.find((i) => i.id === id) as Item;
  const keys = page.keyboard;
  if (item.type === 'single-best') {
    const key = item.options.find((o) => o.id === item.answer)!;
    const other = item.options.find((o) => o.id !== item.answer)!;
    await keys.press(String(await positionOf(page, (right ? key : other).text)));
    await keys.press('Enter');
  } else if (item.type === 'multiple-response') {
    for (const answer of item.answers)
      await keys.press(String(await positionOf(page, item.options.find((o) => o.id === answer)!.text)));
    await keys.press('Enter');
  } else if (item.type === 'ordering') {
    await keys.press('Enter'); // submits the order shown, which is never the key
  } else if (item.type === 'numeric') {
    await keys.press('Tab');
    await keys.type('-30');
    await keys.press('Enter');
  } else if (item.type === 'case') {
    await keys.press(String(await positionOf(page, 'Late arterial')));
    await keys.press('Enter'); // step 1 committed; focus moves to step 2
    await keys.press('Tab');
    await keys.type('-25,0');
    await keys.press('Enter'); // step 2 committed
    await keys.press(String(await positionOf(page, 'Follow-up')));
    await keys.press('Enter'); // step 3 committed
    await keys.press('Enter'); // the whole case submitted
  } else if (item.type === 'matching') {
    await keys.press('Tab');
    await keys.type('Somato');
    await keys.press('Tab');
    await keys.type('Endo');
    await keys.press('Tab');
    await keys.type('CT');
    // Tab on to Submit answer, past the confidence choice (left unanswered), ← Previous (disabled
    // on the first question) and the flag.
    for (
      let tabs = 0;
      tabs < 6 && (await page.evaluate(() => document.activeElement?.textContent?.trim())) !== 'Submit answer';
      tabs += 1
    )
      await keys.press('Tab');
    await keys.press('Enter');
  }
  await expect(page.locator('.feedback')).toBeVisible();
}

test.describe('the quiz, by keyboard', () => {
  test('a 10-item tutor quiz with a reload half way, results by topic, missed items in review', async ({
    page,
    checkA11y,
  }) => {
    await serveBank(page, tutorBank);
    await page.goto('/quiz/');
    // Until the form's first use the counts are those built into the page (the real bank's); a
    // focus in the form reads the bank (the 10 items served here) and the counts follow it.
    await expect(page.getByLabel('Tutor')).toBeChecked();
    await page.getByLabel('Tutor').focus();
    await expect(page.getByText('10 questions match your choices.')).toBeVisible();
    await page.getByRole('button', { name: 'Start quiz: 10 questions' }).focus();
    await page.keyboard.press('Enter');

    // Two single-best items are answered wrongly on purpose; the ordering item is never fully right.
    const wrongOnPurpose = new Set(['sb-colorectal', 'sb-ileal']);
    for (let n = 1; n <= 10; n += 1) {
      const heading = page.getByRole('heading', { name: `Question ${n} of 10` });
      await expect(heading).toBeVisible();
      if (n > 1) await expect(heading).toBeFocused(); // moving on puts focus on the new question
      const id = (await page.locator('.item').first().getAttribute('data-item-id')) as string;
      await answerByKeyboard(page, !wrongOnPurpose.has(id));
      const item = tutorBank.find((i) => i.id === id)!;
      // Tutor mode teaches: the explanation and a link to the chapter section.
      await expect(page.locator('.feedback')).toContainText(item.explanation);
      await expect(page.locator('.feedback').getByRole('link', { name: /Read it in the chapter/ })).toBeVisible();
      if (n === 1) await checkA11y(page, 'quiz item with tutor feedback');
      if (n === 5) {
        await page.reload();
        await expect(page.getByRole('heading', { name: 'Question 5 of 10' })).toBeVisible();
        await expect(page.locator('.feedback')).toBeVisible(); // still answered after the reload
      }
      if (n < 10) await page.keyboard.press('n');
    }
    await page.keyboard.press('Enter'); // Enter after the last answer finishes the quiz

    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
    const byTopic = page.getByRole('table', { name: 'Results by topic' });
    // Weakest first: the rectal item was missed (0 %), one of the two mesentery items too (50 %).
    await expect(byTopic.getByRole('row').nth(1)).toHaveAccessibleName('rectum 1 0 0%');
    await expect(byTopic.getByRole('row').nth(2)).toHaveAccessibleName('mesentery 2 1 50%');
    await expect(page.getByRole('table', { name: 'Results by chapter' })).toBeVisible();
    await expect(page.getByText(/7 fully right, 10 answered/)).toBeVisible();
    await checkA11y(page, 'results');

    await page.goto('/review/');
    await expect(page.getByRole('heading', { name: 'Review: 3 due now' })).toBeVisible();
    const missedStems = ['sb-colorectal', 'sb-ileal', 'or-ct-phases'].map((id) => byId(id).stem);
    await expect(page.locator('.item .stem')).toHaveText(
      new RegExp(missedStems.map((s) => s.replace(/[.?]/g, '\\$&')).join('|')),
    );
    await checkA11y(page, 'review queue');
  });

  test('works on a phone: the quiz fits the screen, choices are touch-sized', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await serveBank(page, tutorBank);
    await page.goto('/quiz/');
    await page.getByRole('button', { name: /Start quiz/ }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
    const overflowing = await page
      .locator('main *')
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().right > 390).map((e) => e.tagName));
    expect(overflowing).toEqual([]);
    const heights = await page
      .locator('.item .option, .item li, .item .pair')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(40);
  });
});

test.describe('confidence', () => {
  test('sure, unsure or guess is asked before marking, shown as calibration, and moves the review schedule', async ({
    page,
    checkA11y,
  }) => {
    const bank = ['sb-arterial-phase', 'sb-liver-hypervascular', 'sb-colorectal'].map(byId);
    await serveBank(page, bank);
    await page.goto('/quiz/');
    await page.getByLabel(/Practice/).check();
    await page.getByRole('button', { name: 'Start quiz: 3 questions' }).click();
    const said = { 'sb-arterial-phase': 'Sure', 'sb-liver-hypervascular': 'Guess', 'sb-colorectal': 'Unsure' } as const;
    for (let n = 1; n <= 3; n += 1) {
      await expect(page.getByRole('heading', { name: `Question ${n} of 3` })).toBeVisible();
      const id = (await page.locator('.item').first().getAttribute('data-item-id')) as keyof typeof said;
      const group = page.getByRole('group', { name: /How sure are you/ });
      if (n === 1) {
        // By pointer on the first question, by key on the others.
        await group.getByRole('radio', { name: said[id], exact: true }).check();
      } else {
        await page.keyboard.press(said[id][0]!.toLowerCase());
      }
      await expect(group.getByRole('radio', { name: said[id], exact: true })).toBeChecked();
      if (n === 1) await checkA11y(page, 'confidence choice');
      // The guess is wrong on purpose; the others are right.
      await answerByKeyboard(page, id !== 'sb-liver-hypervascular');
      await expect(page.getByText(`You said: ${said[id]}.`)).toBeVisible();
      await expect(group).toHaveCount(0);
      if (n < 3) await page.keyboard.press('n');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
    const table = page.getByRole('table', { name: /level of confidence/ });
    await expect(table.getByRole('row').nth(1)).toHaveAccessibleName('Sure 1 1 (100%)');
    await expect(table.getByRole('row').nth(2)).toHaveAccessibleName('Unsure 1 1 (100%)');
    await expect(table.getByRole('row').nth(3)).toHaveAccessibleName('Guess 1 0 (0%)');
    await checkA11y(page, 'results with calibration');

    const rating = (itemId: string) =>
      page.evaluate(
        (id) =>
          (
            JSON.parse(localStorage.getItem('gepnet:progress') as string).attempts as {
              itemId: string;
              rating: number;
              confidence?: string;
            }[]
          ).filter((a) => a.itemId === id),
        itemId,
      );
    // Sure and right → Easy (4); unsure and right → Good (3); a wrong guess → Again (1).
    expect(await rating('sb-arterial-phase')).toMatchObject([{ rating: 4, confidence: 'sure' }]);
    expect(await rating('sb-colorectal')).toMatchObject([{ rating: 3, confidence: 'unsure' }]);
    expect(await rating('sb-liver-hypervascular')).toMatchObject([{ rating: 1, confidence: 'guess' }]);

    await page.goto('/progress/');
    await expect(
      page
        .getByRole('table', { name: /level of confidence/ })
        .getByRole('row')
        .nth(1),
    ).toHaveAccessibleName('Sure 1 1 (100%)');

    // In review the missed item comes back; confidence is asked there too.
    await page.goto('/review/');
    await expect(page.getByRole('heading', { name: 'Review: 1 due now' })).toBeVisible();
    await page.keyboard.press('s');
    await expect(
      page.getByRole('group', { name: /How sure are you/ }).getByRole('radio', { name: 'Sure', exact: true }),
    ).toBeChecked();
    const hyper = byId('sb-liver-hypervascular') as Extract<Item, { type: 'single-best' }>;
    await page
      .locator('.item')
      .getByRole('radio', { name: hyper.options.find((o) => o.id === hyper.answer)!.text })
      .check();
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByText('You said: Sure.')).toBeVisible();
    expect(await rating('sb-liver-hypervascular')).toMatchObject([
      { rating: 1 },
      { rating: 4, confidence: 'sure', mode: 'review' },
    ]);
  });
});

test.describe('check yourself in a chapter', () => {
  test('an answer is recorded, counts in progress and a missed one is due in review', async ({ page }) => {
    await page.goto('/chapters/colorectal-nets/');
    const question = page.locator('.check-yourself').first();
    await question.scrollIntoViewIfNeeded();
    const id = await question.locator('input[type="radio"]').first().getAttribute('name');
    // Choose an option that is not the key: the islands' props name it.
    const options = question.getByRole('radio');
    await expect(options.first()).toBeEnabled();
    const bank = (await (await page.request.get('/data/questions.json')).json()) as { items: Item[] };
    const item = bank.items.find((i) => `cy-${i.id}` === id) as Extract<Item, { type: 'single-best' }>;
    const wrong = item.options.find((o) => o.id !== item.answer)!;
    await question.getByRole('radio', { name: wrong.text }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByText('Not quite.')).toBeVisible();
    await expect(question.getByText(/Saved to your progress/)).toBeVisible();

    await page.goto('/progress/');
    await expect(page.getByText(/1 question answered/)).toBeVisible();
    await expect(page.getByRole('link', { name: /1 due for review/ })).toBeVisible();
    await page.goto('/review/');
    await expect(page.getByRole('heading', { name: 'Review: 1 due now' })).toBeVisible();
    await expect(page.locator('.item .stem')).toHaveText(item.stem);
  });
});

test.describe('image hotspots (the real bank)', () => {
  test('the finding can be clicked on the simulated image or chosen by name with the keyboard', async ({ page }) => {
    const bank = (await (await page.request.get('/data/questions.json')).json()) as { items: Item[] };
    const hotspots = bank.items.filter((i): i is Extract<Item, { type: 'hotspot' }> => i.type === 'hotspot');
    test.skip(hotspots.length === 0, 'no hotspot items in the bank yet');
    await page.goto('/quiz/');
    await page.getByLabel(/Image hotspot/).check();
    await page.getByLabel('Number of questions').fill('2');
    await page.getByLabel(/Practice/).check();
    await page.getByRole('button', { name: /Start quiz/ }).click();

    // First item: by keyboard, choosing the region by its name.
    const id1 = (await page.locator('.item').getAttribute('data-item-id')) as string;
    const item1 = hotspots.find((i) => i.id === id1)!;
    await expect(page.getByRole('img', { name: item1.image.alt })).toBeVisible();
    await expect
      .poll(() =>
        page.getByRole('img', { name: item1.image.alt }).evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    const key = item1.regions.find((r) => r.id === item1.answer)!;
    const names = await page
      .getByRole('group', { name: 'Or choose the region by name' })
      .getByRole('radio')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await page.keyboard.press(String(names.indexOf(key.id) + 1));
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback')).toContainText('Correct');

    if ((await page.getByRole('button', { name: 'Next →' }).count()) === 0) return;
    await page.keyboard.press('n');
    // Second item: by pointer, clicking the centre of the key region on the picture.
    const id2 = (await page.locator('.item').getAttribute('data-item-id')) as string;
    const item2 = hotspots.find((i) => i.id === id2)!;
    const area = item2.regions.find((r) => r.id === item2.answer)!.area;
    const [cx, cy] = area.shape === 'circle' ? [area.cx, area.cy] : [area.x + area.w / 2, area.y + area.h / 2];
    const picture = page.getByRole('img', { name: item2.image.alt });
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await picture.scrollIntoViewIfNeeded();
    const box = (await picture.boundingBox())!;
    await page.mouse.click(box.x + cx * box.width, box.y + cy * box.height);
    await expect(
      page.getByText(`You clicked on: ${item2.regions.find((r) => r.id === item2.answer)!.label}.`),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.locator('.feedback')).toContainText('Correct');
  });
});

test.describe('a timed exam', () => {
  test('keeps true time across a reload and submits itself when time runs out', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
    const examBank = ['sb-arterial-phase', 'sb-liver-hypervascular', 'sb-colorectal'].map(byId);
    await serveBank(page, examBank);
    await page.goto('/quiz/');
    await page.getByLabel(/Timed exam/).check();
    await page.getByLabel('Time limit in minutes').fill('1');
    await page.getByRole('button', { name: 'Start exam: 3 questions, 1 min' }).click();
    await expect(page.getByRole('timer')).toHaveText(/1:00/);

    await page.keyboard.press('1');
    await expect(page.locator('.feedback')).toHaveCount(0); // no feedback during an exam
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');

    await page.clock.runFor(25_000);
    await page.reload();
    // 25 s ran while away; the reload itself takes a moment on a busy machine.
    await expect(page.getByRole('timer')).toHaveText(/0:(2\d|3[0-5])/);
    await expect(
      page
        .getByRole('navigation', { name: 'Questions in this quiz' })
        .getByRole('button', { name: 'Question 1, answered, flagged' }),
    ).toBeVisible();

    await page.clock.runFor(40_000);
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
    await expect(page.getByText('Time ran out, so the exam was submitted for you.')).toBeVisible();
    await expect(page.getByText(/1 answered/)).toBeVisible();
  });
});

test.describe('stored progress', () => {
  test('a corrupted store is reported in plain words, kept aside, and the site still works', async ({
    page,
    consoleErrors,
  }) => {
    await serveBank(page, tutorBank);
    await page.goto('/about/');
    await page.evaluate(() => localStorage.setItem('gepnet:progress', '{"version":2,"attempts":[{"id":'));
    await page.goto('/quiz/');
    await expect(page.getByRole('alert')).toContainText('Your saved progress could not be read');
    await expect(page.getByRole('alert')).toContainText('kept aside, untouched');
    const aside = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('gepnet:progress:unreadable:')),
    );
    expect(aside).toHaveLength(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), aside[0]!)).toBe('{"version":2,"attempts":[{"id":');

    // The quiz still works and saves a fresh record.
    await page.getByRole('button', { name: /Start quiz/ }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.goto('/progress/');
    await expect(page.getByRole('heading', { name: 'Keep your progress safe' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('export then import merges and a bad file changes nothing', async ({ page }) => {
    await serveBank(page, tutorBank);
    await page.goto('/quiz/');
    await page.getByRole('button', { name: /Start quiz/ }).click();
    await answerByKeyboard(page, true);
    await page.goto('/progress/');
    await expect(page.getByText(/1 question answered/)).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress to a file' }).click();
    const file = await (await download).path();

    await page
      .getByLabel('Import a progress file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
    await expect(page.getByRole('alert')).toHaveText(/not readable JSON\. Nothing was changed\./);
    await expect(page.getByText(/1 question answered/)).toBeVisible();

    await page.getByLabel('Import a progress file').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(/nothing changed/);
  });
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing on /quiz/, /review/ and /progress/ (${theme})`, async ({ page, checkA11y }) => {
      await useTheme(page, theme);
      await serveBank(page, tutorBank);
      for (const path of ['/quiz/', '/review/', '/progress/']) {
        await page.goto(path);
        await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
        await checkA11y(page, `${path} (${theme})`);
      }
      await page.goto('/quiz/');
      await page.getByLabel(/Timed exam/).check();
      await page.getByRole('button', { name: /Start exam/ }).click();
      await page.keyboard.press('1');
      await checkA11y(page, `exam in progress (${theme})`);
    });
  }
});
