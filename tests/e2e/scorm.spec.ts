import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FrameLocator, Page } from '@playwright/test';
import { strFromU8 } from 'fflate';
import { test, expect } from './fixtures';
import type { Item } from '../../src/quiz-engine/items/schema';
import { playerUrl, serveLms } from './lms-harness';

/**
 * SCORM packages against a maintained LMS-side run-time (scorm-again): the educator downloads
 * the package from /educators/, the test LMS opens it in an iframe, the student answers two
 * questions, the LMS page is reloaded (the attempt resumes from suspend data), the student
 * finishes, and the test reads what the LMS received: score, status and one interaction per
 * question. The questions are real ones from the built bank, a hotspot among them, so the
 * package must carry its image.
 */
const bank = JSON.parse(readFileSync(new URL('../../dist/data/questions.json', import.meta.url), 'utf8')) as {
  items: Item[];
};
const ofType = <T extends Item['type']>(type: T) =>
  bank.items.filter((i): i is Extract<Item, { type: T }> => i.type === type);
// Single-best and multiple-response items without a panel, so the package carries exactly one
// image (the hotspot's) whatever the bank's authors change.
const [sb1, sb2] = ofType('single-best').filter((i) => !i.image);
const mr = ofType('multiple-response').find((i) => !i.image)!;
const hs = ofType('hotspot')[0]!;
const chosen: Item[] = [sb1!, sb2!, mr, hs];

type Received = Record<string, string>;
const lmsState = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { received: Received; refused: string[]; commits: number; terminated: boolean };
    return { received: w.received, refused: w.refused, commits: w.commits, terminated: w.terminated };
  });

