import type { OrderingItem, OrderingResponse } from './schema';
import { responseOk, responseProblem, type ResponseCheck } from '../result';

/** An ordering answer must place every element exactly once. */
export function validateOrdering(item: OrderingItem, response: OrderingResponse): ResponseCheck {
  const ids = new Set(item.elements.map((e) => e.id));
  const unknown = response.order.find((id) => !ids.has(id));
  if (unknown !== undefined) return responseProblem(`"${unknown}" is not one of this question's elements.`);
  if (new Set(response.order).size !== response.order.length) return responseProblem('An element is placed twice.');
  if (response.order.length !== ids.size) return responseProblem('Place every element in the sequence first.');
  return responseOk;
}
