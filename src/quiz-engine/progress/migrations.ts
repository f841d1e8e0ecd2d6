import * as z from 'zod/mini';
import { ratingFor, replayReviews } from '../review/scheduler';
import type { StoredCard } from '../review/due';
import {
  attemptSchema,
  attemptModes,
  byTimeThenId,
  flagSchema,
  storedCardSchema,
  type Attempt,
  type Flag,
} from './document';
import { quizSessionSchema } from '../session/session';

/**
 * Forward migrations of the stored progress document, one function per version step. Each
 * narrows its input with that version's own schema, so a damaged old document is reported
 * rather than half-migrated. Add a step here whenever progressSchema changes, and bump
 * currentProgressVersion in keys.ts.
 */

/**
 * Version 1, the first (pre-release) layout: attempts without ids or ratings, flags as a plain
 * list, no review cards and no studied chapters. Version 2 needs ids and timed flags so two
 * devices' progress can be merged, and cards for spaced review.
 */
export const progressV1Schema = z.object({
  version: z.literal(1),
  attempts: z.array(
    z.object({
      itemId: z.string().check(z.minLength(1), z.maxLength(200)),
      chapter: z.string().check(z.maxLength(100)),
      topics: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(30)),
      at: z.int().check(z.minimum(0)),
      earned: z.number().check(z.minimum(0)),
      total: z.number().check(z.positive()),
      correct: z.boolean(),
      mode: z.enum(attemptModes),
    }),
  ),
  flagged: z.array(z.string()),
});
export type ProgressV1 = z.infer<typeof progressV1Schema>;

/** v1 → v2: ids and ratings from each attempt, cards rebuilt by replaying them, flags timed at 0. */
export function migrateV1toV2(raw: unknown): unknown {
  const v1 = progressV1Schema.parse(raw);
  const attempts: Attempt[] = v1.attempts
    .map((a) => ({ ...a, id: `${a.mode}/${a.at}/${a.itemId}`, rating: ratingFor(a) }))
    .filter((a, index, all) => all.findIndex((b) => b.id === a.id) === index)
    .sort(byTimeThenId);
  const cards: Record<string, StoredCard> = {};
  for (const itemId of new Set(attempts.map((a) => a.itemId))) {
    const card = replayReviews(attempts.filter((a) => a.itemId === itemId));
    if (card) cards[itemId] = card;
  }
  // A v1 flag has no time; 0 means any flag change made on another device wins a merge.
  const flags: Record<string, Flag> = Object.fromEntries(
    [...new Set(v1.flagged)].map((id) => [id, { on: true, at: 0 }]),
  );
  return { version: 2, attempts, cards, flags, studied: [], session: null };
}

/**
 * Version 2: as version 3 except that studied chapters were a plain list of slugs, which
 * merged as a union, so un-marking a chapter in one tab was undone by any other tab's save.
 */
export const progressV2Schema = z.object({
  version: z.literal(2),
  attempts: z.array(attemptSchema),
  cards: z.record(z.string(), storedCardSchema),
  flags: z.record(z.string(), flagSchema),
  studied: z.array(z.string()),
  session: z.nullable(quizSessionSchema),
});
export type ProgressV2 = z.infer<typeof progressV2Schema>;

/**
 * v2 → v3: each studied chapter becomes a mark timed at 0 (like v1 flags), so any later mark
 * or un-mark on another device wins a merge. Everything else is unchanged.
 */
export function migrateV2toV3(raw: unknown): unknown {
  const v2 = progressV2Schema.parse(raw);
  const studied: Record<string, Flag> = Object.fromEntries(
    [...new Set(v2.studied)].sort().map((slug) => [slug, { on: true, at: 0 }]),
  );
  return { ...v2, version: 3, studied };
}

/** version n → the function taking a version-n document to version n + 1. */
export const migrations: Readonly<Record<number, (raw: unknown) => unknown>> = {
  1: migrateV1toV2,
  2: migrateV2toV3,
};
