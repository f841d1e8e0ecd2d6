import type { Attempt } from './progress/document';
import { dueItemIds, type StoredCard } from './review/due';

/**
 * Stored progress may hold ids of items that have since been retired from the bank
 * (src/content/retired-items.yaml). The progress document keeps them untouched (a learner's
 * history is never thrown away, and an id is never reused), and everything that reads the
 * document against the bank goes through these filters, so a retired id is simply ignored.
 */
export type IsLiveItem = (id: string) => boolean;

/** The review queue: ids of due cards that still resolve to an item of the bank, most overdue first. */
export function reviewQueue(
  cards: Readonly<Record<string, Pick<StoredCard, 'due' | 'state'>>>,
  now: number,
  isLive: IsLiveItem,
): string[] {
  return dueItemIds(cards, now).filter(isLive);
}

/** Attempts on items that are still in the bank (for standings and results). */
export function liveAttempts(attempts: readonly Attempt[], isLive: IsLiveItem): Attempt[] {
  return attempts.filter((attempt) => isLive(attempt.itemId));
}
