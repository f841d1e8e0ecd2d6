import type { MatchingItem, MatchingResponse } from './schema';
import { scoreOf, type ScorePart, type ScoreResult } from '../result';

/**
 * Matching (e.g. clinical question → modality).
 *
 * Partial credit: one mark per premise matched to its key; a premise left unmatched or
 * matched wrongly earns nothing; no penalty. Total = number of premises. So with three
 * premises and two right, 2/3.
 *
 * Parts: one per premise, in authored order.
 */
export function scoreMatching(item: MatchingItem, response: MatchingResponse): ScoreResult {
  const parts: ScorePart[] = item.premises.map((premise) => {
    const right = response.pairs[premise.id] === premise.match;
    return { id: premise.id, earned: right ? 1 : 0, total: 1, correct: right };
  });
  return scoreOf(
    parts.reduce((sum, part) => sum + part.earned, 0),
    item.premises.length,
    parts,
  );
}
