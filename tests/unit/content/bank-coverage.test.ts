import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSlugs } from '../../../src/quiz-engine/items/chapters';
import { bankStats, bankTargets, isImageItem, isVignette, missingPanels } from '../../../src/content/bank/metrics';
import { readRetiredItems } from '../../../src/content/bank/retired';
import { chapterObjectives, isPending, readBank } from './bank-files';
import { pendingChapters } from './bank-pending';

/**
 * Issue 14's coverage rules for the question bank. Chapters still on the pending list
 * (bank-pending.ts) are reported as pending and skipped; the bank-wide shares wait until the
 * list is empty.
 */
const bank = readBank();
const live = bank.filter((item) => !isPending(item));
const finished = chapterSlugs.filter((slug) => !pendingChapters.includes(slug));

describe('every finished chapter is covered by the bank', () => {
  for (const chapter of pendingChapters) {
    it.skip(`pending: ${chapter} is not yet checked for objectives, objective coverage and size`, () => {});
  }

  it.each(finished)('%s: every item names an objectiveId that exists in the chapter', (chapter) => {
    const ids = new Set(chapterObjectives(chapter).map((o) => o.id));
    const problems = live
      .filter((item) => item.chapter === chapter)
      .filter((item) => !item.objectiveId || !ids.has(item.objectiveId))
      .map((item) => `${item.id}: objectiveId ${item.objectiveId ?? '(missing)'} is not one of ${[...ids].join(', ')}`);
    expect(problems).toEqual([]);
  });

  it.each(finished)(
    `%s: every learning objective is tested by at least ${bankTargets.minItemsPerObjective} items`,
    (chapter) => {
      const counts = chapterObjectives(chapter).map(
        (o) => [o.id, live.filter((item) => item.chapter === chapter && item.objectiveId === o.id).length] as const,
      );
      expect(counts.filter(([, n]) => n < bankTargets.minItemsPerObjective)).toEqual([]);
    },
  );

  it.each(finished)(`%s: has at least ${bankTargets.minPerChapter} items`, (chapter) => {
    expect(live.filter((item) => item.chapter === chapter).length).toBeGreaterThanOrEqual(bankTargets.minPerChapter);
  });
});

describe('the whole bank meets the targets of issue 14', () => {
  const stats = bankStats(bank);
  const complete = pendingChapters.length === 0;
  if (!complete) {
    it.skip(`pending: the bank-wide targets wait for ${pendingChapters.length} chapters (now ${stats.total} items, ${stats.images} with an image, ${stats.vignettes} vignettes)`, () => {});
    it.skip('pending: the pending list is empty', () => {});
  } else {
    it('the pending list is empty', () => {
      expect(pendingChapters).toEqual([]);
    });
    it(`has at least ${bankTargets.minItems} items`, () => {
      expect(stats.total).toBeGreaterThanOrEqual(bankTargets.minItems);
    });
    it(`at least ${bankTargets.minImageShare * 100}% of items show a simulated image`, () => {
      expect(stats.images / stats.total).toBeGreaterThanOrEqual(bankTargets.minImageShare);
    });
    it(`at least ${bankTargets.minVignetteShare * 100}% of stems are vignettes`, () => {
      expect(stats.vignettes / stats.total).toBeGreaterThanOrEqual(bankTargets.minVignetteShare);
    });
  }
});

describe('the bank measures', () => {
  it('a vignette is a stem whose first sentence gives an age or names a person', () => {
    expect(isVignette('A 54-year-old woman has a 3 cm rectal NET. Which test next?')).toBe(true);
    expect(isVignette('A man treated for an ileal NET has a rising chromogranin. What next?')).toBe(true);
    expect(isVignette('Which CT phase best shows hypervascular liver metastases? A patient is waiting.')).toBe(false);
    expect(isVignette('A multiphase CT protocol for NETs includes which phase?')).toBe(false);
  });
  it('an image item shows a panel: an image field, a hotspot or a case step with an image', () => {
    const image = { case: 'c', panel: 'A', alt: 'x' };
    expect(isImageItem({ id: 'a', type: 'single-best', chapter: 'x', stem: 's', image })).toBe(true);
    expect(isImageItem({ id: 'b', type: 'hotspot', chapter: 'x', stem: 's' })).toBe(true);
    expect(isImageItem({ id: 'c', type: 'case', chapter: 'x', stem: 's', steps: [{}, { image }] })).toBe(true);
    expect(isImageItem({ id: 'd', type: 'single-best', chapter: 'x', stem: 's' })).toBe(false);
  });
});

describe('question images point at real figure panels', () => {
  const casesDir = path.resolve('src/content/cases');
  const panelsByCase = new Map(
    readdirSync(casesDir)
      .filter((f) => f.endsWith('.yaml'))
      .map(
        (f) =>
          [
            f.replace(/\.yaml$/, ''),
            (parse(readFileSync(path.join(casesDir, f), 'utf8')) as { panels: { letter: string }[] }).panels.map(
              (p) => p.letter,
            ),
          ] as const,
      ),
  );
  it('every image, hotspot and case-step image of every item names an existing case and panel', () => {
    expect(missingPanels(bank, panelsByCase)).toEqual([]);
  });
  it('a reference to a missing panel is reported', () => {
    const item = { id: 'x', image: { case: 'hypervascular-liver-metastases-arterial-ct', panel: 'L', alt: 'a' } };
    expect(missingPanels([item], panelsByCase)).toEqual([
      'x image: figure case "hypervascular-liver-metastases-arterial-ct" has no panel L (it has A, B)',
    ]);
  });
});

describe('retired item ids', () => {
  const retired = readRetiredItems();
  it('are listed once each', () => {
    expect(new Set(retired.map((r) => r.id)).size).toBe(retired.length);
  });
  it('are never reused by a live item', () => {
    const retiredIds = new Set(retired.map((r) => r.id));
    expect(bank.filter((item) => retiredIds.has(item.id)).map((item) => `${item.file}: ${item.id}`)).toEqual([]);
  });
  it('name a chapter of the course', () => {
    expect(retired.filter((r) => !(chapterSlugs as readonly string[]).includes(r.chapter))).toEqual([]);
  });
});

describe('chapters embed live items only', () => {
  const chaptersDir = path.resolve('src/content/chapters');
  const embedded = readdirSync(chaptersDir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) =>
      [...readFileSync(path.join(chaptersDir, f), 'utf8').matchAll(/<CheckYourself\s+id="([^"]+)"/g)].map((m) => m[1]!),
    );
  it('every <CheckYourself id> is a single-best item of the bank', () => {
    const byId = new Map(bank.map((item) => [item.id, item.type]));
    expect(embedded.filter((id) => byId.get(id) !== 'single-best')).toEqual([]);
  });
});
