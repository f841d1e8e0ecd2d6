import { currentProgressVersion, progressKey } from './progress/keys';
import { dueReviewIds } from './review/due';
import { blockedMessage } from './progress/blocked';
import { isRecord } from '../lib/is-record';
import { isSlug } from '../lib/slug';

/**
 * The home page's and chapter pages' window on progress: how many reviews are due and which
 * chapters are studied, read and written without loading the quiz engine (no zod, no ts-fsrs;
 * a few hundred bytes). It reads the same stored document as the engine and is lenient: if the
 * document cannot be read it reports nothing rather than guessing, and it never writes over
 * data it cannot read (the quiz pages set such data aside and tell the learner).
 */

export interface ProgressStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ProgressSummary {
  /** False when there is stored progress this page could not read (the quiz pages explain). */
  readonly readable: boolean;
  /** True when the browser will not let the site read its storage at all (blocked). */
  readonly blocked: boolean;
  /** True when the stored progress was saved by a newer version of the site (read-only here). */
  readonly newer: boolean;
  readonly dueReviews: number;
  readonly answeredItems: number;
  readonly studied: readonly string[];
}

export type Loose = Record<string, unknown>;

/**
 * The stored document as loose JSON: null when there is none, undefined when storage is
 * blocked or the text is not a JSON object (shared with ./check-answer-record.ts).
 */
