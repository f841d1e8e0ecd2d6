import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  recordAttempt,
  type Attempt,
  type ProgressDocument,
} from '../../../../src/quiz-engine/progress/document';
import { reconcileCards } from '../../../../src/quiz-engine/progress/reconcile';
import { decodeProgress, encodeProgress } from '../../../../src/quiz-engine/progress/codec';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const day = 86_400_000;
const answer = (itemId: string, at: number, correct: boolean) =>
  ({
    itemId,
    chapter: 'treatment',
    topics: [],
    at,
    earned: correct ? 1 : 0,
    total: 1,
    correct,
    rating: correct ? 3 : 1,
    mode: 'practice',
    sessionId: `s${at}`,
  }) as const;

const recorded: ProgressDocument = [
  answer('a', t0, false),
  answer('b', t0 + 1, true),
  answer('a', t0 + day, true),
].reduce(recordAttempt, emptyProgress());

describe('bringing review cards up to date with the attempts', () => {
  it('a document whose cards already match is returned unchanged (the same object)', () => {
    expect(reconcileCards(recorded)).toBe(recorded);
  });
  it('an attempt appended without its card (a chapter page) gets its card replayed', () => {
    const { a: _dropped, ...cards } = recorded.cards;
    const reconciled = reconcileCards({ ...recorded, cards });
    expect(reconciled.cards).toEqual(recorded.cards);
  });
  it('a card one review behind its attempts is replayed from the whole history', () => {
    const behind = recordAttempt(emptyProgress(), answer('a', t0, false));
    const ahead = recordAttempt(behind, answer('a', t0 + day, true));
    expect(reconcileCards({ ...ahead, cards: behind.cards }).cards).toEqual(ahead.cards);
    expect(ahead.cards.a).toMatchObject({ reps: 2, lastReview: t0 + day });
  });
  it('attempts out of time order are sorted and every card rebuilt', () => {
    const reversed = { ...recorded, attempts: [...recorded.attempts].reverse() as Attempt[] };
    const reconciled = reconcileCards(reversed);
    expect(reconciled.attempts.map((a) => a.at)).toEqual([t0, t0 + 1, t0 + day]);
    expect(reconciled.cards).toEqual(recorded.cards);
  });
  it('reading stored progress reconciles it', () => {
    const decoded = decodeProgress(encodeProgress({ ...recorded, cards: {} }));
    expect(decoded.ok && decoded.doc.cards).toEqual(recorded.cards);
  });
});
