import * as z from 'zod/mini';
import type { ItemType } from './schema';
import type { SingleBestResponse } from './single-best/schema';
import type { MultipleResponseResponse } from './multiple-response/schema';
import type { OrderingResponse } from './ordering/schema';
import type { MatchingResponse } from './matching/schema';
import type { NumericResponse } from './numeric/schema';
import type { HotspotResponse } from './hotspot/schema';
import type { CaseResponse } from './case/schema';

/** The learner's response to each item type, by type name. */
export interface ResponseByType {
  'single-best': SingleBestResponse;
  'multiple-response': MultipleResponseResponse;
  ordering: OrderingResponse;
  matching: MatchingResponse;
  numeric: NumericResponse;
  hotspot: HotspotResponse;
  case: CaseResponse;
}
export type ResponseFor<T extends ItemType> = ResponseByType[T];
export type ItemResponse = ResponseByType[ItemType];

const id = z.string().check(z.maxLength(200));

/**
 * Narrows a stored response (from the browser's storage or an imported file). Each type's
 * response has its own distinct keys, so a plain union is unambiguous. Storage schemas use
 * zod/mini (the same Zod 4, tree-shakable) to keep the quiz pages' JavaScript small.
 */
export const itemResponseSchema: z.ZodMiniType<ItemResponse> = z.union([
  z.strictObject({ choice: id }),
  z.strictObject({ choices: z.array(id).check(z.maxLength(20)) }),
  z.strictObject({ order: z.array(id).check(z.maxLength(20)) }),
  z.strictObject({ pairs: z.record(id, id) }),
  z.strictObject({ value: z.string().check(z.maxLength(100)) }),
  z.strictObject({ kind: z.literal('point'), x: z.number(), y: z.number() }),
  z.strictObject({ kind: z.literal('region'), region: id }),
  z.strictObject({ steps: z.record(id, z.string().check(z.maxLength(100))) }),
]);

/**
 * Whether a response has the shape a given item type expects (a stored one may not). Anything
 * that is not a response of any type at all (null, a number, a field of the wrong kind) fits
 * no type, so the registry refuses it with a sentence and scores it nothing.
 */
export function responseFitsType(type: ItemType, response: unknown): response is ItemResponse {
  if (!itemResponseSchema.safeParse(response).success) return false;
  const r = response as ItemResponse;
  switch (type) {
    case 'single-best':
      return 'choice' in r;
    case 'multiple-response':
      return 'choices' in r;
    case 'ordering':
      return 'order' in r;
    case 'matching':
      return 'pairs' in r;
    case 'numeric':
      return 'value' in r;
    case 'hotspot':
      return 'kind' in r;
    case 'case':
      return 'steps' in r;
  }
}
