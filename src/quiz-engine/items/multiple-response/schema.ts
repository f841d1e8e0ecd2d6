import { z } from 'zod';
import { duplicateOptionIds, itemBaseShape, optionSchema, panelImageSchema } from '../common';

/** Multiple response: "select the TWO …"; the stem states how many are correct. */
export const multipleResponseFields = {
  type: z.literal('multiple-response'),
  /** Optional simulated panel the question is asked on (see panelImageSchema). */
  image: panelImageSchema.optional(),
  options: z.array(optionSchema).min(4).max(8),
  answers: z.array(z.string()).min(2),
} as const;

export const multipleResponseSchema = z
  .strictObject({ ...itemBaseShape, ...multipleResponseFields })
  .superRefine((item, ctx) => {
    const dup = duplicateOptionIds(item.options);
    if (dup) ctx.addIssue({ code: 'custom', path: ['options'], message: dup });
    for (const key of item.answers) {
      if (!item.options.some((o) => o.id === key)) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: `the key "${key}" is not one of the options` });
      }
    }
    if (new Set(item.answers).size !== item.answers.length) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'a key is listed twice' });
    }
    if (item.answers.length >= item.options.length) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'at least one option must be wrong' });
    }
  });
export type MultipleResponseItem = z.infer<typeof multipleResponseSchema>;
export type MultipleResponseResponse = { readonly choices: readonly string[] };
