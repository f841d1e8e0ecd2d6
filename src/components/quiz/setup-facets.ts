import type { SelectableItem } from '../../quiz-engine/session/select';
import { chapterSlugs, difficultyLevels } from '../../quiz-engine/items/chapters';
import { typeLabels } from './labels';
import type { ItemType } from '../../quiz-engine/items/schema';

/**
 * What the /quiz/ setup form shows before the bank is read: each item's chapter, type and
 * difficulty, packed at build time into a short string prop of the quiz island (three characters
 * an item, a few hundred bytes gzip), so the form is rendered into the page's HTML with its counts
 * and hydrates without downloading and reading the whole bank (≈ 0.5 MB) while the page loads.
 * The page's HTML stays within the first TCP round trip (≈ 14 KB gzip). The bank is fetched
 * once the page is idle, on the first use of the form or when a quiz starts; its items then
 * replace these.
 *
 * Decoded items have no id and no topics: counts from them are exact only while no topic and no
 * history filter (unseen, incorrect, flagged) is chosen — QuizSetup shows "…" otherwise.
 * Each item is three base-36 digits: chapter (course order), type (`typeLabels`' keys),
 * difficulty (easy, medium, hard).
 */
const typeNames = Object.keys(typeLabels) as ItemType[];

export type FacetItem = Pick<SelectableItem, 'chapter' | 'type' | 'difficulty'>;

function digit(index: number, what: string): string {
  if (index < 0 || index > 35) throw new Error(`quiz facets: ${what} cannot be packed (index ${index})`);
  return index.toString(36);
}

export function encodeFacets(items: readonly FacetItem[]): string {
  return items
    .map(
      (i) =>
        digit(chapterSlugs.indexOf(i.chapter), `chapter ${i.chapter}`) +
        digit(typeNames.indexOf(i.type), `type ${i.type}`) +
        digit(difficultyLevels.indexOf(i.difficulty), `difficulty ${i.difficulty}`),
    )
    .join('');
}

/** The items packed by encodeFacets, with no id and no topics; anything malformed is left out. */
export function decodeFacets(text: string): SelectableItem[] {
  const items: SelectableItem[] = [];
  for (let at = 0; at + 3 <= text.length; at += 3) {
    const chapter = chapterSlugs[parseInt(text[at]!, 36)];
    const type = typeNames[parseInt(text[at + 1]!, 36)];
    const difficulty = difficultyLevels[parseInt(text[at + 2]!, 36)];
    if (chapter && type && difficulty) items.push({ id: '', chapter, topics: [], type, difficulty });
  }
  return items;
}
