import type { MultipleResponseItem, MultipleResponseResponse } from './schema';
import { responseOk, responseProblem, type ResponseCheck } from '../result';

/** A multiple-response answer needs at least one option, each one of the item's, none twice. */
export function validateMultipleResponse(
  item: MultipleResponseItem,
  response: MultipleResponseResponse,
): ResponseCheck {
  if (response.choices.length === 0) return responseProblem('Choose at least one option first.');
  const ids = new Set(item.options.map((o) => o.id));
  const unknown = response.choices.find((c) => !ids.has(c));
  if (unknown !== undefined) return responseProblem(`"${unknown}" is not one of this question's options.`);
  if (new Set(response.choices).size !== response.choices.length) return responseProblem('An option is chosen twice.');
  return responseOk;
}
