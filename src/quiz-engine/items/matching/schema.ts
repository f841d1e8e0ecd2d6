import { z } from 'zod';
import { itemBaseShape, nonEmpty } from '../common';

/** Matching: pair each premise (e.g. a clinical question) with one response (e.g. a modality). */
export const matchingFields = {
  type: z.literal('matching'),
  premises: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), text: nonEmpty, match: z.string() }))
    .min(2)
    .max(6),
  /** Responses may outnumber premises (distractors); a response may serve more than one premise. */
  responses: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), text: nonEmpty }))
    .min(2)
    .max(8),
} as const;

export const matchingSchema = z.strictObject({ ...itemBaseShape, ...matchingFields }).superRefine((item, ctx) => {
  const responseIds = new Set(item.responses.map((r) => r.id));
  if (responseIds.size !== item.responses.length) {
    ctx.addIssue({ code: 'custom', path: ['responses'], message: 'response ids must be unique' });
  }
  if (new Set(item.premises.map((p) => p.id)).size !== item.premises.length) {
    ctx.addIssue({ code: 'custom', path: ['premises'], message: 'premise ids must be unique' });
  }
  item.premises.forEach((premise, index) => {
    if (!responseIds.has(premise.match)) {
      ctx.addIssue({
        code: 'custom',
        path: ['premises', index, 'match'],
        message: `"${premise.match}" is not a response id`,
      });
    }
  });
});
export type MatchingItem = z.infer<typeof matchingSchema>;
/** premise id → chosen response id */
export type MatchingResponse = { readonly pairs: Readonly<Record<string, string>> };
