import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as due from '../../../../src/quiz-engine/review/due';
import { readProgressSummary } from '../../../../src/quiz-engine/progress-summary';
import { encodeProgress } from '../../../../src/quiz-engine/progress/codec';
import { openProgress } from '../../../../src/quiz-engine/progress/store';
import { progressKey } from '../../../../src/quiz-engine/progress/keys';
import { emptyProgress, recordAttempt } from '../../../../src/quiz-engine/progress/document';
import { progressArb } from '../progress/arbitraries';

/**
 * Home, /progress/ and /review/ count the reviews due with one function, dueReviewIds, over
 * the same inputs: the stored progress and the question bank's item ids.
 */
const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const storeOf = (text: string) => ({
  getItem: (k: string) => (k === progressKey ? text : null),
  setItem: () => undefined,
});
const missed = (itemId: string) => ({
  itemId,
  chapter: 'colorectal-nets',
  topics: [],
  at: t0,
  earned: 0,
  total: 1,
  correct: false,
  rating: 1 as const,
  mode: 'tutor' as const,
  sessionId: 's',
});

describe('one count of reviews due', () => {
  it('a question no longer in the bank is due nowhere: home, /progress/ and /review/ agree', () => {
    const doc = recordAttempt(recordAttempt(emptyProgress(), missed('in-bank')), missed('removed-from-bank'));
    const inBank = (id: string) => id === 'in-bank';
    const stored = storeOf(encodeProgress(doc));
    expect(due.dueReviewIds(openProgress(stored, t0).doc, t0, inBank)).toEqual(['in-bank']);
    expect(readProgressSummary(stored, t0, inBank).dueReviews).toBe(1);
  });
  it('for any progress, the home page count equals the length of the review queue', () => {
    const ids = ['sb-ileal', 'sb-colorectal', 'or-ct-phases'];
    fc.assert(
      fc.property(progressArb, fc.subarray(ids), fc.integer({ min: 0, max: 120 * 86_400_000 }), (doc, known, later) => {
        const isKnown = (id: string) => known.includes(id);
        const now = t0 + later;
        const stored = storeOf(encodeProgress(doc));
        return (
          readProgressSummary(stored, now, isKnown).dueReviews ===
          due.dueReviewIds(openProgress(stored, now).doc, now, isKnown).length
        );
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