export function readDocument(store: Pick<ProgressStore, 'getItem'>): Loose | null | undefined {
  let raw: string | null;
  try {
    raw = store.getItem(progressKey);
  } catch {
    return undefined;
  }
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a stored document was written by a newer version of the site than this one. */
function isNewer(doc: Loose | null | undefined): boolean {
  return isRecord(doc) && typeof doc.version === 'number' && doc.version > currentProgressVersion;
}

/** What a light page says about progress saved by a newer version of the site. */
export const newerMessage =
  'Your progress was saved by a newer version of this site, open in another tab or window. This page will not change it: reload the page to use the newer version.';

/** A fresh document in the current format, as the light pages write it. */
export function freshDocument(): Loose {
  return { version: currentProgressVersion, attempts: [], cards: {}, flags: {}, studied: {}, session: null };
}

/**
 * The stored document in the current format, for the light pages to edit: a version-2
 * document differs only in its studied chapters (a list, now timed marks), so it is brought
 * forward here exactly as the engine's migration does; anything else (another version or a
 * shape not recognised) is undefined and must not be written over.
 */
export function editableDocument(doc: Loose | null): Loose | undefined {
  if (doc === null) return freshDocument();
  if (doc.version === 2 && Array.isArray(doc.studied) && hasDocumentShape({ ...doc, studied: {} })) {
    const slugs = [...new Set(doc.studied.filter((s): s is string => typeof s === 'string'))].sort();
    return {
      ...doc,
      version: currentProgressVersion,
      studied: Object.fromEntries(slugs.map((slug) => [slug, { on: true, at: 0 }])),
    };
  }
  if (doc.version !== currentProgressVersion || !hasDocumentShape(doc)) return undefined;
  return doc;
}

/**
 * The document's parts have the engine's shapes (lists and records where it expects them), so
 * an edit here cannot turn a readable document unreadable. The engine checks every field when
 * it reads; this is the cheap part of that check, without zod.
 */
function hasDocumentShape(doc: Loose): boolean {
  return (
    Array.isArray(doc.attempts) &&
    isRecord(doc.cards) &&
    isRecord(doc.flags) &&
    isRecord(doc.studied) &&
    (doc.session === null || isRecord(doc.session))
  );
}

/** The studied chapters of a loose document of version 2 (a list) or 3 (timed marks). */
function studiedSlugs(doc: Loose): string[] {
  if (Array.isArray(doc.studied)) return doc.studied.filter((s): s is string => typeof s === 'string');
  if (!isRecord(doc.studied)) return [];
  const marks = doc.studied;
  return Object.keys(marks)
    .filter((slug) => isRecord(marks[slug]) && (marks[slug] as Loose).on === true)
    .sort();
}

/**
 * What the home page shows. `isKnownItem` says which item ids are in the question bank (the
 * same predicate /progress/ and /review/ pass to dueReviewIds).
 */
export function readProgressSummary(
  store: Pick<ProgressStore, 'getItem'>,
  now: number,
  isKnownItem?: (id: string) => boolean,
): ProgressSummary {
  const nothing = { dueReviews: 0, answeredItems: 0, studied: [] };
  try {
    store.getItem(progressKey);
  } catch {
    return { readable: false, blocked: true, newer: false, ...nothing };
  }
  const doc = readDocument(store);
  if (doc === null) return { readable: true, blocked: false, newer: false, ...nothing };
  if (doc === undefined || typeof doc.version !== 'number' || doc.version > currentProgressVersion) {
    return { readable: false, blocked: false, newer: isNewer(doc), ...nothing };
  }
  const attempts = Array.isArray(doc.attempts) ? doc.attempts : [];
  const answeredItems = new Set(
    attempts
      .filter(isRecord)
      .map((a) => a.itemId)
      .filter((id) => typeof id === 'string'),
  ).size;
  const dueReviews = dueReviewIds(doc, now, isKnownItem).length;
  return { readable: true, blocked: false, newer: false, dueReviews, answeredItems, studied: studiedSlugs(doc) };
}

/** Why a light page could not save a change: its sentence is studiedProblemMessage(). */
export type SaveProblem = 'blocked' | 'full' | 'unreadable' | 'newer';

/**
 * Marks a chapter as studied (or not) at time `at` in the stored progress, keeping the time so
 * a merge with an older copy (another tab saving) keeps the latest. Changes nothing, and says
 * why, when storage is blocked or full, or holds progress this page cannot safely edit
 * (unreadable, or from another version: open /progress/ to have it updated or set aside
 * first). `chapter` should be a chapter slug (src/quiz-engine/items/common.ts).
 */
export function setChapterStudied(
  store: ProgressStore,
  chapter: string,
  studied: boolean,
  at: number = Date.now(),
): { ok: true } | { ok: false; problem: SaveProblem } {
  if (!isSlug(chapter)) throw new RangeError(`"${chapter}" is not a chapter slug`);
  if (!Number.isInteger(at) || at < 0) throw new RangeError(`the time ${at} is not a valid time`);
  try {
    store.getItem(progressKey);
  } catch {
    return { ok: false, problem: 'blocked' };
  }
  const read = readDocument(store);
  const base = read === undefined ? undefined : editableDocument(read);
  if (base === undefined) return { ok: false, problem: isNewer(read) ? 'newer' : 'unreadable' };
  const marks = base.studied as Loose;
  try {
    store.setItem(progressKey, JSON.stringify({ ...base, studied: { ...marks, [chapter]: { on: studied, at } } }));
    return { ok: true };
  } catch {
    return { ok: false, problem: 'full' };
  }
}

/** As setChapterStudied, true when the change was saved. */
export function markChapterStudied(
  store: ProgressStore,
  chapter: string,
  studied: boolean,
  at: number = Date.now(),
): boolean {
  return setChapterStudied(store, chapter, studied, at).ok;
}

/** The sentence (HTML: it may link to /progress/) a light page shows when it could not save. */
export function saveProblemMessage(problem: SaveProblem): string {
  switch (problem) {
    case 'blocked':
      return blockedMessage;
    case 'full':
      return 'This was not saved: this browser’s storage is full. <a href="/progress/">Export your progress</a> to keep it safe, then free some space.';
    case 'newer':
      return newerMessage;
    case 'unreadable':
      return 'Your saved progress could not be read on this page, so it was not changed. <a href="/progress/">Open your progress</a> to recover it.';
  }
}

/** What the light pages say when the browser blocks storage (the quiz pages say the same). */
export { blockedMessage };
