import * as z from 'zod/mini';
import { chapterSlugs } from '../items/chapters';
import { quizSessionSchema, confidenceLevels, type QuizSession } from '../session/session';
import { replayReviews, reviewCard, type ReviewRating } from '../review/scheduler';
import type { StoredCard } from '../review/due';
import { currentProgressVersion } from './keys';

/**
 * The learner's progress, version 3: every attempt, the review card of every item answered,
 * flags, chapters marked as studied (each with the time it was marked or un-marked, as flags
 * have, so un-marking survives a merge) and the quiz session in progress (if any). It lives in the
 * browser's storage as JSON (see store.ts) and moves between devices as a file (exchange.ts).
 * Times are epoch milliseconds. Invariants: attempts are in time order (then by id), and each
 * item's card is what replaying its attempts in that order gives (merge.ts relies on both).
 */

export const attemptModes = ['practice', 'tutor', 'exam', 'review', 'check'] as const;
export type AttemptMode = (typeof attemptModes)[number];

const text = (max: number) => z.string().check(z.maxLength(max));
const time = z.int().check(z.minimum(0));

export const attemptSchema = z.object({
  /** Stable and unique: "<session id>/<item id>", or "<mode>/<time>/<item id>" outside sessions. */
  id: z.string().check(z.minLength(1), z.maxLength(300)),
  itemId: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Chapter and topics when answered, so history survives later edits to the bank. */
  chapter: text(100),
  topics: z.array(text(200)).check(z.maxLength(30)),
  at: time,
  earned: z.number().check(z.minimum(0)),
  total: z.number().check(z.positive()),
  correct: z.boolean(),
  /** The FSRS rating the answer earned (1 Again, 2 Hard, 3 Good, 4 Easy). */
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  mode: z.enum(attemptModes),
  timeMs: z.optional(z.number().check(z.minimum(0))),
  confidence: z.optional(z.enum(confidenceLevels)),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const storedCardSchema = z.object({
  due: z.number(),
  stability: z.number().check(z.minimum(0)),
  difficulty: z.number(),
  elapsedDays: z.number().check(z.minimum(0)),
  scheduledDays: z.number().check(z.minimum(0)),
  learningSteps: z.int().check(z.minimum(0)),
  reps: z.int().check(z.minimum(0)),
  lapses: z.int().check(z.minimum(0)),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.nullable(z.number()),
}) satisfies z.ZodMiniType<StoredCard>;

/** A flag with the time it was set or cleared, so merging two devices keeps the latest. */
export const flagSchema = z.object({ on: z.boolean(), at: time });
export type Flag = z.infer<typeof flagSchema>;

export const progressSchema = z.object({
  version: z.literal(currentProgressVersion),
  attempts: z.array(attemptSchema),
  cards: z.record(z.string(), storedCardSchema),
  flags: z.record(z.string(), flagSchema),
  /** Chapter slugs the learner marked (on) or un-marked (off) as studied, with when. */
  studied: z.record(z.string(), flagSchema),
  session: z.nullable(quizSessionSchema),
});
export type ProgressDocument = Omit<z.infer<typeof progressSchema>, 'session'> & {
  readonly session: QuizSession | null;
};

export function emptyProgress(): ProgressDocument {
  return { version: currentProgressVersion, attempts: [], cards: {}, flags: {}, studied: {}, session: null };
}

/** What an island knows when an item is answered; the id and card follow from it. */
export interface AttemptInput {
  readonly itemId: string;
  readonly chapter: string;
  readonly topics: readonly string[];
  readonly at: number;
  readonly earned: number;
  readonly total: number;
  readonly correct: boolean;
  readonly rating: ReviewRating;
  readonly mode: AttemptMode;
  readonly sessionId?: string;
  readonly timeMs?: number;
  readonly confidence?: Attempt['confidence'];
}

export function attemptId(input: Pick<AttemptInput, 'itemId' | 'at' | 'mode' | 'sessionId'>): string {
  return input.sessionId ? `${input.sessionId}/${input.itemId}` : `${input.mode}/${input.at}/${input.itemId}`;
}

/** Attempts sort by time, then id: the order reviews are replayed in. */
export function byTimeThenId(a: Attempt, b: Attempt): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Records an answer: appends the attempt and moves the item's review card on. Recording the
 * same attempt twice (same id) changes nothing, so a page that re-sends after a reload is safe.
 */
export function recordAttempt(doc: ProgressDocument, input: AttemptInput): ProgressDocument {
  const { sessionId: _session, ...fields } = input;
  const attempt: Attempt = attemptSchema.parse({ ...fields, topics: [...input.topics], id: attemptId(input) });
  if (doc.attempts.some((a) => a.id === attempt.id)) return doc;
  const last = doc.attempts[doc.attempts.length - 1];
  if (!last || byTimeThenId(last, attempt) < 0) {
    const card: StoredCard = reviewCard(doc.cards[attempt.itemId], attempt.rating, attempt.at);
    return { ...doc, attempts: [...doc.attempts, attempt], cards: { ...doc.cards, [attempt.itemId]: card } };
  }
  // An answer stamped earlier than the last one recorded (another tab, a clock change): keep
  // attempts in time order and rebuild this item's card from its whole history.
  const attempts = [...doc.attempts, attempt].sort(byTimeThenId);
  const card = replayReviews(attempts.filter((a) => a.itemId === attempt.itemId)) as StoredCard;
  return { ...doc, attempts, cards: { ...doc.cards, [attempt.itemId]: card } };
}

export function isFlagged(doc: ProgressDocument, itemId: string): boolean {
  return doc.flags[itemId]?.on === true;
}

export function setFlag(doc: ProgressDocument, itemId: string, on: boolean, at: number): ProgressDocument {
  if (isFlagged(doc, itemId) === on && doc.flags[itemId] !== undefined) return doc;
  return { ...doc, flags: { ...doc.flags, [itemId]: { on, at } } };
}

/** The chapters marked as studied, in slug order. */
export function studiedChapters(doc: Pick<ProgressDocument, 'studied'>): string[] {
  return Object.keys(doc.studied)
    .filter((slug) => doc.studied[slug]?.on === true)
    .sort();
}

/**
 * Marks a chapter as studied (or not) at time `at`. The chapter must be one of the course's
 * slugs. The change is kept with its time, so merging with an older copy keeps the latest.
 */
export function setStudied(doc: ProgressDocument, chapter: string, studied: boolean, at: number): ProgressDocument {
  if (!(chapterSlugs as readonly string[]).includes(chapter))
    throw new RangeError(`"${chapter}" is not a chapter slug (${chapterSlugs.join(', ')})`);
  const current = doc.studied[chapter];
  if (current !== undefined && current.on === studied) return doc;
  return { ...doc, studied: { ...doc.studied, [chapter]: { on: studied, at } } };
}

export function withSession(doc: ProgressDocument, session: QuizSession | null): ProgressDocument {
  return { ...doc, session };
}
