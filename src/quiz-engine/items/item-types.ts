import type { ItemType } from './schema';
import type { AnyItemTypeDescriptor } from './descriptor';
import { singleBest } from './single-best';
import { multipleResponse } from './multiple-response';
import { ordering } from './ordering';
import { matching } from './matching';
import { numeric } from './numeric';
import { hotspot } from './hotspot';
import { caseItem } from './case';

/**
 * Every item type, as the ONE list of descriptors (items/<type>/index.ts). The type names, the
 * registry and the response shapes derive from it; items/schema.ts joins the content schemas
 * of the same types (a test checks both name the same types in the same order). A new type is
 * a folder with a descriptor, an entry here, one in schema.ts and an input component in
 * src/components/quiz/item-inputs.ts.
 */
export const itemTypeDescriptors = [
  singleBest,
  multipleResponse,
  ordering,
  matching,
  numeric,
  hotspot,
  caseItem,
] as const;

type Descriptors = typeof itemTypeDescriptors;

/** The type names, in the list's order (plain strings, no zod). */
type Names<D extends readonly unknown[]> = {
  readonly [K in keyof D]: D[K] extends { readonly type: infer T } ? T : never;
};
export const itemTypeNames = itemTypeDescriptors.map((d) => d.type) as unknown as Names<Descriptors>;

/** The descriptor of each type, by name. */
export type DescriptorByType = { readonly [D in Descriptors[number] as D['type']]: D };

export const descriptorByType = Object.fromEntries(
  itemTypeDescriptors.map((d) => [d.type, d]),
) as unknown as DescriptorByType;

/** The descriptor of a type, for code that walks all of them (undefined for an unknown name). */
export function descriptorOf(type: string): AnyItemTypeDescriptor | undefined {
  return Object.hasOwn(descriptorByType, type)
    ? (descriptorByType[type as ItemType] as unknown as AnyItemTypeDescriptor)
    : undefined;
}

// The descriptors and the content schemas (items/schema.ts) must name the same types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type DescriptorsMatchSchemas = Assert<Same<Descriptors[number]['type'], ItemType>>;
