import type { StoredCard } from '../review/due';
import { replayReviews } from '../review/scheduler';
import { byTimeThenId, type Attempt, type ProgressDocument } from './document';
import { cardsFromAttempts } from './merge';

/**
 * Brings review cards up to date with the attempts. Light pages (a chapter's "check yourself"
 * question, see ../check-answer-record.ts) append an attempt without loading the scheduler and
 * leave its card behind; the engine runs this on every document it reads, so the invariant
 * "each item's card is its attempts replayed in time order" holds again before anything uses it.
 * A card is current when it holds one review per attempt and its last review is the time of the
 * item's latest attempt. Returns the same document when nothing was stale.
 */
export function reconcileCards(doc: ProgressDocument): ProgressDocument {
  const sorted = doc.attempts.every((a, i) => i === 0 || byTimeThenId(doc.attempts[i - 1] as Attempt, a) < 0);
  if (!sorted) {
    // Only a hand-edited or foreign file gets here: rebuild every card from the ordered history.
    const attempts = [...doc.attempts].sort(byTimeThenId);
    return { ...doc, attempts, cards: { ...doc.cards, ...cardsFromAttempts(attempts) } };
  }
  const byItem = new Map<string, Attempt[]>();
  for (const attempt of doc.attempts) {
    const list = byItem.get(attempt.itemId) ?? [];
    list.push(attempt);
    byItem.set(attempt.itemId, list);
  }
  let cards: Record<string, StoredCard> | undefined;
  for (const [itemId, list] of byItem) {
    const card = doc.cards[itemId];
    const latest = list[list.length - 1] as Attempt;
    if (card && card.reps === list.length && card.lastReview === latest.at) continue;
    cards ??= { ...doc.cards };
    cards[itemId] = replayReviews(list) as StoredCard;
  }
  return cards ? { ...doc, cards } : doc;
}
