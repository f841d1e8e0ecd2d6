import { getCollection } from 'astro:content';
import { chapterSlugs } from '../../quiz-engine/items/common';
import type { Item } from '../../quiz-engine/items/schema';
import { exclusionProblems, withEnemies } from '../../quiz-engine/items/exclusions';
import { readExclusionGroups } from '../../content/bank/exclusion-groups';

/**
 * The question bank's items in published order (build time only): by chapter in course order,
 * then by id, each with its `enemies` from the exclusion groups (a group naming an item the bank
 * does not have fails the build). /data/questions.json publishes exactly these; /quiz/ builds its
 * setup form from them.
 */
export async function publishedBankItems(): Promise<Item[]> {
  const chapterOrder = new Map<string, number>(chapterSlugs.map((slug, index) => [slug, index]));
  const items = (await getCollection('questions')).map((entry) => entry.data);
  const groups = readExclusionGroups();
  const problems = exclusionProblems(groups, new Set(items.map((item) => item.id)));
  if (problems.length > 0) throw new Error(`Exclusion groups:\n${problems.join('\n')}`);
  return withEnemies(items, groups).sort(
    (a, b) =>
      (chapterOrder.get(a.chapter) ?? 99) - (chapterOrder.get(b.chapter) ?? 99) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
