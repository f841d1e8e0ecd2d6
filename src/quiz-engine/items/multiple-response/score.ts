import type { MultipleResponseItem, MultipleResponseResponse } from './schema';
import { scoreOf, type ScorePart, type ScoreResult } from '../result';

/**
 * Multiple response ("select the TWO …").
 *
 * Partial credit: one mark per key; each key chosen earns a mark and each wrong option chosen
 * takes one away, never below zero. So with keys {a, c}: {a, c} = 2/2, {a} = 1/2,
 * {a, b} = 0/2, {a, b, c} = 1/2, and choosing every option earns nothing — guessing
 * everything does not pay. Full marks only for exactly the keys.
 *
 * Parts: one per option, `correct` when the option was treated rightly (a key chosen, a
 * distractor left alone); keys carry one mark, distractors none.
 */
export function scoreMultipleResponse(item: MultipleResponseItem, response: MultipleResponseResponse): ScoreResult {
  const keys = new Set(item.answers);
  const chosen = new Set(response.choices);
  let hits = 0;
  let falseAlarms = 0;
  const parts: ScorePart[] = item.options.map((option) => {
    const isKey = keys.has(option.id);
    const picked = chosen.has(option.id);
    if (isKey && picked) hits += 1;
    if (!isKey && picked) falseAlarms += 1;
    return { id: option.id, earned: isKey && picked ? 1 : 0, total: isKey ? 1 : 0, correct: isKey === picked };
  });
  return scoreOf(Math.max(0, hits - falseAlarms), keys.size, parts);
}
