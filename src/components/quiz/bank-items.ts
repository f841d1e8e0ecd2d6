import { getCollection } from 'astro:content';
import { chapterSlugs } from '../../quiz-engine/items/common';
import type { Item } from '../../quiz-engine/items/schema';

/**
 * The question bank's items in published order (build time only): by chapter in course order,
 * then by id. /data/questions.json publishes exactly these; /quiz/ builds its setup form from them.
 */
export async function publishedBankItems(): Promise<Item[]> {
  const chapterOrder = new Map<string, number>(chapterSlugs.map((slug, index) => [slug, index]));
  return (await getCollection('questions'))
    .map((entry) => entry.data)
    .sort(
      (a, b) =>
        (chapterOrder.get(a.chapter) ?? 99) - (chapterOrder.get(b.chapter) ?? 99) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
