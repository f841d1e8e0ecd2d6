import type { Item, ItemType } from '../items/schema';
import type { AssignmentResult } from './result';

/**
 * Classical item analysis over a class's results for one assignment.
 *
 * - **p-value** (difficulty index): the proportion of students who got the item fully right.
 * - **Discrimination**: the *corrected* point-biserial correlation — Pearson's r between the
 *   item scored 0/1 (fully right or not) and the student's score on the *other* items of the
 *   assignment (each item worth one point, partial credit as its share). Leaving the item out
 *   of the total stops it correlating with itself, which matters in short assignments. It is
 *   blank (null) when it cannot be computed: fewer than two students, or everyone scoring the
 *   same on the item or on the rest.
 * - **Distractor counts**: for single-best items, how many chose each option (and how many
 *   left it blank); for multiple-response items, how many ticked each option.
 *
 * model assumption: the flag thresholds are the usual rules of thumb of classical test theory
 * (too easy above p 0.90, too hard below p 0.30, weak discrimination below 0.20, negative below
 * 0), not figures from the review. With a small class every figure is rough.
 */
export const tooEasyAbove = 0.9;
export const tooHardBelow = 0.3;
export const weakDiscriminationBelow = 0.2;
/** Below this many students the page warns that the figures are rough. model assumption. */
export const smallClassBelow = 10;

export type ItemFlag = 'too-easy' | 'too-hard' | 'negative-discrimination' | 'weak-discrimination';

export interface OptionCount {
  readonly optionId: string;
  readonly count: number;
  readonly isKey: boolean;
}

export interface ItemStatistics {
  readonly itemId: string;
  readonly type: ItemType | undefined;
  /** Students whose results include the item. */
  readonly students: number;
  readonly correct: number;
  readonly pValue: number | null;
  /** Mean share of the item's marks earned, 0–1. */
  readonly meanScore: number | null;
  readonly discrimination: number | null;
  /** Single-best and multiple-response items, when the item is in the bank. */
  readonly options?: readonly OptionCount[];
  /** Single-best items: students who gave no answer. */
  readonly blank?: number;
  readonly meanTimeMs: number | null;
  readonly flags: readonly ItemFlag[];
}

export interface StudentScore {
  readonly student: string;
  /** Points (one per item, partial credit as its share). */
  readonly score: number;
  readonly outOf: number;
  readonly percent: number;
  readonly correct: number;
}

export interface ScoreDistribution {
  readonly mean: number | null;
  readonly median: number | null;
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Ten bands of percent: 0–9, 10–19, … 90–100. */
  readonly bands: readonly { readonly from: number; readonly to: number; readonly count: number }[];
}

export interface ClassAnalysis {
  readonly students: number;
  readonly items: readonly ItemStatistics[];
  readonly scores: readonly StudentScore[];
  readonly distribution: ScoreDistribution;
  readonly smallClass: boolean;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Pearson's r, or null when either variable does not vary or there are fewer than two pairs. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length)
    throw new RangeError(`xs and ys must be the same length, got ${xs.length} and ${ys.length}`);
  if (xs.length < 2) return null;
  const mx = mean(xs) as number;
  const my = mean(ys) as number;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i += 1) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

const share = (o: { earned: number; total: number }) => (o.total > 0 ? o.earned / o.total : 0);

function flagsFor(p: number | null, r: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (p !== null && p > tooEasyAbove) flags.push('too-easy');
  if (p !== null && p < tooHardBelow) flags.push('too-hard');
  if (r !== null && r < 0) flags.push('negative-discrimination');
  else if (r !== null && r < weakDiscriminationBelow) flags.push('weak-discrimination');
  return flags;
}

function optionCounts(
  item: Item | undefined,
  outcomes: readonly { choice?: string; choices?: readonly string[] }[],
): Pick<ItemStatistics, 'options' | 'blank'> {
  if (item?.type === 'single-best') {
    const options = item.options.map((o) => ({
      optionId: o.id,
      count: outcomes.filter((x) => x.choice === o.id).length,
      isKey: o.id === item.answer,
    }));
    const blank = outcomes.filter((x) => x.choice === undefined || !item.options.some((o) => o.id === x.choice)).length;
    return { options, blank };
  }
  if (item?.type === 'multiple-response') {
    return {
      options: item.options.map((o) => ({
        optionId: o.id,
        count: outcomes.filter((x) => x.choices?.includes(o.id)).length,
        isKey: item.answers.includes(o.id),
      })),
    };
  }
  return {};
}

export function scoreDistribution(percents: readonly number[]): ScoreDistribution {
  const bands = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }));
  for (const p of percents) {
    const band = bands[Math.min(9, Math.max(0, Math.floor(p / 10)))];
    if (band) band.count += 1;
  }
  if (percents.length === 0) return { mean: null, median: null, sd: null, min: null, max: null, bands };
  const sorted = [...percents].sort((a, b) => a - b);
  const m = mean(sorted) as number;
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const sd = Math.sqrt(sorted.reduce((s, v) => s + (v - m) ** 2, 0) / sorted.length);
  return { mean: m, median, sd, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, bands };
}

/**
 * Analyses a class. `itemIds` gives the items and their order (the assignment's, or every
 * item found in the results); `lookup` supplies option lists for distractor counts.
 */
export function analyseClass(
  results: readonly AssignmentResult[],
  itemIds: readonly string[],
  lookup: (id: string) => Item | undefined,
): ClassAnalysis {
  const scores: StudentScore[] = results.map((r) => {
    const mine = r.items.filter((i) => itemIds.includes(i.id));
    const score = mine.reduce((s, i) => s + share(i), 0);
    return {
      student: r.student,
      score,
      outOf: mine.length,
      percent: mine.length === 0 ? 0 : (score / mine.length) * 100,
      correct: mine.filter((i) => i.correct).length,
    };
  });
  const items: ItemStatistics[] = itemIds.map((itemId) => {
    const item = lookup(itemId);
    const rows = results.flatMap((r, index) => {
      const outcome = r.items.find((i) => i.id === itemId);
      return outcome ? [{ outcome, rest: (scores[index] as StudentScore).score - share(outcome) }] : [];
    });
    const n = rows.length;
    const correct = rows.filter((row) => row.outcome.correct).length;
    const pValue = n === 0 ? null : correct / n;
    const discrimination = pearson(
      rows.map((row) => (row.outcome.correct ? 1 : 0)),
      rows.map((row) => row.rest),
    );
    return {
      itemId,
      type: item?.type,
      students: n,
      correct,
      pValue,
      meanScore: mean(rows.map((row) => share(row.outcome))),
      discrimination,
      ...optionCounts(
        item,
        rows.map((row) => row.outcome),
      ),
      meanTimeMs: mean(rows.map((row) => row.outcome.timeMs)),
      flags: flagsFor(pValue, discrimination),
    };
  });
  return {
    students: results.length,
    items,
    scores,
    distribution: scoreDistribution(scores.map((s) => s.percent)),
    smallClass: results.length < smallClassBelow,
  };
}

/** The items of a set of results, in first-seen order (when the assignment link is not at hand). */
export function itemIdsInResults(results: readonly AssignmentResult[]): string[] {
  const ids: string[] = [];
  for (const r of results) for (const i of r.items) if (!ids.includes(i.id)) ids.push(i.id);
  return ids;
}
