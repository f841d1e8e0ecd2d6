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

/**
 * The fields of an item that choosing a quiz looks at: all the setup form needs, so /quiz/ can
 * count and list choices from a few kilobytes built into the page, without the whole bank.
 */
export type SelectableItem = Pick<Item, 'id' | 'chapter' | 'topics' | 'type' | 'difficulty'>;

/** Whether an item passes every filter of a configuration (empty lists pass everything). */
export function itemMatches(item: SelectableItem, filters: Filters, history: LearnerHistory): boolean {
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
export function matchingItems<T extends SelectableItem>(
  bank: readonly T[],
  filters: Filters,
  history: LearnerHistory,
): T[] {
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
export function facetCounts(bank: readonly SelectableItem[], filters: Filters, history: LearnerHistory): FacetCounts {
  const chapters: Record<string, number> = {};
  const topics: Record<string, number> = {};
  const types: Partial<Record<ItemType, number>> = {};
  const difficulties: Partial<Record<Difficulty, number>> = {};
  // Each facet's count ignores that facet's own choices (built once, not per item).
  const withoutChapters = { ...filters, chapters: [] };
  const withoutTopics = { ...filters, topics: [] };
  const withoutTypes = { ...filters, types: [] };
  const withoutDifficulties = { ...filters, difficulties: [] };
  let total = 0;
  for (const item of bank) {
    if (itemMatches(item, filters, history)) total += 1;
    if (itemMatches(item, withoutChapters, history)) chapters[item.chapter] = (chapters[item.chapter] ?? 0) + 1;
    if (itemMatches(item, withoutTopics, history))
      for (const t of new Set(item.topics)) topics[t] = (topics[t] ?? 0) + 1;
    if (itemMatches(item, withoutTypes, history)) types[item.type] = (types[item.type] ?? 0) + 1;
    if (itemMatches(item, withoutDifficulties, history))
      difficulties[item.difficulty] = (difficulties[item.difficulty] ?? 0) + 1;
  }
  return { total, chapters, topics, types, difficulties };
}

/** How many items match the filters under each history choice (all, unseen, incorrect, flagged). */
export function historyFilterCounts(
  bank: readonly SelectableItem[],
  filters: Filters,
  history: LearnerHistory,
): Record<SessionConfig['only'], number> {
  const counts = { all: 0, unseen: 0, incorrect: 0, flagged: 0 };
  const anyHistory = { ...filters, only: 'all' as const };
  for (const item of bank) {
    if (!itemMatches(item, anyHistory, history)) continue;
    counts.all += 1;
    if (!history.seen.has(item.id)) counts.unseen += 1;
    if (history.lastWrong.has(item.id)) counts.incorrect += 1;
    if (history.flagged.has(item.id)) counts.flagged += 1;
  }
  return counts;
}
