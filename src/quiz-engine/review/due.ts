/**
 * When a stored review card is due. Kept free of ts-fsrs and zod so the home page can count
 * the reviews due without loading the quiz engine (see ../progress-summary.ts).
 */

/** The stored form of an FSRS card: dates as epoch milliseconds, state as FSRS's number. */
export interface StoredCard {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  readonly state: 0 | 1 | 2 | 3;
  readonly lastReview: number | null;
}

/**
 * Cards in (re)learning that fall due within this window count as due now, so an item missed a
 * moment ago (due again in a minute) is in the review queue straight away.
 * model assumption: Anki's default "learn ahead" limit of 20 minutes; not from the review.
 */
export const learnAheadMs = 20 * 60_000;

export function isDue(card: Pick<StoredCard, 'due' | 'state'>, now: number): boolean {
  const learning = card.state === 1 || card.state === 3;
  return card.due <= now + (learning ? learnAheadMs : 0);
}

/** Ids of the cards due at `now`, most overdue first (ties by id, for a stable order). */
export function dueItemIds(cards: Readonly<Record<string, Pick<StoredCard, 'due' | 'state'>>>, now: number): string[] {
  return Object.entries(cards)
    .filter(([, card]) => isDue(card, now))
    .sort(([a, x], [b, y]) => x.due - y.due || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}
