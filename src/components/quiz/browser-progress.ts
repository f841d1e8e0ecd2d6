import { openProgress, saveProgress, noticeMessage } from '../../quiz-engine/progress/store';
import type { ProgressDocument } from '../../quiz-engine/progress/document';
import type { KeyValueStore } from '../../quiz-engine/progress/store';

/**
 * localStorage, touched only inside each call (as ../../quiz-engine/browser-store.ts does for
 * the light pages; kept separate so the quiz pages and the light pages share no chunk).
 */
function browserStore(): KeyValueStore {
  return {
    getItem: (key) => window.localStorage.getItem(key),
    setItem: (key, value) => window.localStorage.setItem(key, value),
  };
}

export interface LoadedProgress {
  doc: ProgressDocument;
  canSave: boolean;
  /** A sentence for the learner, when something about their stored progress needs saying. */
  message?: string;
  /** Whether the message is a warning (unreadable, blocked) rather than information. */
  warning: boolean;
}

export function loadProgress(now: number): LoadedProgress {
  const opened = openProgress(browserStore(), now);
  if (!opened.notice) return { doc: opened.doc, canSave: opened.canSave, warning: false };
  return {
    doc: opened.doc,
    canSave: opened.canSave,
    message: noticeMessage(opened.notice),
    warning: opened.notice.kind !== 'updated',
  };
}

/** Saves, returning a sentence for the learner if it failed. */
export function storeProgress(doc: ProgressDocument, canSave: boolean): string | undefined {
  if (!canSave) return undefined;
  const outcome = saveProgress(browserStore(), doc);
  return outcome.ok
    ? undefined
    : `Your progress could not be saved (${outcome.problem}). Export it from the Progress page to keep it safe.`;
}
