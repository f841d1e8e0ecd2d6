import type { Item, ItemType } from './schema';
import type { ItemResponse, ResponseFor } from './response';
import { responseFitsType } from './response';
import { responseOk, responseProblem, scoreOf, type ResponseCheck, type ScoreResult } from './result';
import { scoreSingleBest } from './single-best/score';
import { scoreMultipleResponse } from './multiple-response/score';
import { validateMultipleResponse } from './multiple-response/validate';
import { scoreOrdering } from './ordering/score';
import { validateOrdering } from './ordering/validate';
import { scoreMatching } from './matching/score';
import { validateMatching } from './matching/validate';
import { scoreNumeric } from './numeric/score';
import { validateNumeric } from './numeric/validate';
import { scoreHotspot } from './hotspot/score';
import { validateHotspot } from './hotspot/validate';
import { scoreCase } from './case/score';
import { validateCase } from './case/validate';

type ItemOf<T extends ItemType> = Extract<Item, { type: T }>;

interface ItemRules<T extends ItemType> {
  readonly score: (item: ItemOf<T>, response: ResponseFor<T>) => ScoreResult;
  readonly validate: (item: ItemOf<T>, response: ResponseFor<T>) => ResponseCheck;
  /** The response that stands for "not answered", scored to find the item's total marks. */
  readonly empty: (item: ItemOf<T>) => ResponseFor<T> | undefined;
}

/**
 * Type name → scorer and validator. The UI asks the registry (`checkResponse`, then
 * `scoreItem`); it never scores on its own.
 */
const registry: { readonly [T in ItemType]: ItemRules<T> } = {
  'single-best': {
    score: scoreSingleBest,
    validate: (item, response) =>
      response.choice === ''
        ? responseProblem('Choose an option first.')
        : item.options.some((o) => o.id === response.choice)
          ? responseOk
          : responseProblem(`"${response.choice}" is not one of this question's options.`),
    empty: () => undefined,
  },
  'multiple-response': {
    score: scoreMultipleResponse,
    validate: validateMultipleResponse,
    empty: () => ({ choices: [] }),
  },
  ordering: { score: scoreOrdering, validate: validateOrdering, empty: () => ({ order: [] }) },
  matching: { score: scoreMatching, validate: validateMatching, empty: () => ({ pairs: {} }) },
  numeric: { score: scoreNumeric, validate: validateNumeric, empty: () => ({ value: '' }) },
  hotspot: { score: scoreHotspot, validate: validateHotspot, empty: () => ({ kind: 'region', region: '' }) },
  case: { score: scoreCase, validate: validateCase, empty: () => ({ steps: {} }) },
};

function rulesFor<T extends ItemType>(type: T): ItemRules<T> {
  const rules = registry[type] as ItemRules<T> | undefined;
  if (!rules) throw new TypeError(`no scorer for item type "${String(type)}"`);
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
  const rules = rulesFor(item.type) as unknown as ItemRules<ItemType>;
  if (response === undefined || !responseFitsType(item.type, response)) return scoreOf(0, totalMarks(item));
  // The single-best scorer rejects a choice that is not an option; a stale stored choice scores nothing.
  if (item.type === 'single-best' && !rules.validate(item as never, response as never).ok) return scoreOf(0, 1);
  return rules.score(item as never, response as never);
}

/** Whether a response can be submitted; if not, a sentence saying what is missing. */
export function checkResponse<I extends Item>(
  item: I,
  response: ResponseFor<I['type']> | ItemResponse | undefined,
): ResponseCheck {
  if (response === undefined) return responseProblem('Answer the question first.');
  if (!responseFitsType(item.type, response)) return responseProblem('This answer does not fit the question.');
  const rules = rulesFor(item.type) as unknown as ItemRules<ItemType>;
  return rules.validate(item as never, response as never);
}

/** The marks an item is worth when nothing is answered (case items: the steps always shown). */
export function totalMarks(item: Item): number {
  if (item.type === 'single-best' || item.type === 'numeric' || item.type === 'hotspot') return 1;
  const rules = rulesFor(item.type) as unknown as ItemRules<ItemType>;
  const empty = rules.empty(item as never);
  return empty === undefined ? 1 : rules.score(item as never, empty as never).total;
}
