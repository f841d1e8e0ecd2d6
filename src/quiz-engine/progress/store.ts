import { asideKey, progressKey } from './keys';
import { decodeProgress, encodeProgress } from './codec';
import { emptyProgress, type ProgressDocument } from './document';
import { mergeProgress } from './merge';
import { blockedMessage } from './blocked';

/**
 * Progress in the browser's storage, behind the smallest interface that window.localStorage
 * already satisfies (tests pass a Map-backed fake). Unreadable data is never thrown away: it
 * is copied aside under its own key and the learner is told, in plain words, what happened.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type StorageNotice =
  | { readonly kind: 'unreadable'; readonly keptUnder: string | null; readonly problem: string }
  | { readonly kind: 'newer'; readonly keptUnder: string | null; readonly problem: string }
  | { readonly kind: 'unavailable'; readonly problem: string }
  | { readonly kind: 'updated'; readonly fromVersion: number };

export interface OpenedProgress {
  readonly doc: ProgressDocument;
  readonly notice?: StorageNotice;
  /**
   * False when saving would overwrite data that could not be kept aside (or storage is not
   * available): the learner can keep working, but this page will not write.
   */
  readonly canSave: boolean;
}

/** Reads progress, migrating older versions and setting aside anything unreadable. */
export function openProgress(store: KeyValueStore, now: number): OpenedProgress {
  let raw: string | null;
  try {
    raw = store.getItem(progressKey);
  } catch (error) {
    return { doc: emptyProgress(), canSave: false, notice: { kind: 'unavailable', problem: describe(error) } };
  }
  if (raw === null) return { doc: emptyProgress(), canSave: true };
  const decoded = decodeProgress(raw);
  if (decoded.ok) {
    return decoded.fromVersion < decoded.doc.version
      ? { doc: decoded.doc, canSave: true, notice: { kind: 'updated', fromVersion: decoded.fromVersion } }
      : { doc: decoded.doc, canSave: true };
  }
  if (decoded.reason === 'newer') {
    // Written by an updated tab or device: leave it exactly where it is and do not write.
    return {
      doc: emptyProgress(),
      canSave: false,
      notice: { kind: 'newer', keptUnder: null, problem: decoded.problem },
    };
  }
  const keptUnder = keepAside(store, raw, now);
  return {
    doc: emptyProgress(),
    canSave: keptUnder !== null,
    notice: { kind: 'unreadable', keptUnder, problem: decoded.problem },
  };
}

/** Copies unreadable text aside under its own key; null when there was no room. */
function keepAside(store: KeyValueStore, raw: string, now: number): string | null {
  const key = asideKey(now);
  try {
    if (store.getItem(key) !== raw) store.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

export type SaveOutcome = { readonly ok: true } | { readonly ok: false; readonly problem: string };

/**
 * Writes progress; a full or blocked store comes back as a problem, not a throw. Whatever
 * another tab or a chapter page stored since this page read its copy is merged in first (the
 * same rules as importing a file), so two open tabs never erase each other's answers; this
 * page's quiz session is the one kept.
 */
export function saveProgress(store: KeyValueStore, doc: ProgressDocument, now: number = Date.now()): SaveOutcome {
  try {
    const raw = store.getItem(progressKey);
    const stored = raw === null ? null : decodeProgress(raw);
    if (raw !== null && stored && !stored.ok) {
      // What is stored now could not be read (another tab, another version of the site, or
      // damage since this page opened). Never write over it: a newer format stays untouched
      // and this page stops saving; anything else is kept aside first.
      if (stored.reason === 'newer') return { ok: false, problem: newerProblem };
      if (keepAside(store, raw, now) === null) {
        return {
          ok: false,
          problem:
            'the progress stored in this browser could not be read and there was no room to keep a copy of it, so it was not overwritten',
        };
      }
    }
    const toWrite = stored?.ok ? mergeProgress(doc, stored.doc) : doc;
    store.setItem(progressKey, encodeProgress(toWrite));
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: describe(error) };
  }
}

/** Why a save was refused when the stored progress is from a newer version of the site. */
export const newerProblem =
  'a newer version of this site, open in another tab or window, saved progress here; this page will not save, so that it never overwrites it — reload to use the newer version';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The sentence a learner reads about a storage notice (shown in an alert on the page). */
export function noticeMessage(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'unreadable':
      return notice.keptUnder
        ? `Your saved progress could not be read (${notice.problem}). It has been kept aside, untouched, and the site has started a fresh record. Export your progress from the Progress page if you want to keep new work safe.`
        : `Your saved progress could not be read (${notice.problem}), and there was no room to keep a copy aside, so this page will not overwrite it. You can still practise; nothing will be saved.`;
    case 'newer':
      return `Your saved progress was written by a newer version of this site (${notice.problem}). It is left untouched and this page will not save anything, so that it never overwrites it. Reload the page to get the newer version of the site.`;
    case 'unavailable':
      return blockedMessage;
    case 'updated':
      return 'Your saved progress was updated to the current format. Nothing was lost.';
  }
}
