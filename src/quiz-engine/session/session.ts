import * as z from 'zod/mini';
import type { Item } from '../items/schema';
import { itemResponseSchema, type ItemResponse } from '../items/response';
import type { ScoreResult } from '../items/result';
import { examMinutes, sessionConfigSchema, type SessionConfig } from './config';
import { matchingItems, type LearnerHistory } from './select';
import { itemSeed, randomSource, seededShuffle } from './shuffle';
import { descriptorByType } from '../items/item-types';

/**
 * A quiz session: the items drawn, the order their options are shown in, and everything the
 * learner did, as plain data that survives a reload (it lives in the progress document).
 * Times are epoch milliseconds passed in by the caller; nothing here reads a clock.
 */

export const confidenceLevels = ['guess', 'unsure', 'sure'] as const;
export type Confidence = (typeof confidenceLevels)[number];

const scoreResultSchema = z.object({
  earned: z.number().check(z.minimum(0)),
  total: z.number().check(z.positive()),
  correct: z.boolean(),
  message: z.optional(z.string()),
  parts: z.optional(z.array(z.object({ id: z.string(), earned: z.number(), total: z.number(), correct: z.boolean() }))),
});

export const sessionEntrySchema = z.object({
  /** The latest answer, a draft until submitted. */
  response: z.optional(itemResponseSchema),
  /** When the answer was submitted (practice/tutor: on Submit; exam: when the exam ends). */
  submittedAt: z.optional(z.number()),
  result: z.optional(scoreResultSchema),
  flagged: z.boolean(),
  /** Time spent looking at the item before submitting it. */
  timeMs: z.number().check(z.minimum(0)),
  confidence: z.optional(z.enum(confidenceLevels)),
});
export type SessionEntry = Omit<z.infer<typeof sessionEntrySchema>, 'response' | 'result'> & {
  readonly response?: ItemResponse;
  readonly result?: ScoreResult;
};

export const quizSessionSchema = z.object({
  id: z.string(),
  config: sessionConfigSchema,
  startedAt: z.number(),
  /** Exam only: when time runs out (start + limit), so a reload keeps true time. */
  deadline: z.nullable(z.number()),
  itemIds: z.array(z.string()).check(z.minLength(1)),
  /** Display order per item: key "options" (or "elements", "responses", "regions", "step:<id>") → ids. */
  order: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
  current: z.int().check(z.minimum(0)),
  entries: z.record(z.string(), sessionEntrySchema),
  /** When the learner started looking at the current item; null while the page is hidden. */
  viewingSince: z.nullable(z.number()),
  finishedAt: z.nullable(z.number()),
  finishedBy: z.nullable(z.enum(['learner', 'time'])),
});
export type QuizSession = Omit<z.infer<typeof quizSessionSchema>, 'entries'> & {
  readonly entries: Readonly<Record<string, SessionEntry>>;
};

/**
 * The display order of one item's choices for a seed: options (single-best, multiple
 * response, case steps), the starting sequence of an ordering item (never already correct),
 * the responses of a matching item, and the regions listed for the keyboard.
 */
export function displayOrder(item: Item, seed: number): Record<string, string[]> {
  return descriptorByType[item.type].displayOrder(item as never, randomSource(itemSeed(seed, item.id)));
}

/** `things` (with ids) in the order listed, any not listed kept at the end in their own order. */
export function inDisplayOrder<T extends { readonly id: string }>(
  things: readonly T[],
  order: readonly string[] | undefined,
): T[] {
  if (!order) return things.slice();
  const rank = new Map(order.map((id, index) => [id, index]));
  return things
    .map((thing, index) => ({ thing, index }))
    .sort((a, b) => (rank.get(a.thing.id) ?? order.length + a.index) - (rank.get(b.thing.id) ?? order.length + b.index))
    .map(({ thing }) => thing);
}

/**
 * Builds a session from a configuration: the matching items are shuffled with the seed and the
 * first `count` taken; each item's options get their own seeded order; items the learner has
 * flagged start flagged. Throws a RangeError
 * when nothing matches, so the caller can say so rather than start an empty quiz.
 */
/**
 * The first `count` items of a shuffled pool, skipping any item whose enemy (an item of the same
 * exclusion group, items/exclusions.ts) is already drawn: no quiz holds two items that give each
 * other away. Enemies are listed both ways round (the build publishes them so, `enemiesOf`). A
 * pool rich in enemies can give fewer than `count` items.
 */
export function drawWithoutEnemies<T extends { readonly id: string; readonly enemies?: readonly string[] }>(
  shuffled: readonly T[],
  count: number,
): T[] {
  const drawn: T[] = [];
  const barred = new Set<string>();
  for (const item of shuffled)
    if (drawn.length < count && !barred.has(item.id)) {
      drawn.push(item);
      for (const id of item.enemies ?? []) barred.add(id);
    }
  return drawn;
}

export function buildSession(
  bank: readonly Item[],
  config: SessionConfig,
  history: LearnerHistory,
  now: number,
): QuizSession {
  const parsed = sessionConfigSchema.parse(config);
  const pool = matchingItems(bank, parsed, history).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (pool.length === 0) throw new RangeError('no items match this configuration');
  const drawn = drawWithoutEnemies(seededShuffle(pool, randomSource(parsed.seed)), parsed.count);
  const order: Record<string, Record<string, string[]>> = {};
  const entries: Record<string, SessionEntry> = {};
  for (const item of drawn) {
    order[item.id] = displayOrder(item, parsed.seed);
    entries[item.id] = { flagged: history.flagged.has(item.id), timeMs: 0 };
  }
  const deadline = parsed.mode === 'exam' ? now + examMinutes(parsed, drawn.length) * 60_000 : null;
  return {
    id: `${now.toString(36)}-${(parsed.seed >>> 0).toString(36)}`,
    config: parsed,
    startedAt: now,
    deadline,
    itemIds: drawn.map((item) => item.id),
    order,
    current: 0,
    entries,
    viewingSince: now,
    finishedAt: null,
    finishedBy: null,
  };
}

/**
 * The answer to submit: the learner's, or — for an ordering item left untouched — the
 * sequence on screen, which is a complete answer the learner chose to keep.
 */
export function responseAsShown(
  item: Item,
  order: Readonly<Record<string, readonly string[]>> | undefined,
  response: ItemResponse | undefined,
): ItemResponse | undefined {
  if (response !== undefined || item.type !== 'ordering') return response;
  return { order: [...(order?.elements ?? item.elements.map((e) => e.id))] };
}
