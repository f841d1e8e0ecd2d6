/**
 * The course's chapter slugs and the difficulty levels as plain constants (no zod), so browser
 * code can use them without pulling in the content schemas. common.ts builds the schemas on
 * these and re-exports them.
 */

/** Slugs of the course chapters; a question belongs to exactly one. */
export const chapterSlugs = [
  'introduction-and-work-up',
  'anatomical-and-functional-imaging',
  'optimising-ct',
  'optimising-mri',
  'gastroduodenal-neoplasms',
  'ileal-and-appendiceal-nets',
  'colorectal-nets',
  'pancreatic-nets-detection',
  'pancreatic-nets-characterisation',
  'primary-hepatic-net',
  'liver-metastases',
  'treatment',
  'follow-up-and-response',
  'putting-it-together',
] as const;
export type ChapterSlug = (typeof chapterSlugs)[number];

export const difficultyLevels = ['easy', 'medium', 'hard'] as const;
