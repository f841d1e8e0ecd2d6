import { z } from 'zod';
import { itemBaseShape } from '../common';

/** Numeric: a number with an absolute tolerance and a unit (e.g. a percentage change). */
export const numericFields = {
  type: z.literal('numeric'),
  answer: z.number(),
  tolerance: z.number().nonnegative(),
  unit: z.string().trim().min(1),
  /** How many decimals to show the key with. */
  decimals: z.number().int().min(0).max(3).default(0),
} as const;

export const numericSchema = z.strictObject({ ...itemBaseShape, ...numericFields });
export type NumericItem = z.infer<typeof numericSchema>;
/** The learner's typed text; the scorer parses it (comma or point as decimal mark). */
export type NumericResponse = { readonly value: string };
