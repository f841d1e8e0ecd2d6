import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bankAnswer,
  checkAttemptId,
  recordCheckAnswer,
  type CheckAnswer,
} from '../../../src/quiz-engine/check-answer-record';
import { readProgressSummary } from '../../../src/quiz-engine/progress-summary';
import { emptyProgress, recordAttempt } from '../../../src/quiz-engine/progress/document';
import { encodeProgress } from '../../../src/quiz-engine/progress/codec';
import { openProgress } from '../../../src/quiz-engine/progress/store';
import { learnerHistory } from '../../../src/quiz-engine/progress/history';
import { progressKey } from '../../../src/quiz-engine/progress/keys';
import { standingByChapter } from '../../../src/quiz-engine/progress/stats';
import { dueItemIds } from '../../../src/quiz-engine/review/due';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const minute = 60_000;
const day = 86_400_000;

const store = (value?: string, options: { failWrites?: boolean } = {}) => {
  const data = new Map<string, string>(value === undefined ? [] : [[progressKey, value]]);
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (options.failWrites) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
};

const ileal: CheckAnswer = {
  itemId: 'cy-ileal-mesentery',
  chapter: 'ileal-and-appendiceal-nets',
  topics: ['mesentery'],
  earned: 0,
  total: 1,
  correct: false,
};
const colorectal: CheckAnswer = {
  itemId: 'cy-rectal-size',
  chapter: 'colorectal-nets',
  topics: ['staging', 'size'],
  earned: 1,
  total: 1,
  correct: true,
};

