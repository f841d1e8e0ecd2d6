import { describe, expect, it } from 'vitest';
import {
  again,
  easy,
  good,
  hard,
  ratingFor,
  replayReviews,
  reviewCard,
} from '../../../../src/quiz-engine/review/scheduler';
import { dueItemIds, isDue, learnAheadMs } from '../../../../src/quiz-engine/review/due';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const minute = 60_000;
const day = 86_400_000;

describe('the rating an answer earns', () => {
  it('wrong → Again, partly right → Hard, right → Good', () => {
    expect(ratingFor({ earned: 0, correct: false })).toBe(again);
    expect(ratingFor({ earned: 1, correct: false })).toBe(hard);
    expect(ratingFor({ earned: 2, correct: true })).toBe(good);
  });
  it('confidence moves a right answer: a guess → Hard, sure → Easy', () => {
    expect(ratingFor({ earned: 1, correct: true }, 'guess')).toBe(hard);
    expect(ratingFor({ earned: 1, correct: true }, 'unsure')).toBe(good);
    expect(ratingFor({ earned: 1, correct: true }, 'sure')).toBe(easy);
  });
  it('being sure of a wrong answer is still Again', () => {
    expect(ratingFor({ earned: 0, correct: false }, 'sure')).toBe(again);
  });
});

describe('scheduling each answered item as a card', () => {
  it('a missed new item is due again one minute later (one learning step)', () => {
    const card = reviewCard(undefined, again, t0);
    expect(card.due).toBe(t0 + minute);
    expect(card.state).toBe(1);
    expect(card.reps).toBe(1);
  });
  it('a right new item graduates to days, not minutes', () => {
    const card = reviewCard(undefined, good, t0);
    expect(card.state).toBe(2);
    expect(card.due - t0).toBeGreaterThanOrEqual(day);
  });
  it('an easy item waits longer than a good one', () => {
    expect(reviewCard(undefined, easy, t0).due).toBeGreaterThan(reviewCard(undefined, good, t0).due);
  });
  it('a lapse on a learned item sends it to relearning with a lapse counted', () => {
    const learned = reviewCard(undefined, good, t0);
    const lapsed = reviewCard(learned, again, learned.due);
    expect(lapsed.state).toBe(3);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due).toBe(learned.due + 10 * minute);
  });
  it('a review stamped before the last one counts at the last one (clock set back)', () => {
    const card = reviewCard(undefined, good, t0);
    expect(reviewCard(card, good, t0 - day).lastReview).toBe(t0);
  });
  it('is deterministic: the same history replays to the same card', () => {
    const history = [
      { at: t0, rating: again },
      { at: t0 + 2 * minute, rating: good },
      { at: t0 + 3 * day, rating: hard },
    ] as const;
    expect(replayReviews(history)).toEqual(replayReviews(history));
    expect(replayReviews([])).toBeUndefined();
  });
  it('refuses a rating outside 1–4', () => {
    expect(() => reviewCard(undefined, 0 as never, t0)).toThrow(RangeError);
  });
});

describe('the due queue', () => {
  it('a missed item is in the queue straight away (learning cards count 20 minutes ahead)', () => {
    const missed = reviewCard(undefined, again, t0);
    expect(isDue(missed, t0)).toBe(true);
    expect(learnAheadMs).toBe(20 * minute);
  });
  it('a right answer is not due until its day comes', () => {
    const right = reviewCard(undefined, good, t0);
    expect(isDue(right, t0 + minute)).toBe(false);
    expect(isDue(right, right.due)).toBe(true);
  });
  it('most overdue first', () => {
    const cards = {
      'sb-ileal': { due: t0 - day, state: 2 as const },
      'sb-colorectal': { due: t0 - 3 * day, state: 2 as const },
      'or-ct-phases': { due: t0 + day, state: 2 as const },
    };
    expect(dueItemIds(cards, t0)).toEqual(['sb-colorectal', 'sb-ileal']);
  });
});
