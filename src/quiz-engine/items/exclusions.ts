import { z } from 'zod';
import { itemIdSchema, nonEmpty } from './common';

/**
 * Exclusion groups ("enemy items", as item banks call them): items that must never be served in
 * the same quiz or exam, because one gives another's key away (a stem, an image's alt text or an
 * option's feedback states it) or both test the same point. They are written once, in
 * src/content/exclusion-groups.yaml, each with the reason; the build turns them into each item's
 * `enemies` (the ids it is never drawn with, both ways round) in /data/questions.json, and the
 * session engine draws at most one item of a group (session.ts `drawWithoutEnemies`). An item may
 * be in several groups.
 */
export const exclusionGroupSchema = z.strictObject({
  ids: z.array(itemIdSchema).min(2, 'a group needs at least two items'),
  why: nonEmpty,
});
export const exclusionGroupsSchema = z.array(exclusionGroupSchema);
export type ExclusionGroup = z.infer<typeof exclusionGroupSchema>;

/** Each item's enemies (the other items of every group it is in), sorted; items in no group are absent. */
export function enemiesOf(groups: readonly ExclusionGroup[]): Map<string, string[]> {
  const enemies = new Map<string, Set<string>>();
  for (const group of groups)
    for (const id of group.ids)
      for (const other of group.ids) if (other !== id) enemies.set(id, (enemies.get(id) ?? new Set()).add(other));
  return new Map([...enemies].map(([id, set]) => [id, [...set].sort()]));
}

/** The items with their `enemies` filled in from the groups (ids the bank does not have are left out). */
export function withEnemies<T extends { readonly id: string }>(
  items: readonly T[],
  groups: readonly ExclusionGroup[],
): (T & { enemies?: string[] })[] {
  const known = new Set(items.map((item) => item.id));
  const enemies = enemiesOf(groups);
  return items.map((item) => {
    const list = (enemies.get(item.id) ?? []).filter((id) => known.has(id));
    return list.length > 0 ? { ...item, enemies: list } : item;
  });
}

/** Problems with the groups file, as sentences: unknown ids, an id twice in a group, repeated groups. */
export function exclusionProblems(groups: readonly ExclusionGroup[], itemIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  groups.forEach((group, index) => {
    const where = `exclusion group ${index + 1} (${group.ids.join(', ')})`;
    for (const id of group.ids) if (!itemIds.has(id)) problems.push(`${where}: no item "${id}" in the bank`);
    if (new Set(group.ids).size !== group.ids.length) problems.push(`${where}: an item is listed twice`);
    const key = [...group.ids].sort().join(' ');
    if (seen.has(key)) problems.push(`${where}: the same group is listed twice`);
    seen.add(key);
  });
  return problems;
}
