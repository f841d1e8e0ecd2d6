import { confidenceLevels, type Confidence } from './session';

/**
 * Calibration: how often the learner was right when they said they were sure, unsure or
 * guessing. A well-calibrated learner is right on most "sure" answers and on few guesses; a
 * "sure" answer that was wrong is the misconception most worth revisiting. Only answers given
 * with a confidence count; "right" means fully right (a partly right answer is not right).
 */
export interface CalibrationRow {
  readonly confidence: Confidence;
  readonly answers: number;
  readonly right: number;
  /** Whole percent right, 0–100. */
  readonly percent: number;
}

/** One row per confidence level used, from most to least sure. */
export function calibration(
  answers: readonly { readonly confidence?: Confidence | undefined; readonly correct: boolean }[],
): CalibrationRow[] {
  return [...confidenceLevels]
    .reverse()
    .map((confidence) => {
      const given = answers.filter((a) => a.confidence === confidence);
      const right = given.filter((a) => a.correct).length;
      return {
        confidence,
        answers: given.length,
        right,
        percent: given.length === 0 ? 0 : Math.round((right / given.length) * 100),
      };
    })
    .filter((row) => row.answers > 0);
}
