/**
 * When a stored review card is due. Kept free of ts-fsrs and zod so the home page can count
 * the reviews due without loading the quiz engine (see ../progress-summary.ts).
 */
import { isRecord } from '../../lib/is-record';

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

/** The parts of stored progress the due count reads; loose, so light pages can pass raw JSON. */
export interface DueSource {
  readonly cards?: unknown;
  readonly attempts?: unknown;
}

/**
 * THE reviews due at `now` — the one function the home page, /progress/ and /review/ all use,
 * so they always agree. Ids, most overdue first (ties by id), of the items that
 * - are in the question bank (`isKnownItem`: a card for a question since removed or renamed
 *   cannot be reviewed, so it is not counted anywhere), and
 * - have a due card, or a latest answer newer than their card that was not right. Such an
 *   answer was recorded by a light page (a chapter's "check yourself", which does not load the
 *   scheduler); the quiz pages replay it into the card when they read progress, and the
 *   replayed card is due at once after a miss and not due after a right answer.
 * Works on the typed document and on raw stored JSON alike; anything malformed is skipped.
 */
export function dueReviewIds(
  progress: DueSource,
  now: number,
  isKnownItem: (id: string) => boolean = () => true,
): string[] {
  const cards = isRecord(progress.cards) ? progress.cards : {};
  const latest = new Map<string, Record<string, unknown>>();
  if (Array.isArray(progress.attempts)) {
    for (const a of progress.attempts as unknown[])
      if (isRecord(a) && typeof a.itemId === 'string') latest.set(a.itemId, a);
  }
  const due: [id: string, at: number][] = [];
  for (const id of new Set([...Object.keys(cards), ...latest.keys()])) {
    if (!isKnownItem(id)) continue;
    const c = cards[id];
    const card =
      isRecord(c) && typeof c.due === 'number' && typeof c.state === 'number'
        ? (c as { due: number; state: StoredCard['state']; lastReview?: unknown })
        : undefined;
    const a = latest.get(id);
    const pending =
      a !== undefined &&
      typeof a.at === 'number' &&
      (!card || typeof card.lastReview !== 'number' || card.lastReview < a.at);
    if (pending) {
      if (a.correct !== true) due.push([id, a.at as number]);
    } else if (card && isDue(card, now)) due.push([id, card.due]);
  }
  return due.sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0)).map(([id]) => id);
}
