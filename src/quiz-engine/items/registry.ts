import type { Item } from './schema';
import type { ItemResponse, ResponseFor } from './response';
import { responseFitsType } from './response';
import { descriptorOf } from './item-types';
import type { AnyItemTypeDescriptor } from './descriptor';
import { responseProblem, scoreOf, type ResponseCheck, type ScoreResult } from './result';

/**
 * Scoring and validation by item type, from the types' descriptors (items/<type>/index.ts).
 * The UI asks the registry (`checkResponse`, then `scoreItem`); it never scores on its own.
 */
function rulesFor(type: string): AnyItemTypeDescriptor {
  const rules = descriptorOf(type);
  if (!rules) throw new TypeError(`no scorer for item type "${type}"`);
  return rules;
}

/**
 * Scores a response to an item. `undefined` means not answered (an exam item left blank):
 * nothing earned out of the item's usual total. A response of another item type's shape (a
 * stored answer to an item that has since changed type) also scores nothing.
 */
export function scoreItem<I extends Item>(
  item: I,
  response: ResponseFor<I['type']> | ItemResponse | undefined,
): ScoreResult {
  const rules = rulesFor(item.type);
  if (response === undefined || !responseFitsType(item.type, response)) return scoreOf(0, totalMarks(item));
  return rules.score(item as never, response as never);
}

/** Whether a response can be submitted; if not, a sentence saying what is missing. */
export function checkResponse<I extends Item>(
  item: I,
  response: ResponseFor<I['type']> | ItemResponse | undefined,
): ResponseCheck {
  if (response === undefined) return responseProblem('Answer the question first.');
  if (!responseFitsType(item.type, response)) return responseProblem('This answer does not fit the question.');
  return rulesFor(item.type).validate(item as never, response as never);
}

/** The marks an item is worth when nothing is answered (case items: the steps always shown). */
export function totalMarks(item: Item): number {
  const rules = rulesFor(item.type);
  const empty = rules.empty(item as never);
  return empty === undefined ? 1 : rules.score(item as never, empty).total;
}
