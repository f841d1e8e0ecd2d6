import type { ScoreResult } from '../result';
import type { SingleBestItem, SingleBestResponse } from './schema';

/**
 * Single best answer: one point for the key, nothing otherwise (no partial credit: the
 * distractors are plausible but wrong, so choosing one shows the gap we want to review).
 */
export function scoreSingleBest(
  item: Pick<SingleBestItem, 'answer' | 'options'>,
  response: SingleBestResponse,
): ScoreResult {
  if (!item.options.some((o) => o.id === response.choice)) {
    throw new RangeError(
      `choice "${response.choice}" is not one of the options (${item.options.map((o) => o.id).join(', ')})`,
    );
  }
  const correct = response.choice === item.answer;
  return { earned: correct ? 1 : 0, total: 1, correct, message: correct ? 'Correct.' : 'Not the best answer.' };
}