describe('recording a chapter’s check-yourself answer', () => {
  it('a first answer on a first visit creates progress the quiz engine reads without complaint', () => {
    const s = store();
    expect(recordCheckAnswer(s, ileal, t0)).toBe(true);
    const opened = openProgress(s, t0);
    expect(opened.notice).toBeUndefined();
    expect(opened.canSave).toBe(true);
    expect(opened.doc.attempts).toEqual([
      {
        id: 'check/' + t0 + '/cy-ileal-mesentery',
        itemId: 'cy-ileal-mesentery',
        chapter: 'ileal-and-appendiceal-nets',
        topics: ['mesentery'],
        at: t0,
        earned: 0,
        total: 1,
        correct: false,
        rating: 1,
        mode: 'check',
      },
    ]);
  });

  it('a missed check-yourself question joins spaced review, due again a minute later like any missed item', () => {
    const s = store();
    recordCheckAnswer(s, ileal, t0);
    const { doc } = openProgress(s, t0 + minute);
    expect(doc.cards['cy-ileal-mesentery']).toMatchObject({ reps: 1, lastReview: t0, due: t0 + minute, state: 1 });
    expect(dueItemIds(doc.cards, t0 + minute)).toEqual(['cy-ileal-mesentery']);
    expect(learnerHistory(doc).lastWrong.has('cy-ileal-mesentery')).toBe(true);
  });

  it('a right answer is rated Good and scheduled days ahead, not due today', () => {
    const s = store();
    recordCheckAnswer(s, colorectal, t0);
    const { doc } = openProgress(s, t0);
    expect(doc.attempts[0]?.rating).toBe(3);
    expect(doc.cards['cy-rectal-size']?.state).toBe(2);
    expect(doc.cards['cy-rectal-size']!.due).toBeGreaterThanOrEqual(t0 + day);
    expect(dueItemIds(doc.cards, t0 + minute)).toEqual([]);
  });

  it('the home page counts a missed check answer as due before any quiz page has replayed it', () => {
    const s = store();
    recordCheckAnswer(s, ileal, t0);
    recordCheckAnswer(s, colorectal, t0 + 1000);
    expect(readProgressSummary(s, t0 + 2000)).toEqual({
      readable: true,
      blocked: false,
      newer: false,
      dueReviews: 1,
      answeredItems: 2,
      studied: [],
    });
  });

  it('it counts in /progress/ by chapter beside quiz answers', () => {
    const quiz = recordAttempt(emptyProgress(), {
      itemId: 'sb-colorectal',
      chapter: 'colorectal-nets',
      topics: ['staging'],
      at: t0,
      earned: 0,
      total: 1,
      correct: false,
      rating: 1,
      mode: 'practice',
      sessionId: 's1',
    });
    const s = store(encodeProgress(quiz));
    recordCheckAnswer(s, colorectal, t0 + minute);
    const { doc } = openProgress(s, t0 + minute);
    expect(standingByChapter(doc.attempts)).toMatchObject([
      { key: 'colorectal-nets', items: 2, answers: 2, latestShare: 0.5 },
    ]);
  });

  it('an answer to an item already reviewed moves its existing card on, as the engine would have', () => {
    const earlier = recordAttempt(emptyProgress(), {
      itemId: 'cy-ileal-mesentery',
      chapter: 'ileal-and-appendiceal-nets',
      topics: ['mesentery'],
      at: t0,
      earned: 1,
      total: 1,
      correct: true,
      rating: 3,
      mode: 'practice',
      sessionId: 's1',
    });
    const s = store(encodeProgress(earlier));
    recordCheckAnswer(s, ileal, t0 + 3 * day);
    const direct = recordAttempt(earlier, { ...ileal, at: t0 + 3 * day, rating: 1, mode: 'check' });
    const { doc } = openProgress(s, t0 + 3 * day);
    expect(doc.cards).toEqual(direct.cards);
    expect(doc.cards['cy-ileal-mesentery']).toMatchObject({ reps: 2, lapses: 1, state: 3 });
  });

  it('an answer stamped before the latest one recorded is put in time order', () => {
    const later = recordAttempt(emptyProgress(), {
      itemId: 'sb-x',
      chapter: 'colorectal-nets',
      topics: [],
      at: t0 + day,
      earned: 1,
      total: 1,
      correct: true,
      rating: 3,
      mode: 'practice',
      sessionId: 's1',
    });
    const s = store(encodeProgress(later));
    expect(recordCheckAnswer(s, ileal, t0)).toBe(true);
    const { doc, notice } = openProgress(s, t0 + day);
    expect(notice).toBeUndefined();
    expect(doc.attempts.map((a) => a.itemId)).toEqual(['cy-ileal-mesentery', 'sb-x']);
  });

  it('the same answer recorded twice (same item, same moment) counts once', () => {
    const s = store();
    recordCheckAnswer(s, ileal, t0);
    expect(recordCheckAnswer(s, ileal, t0)).toBe(true);
    expect(openProgress(s, t0).doc.attempts).toHaveLength(1);
    expect(checkAttemptId('cy-ileal-mesentery', t0)).toBe(`check/${t0}/cy-ileal-mesentery`);
  });

  it('never writes over progress it cannot read, nor over a newer version', () => {
    for (const text of [
      '{oops',
      '[]',
      JSON.stringify({ version: 4, attempts: [] }),
      JSON.stringify({ version: 3, attempts: 'many', cards: {}, studied: {} }),
      JSON.stringify({ version: 2, attempts: 'many' }),
    ]) {
      const s = store(text);
      expect(recordCheckAnswer(s, ileal, t0)).toBe(false);
      expect(s.data.get(progressKey)).toBe(text);
    }
  });

  it('leaves version 1 progress for the quiz pages to migrate first', () => {
    const v1 = JSON.stringify({ version: 1, attempts: [], flagged: [] });
    const s = store(v1);
    expect(recordCheckAnswer(s, ileal, t0)).toBe(false);
    expect(s.data.get(progressKey)).toBe(v1);
  });

  it('a full or blocked store is reported as not recorded, not thrown', () => {
    expect(recordCheckAnswer(store(undefined, { failWrites: true }), ileal, t0)).toBe(false);
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(recordCheckAnswer(blocked, ileal, t0)).toBe(false);
  });

  it('refuses answers the engine would reject, naming the problem', () => {
    expect(() => recordCheckAnswer(store(), { ...ileal, chapter: 'Ileal NETs' }, t0)).toThrow(/bad chapter slug/);
    expect(() => recordCheckAnswer(store(), { ...ileal, itemId: '' }, t0)).toThrow(RangeError);
    expect(() => recordCheckAnswer(store(), { ...ileal, total: 0 }, t0)).toThrow(/bad total marks/);
    expect(() => recordCheckAnswer(store(), { ...ileal, earned: 2 }, t0)).toThrow(/bad earned marks/);
    expect(() => recordCheckAnswer(store(), ileal, 1.5)).toThrow(/bad answer time/);
  });

  it('any sequence of check answers leaves progress the engine reads as it would have written it', () => {
    const answer = fc.record({
      item: fc.constantFrom('a', 'b', 'c'),
      at: fc.integer({ min: 0, max: 30 * day }),
      correct: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 12 }), (answers) => {
        const s = store();
        let direct = emptyProgress();
        for (const { item, at, correct } of answers) {
          const input = {
            itemId: item,
            chapter: 'treatment',
            topics: ['therapy'],
            earned: correct ? 1 : 0,
            total: 1,
            correct,
          };
          expect(recordCheckAnswer(s, input, at)).toBe(true);
          direct = recordAttempt(direct, { ...input, at, rating: correct ? 3 : 1, mode: 'check' });
        }
        const opened = openProgress(s, 30 * day);
        expect(opened.notice).toBeUndefined();
        expect(opened.doc.attempts).toEqual(direct.attempts);
        expect(opened.doc.cards).toEqual(direct.cards);
      }),
    );
  });
});

describe('exercises that are not bank items (issue 10)', () => {
  it('an answer without a chapter is refused with a RangeError naming the field, never a TypeError', () => {
    const exercise = {
      itemId: 'da-ppv',
      topics: undefined,
      chapter: undefined,
      earned: 1,
      total: 1,
      correct: true,
    } as unknown as CheckAnswer;
    expect(() => recordCheckAnswer(store(), exercise, t0)).toThrow(RangeError);
    expect(() => recordCheckAnswer(store(), exercise, t0)).toThrow(/chapter slug/);
  });
  it('a question with no chapter and topics (a simulator exercise) gives no bank answer to record', () => {
    const result = { earned: 1, total: 1, correct: true };
    expect(bankAnswer({ id: 'da-ppv' }, result)).toBeUndefined();
    expect(bankAnswer({ id: 'cy-x', chapter: 'colorectal-nets', topics: ['staging'] }, result)).toEqual({
      itemId: 'cy-x',
      chapter: 'colorectal-nets',
      topics: ['staging'],
      ...result,
    });
  });
});
