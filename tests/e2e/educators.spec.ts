import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { test as base, expect, useTheme } from './fixtures';
import { fixtureItems } from '../unit/quiz-engine/fixtures/items';
import { readXml } from '../unit/quiz-engine/educators/xml-reader';
import { assignmentIdOf } from '../../src/quiz-engine/educators/assignment';
import { sealResult, type ItemOutcomeSummary } from '../../src/quiz-engine/educators/result';
import type { Item } from '../../src/quiz-engine/items/schema';

/**
 * The educators' tools as an educator and a student use them, against the built site. The
 * question bank is the unit-test fixtures (served for /data/questions.json), so every key is
 * known here.
 */
const test = base.extend<{ noConsoleErrors: void }>({
  noConsoleErrors: [
    async ({ consoleErrors }, use) => {
      await use();
      void consoleErrors; // checked by the shared fixture after each test
    },
    { auto: true },
  ],
});

const byId = (id: string) => fixtureItems.find((i) => i.id === id) as Extract<Item, { type: 'single-best' }>;
const chosen = ['sb-arterial-phase', 'sb-liver-hypervascular', 'sb-colorectal'].map(byId);

async function serveBank(context: BrowserContext) {
  await context.route('**/data/questions.json', (route) =>
    route.fulfill({ json: { version: 1, count: fixtureItems.length, items: fixtureItems } }),
  );
}

/** Ticks a question in the builder with the keyboard (focus, then Space). */
async function tickByKeyboard(page: Page, stem: string) {
  const box = page.getByRole('checkbox', { name: stem });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** Answers the single-best question on screen by its number key. */
async function answerByKeyboard(page: Page, optionText: string) {
  const names = await page
    .getByRole('radio')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).closest('label')?.textContent ?? ''));
  const index = names.findIndex((n) => n.includes(optionText));
  expect(index, `option "${optionText}" on screen`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(String(index + 1));
  await expect(page.getByRole('radio').nth(index)).toBeChecked();
}

/** A second student's results, sealed as the site would, for the same assignment. */
function classmateFile(assignmentId: string, answers: Record<string, string>): string {
  const items: ItemOutcomeSummary[] = chosen.map((item) => {
    const right = answers[item.id] === item.answer;
    return {
      id: item.id,
      correct: right,
      earned: right ? 1 : 0,
      total: 1,
      timeMs: 20_000,
      answered: true,
      choice: answers[item.id] as string,
    };
  });
  const result = sealResult({
    format: 'gep-net-imaging-result',
    version: 1,
    assignment: { id: assignmentId, title: 'Week 1: phases' },
    student: 'Ben Okafor',
    mode: 'exam',
    startedAt: '2026-03-01T09:00:00.000Z',
    finishedAt: '2026-03-01T09:06:00.000Z',
    finishedBy: 'learner',
    items,
  });
  return JSON.stringify(result, null, 2);
}

