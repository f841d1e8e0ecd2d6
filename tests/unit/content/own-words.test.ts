import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewPath } from './facts-content-files';
import { allowedPhrases, copiedRunLength, normalisedWords, runIndex, sharedRuns } from './own-words-overlap';
import { caseTexts, chapterTexts, glossaryTexts, questionTexts, type LearnerText } from './own-words-texts';

/**
 * Content rule: facts come from the review exactly, but the sentences are our own. A run of
 * eight or more consecutive words that also occurs in the review is treated as a copied
 * sentence, unless it lies wholly inside one of the few technical phrases in allowedPhrases.
 */

describe('finding runs of words shared with a source', () => {
  const source = runIndex(
    'The neuroendocrine tumour of the gas-\ntroenteric tract can cause vague abdominal symp-\ntoms and may be diagnosed as an irritable bowel syndrome (IBS).3 Between 60% and 90%',
  );

  it('rejoins words the source hyphenated across a line break and drops reference numbers', () => {
    expect(normalisedWords('the gas-\ntroenteric tract')).toEqual(['the', 'gastroenteric', 'tract']);
    expect(normalisedWords('syndrome (IBS).3 Between')).toEqual(['syndrome', 'ibs', 'between']);
    expect(normalisedWords('⁶⁸Ga-DOTATATE and GEP-NETs, the review’s')).toEqual([
      '68gadotatate',
      'and',
      'gepnets',
      'the',
      'reviews',
    ]);
  });

  it('flags a copied run of eight words whatever its case, punctuation or markup', () => {
    expect(copiedRunLength).toBe(8);
    expect(
      sharedRuns('NETs of the **gastroenteric tract** can cause vague abdominal symptoms, and more.', source, []),
    ).toEqual(['of the gastroenteric tract can cause vague abdominal symptoms and']);
  });

  it('lets a run of seven shared words pass', () => {
    expect(
      sharedRuns('The tract can cause vague abdominal symptoms and could be mistaken for IBS.', source, []),
    ).toEqual([]);
  });

  it('merges overlapping copied windows into one run and reports separate runs separately', () => {
    const text =
      'The tract can cause vague abdominal symptoms and may be diagnosed as an irritable bowel syndrome. Our words here. Between 60% and 90% oh no';
    expect(sharedRuns(text, source, [])).toEqual([
      'tract can cause vague abdominal symptoms and may be diagnosed as an irritable bowel syndrome',
    ]);
  });

  it('allows a run that lies wholly inside an allowed technical phrase, but not one that runs past it', () => {
    const allowed = [{ phrase: 'cause vague abdominal symptoms and may be diagnosed', why: 'test' }];
    expect(sharedRuns('cause vague abdominal symptoms and may be diagnosed', source, allowed)).toEqual([]);
    expect(sharedRuns('can cause vague abdominal symptoms and may be diagnosed', source, allowed)).toHaveLength(1);
  });

  it('gives a reason for every allowed phrase', () => {
    for (const { phrase, why } of allowedPhrases) {
      expect(normalisedWords(phrase).length, phrase).toBeGreaterThanOrEqual(copiedRunLength);
      expect(why.length, phrase).toBeGreaterThan(20);
    }
  });
});

const reviewPresent = existsSync(reviewPath);

describe('the content is written in our own words, not copied from the review', () => {
  const review = reviewPresent ? runIndex(readFileSync(reviewPath, 'utf8')) : new Set<string>();
  const copied = (texts: LearnerText[]) =>
    texts.flatMap(({ file, where, text }) => sharedRuns(text, review).map((run) => `${file} (${where}): "${run}"`));

  const collections: [string, () => LearnerText[]][] = [
    ['chapter bodies and front matter', chapterTexts],
    ['question stems, options, reasons, explanations, reveals and prompts', questionTexts],
    ['figure case titles, summaries, legends, captions, alt text and teaching points', caseTexts],
    ['glossary definitions', glossaryTexts],
  ];

  for (const [name, texts] of collections) {
    // Scans every text of the collection against the whole review: seconds on a busy machine, so
    // it gets more than vitest's default 5 s.
    it.skipIf(!reviewPresent)(
      `no ${name} share a run of ${copiedRunLength} or more words with the review`,
      () => {
        const all = texts();
        expect(all.length).toBeGreaterThan(0);
        expect(copied(all)).toEqual([]);
      },
      30_000,
    );
  }

  it.skipIf(reviewPresent)(
    'SKIPPED CHECK: ../shared/source/gep-net-imaging-review.txt is absent, so the content cannot be checked for sentences copied from the review',
    () => {
      expect(reviewPresent).toBe(false);
    },
  );
});
