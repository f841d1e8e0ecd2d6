import * as z from 'zod/mini';
import { chapterSlugs, difficultyLevels } from '../items/chapters';
import { itemTypeNames } from '../items/item-types';
import { historyFilters, quizModes } from './modes';

export {
  quizModes,
  historyFilters,
  defaultSecondsPerExamItem,
  examMinutes,
  type QuizMode,
  type HistoryFilter,
} from './modes';

/**
 * What a learner asks for when building a quiz. Empty lists mean "any". `only` narrows to
 * items never answered, items whose latest answer was wrong, or flagged items.
 */

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
