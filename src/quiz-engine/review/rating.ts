import type { ScoreResult } from '../items/result';
import type { Confidence } from '../session/session';

/**
 * The rating an answer earns for spaced review. Kept apart from the scheduler (and so from
 * ts-fsrs) so a chapter page can rate a "check yourself" answer for a few bytes; the numbers
 * are FSRS's grades, which scheduler.ts passes to ts-fsrs unchanged.
 */

/** Review ratings as numbers 1–4 (FSRS's Again, Hard, Good, Easy). */
export type ReviewRating = 1 | 2 | 3 | 4;
export const again: ReviewRating = 1;
export const hard: ReviewRating = 2;
export const good: ReviewRating = 3;
export const easy: ReviewRating = 4;

/**
 * The rating an answer earns:
 * - wrong (nothing earned) → Again;
 * - partly right, or right but a guess → Hard;
 * - right → Good (also when "unsure": a right answer reached with doubt still counts);
 * - right and sure → Easy.
 */
export function ratingFor(result: Pick<ScoreResult, 'earned' | 'correct'>, confidence?: Confidence): ReviewRating {
  if (result.correct) return confidence === 'sure' ? easy : confidence === 'guess' ? hard : good;
  return result.earned > 0 ? hard : again;
}
