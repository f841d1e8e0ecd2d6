import { getCollection } from 'astro:content';

/**
 * Chapter slug → title, for the quiz islands' labels (build time only; a few hundred bytes of
 * props). Chapters not written yet fall back to their slug in the islands.
 */
export async function chapterTitles(): Promise<Record<string, string>> {
  const chapters = await getCollection('chapters');
  return Object.fromEntries(chapters.sort((a, b) => a.data.order - b.data.order).map((c) => [c.id, c.data.title]));
}
