import * as z from 'zod/mini';
import type { ItemType } from './schema';
import type { ResponseOf } from './descriptor';
import { descriptorOf, itemTypeDescriptors, type DescriptorByType } from './item-types';

/** The learner's response to each item type, by type name (from the type's descriptor). */
export type ResponseByType = { readonly [T in ItemType]: ResponseOf<DescriptorByType[T]> };
export type ResponseFor<T extends ItemType> = ResponseByType[T];
export type ItemResponse = ResponseByType[ItemType];

/**
 * Narrows a stored response (from the browser's storage or an imported file): the union of
 * the descriptors' response shapes. Each type's response has its own distinct keys, so the
 * union is unambiguous. Storage schemas use zod/mini (the same Zod 4, tree-shakable) to keep
 * the quiz pages' JavaScript small.
 */
export const itemResponseSchema: z.ZodMiniType<ItemResponse> = z.union(
  itemTypeDescriptors.map((d) => d.response) as unknown as [
    z.ZodMiniType<ItemResponse>,
    ...z.ZodMiniType<ItemResponse>[],
  ],
);

/**
 * Whether a response has the shape a given item type expects (a stored one may not). Anything
 * that is not a response of any type at all (null, a number, a field of the wrong kind) fits
 * no type, so the registry refuses it with a sentence and scores it nothing.
 */
export function responseFitsType(type: ItemType, response: unknown): response is ItemResponse {
  return descriptorOf(type)?.response.safeParse(response).success ?? false;
}