test.describe('educators and students', () => {
  test('two chosen questions that give each other away are named before the link is made', async ({
    page,
    context,
  }) => {
    const [a, b, c] = chosen;
    // An exclusion group of two (src/content/exclusion-groups.yaml), as the build publishes it.
    const items = fixtureItems.map((item) =>
      item.id === a!.id ? { ...item, enemies: [b!.id] } : item.id === b!.id ? { ...item, enemies: [a!.id] } : item,
    );
    await context.route('**/data/questions.json', (route) =>
      route.fulfill({ json: { version: 1, count: items.length, items } }),
    );
    await page.goto('/educators/');
    await tickByKeyboard(page, a!.stem);
    await tickByKeyboard(page, c!.stem);
    await expect(page.getByText(/give each other away/)).toHaveCount(0);
    await tickByKeyboard(page, b!.stem);
    await expect(
      page.getByRole('status').filter({ hasText: 'Two chosen questions give each other away' }),
    ).toContainText(`${a!.id} and ${b!.id}`);
  });

  test('build an assignment by keyboard, take it, send the results back and read the item analysis', async ({
    page,
    context,
    checkA11y,
  }) => {
    test.setTimeout(90_000); // two pages and five axe runs on a shared machine
    await serveBank(context);
    await page.goto('/educators/');
    await expect(page.getByRole('heading', { name: 'Build an assignment' })).toBeVisible();

    // Filter to single-best questions, tick three, name the assignment, choose exam mode.
    await page.getByLabel('Type').focus();
    await page.keyboard.type('Single');
    await expect(page.getByLabel('Type')).toHaveValue('single-best');
    for (const item of chosen) await tickByKeyboard(page, item.stem);
    await expect(page.getByText('3 chosen')).toBeVisible();
    await page.getByLabel('Title').focus();
    await page.keyboard.type('Week 1: phases');
    await page.getByRole('radio', { name: /Timed exam/ }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Time limit in minutes').focus();
    await page.keyboard.type('10');
    await page.getByRole('button', { name: 'Create the assignment link' }).focus();
    await page.keyboard.press('Enter');
    const linkBox = page.getByLabel('Assignment link', { exact: true });
    await expect(linkBox).toHaveValue(/\/assignment\/#a1\./);
    const link = await linkBox.inputValue();
    await checkA11y(page, 'educators page with a link');

    // The student opens the link in another tab.
    const student = await context.newPage();
    await student.goto(link);
    await expect(student.getByRole('heading', { name: 'Week 1: phases' })).toBeVisible();
    await expect(student.getByText('Timed exam: 10 minutes')).toBeVisible();
    await checkA11y(student, 'assignment introduction');
    await student.getByLabel('Your name').focus();
    await student.keyboard.type('Ana Ruiz');
    await student.keyboard.press('Enter');

    // Ana gets the first two right and the rectal question wrong.
    const answers: Record<string, string> = {
      'sb-arterial-phase': 'Late arterial',
      'sb-liver-hypervascular': 'Late arterial',
      'sb-colorectal': 'Bone scan',
    };
    for (let n = 1; n <= 3; n += 1) {
      await expect(student.getByRole('heading', { name: `Question ${n} of 3` })).toBeVisible();
      const id = (await student.locator('[data-item-id]').first().getAttribute('data-item-id')) as string;
      await answerByKeyboard(student, answers[id] as string);
      if (n === 1) await checkA11y(student, 'assignment question');
      if (n < 3) await student.keyboard.press('n');
    }
    await student.getByRole('button', { name: 'Submit exam' }).focus();
    await student.keyboard.press('Enter');
    await expect(student.getByRole('heading', { name: 'Finished: send your results' })).toBeVisible();
    await expect(student.getByText('2 fully right')).toBeVisible();
    await checkA11y(student, 'assignment finished');

    const downloadPromise = student.waitForEvent('download');
    await student.getByRole('button', { name: 'Download the results file' }).click();
    const download = await downloadPromise;
    const id = assignmentIdOf(link);
    expect(download.suggestedFilename()).toBe(`results-ana-ruiz-${id}.json`);
    const anaFile = readFileSync((await download.path()) as string, 'utf8');
    const code = await student.getByLabel('Results code').inputValue();
    expect(code).toMatch(/^r1\./);

    // Back on /educators/: import Ana's file and a classmate's together.
    const ben = classmateFile(id, { 'sb-arterial-phase': 'b', 'sb-liver-hypervascular': 'b', 'sb-colorectal': 'a' });
    await page.getByRole('button', { name: 'Use this assignment' }).click();
    await expect(page.getByText('Analysing results for "Week 1: phases" (3 questions).')).toBeVisible();
    await page.getByLabel('Results files (JSON)').setInputFiles([
      { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(anaFile) },
      { name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(ben) },
    ]);
    await expect(page.getByText('ana.json (Ana Ruiz) added.')).toBeVisible();
    await expect(page.getByText('ben.json (Ben Okafor) added.')).toBeVisible();
    await expect(page.getByRole('heading', { name: '“Week 1: phases”: 2 students' })).toBeVisible();

    // Both got question 1 right (p 1.00, too easy). Question 2: Ana right, Ben wrong; Ben did
    // better on the rest, so it discriminates negatively (r = −1 with two students).
    const analysis = page.getByRole('table', { name: 'Item analysis, one row per question' });
    const rows = analysis.getByRole('row');
    await expect(rows.nth(1)).toContainText('1.00');
    await expect(rows.nth(1)).toContainText('Too easy');
    await expect(rows.nth(2)).toContainText('0.50');
    await expect(rows.nth(2)).toContainText('-1.00');
    await expect(rows.nth(2)).toContainText('Negative discrimination');
    await expect(
      page.getByRole('table', { name: 'Students' }).getByRole('row', { name: /Ana Ruiz 67%/ }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Score distribution' })).toBeVisible();

    // The code Ana copied is the same result: importing it changes nothing.
    await page.getByLabel(/Or paste results codes/).fill(code);
    await page.getByRole('button', { name: 'Import the codes' }).click();
    await expect(page.getByText(/already imported; nothing changed/)).toBeVisible();
    await page.getByText(/Question 2: Which phase adds most/).click();
    await expect(
      page
        .getByRole('table', { name: 'Option choices for question 2' })
        .getByRole('row', { name: /Late arterial ✓ Key 1 of 2/ }),
    ).toBeVisible();
    await checkA11y(page, 'class dashboard');
  });

  test('a damaged or empty assignment link says so and points to the rest of the site', async ({ page, context }) => {
    await serveBank(context);
    await page.goto('/educators/');
    await page.getByRole('checkbox', { name: chosen[0]!.stem }).check();
    await page.getByLabel('Title').fill('Cut short');
    await page.getByRole('button', { name: 'Create the assignment link' }).click();
    const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();

    await page.goto(link.slice(0, link.length - 15));
    await expect(page.getByRole('alert')).toContainText('This assignment link is damaged');
    await expect(page.getByRole('link', { name: 'build your own quiz' })).toHaveAttribute('href', '/quiz/');

    const [head, data, crc] = link.split('#')[1]!.split('.') as [string, string, string];
    await page.goto(`/assignment/#${head}.${data.slice(0, 6)}${data[6] === 'Q' ? 'R' : 'Q'}${data.slice(7)}.${crc}`);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('damaged');

    await page.goto('/assignment/');
    await expect(page.getByRole('alert')).toContainText('has no assignment in it');
  });

  test('an edited results file is refused with a clear message and changes nothing', async ({ page, context }) => {
    await serveBank(context);
    await page.goto('/educators/');
    const good = classmateFile('abcd1234', {
      'sb-arterial-phase': 'b',
      'sb-liver-hypervascular': 'a',
      'sb-colorectal': 'b',
    });
    const edited = good.replace('"correct": false,\n      "earned": 0', '"correct": true,\n      "earned": 1');
    expect(edited).not.toBe(good);
    await page
      .getByLabel('Results files (JSON)')
      .setInputFiles({ name: 'ben-edited.json', mimeType: 'application/json', buffer: Buffer.from(edited) });
    await expect(
      page.getByText(/ben-edited\.json: This results file has been changed since it was saved/),
    ).toBeVisible();
    await expect(page.getByText('Nothing was imported', { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Item analysis' })).toHaveCount(0);

    await page
      .getByLabel('Results files (JSON)')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"student": "Ben"') });
    await expect(page.getByText(/notes\.json: This results file is damaged: it is not readable JSON/)).toBeVisible();
  });

  test('the whole-bank exports download and are well-formed; a selection exports too', async ({
    page,
    context,
    consoleErrors,
  }) => {
    test.setTimeout(60_000);
    await serveBank(context);
    await page.goto('/educators/');
    const save = async (name: string) => {
      const wait = page.waitForEvent('download');
      await page.getByRole('link', { name }).click();
      return readFileSync((await (await wait).path()) as string);
    };
    const moodle = (await save('Moodle XML')).toString('utf8');
    expect(readXml(moodle).ok).toBe(true);
    // The browser's own parser agrees.
    const parserError = await page.evaluate(
      (xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length,
      moodle,
    );
    expect(parserError).toBe(0);
    expect(moodle.match(/<question type="multichoice">/g)?.length).toBeGreaterThan(50);

    const gift = (await save('GIFT')).toString('utf8');
    expect(gift).toMatch(/^\/\/ GEP-NET Imaging question bank/);
    expect(gift.match(/^::[a-z0-9-]+::\[html\]/gm)?.length).toBeGreaterThan(50);

    const zip = unzipSync(new Uint8Array(await save('QTI 2.1 content package')));
    expect(Object.keys(zip)).toContain('imsmanifest.xml');
    const files = Object.entries(zip);
    expect(files.length).toBeGreaterThan(50);
    for (const [path, bytes] of files) if (path.endsWith('.xml')) expect(readXml(strFromU8(bytes)).ok, path).toBe(true);
    // The simulated panels travel inside the package (hotspot items use them).
    expect(files.filter(([path]) => path.startsWith('images/') && path.endsWith('.png')).length).toBeGreaterThan(5);

    // A selection from the builder, as GIFT, with the skipped types listed.
    const builder = page;
    await builder.getByRole('checkbox', { name: byId('sb-ileal').stem }).check();
    await builder
      .getByRole('checkbox', { name: fixtureItems.find((i) => i.id === 'hs-pancreatic-head')!.stem })
      .check();
    const wait = builder.waitForEvent('download');
    await builder.getByRole('button', { name: 'GIFT' }).click();
    const selection = readFileSync((await (await wait).path()) as string, 'utf8');
    expect(selection).toContain('::sb-ileal::');
    await expect(
      builder.getByText('Saved as GIFT: 1 question: 1 single-best; 0 image files. 1 left out:'),
    ).toBeVisible();
    await expect(
      builder.getByText(/hs-pancreatic-head: GIFT is plain text and cannot carry the simulated image/),
    ).toBeVisible();
    const qti = builder.waitForEvent('download');
    await builder.getByRole('button', { name: 'QTI 2.1 zip' }).click();
    const selected = unzipSync(new Uint8Array(readFileSync((await (await qti).path()) as string)));
    expect(Object.keys(selected).sort()).toEqual(['imsmanifest.xml', 'items/sb-ileal.xml']);
    // The fixture hotspot's panel is not a real case: its image cannot be fetched (a 404 the
    // browser logs), so the question is left out with that reason.
    await expect(
      builder.getByText(
        /hs-pancreatic-head: its simulated image \(case "pancreatic-insulinoma", panel A\) was not available to embed/,
      ),
    ).toBeVisible();
    const notFound = consoleErrors.filter((e) => e.includes('404'));
    expect(notFound).toHaveLength(1);
    consoleErrors.splice(consoleErrors.indexOf(notFound[0]!), 1);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`both pages pass axe in the ${theme} theme`, async ({ page, context, checkA11y }) => {
      await useTheme(page, theme);
      await serveBank(context);
      await page.goto('/educators/');
      await expect(page.getByRole('heading', { name: 'Build an assignment' })).toBeVisible();
      await checkA11y(page, `educators (${theme})`);
      await page.goto('/assignment/#a1.broken.00000000');
      await expect(page.getByRole('alert')).toBeVisible();
      await checkA11y(page, `assignment, broken link (${theme})`);
    });
  }

  test('fits a phone: no sideways scrolling on either page', async ({ page, context }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await serveBank(context);
    await page.goto('/educators/');
    await expect(page.getByRole('heading', { name: 'Build an assignment' })).toBeVisible();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('checkbox', { name: chosen[0]!.stem }).check();
    await page.getByLabel('Title').fill('Phone');
    await page.getByRole('button', { name: 'Create the assignment link' }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(await page.getByLabel('Assignment link', { exact: true }).inputValue());
    await expect(page.getByRole('heading', { name: 'Phone' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
