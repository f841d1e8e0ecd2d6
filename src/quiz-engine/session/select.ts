import type { Item, ItemType } from '../items/schema';
import type { Difficulty } from '../items/common';
import type { SessionConfig } from './config';

/** What the learner's history says about items, for the unseen / incorrect / flagged filters. */
export interface LearnerHistory {
  /** Items answered at least once. */
  readonly seen: ReadonlySet<string>;
  /** Items whose most recent answer was not fully right. */
  readonly lastWrong: ReadonlySet<string>;
  readonly flagged: ReadonlySet<string>;
}

export const emptyHistory: LearnerHistory = { seen: new Set(), lastWrong: new Set(), flagged: new Set() };

type Filters = Pick<SessionConfig, 'chapters' | 'topics' | 'types' | 'difficulties' | 'only'>;

/** Whether an item passes every filter of a configuration (empty lists pass everything). */
export function itemMatches(item: Item, filters: Filters, history: LearnerHistory): boolean {
  if (filters.chapters.length > 0 && !filters.chapters.includes(item.chapter)) return false;
  if (filters.topics.length > 0 && !item.topics.some((t) => filters.topics.includes(t))) return false;
  if (filters.types.length > 0 && !filters.types.includes(item.type)) return false;
  if (filters.difficulties.length > 0 && !filters.difficulties.includes(item.difficulty)) return false;
  switch (filters.only) {
    case 'unseen':
      return !history.seen.has(item.id);
    case 'incorrect':
      return history.lastWrong.has(item.id);
    case 'flagged':
      return history.flagged.has(item.id);
    default:
      return true;
  }
}

/** The items of the bank that a configuration selects from, in bank order. */
export function matchingItems(bank: readonly Item[], filters: Filters, history: LearnerHistory): Item[] {
  return bank.filter((item) => itemMatches(item, filters, history));
}

/** Counts of matching items per choice, for the live numbers beside each checkbox. */
export interface FacetCounts {
  readonly total: number;
  readonly chapters: Readonly<Record<string, number>>;
  readonly topics: Readonly<Record<string, number>>;
  readonly types: Readonly<Partial<Record<ItemType, number>>>;
  readonly difficulties: Readonly<Partial<Record<Difficulty, number>>>;
}

/**
 * For each facet (chapter, topic, type, difficulty), how many items would match if that value
 * were the only one chosen in its facet, with the other facets' choices kept — the usual
 * faceted-search count, so a learner sees what a tick would add.
 */
export function facetCounts(bank: readonly Item[], filters: Filters, history: LearnerHistory): FacetCounts {
  const chapters: Record<string, number> = {};
  const topics: Record<string, number> = {};
  const types: Partial<Record<ItemType, number>> = {};
  const difficulties: Partial<Record<Difficulty, number>> = {};
  let total = 0;
  for (const item of bank) {
    if (itemMatches(item, filters, history)) total += 1;
    if (itemMatches(item, { ...filters, chapters: [] }, history))
      chapters[item.chapter] = (chapters[item.chapter] ?? 0) + 1;
    if (itemMatches(item, { ...filters, topics: [] }, history))
      for (const t of new Set(item.topics)) topics[t] = (topics[t] ?? 0) + 1;
    if (itemMatches(item, { ...filters, types: [] }, history)) types[item.type] = (types[item.type] ?? 0) + 1;
    if (itemMatches(item, { ...filters, difficulties: [] }, history))
      difficulties[item.difficulty] = (difficulties[item.difficulty] ?? 0) + 1;
  }
  return { total, chapters, topics, types, difficulties };
}
