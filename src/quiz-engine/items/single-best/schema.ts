import { z } from 'zod';
import { duplicateOptionIds, itemBaseShape, optionSchema, panelImageSchema } from '../common';

/** Single best answer: one key among 3–6 homogeneous options. */
export const singleBestFields = {
  type: z.literal('single-best'),
  /** Optional simulated panel the question is asked on (see panelImageSchema). */
  image: panelImageSchema.optional(),
  options: z.array(optionSchema).min(3).max(6),
  answer: z.string(),
} as const;

export const singleBestSchema = z.strictObject({ ...itemBaseShape, ...singleBestFields }).superRefine((item, ctx) => {
  const dup = duplicateOptionIds(item.options);
  if (dup) ctx.addIssue({ code: 'custom', path: ['options'], message: dup });
  if (!item.options.some((o) => o.id === item.answer)) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: `the key "${item.answer}" is not one of the options` });
  }
});
export type SingleBestItem = z.infer<typeof singleBestSchema>;
/** The learner's response: the chosen option id. */
export type SingleBestResponse = { readonly choice: string };
