import { getCollection } from 'astro:content';
import type { Item } from '../../quiz-engine/items/schema';
import { chapterSlugs } from '../../quiz-engine/items/common';

/** The whole bank in the order /data/questions.json uses: chapter (course order), then id. */
export async function wholeBank(): Promise<Item[]> {
  const entries = await getCollection('questions');
  const chapterOrder = new Map<string, number>(chapterSlugs.map((slug, index) => [slug, index]));
  return entries
    .map((entry) => entry.data as Item)
    .sort(
      (a, b) =>
        (chapterOrder.get(a.chapter) ?? 99) - (chapterOrder.get(b.chapter) ?? 99) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** The time stamped on every entry of the QTI zip, so a rebuild of the same bank gives the same bytes. */
export const exportEntryTime = new Date(Date.UTC(2026, 0, 1, 12, 0, 0));
