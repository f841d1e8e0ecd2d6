import type { Item } from '../items/schema';
import { scoreFraction, type ScoreResult } from '../items/result';
import type { QuizSession } from './session';
import type { ItemLookup } from './run';

/**
 * A finished session's results. Every item is worth one point: a partly right item counts its
 * share (2 of 3 marks = 0.67), so scores are comparable across item types.
 */
export interface ItemOutcome {
  readonly itemId: string;
  readonly item: Item | undefined;
  readonly result: ScoreResult | undefined;
  readonly flagged: boolean;
  readonly timeMs: number;
}

export interface ResultGroup {
  readonly key: string;
  readonly items: number;
  /** Sum of item shares (0–1 each). */
  readonly score: number;
  readonly correct: number;
  readonly percent: number;
}

export interface SessionResults {
  readonly items: readonly ItemOutcome[];
  readonly score: number;
  readonly correct: number;
  readonly answered: number;
  readonly total: number;
  readonly percent: number;
  readonly byChapter: readonly ResultGroup[];
  readonly byTopic: readonly ResultGroup[];
  readonly timeMs: number;
}

function percentOf(score: number, items: number): number {
  return items === 0 ? 0 : Math.round((score / items) * 100);
}

function grouped(outcomes: readonly ItemOutcome[], keysOf: (item: Item) => readonly string[]): ResultGroup[] {
  const groups = new Map<string, { items: number; score: number; correct: number }>();
  for (const outcome of outcomes) {
    if (!outcome.item) continue;
    for (const key of new Set(keysOf(outcome.item))) {
      const group = groups.get(key) ?? { items: 0, score: 0, correct: 0 };
      group.items += 1;
      group.score += outcome.result ? scoreFraction(outcome.result) : 0;
      group.correct += outcome.result?.correct ? 1 : 0;
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      items: g.items,
      score: g.score,
      correct: g.correct,
      percent: percentOf(g.score, g.items),
    }))
    .sort((a, b) => a.percent - b.percent || b.items - a.items || (a.key < b.key ? -1 : 1));
}

/**
 * Score, by chapter and by topic (weakest first), time per item and the outcome of every
 * item, for the results screen. Unanswered items count as nothing earned.
 */
export function sessionResults(session: QuizSession, lookup: ItemLookup): SessionResults {
  const items: ItemOutcome[] = session.itemIds.map((itemId) => {
    const entry = session.entries[itemId];
    return {
      itemId,
      item: lookup(itemId),
      result: entry?.result,
      flagged: entry?.flagged ?? false,
      timeMs: entry?.timeMs ?? 0,
    };
  });
  const score = items.reduce((sum, o) => sum + (o.result ? scoreFraction(o.result) : 0), 0);
  return {
    items,
    score,
    correct: items.filter((o) => o.result?.correct).length,
    answered: items.filter((o) => o.result !== undefined && session.entries[o.itemId]?.response !== undefined).length,
    total: items.length,
    percent: percentOf(score, items.length),
    byChapter: grouped(items, (item) => [item.chapter]),
    byTopic: grouped(items, (item) => item.topics),
    timeMs: items.reduce((sum, o) => sum + o.timeMs, 0),
  };
}
