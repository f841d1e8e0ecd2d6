import { openProgress, saveProgress, noticeMessage, type KeyValueStore } from '../../quiz-engine/progress/store';
import type { ProgressDocument } from '../../quiz-engine/progress/document';

/**
 * The progress document as the islands see it: opened with a sentence for the learner when
 * something about the stored copy needs saying, and saved with a sentence when saving failed.
 * The Svelte store (progress.svelte.ts) holds the result; this part is plain and tested.
 */

/**
 * localStorage, touched only inside each call (as ../../quiz-engine/browser-store.ts does for
 * the light pages; kept separate so the quiz pages and the light pages share no chunk).
 */
export function browserStore(): KeyValueStore {
  return {
    getItem: (key) => window.localStorage.getItem(key),
    setItem: (key, value) => window.localStorage.setItem(key, value),
  };
}

/** A notice about the learner's stored progress, as StorageNotice shows it. */
export interface ProgressNotice {
  readonly message: string;
  /** Whether it is a warning (unreadable, blocked, newer) rather than information (updated). */
  readonly warning: boolean;
}

export interface LoadedProgress {
  readonly doc: ProgressDocument;
  /** False when this page must not write (blocked storage, a newer or unkeepable stored copy). */
  readonly canSave: boolean;
  readonly notice?: ProgressNotice;
}

export function loadProgress(now: number, store: KeyValueStore = browserStore()): LoadedProgress {
  const opened = openProgress(store, now);
  if (!opened.notice) return { doc: opened.doc, canSave: opened.canSave };
  return {
    doc: opened.doc,
    canSave: opened.canSave,
    notice: { message: noticeMessage(opened.notice), warning: opened.notice.kind !== 'updated' },
  };
}

/** Saves unless this page must not, returning a sentence for the learner if saving failed. */
export function storeProgress(
  doc: ProgressDocument,
  canSave: boolean,
  store: KeyValueStore = browserStore(),
): string | undefined {
  if (!canSave) return undefined;
  const outcome = saveProgress(store, doc);
  return outcome.ok ? undefined : saveFailedMessage(outcome.problem);
}

export function saveFailedMessage(problem: string): string {
  return `Your progress could not be saved (${problem}). Export it from the Progress page to keep it safe.`;
}
