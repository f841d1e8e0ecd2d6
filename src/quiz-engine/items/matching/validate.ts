import type { MatchingItem, MatchingResponse } from './schema';
import { responseOk, responseProblem, type ResponseCheck } from '../result';

/** A matching answer pairs every premise with one of the item's responses. */
export function validateMatching(item: MatchingItem, response: MatchingResponse): ResponseCheck {
  const premiseIds = new Set(item.premises.map((p) => p.id));
  const responseIds = new Set(item.responses.map((r) => r.id));
  for (const [premise, chosen] of Object.entries(response.pairs)) {
    if (!premiseIds.has(premise)) return responseProblem(`"${premise}" is not one of this question's items to match.`);
    if (!responseIds.has(chosen)) return responseProblem(`"${chosen}" is not one of this question's choices.`);
  }
  const missing = item.premises.filter((p) => response.pairs[p.id] === undefined).length;
  if (missing > 0)
    return responseProblem(
      missing === 1 ? 'Match the last item first.' : `Match all items first (${missing} still open).`,
    );
  return responseOk;
}
