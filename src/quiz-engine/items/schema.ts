import { z } from 'zod';
import { singleBestSchema } from './single-best/schema';
import { multipleResponseSchema } from './multiple-response/schema';
import { orderingSchema } from './ordering/schema';
import { matchingSchema } from './matching/schema';
import { numericSchema } from './numeric/schema';
import { hotspotSchema } from './hotspot/schema';
import { caseSchema } from './case/schema';

/** Every question type in the bank, as one discriminated union on `type`. */
export const itemSchema = z.discriminatedUnion('type', [
  singleBestSchema,
  multipleResponseSchema,
  orderingSchema,
  matchingSchema,
  numericSchema,
  hotspotSchema,
  caseSchema,
]);
export type Item = z.infer<typeof itemSchema>;
export type ItemType = Item['type'];
