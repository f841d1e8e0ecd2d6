import { getCollection } from 'astro:content';

/**
 * The ids of every item in the question bank (build time only), sorted: the "is this item
 * still in the bank" predicate that home, /progress/ and /review/ give the one due count
 * (src/quiz-engine/review/due.ts dueReviewIds), so all three agree without loading the bank.
 */
export async function bankItemIds(): Promise<string[]> {
  return (await getCollection('questions')).map((entry) => entry.data.id).sort();
}
