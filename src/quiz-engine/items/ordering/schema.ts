import { z } from 'zod';
import { itemBaseShape, nonEmpty } from '../common';

/** Ordering: put the elements in the right sequence (e.g. contrast phases by time). */
export const orderingFields = {
  type: z.literal('ordering'),
  /** Listed in the correct order; the session shuffles them for display. */
  elements: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), text: nonEmpty }))
    .min(3)
    .max(7),
} as const;

export const orderingSchema = z.strictObject({ ...itemBaseShape, ...orderingFields }).superRefine((item, ctx) => {
  if (new Set(item.elements.map((e) => e.id)).size !== item.elements.length) {
    ctx.addIssue({ code: 'custom', path: ['elements'], message: 'element ids must be unique' });
  }
});
export type OrderingItem = z.infer<typeof orderingSchema>;
/** The learner's sequence of element ids, first to last. */
export type OrderingResponse = { readonly order: readonly string[] };
