import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  isFlagged,
  recordAttempt,
  setFlag,
  setStudied,
  studiedChapters,
  type AttemptInput,
} from '../../../../src/quiz-engine/progress/document';
import { cardsFromAttempts } from '../../../../src/quiz-engine/progress/merge';
import { learnerHistory } from '../../../../src/quiz-engine/progress/history';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const answer = (over: Partial<AttemptInput> = {}): AttemptInput => ({
  itemId: 'sb-ileal',
  chapter: 'ileal-and-appendiceal-nets',
  topics: ['mesentery'],
  at: t0,
  earned: 0,
  total: 1,
  correct: false,
  rating: 1,
  mode: 'tutor',
  sessionId: 's1',
  ...over,
});

describe('recording answers', () => {
  it('an answer adds an attempt and makes the item a review card', () => {
    const doc = recordAttempt(emptyProgress(), answer());
    expect(doc.attempts).toHaveLength(1);
    expect(doc.attempts[0]).toMatchObject({ id: 's1/sb-ileal', itemId: 'sb-ileal', correct: false });
    expect(doc.cards['sb-ileal']?.reps).toBe(1);
  });
  it('recording the same answer twice (a reload re-sending it) counts once', () => {
    const once = recordAttempt(emptyProgress(), answer());
    expect(recordAttempt(once, answer())).toBe(once);
  });
  it('answers outside a session get an id from mode and time', () => {
    const { sessionId: _s, ...outside } = answer({ mode: 'review' });
    expect(recordAttempt(emptyProgress(), outside).attempts[0]?.id).toBe(`review/${t0}/sb-ileal`);
  });
  it('an answer stamped before the last one is put in time order and the card rebuilt', () => {
    let doc = recordAttempt(
      emptyProgress(),
      answer({ sessionId: 's2', at: t0 + 60_000, correct: true, earned: 1, rating: 3 }),
    );
    doc = recordAttempt(doc, answer({ sessionId: 's1', at: t0 }));
    expect(doc.attempts.map((a) => a.id)).toEqual(['s1/sb-ileal', 's2/sb-ileal']);
    expect(doc.cards).toEqual(cardsFromAttempts(doc.attempts));
  });
  it('the history knows what was seen, what was last wrong and what is flagged', () => {
    let doc = recordAttempt(emptyProgress(), answer());
    doc = recordAttempt(
      doc,
      answer({
        itemId: 'sb-colorectal',
        chapter: 'colorectal-nets',
        sessionId: 's1',
        correct: true,
        earned: 1,
        rating: 3,
      }),
    );
    doc = recordAttempt(doc, answer({ sessionId: 's2', at: t0 + 1000, correct: true, earned: 1, rating: 3 }));
    doc = setFlag(doc, 'or-ct-phases', true, t0);
    const history = learnerHistory(doc);
    expect([...history.seen].sort()).toEqual(['sb-colorectal', 'sb-ileal']);
    expect([...history.lastWrong]).toEqual([]);
    expect([...history.flagged]).toEqual(['or-ct-phases']);
  });
});

describe('flags and studied chapters', () => {
  it('a flag records when it was set and when it was cleared', () => {
    const on = setFlag(emptyProgress(), 'sb-ileal', true, t0);
    expect(isFlagged(on, 'sb-ileal')).toBe(true);
    const off = setFlag(on, 'sb-ileal', false, t0 + 5);
    expect(off.flags['sb-ileal']).toEqual({ on: false, at: t0 + 5 });
  });
  it('chapters marked as studied are kept sorted, once each', () => {
    let doc = setStudied(emptyProgress(), 'optimising-mri', true, 1);
    doc = setStudied(doc, 'optimising-ct', true, 2);
    doc = setStudied(doc, 'optimising-ct', true, 3);
    expect(studiedChapters(doc)).toEqual(['optimising-ct', 'optimising-mri']);
    expect(doc.studied['optimising-ct']).toEqual({ on: true, at: 2 });
    const unmarked = setStudied(doc, 'optimising-ct', false, 4);
    expect(studiedChapters(unmarked)).toEqual(['optimising-mri']);
    expect(unmarked.studied['optimising-ct']).toEqual({ on: false, at: 4 });
  });
  it('an unknown chapter slug is refused', () => {
    expect(() => setStudied(emptyProgress(), 'chapter-99', true, 0)).toThrow(RangeError);
  });
});
