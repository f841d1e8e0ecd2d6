import type { OrderingItem, OrderingResponse } from './schema';
import { scoreOf, type ScorePart, type ScoreResult } from '../result';

/**
 * Ordering (e.g. contrast phases by time). The key is the authored order of `elements`.
 *
 * Partial credit, "relative to the next element": for every element but the last in the
 * learner's sequence, one mark when the element placed right after it is the one that follows
 * it in the key. Total = number of elements − 1. So with the key A→B→C→D:
 * A B C D = 3/3; B C D A = 2/3 (B→C and C→D kept); A B D C = 1/3; D C B A = 0/3.
 * This rewards knowing which step follows which even if the whole chain is shifted, which is
 * what a sequence of phases or steps is about.
 *
 * Parts: one per learner position but the last, named by the element placed there.
 * Elements missing from the response simply earn nothing (the validator asks for all).
 */
export function scoreOrdering(item: OrderingItem, response: OrderingResponse): ScoreResult {
  const keyNext = new Map<string, string>();
  item.elements.forEach((element, index) => {
    const next = item.elements[index + 1];
    if (next) keyNext.set(element.id, next.id);
  });
  const parts: ScorePart[] = [];
  for (let index = 0; index < response.order.length - 1; index += 1) {
    const here = response.order[index] as string;
    const next = response.order[index + 1] as string;
    const right = keyNext.get(here) === next;
    parts.push({ id: here, earned: right ? 1 : 0, total: 1, correct: right });
  }
  const total = item.elements.length - 1;
  const earned = Math.min(
    total,
    parts.reduce((sum, part) => sum + part.earned, 0),
  );
  return scoreOf(earned, total, parts);
}
