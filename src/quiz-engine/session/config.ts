import * as z from 'zod/mini';
import { chapterSlugs, difficultyLevels } from '../items/chapters';
import { itemTypeNames } from '../items/item-types';

/**
 * What a learner asks for when building a quiz. Empty lists mean "any". `only` narrows to
 * items never answered, items whose latest answer was wrong, or flagged items.
 */
export const quizModes = ['practice', 'tutor', 'exam'] as const;
export type QuizMode = (typeof quizModes)[number];

export const historyFilters = ['all', 'unseen', 'incorrect', 'flagged'] as const;
export type HistoryFilter = (typeof historyFilters)[number];

const itemTypeSchema = z.enum(itemTypeNames);

export const sessionConfigSchema = z.strictObject({
  chapters: z.array(z.enum(chapterSlugs)).check(z.maxLength(40)),
  topics: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
  types: z.array(itemTypeSchema).check(z.maxLength(7)),
  difficulties: z.array(z.enum(difficultyLevels)).check(z.maxLength(3)),
  only: z.enum(historyFilters),
  count: z.int().check(z.minimum(1), z.maximum(500)),
  seed: z.int().check(z.minimum(-0x80000000), z.maximum(0xffffffff)),
  mode: z.enum(quizModes),
  /** Exam time limit in minutes (ignored in practice and tutor modes). */
  minutes: z.optional(z.int().check(z.minimum(1), z.maximum(600))),
});
export type SessionConfig = z.infer<typeof sessionConfigSchema>;

/**
 * Default exam time per item when the learner sets none: 90 seconds.
 * model assumption: a common pace for single-best-answer exams, not a figure from the review.
 */
export const defaultSecondsPerExamItem = 90;

/** The exam's time limit in minutes: the learner's choice, else 90 s per item, rounded up. */
export function examMinutes(config: Pick<SessionConfig, 'count' | 'minutes'>, itemCount = config.count): number {
  return config.minutes ?? Math.max(1, Math.ceil((itemCount * defaultSecondsPerExamItem) / 60));
}

export const defaultSessionConfig: SessionConfig = {
  chapters: [],
  topics: [],
  types: [],
  difficulties: [],
  only: 'all',
  count: 10,
  seed: 1,
  mode: 'tutor',
};
