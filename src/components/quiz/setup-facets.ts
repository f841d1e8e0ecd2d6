import type { SelectableItem } from '../../quiz-engine/session/select';
import { chapterSlugs, difficultyLevels } from '../../quiz-engine/items/chapters';
import { typeLabels } from './labels';
import type { ItemType } from '../../quiz-engine/items/schema';

/**
 * What the /quiz/ setup form needs of each bank item (id, chapter, topics, type, difficulty),
 * packed at build time into one short string prop of the quiz island: the form is rendered into
 * the page's HTML and its live counts work at once, without downloading and reading the whole
 * bank (≈ 0.5 MB) while the page loads. The bank itself is fetched when a quiz starts (or in the
 * background once the page is idle), and its items then replace these.
 *
 * The string is plain text (no quotes, so nothing to escape in the island's props attribute):
 * the topics joined by `|`, then `~`, then one row per item joined by `;`, each row
 * `id,chapter,topic.topic…,type,difficulty` with indices (base 36) into the topic list, the
 * course's chapters and difficulty levels, and `typeLabels`' keys.
 */
const typeNames = Object.keys(typeLabels) as ItemType[];

/** Topics are joined by `|` and end at the first `~`; ids end at `,`. */
const topicSeparators = /[|~]/;
const idSeparators = /[|~;,]/;

export function encodeFacets(items: readonly SelectableItem[]): string {
  const topics = [...new Set(items.flatMap((i) => i.topics))].sort();
  const topicIndex = new Map(topics.map((t, n) => [t, n]));
  for (const topic of topics)
    if (topicSeparators.test(topic)) throw new Error(`Topic "${topic}" contains | or ~ (the quiz facets' separators)`);
  for (const { id } of items)
    if (idSeparators.test(id)) throw new Error(`Item id "${id}" contains one of | ~ ; , (the quiz facets' separators)`);
  const rows = items.map((i) =>
    [
      i.id,
      chapterSlugs.indexOf(i.chapter).toString(36),
      i.topics.map((t) => (topicIndex.get(t) ?? -1).toString(36)).join('.'),
      typeNames.indexOf(i.type).toString(36),
      difficultyLevels.indexOf(i.difficulty).toString(36),
    ].join(','),
  );
  return `${topics.join('|')}~${rows.join(';')}`;
}

/** A base-36 index below `length`, or -1. */
function indexIn(text: string | undefined, length: number): number {
  if (text === undefined || !/^[0-9a-z]+$/.test(text)) return -1;
  const n = parseInt(text, 36);
  return n < length ? n : -1;
}

/** The items packed by encodeFacets; anything malformed is left out (the bank, once read, replaces these). */
export function decodeFacets(text: string): SelectableItem[] {
  const split = text.indexOf('~');
  if (split < 0) return [];
  const topics = text.slice(0, split).split('|');
  const items: SelectableItem[] = [];
  for (const row of text.slice(split + 1).split(';')) {
    const [id, chapterText, topicText, typeText, difficultyText, ...rest] = row.split(',');
    const chapter = chapterSlugs[indexIn(chapterText, chapterSlugs.length)];
    const type = typeNames[indexIn(typeText, typeNames.length)];
    const difficulty = difficultyLevels[indexIn(difficultyText, difficultyLevels.length)];
    const itemTopics = (topicText ?? '').split('.').map((t) => topics[indexIn(t, topics.length)]);
    if (!id || rest.length > 0 || !chapter || !type || !difficulty) continue;
    if (itemTopics.length === 0 || !itemTopics.every((t): t is string => t !== undefined)) continue;
    items.push({ id, chapter, topics: itemTopics, type, difficulty });
  }
  return items;
}
