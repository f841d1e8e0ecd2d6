import { describe, expect, it } from 'vitest';
import { standingByChapter, standingByTopic, weekStart } from '../../../../src/quiz-engine/progress/stats';
import {
  emptyProgress,
  recordAttempt,
  type AttemptInput,
  type ProgressDocument,
} from '../../../../src/quiz-engine/progress/document';

const monday = Date.UTC(2026, 2, 2); // Monday 2 March 2026
const day = 86_400_000;

function answers(list: Partial<AttemptInput>[]): ProgressDocument {
  let doc = emptyProgress();
  list.forEach((over, i) => {
    doc = recordAttempt(doc, {
      itemId: 'sb-ileal',
      chapter: 'ileal-and-appendiceal-nets',
      topics: ['mesentery'],
      at: monday,
      earned: 1,
      total: 1,
      correct: true,
      rating: 3,
      mode: 'tutor',
      sessionId: `s${i}`,
      ...over,
    });
  });
  return doc;
}

describe('progress by chapter and topic', () => {
  it('weeks start on Monday (UTC)', () => {
    expect(weekStart(monday + 3 * day + 5000)).toBe(monday);
    expect(weekStart(monday - 1)).toBe(monday - 7 * day);
  });
  it('an item missed then mastered counts as mastered in the standing, but the history shows both weeks', () => {
    const doc = answers([
      { at: monday, earned: 0, correct: false, rating: 1 },
      { at: monday + 8 * day, earned: 1, correct: true },
    ]);
    const [ileal] = standingByChapter(doc.attempts);
    expect(ileal).toMatchObject({ key: 'ileal-and-appendiceal-nets', items: 1, answers: 2, latestShare: 1 });
    expect(ileal?.weeks).toEqual([
      { weekStart: monday, share: 0, answers: 1 },
      { weekStart: monday + 7 * day, share: 1, answers: 1 },
    ]);
  });
  it('weak areas come first: 0 % colorectal before 50 % liver before 100 % ileal', () => {
    const doc = answers([
      { itemId: 'sb-colorectal', chapter: 'colorectal-nets', topics: ['rectum'], earned: 0, correct: false, rating: 1 },
      { itemId: 'sb-liver-a', chapter: 'liver-metastases', topics: ['liver'], earned: 0, correct: false, rating: 1 },
      { itemId: 'sb-liver-b', chapter: 'liver-metastases', topics: ['liver'] },
      { itemId: 'sb-ileal' },
    ]);
    expect(standingByChapter(doc.attempts).map((s) => [s.key, s.latestShare])).toEqual([
      ['colorectal-nets', 0],
      ['liver-metastases', 0.5],
      ['ileal-and-appendiceal-nets', 1],
    ]);
    expect(standingByTopic(doc.attempts)[0]?.key).toBe('rectum');
  });
  it('partial credit counts as its share: 1 of 3 marks is a third', () => {
    const doc = answers([{ earned: 1, total: 3, correct: false, rating: 2 }]);
    expect(standingByTopic(doc.attempts)[0]?.latestShare).toBeCloseTo(1 / 3, 10);
  });
});
