import { replayReviews } from '../review/scheduler';
import type { StoredCard } from '../review/due';
import { byTimeThenId, type Attempt, type Flag, type ProgressDocument } from './document';

/**
 * Merges progress from another device (an imported file) into this one — never overwrites:
 * - attempts: the union, by attempt id (the same answer recorded on both sides counts once);
 * - review cards: rebuilt by replaying each item's merged attempts in time order, so the
 *   schedule reflects every answer from both sides;
 * - flags: per item, the most recent change wins (a tie keeps the flag on);
 * - studied chapters: per chapter, the most recent mark or un-mark wins (a tie keeps it marked);
 * - the quiz session in progress: this device's is kept; an imported one is ignored.
 * Apart from the session, merging is commutative and idempotent, and merging the same file
 * twice changes nothing the second time.
 */
export function mergeProgress(local: ProgressDocument, incoming: ProgressDocument): ProgressDocument {
  const byId = new Map<string, Attempt>();
  for (const attempt of [...local.attempts, ...incoming.attempts]) {
    const seen = byId.get(attempt.id);
    // The same id should mean the same answer; if two differ, keep one by a fixed rule.
    if (!seen || canonical(attempt) < canonical(seen)) byId.set(attempt.id, attempt);
  }
  const attempts = [...byId.values()].sort(byTimeThenId);
  const changed = attempts.length !== local.attempts.length || attempts.some((a, i) => local.attempts[i] !== a);
  return {
    version: local.version,
    attempts: changed ? attempts : local.attempts,
    cards: changed ? cardsFromAttempts(attempts) : local.cards,
    flags: mergeFlags(local.flags, incoming.flags),
    studied: mergeFlags(local.studied, incoming.studied),
    session: local.session,
  };
}

function canonical(attempt: Attempt): string {
  return JSON.stringify(attempt, Object.keys(attempt).sort());
}

/** Every item's card, from its attempts replayed in time order. */
export function cardsFromAttempts(attempts: readonly Attempt[]): Record<string, StoredCard> {
  const byItem = new Map<string, Attempt[]>();
  for (const attempt of [...attempts].sort(byTimeThenId)) {
    const list = byItem.get(attempt.itemId) ?? [];
    list.push(attempt);
    byItem.set(attempt.itemId, list);
  }
  const cards: Record<string, StoredCard> = {};
  for (const [itemId, list] of [...byItem.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const card = replayReviews(list);
    if (card) cards[itemId] = card;
  }
  return cards;
}

function mergeFlags(a: Readonly<Record<string, Flag>>, b: Readonly<Record<string, Flag>>): Record<string, Flag> {
  const result: Record<string, Flag> = {};
  for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[id];
    const y = b[id];
    if (!x || !y) result[id] = (x ?? y) as Flag;
    else if (x.at !== y.at) result[id] = x.at > y.at ? x : y;
    else result[id] = x.on ? x : y;
  }
  return result;
}