async function downloadPackage(page: Page, version: '1.2' | '2004'): Promise<{ zip: Uint8Array; note: string }> {
  await page.goto('/educators/');
  for (const item of chosen) await page.getByRole('checkbox', { name: item.stem }).check();
  await page.getByLabel('Title').fill(`Week 3 images (SCORM ${version})`);
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `SCORM ${version} package` }).click();
  const file = await download;
  const note = (await page.getByText(/^Saved .*scorm/).textContent()) ?? '';
  await page.getByRole('heading', { name: 'Or upload it to your LMS as a SCORM package' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screens/educators-scorm-${version}.png` });
  return { zip: new Uint8Array(readFileSync((await file.path()) as string)), note };
}

/** Answers the question on screen: right, except sb2 which gets a wrong option. */
async function answer(frame: FrameLocator, item: Item) {
  if (item.type === 'single-best') {
    const option =
      item.id === sb2!.id
        ? item.options.find((o) => o.id !== item.answer)!
        : item.options.find((o) => o.id === item.answer)!;
    await frame.getByRole('radio', { name: option.text }).check();
  } else if (item.type === 'multiple-response') {
    for (const key of item.answers)
      await frame.getByRole('checkbox', { name: item.options.find((o) => o.id === key)!.text }).check();
  } else if (item.type === 'hotspot') {
    await frame.getByRole('radio', { name: item.regions.find((r) => r.id === item.answer)!.label }).check();
  }
  await frame.getByRole('button', { name: 'Submit answer' }).click();
}

async function currentItem(frame: FrameLocator): Promise<Item> {
  const id = await frame.locator('[data-item-id]').first().getAttribute('data-item-id');
  return chosen.find((i) => i.id === id)!;
}

for (const version of ['2004', '1.2'] as const) {
  test(`a SCORM ${version} package reports score, status and every answer to the LMS, and resumes after a reload`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const { zip, note } = await downloadPackage(page, version);
    // The note counts the package's questions by type (in the order they were chosen) and its images.
    expect(note).toMatch(/: 4 questions: /);
    for (const part of ['2 single-best', '1 multiple-response', '1 hotspot (1 with an image)', '; 1 image file.'])
      expect(note).toContain(part);
    const files = await serveLms(context, version, zip);
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain(
      version === '2004' ? '<schemaversion>2004 4th Edition</schemaversion>' : '<schemaversion>1.2</schemaversion>',
    );
    expect(manifest).toContain(version === '2004' ? 'adlcp:scormType="sco"' : 'adlcp:scormtype="sco"');
    for (const path of Object.keys(files))
      if (path !== 'imsmanifest.xml') expect(manifest, `manifest lists ${path}`).toContain(`href="${path}"`);
    expect(Object.keys(files)).toContain(`cases/${hs.image.case}/${hs.image.panel}.png`);

    const lms = await context.newPage();
    // Each script file once, by URL: a file the LMS frame happens to fetch twice is one download's
    // worth of code, not two (a run on a loaded machine counted 68 KB that way).
    const scriptsByUrl = new Map<string, Promise<Buffer | null>>();
    lms.on('response', (response) => {
      if (response.url().includes('/mod_scorm/') && response.url().endsWith('.js') && !scriptsByUrl.has(response.url()))
        scriptsByUrl.set(
          response.url(),
          response.body().catch(() => null),
        );
    });
    await lms.goto(playerUrl);
    const frame = lms.frameLocator('iframe[title="SCORM package"]');
    await expect(frame.getByRole('heading', { name: `Week 3 images (SCORM ${version})` })).toBeVisible();
    await expect(frame.getByLabel('Your name')).toHaveValue('Ana Ruiz');
    await frame.getByRole('button', { name: 'Start the assignment' }).click();
    await expect(frame.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
    // The runner stays within the tool pages' JavaScript budget (tests/e2e/page-weight.spec.ts).
    const scripts = [...scriptsByUrl.values()];
    const gzipBytes = (await Promise.all(scripts)).reduce(
      (sum, b) => sum + (b ? gzipSync(b, { level: 9 }).length : 0),
      0,
    );
    console.log(`SCORM ${version} runner: ${(gzipBytes / 1024).toFixed(1)} KB gzip JS in ${scripts.length} files`);
    expect(gzipBytes).toBeLessThanOrEqual(60 * 1024);

    // Two questions answered, then the LMS page is reloaded (the learner leaves and comes back).
    for (let n = 1; n <= 2; n++) {
      await expect(frame.getByRole('heading', { name: `Question ${n} of 4` })).toBeVisible();
      await answer(frame, await currentItem(frame));
      await frame.getByRole('button', { name: 'Next →' }).click();
    }
    await expect(frame.getByRole('heading', { name: 'Question 3 of 4' })).toBeVisible();
    // The runner reports through the LMS API as the learner moves on; wait until the LMS has
    // received the suspend data and a commit rather than reading its state at one instant.
    await expect
      .poll(async () => {
        const s = await lmsState(lms);
        return Boolean(s.received['cmi.suspend_data']) && s.commits > 0;
      })
      .toBe(true);
    const before = await lmsState(lms);
    expect(before.refused).toEqual([]);
    expect(before.received['cmi.suspend_data']).toMatch(/^s1\./);
    expect(before.received[version === '2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status']).toBe('incomplete');
    expect(before.commits).toBeGreaterThan(0);

    await lms.reload();
    const again = lms.frameLocator('iframe[title="SCORM package"]');
    await expect(again.getByRole('heading', { name: 'Question 3 of 4' })).toBeVisible();
    await again.getByRole('button', { name: '← Previous' }).click();
    await expect(again.getByRole('heading', { name: 'Question 2 of 4' })).toBeVisible();
    await expect(again.getByRole('radio', { checked: true })).toHaveCount(1); // the answer kept
    await again.getByRole('button', { name: 'Next →' }).click();
    for (let n = 3; n <= 4; n++) {
      await expect(again.getByRole('heading', { name: `Question ${n} of 4` })).toBeVisible();
      await answer(again, await currentItem(again));
      if (n < 4) await again.getByRole('button', { name: 'Next →' }).click();
    }
    await again.getByRole('button', { name: 'Finish and see results' }).click();
    await expect(again.getByRole('heading', { name: 'Finished: your score is recorded' })).toBeVisible();
    await again.getByRole('heading', { name: 'Finished: your score is recorded' }).scrollIntoViewIfNeeded();
    await lms.screenshot({ path: `test-results/screens/lms-finished-${version}.png` });

    await expect.poll(async () => (await lmsState(lms)).terminated).toBe(true);
    const after = await lmsState(lms);
    expect(after.refused).toEqual([]);
    const r = after.received;
    if (version === '2004') {
      expect([r['cmi.score.raw'], r['cmi.score.min'], r['cmi.score.max'], r['cmi.score.scaled']]).toEqual([
        '75',
        '0',
        '100',
        '0.75',
      ]);
      expect(r['cmi.completion_status']).toBe('completed');
      expect(r['cmi.success_status']).toBe('unknown');
      expect(r['cmi.exit']).toBe('normal');
      expect(r['cmi.session_time']).toMatch(/^PT\d+H\d+M[\d.]+S$/);
    } else {
      expect([r['cmi.core.score.raw'], r['cmi.core.score.min'], r['cmi.core.score.max']]).toEqual(['75', '0', '100']);
      expect(r['cmi.core.lesson_status']).toBe('completed');
      expect(r['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    }
    const responseKey = version === '2004' ? 'learner_response' : 'student_response';
    const sep = version === '2004' ? '[,]' : ',';
    const expected: [Item, string, string, string][] = [
      [sb1!, 'choice', (sb1 as Extract<Item, { type: 'single-best' }>).answer, 'correct'],
      [
        sb2!,
        'choice',
        (sb2 as Extract<Item, { type: 'single-best' }>).options.find(
          (o) => o.id !== (sb2 as Extract<Item, { type: 'single-best' }>).answer,
        )!.id,
        version === '2004' ? 'incorrect' : 'wrong',
      ],
      [mr, 'choice', [...mr.answers].sort().join(sep), 'correct'],
      [hs, version === '2004' ? 'other' : 'performance', `region ${hs.answer}`, 'correct'],
    ];
    // One interaction per question, in the order the learner met them (the assignment's seeded order).
    const recordedIds = [0, 1, 2, 3].map((n) => r[`cmi.interactions.${n}.id`]);
    expect([...recordedIds].sort()).toEqual(chosen.map((i) => i.id).sort());
    expected.forEach(([item, type, response, result]) => {
      const at = `cmi.interactions.${recordedIds.indexOf(item.id)}`;
      expect(r[`${at}.id`], `interaction for ${item.id}`).toBe(item.id);
      expect(r[`${at}.type`]).toBe(type);
      expect((r[`${at}.${responseKey}`] ?? '').split(sep).sort().join(sep)).toBe(response);
      expect(r[`${at}.result`]).toBe(result);
      expect(r[`${at}.latency`]).toMatch(version === '2004' ? /^PT/ : /^\d{4}:\d{2}:\d{2}/);
    });
    expect(r['cmi.interactions.4.id']).toBeUndefined();
  });
}

test('outside an LMS the packaged runner works as an ordinary assignment', async ({ page, context, checkA11y }) => {
  const { zip } = await downloadPackage(page, '2004');
  await serveLms(context, '2004', zip);
  const alone = await context.newPage();
  await alone.setViewportSize({ width: 390, height: 844 });
  await alone.goto('http://lms.test/pluginfile.php/42/mod_scorm/content/1/index.html');
  await expect(alone.getByText('No learning platform was found')).toBeVisible();
  await alone.getByLabel('Your name').fill('Ana Ruiz');
  await alone.getByRole('button', { name: 'Start the assignment' }).click();
  await expect(alone.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
  // The hotspot's simulated image comes from the package itself; go to the question that shows it
  // (the assignment's seeded order decides where it falls).
  const image = alone.getByRole('img', { name: hs.image.alt });
  for (let n = 2; n <= 4 && !(await image.isVisible()); n++)
    await alone.getByRole('button', { name: 'Next →' }).click();
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(image).toHaveAttribute('src', `cases/${hs.image.case}/${hs.image.panel}.png`);
  await alone.screenshot({ path: 'test-results/screens/package-alone-390.png' });
  // The runner page has no axe violations either.
  await checkA11y(alone, 'packaged runner');
});
