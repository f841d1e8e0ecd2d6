import type { NumericResponse } from './schema';
import { parseNumericAnswer } from './parse';
import { responseOk, responseProblem, type ResponseCheck } from '../result';

/** A numeric answer must read as one number, in the item's unit if a unit is typed. */
export function validateNumeric(item: { readonly unit: string }, response: NumericResponse): ResponseCheck {
  const parsed = parseNumericAnswer(response.value, item.unit);
  return parsed.ok ? responseOk : responseProblem(parsed.message);
}
