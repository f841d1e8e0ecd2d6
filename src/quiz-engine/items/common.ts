import { z } from 'zod';
import { chapterSlugs, difficultyLevels } from './chapters';
import { slugPattern } from '../../lib/slug';

/**
 * Fields every question carries, whatever its type. The question bank (YAML under
 * src/content/questions/) is validated against these schemas at build time, and the same
 * schemas narrow `unknown` data (imported files, /data/questions.json) at run time.
 */

/** Slugs of the course chapters (defined in chapters.ts, free of zod for browser code). */
export { chapterSlugs, type ChapterSlug } from './chapters';
export const chapterSlugSchema = z.enum(chapterSlugs);

/** The review's own section headings: every question and fact names the one it rests on. */
export const reviewSections = [
  'Abstract',
  'Introduction',
  'Anatomical and functional imaging',
  'The optimization of imaging techniques',
  'Gastroduodenal neuroendocrine neoplasms',
  'Ileal NETs',
  'Colorectal NET',
  'Pancreatic NET',
  'Primary hepatic NET',
  'Liver metastases',
  'Treatment and follow-up',
  'Conclusions',
] as const;
export type ReviewSection = (typeof reviewSections)[number];
export const reviewSectionSchema = z.enum(reviewSections);

export const itemIdSchema = z
  .string()
  .regex(slugPattern, 'an id is lower-case words joined by hyphens, e.g. "ct-arterial-timing-1"');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** One answer option of a choice item, with the reason it is right or wrong. */
export const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-z]$/, 'option ids are single letters a–z'),
  text: nonEmpty,
  /** Why this option is right, or why it is wrong: shown in tutor mode and on review. */
  why: nonEmpty,
});
export type Option = z.infer<typeof optionSchema>;

/**
 * A simulated image shown with a question: a figure case (src/content/cases/<case>.yaml) and
 * one of its panel letters, rendered as the still /cases/<case>/<panel>.png, with alt text that
 * states the finding. The same shape as a hotspot's `image`; the build checks the panel exists.
 */
export const panelImageSchema = z.strictObject({
  case: z.string().min(1),
  panel: z.string().regex(/^[A-L]$/),
  alt: nonEmpty,
});
export type PanelImage = z.infer<typeof panelImageSchema>;

export const difficultySchema = z.enum(difficultyLevels);
export type Difficulty = z.infer<typeof difficultySchema>;

/** Fields shared by every question type (the multi-step case's steps use only part of them). */
export const itemBaseShape = {
  id: itemIdSchema,
  chapter: chapterSlugSchema,
  topics: z.array(nonEmpty).min(1, 'name at least one topic'),
  objective: nonEmpty,
  /** The chapter learning objective this item tests (an id from the chapter's `objectives`). */
  objectiveId: z.string().regex(slugPattern).optional(),
  difficulty: difficultySchema,
  stem: nonEmpty,
  /** The teaching explanation: why the key is right (each option's own `why` covers distractors). */
  explanation: nonEmpty,
  /** The review section the item rests on. */
  source: reviewSectionSchema,
  /** Optional heading id within the chapter, for a deep link from tutor mode. */
  anchor: z.string().optional(),
  /**
   * Items never served in the same quiz as this one (exclusions.ts). Filled in by the build from
   * src/content/exclusion-groups.yaml; not written in the question files.
   */
  enemies: z.array(itemIdSchema).optional(),
} as const;

export { nonEmpty };

/** Checks that option ids are unique and returns the problem, if any, as a sentence. */
export function duplicateOptionIds(options: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const option of options) {
    if (seen.has(option.id)) return `option id "${option.id}" is used twice`;
    seen.add(option.id);
  }
  return undefined;
}
