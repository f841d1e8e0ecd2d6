/**
 * The quiz modes, history filters and exam timing as plain constants (no zod, no item types), so
 * the /quiz/ setup form and link reader can use them without loading the schemas. config.ts
 * builds the session configuration schema on these and re-exports them.
 */
export const quizModes = ['practice', 'tutor', 'exam'] as const;
export type QuizMode = (typeof quizModes)[number];

export const historyFilters = ['all', 'unseen', 'incorrect', 'flagged'] as const;
export type HistoryFilter = (typeof historyFilters)[number];

/**
 * Default exam time per item when the learner sets none: 90 seconds.
 * model assumption: a common pace for single-best-answer exams, not a figure from the review.
 */
export const defaultSecondsPerExamItem = 90;

/** The exam's time limit in minutes: the learner's choice, else 90 s per item, rounded up. */
export function examMinutes(
  config: { readonly count: number; readonly minutes?: number },
  itemCount = config.count,
): number {
  return config.minutes ?? Math.max(1, Math.ceil((itemCount * defaultSecondsPerExamItem) / 60));
}
