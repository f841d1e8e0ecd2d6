/**
 * Keeping a learner's progress safe (issue 10 §2): when progress was last exported to a file,
 * a reminder after a long gap, and the browser's persistent-storage grant
 * (navigator.storage.persist(): a persisted origin is not cleared to free space).
 * Storage may be blocked: every function here copes and says so instead of throwing.
 */
export const lastExportKey = 'gepnet:last-exported-at';
/** Days after the last export (or since progress began, never exported) before a reminder shows. */
export const exportReminderDays = 30;
export const exportedEvent = 'gepnet:progress-exported';
const dayMs = 86_400_000;

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): KeyValue | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Time of the last export (ms), or null when never exported or unreadable. */
export function lastExportedAt(store: KeyValue | null = storage()): number | null {
  try {
    const raw = store?.getItem(lastExportKey) ?? null;
    const value = raw === null ? NaN : Number(raw);
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Records an export (called when the learner saves the progress file); false if storage refused. */
export function recordExport(now: number, store: KeyValue | null = storage()): boolean {
  let saved: boolean;
  try {
    store?.setItem(lastExportKey, String(now));
    saved = store !== null;
  } catch {
    saved = false;
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(exportedEvent, { detail: now }));
  return saved;
}

/** Whole days between two times (never negative). */
export function daysBetween(earlier: number, later: number): number {
  return Math.max(0, Math.floor((later - earlier) / dayMs));
}

/** Whether to remind the learner to export: some progress exists and the last export is old or missing. */
export function exportReminderDue(
  last: number | null,
  now: number,
  hasProgress: boolean,
  days = exportReminderDays,
): boolean {
  if (!hasProgress) return false;
  return last === null || daysBetween(last, now) >= days;
}

export type Persistence = 'granted' | 'not-granted' | 'unsupported';

/** Whether this origin's storage is persistent (no prompt). */
export async function persistence(): Promise<Persistence> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
    return (await navigator.storage.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}

/** Asks for persistent storage (some browsers ask the learner; Chromium decides by itself). */
export async function requestPersistence(): Promise<Persistence> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
    return (await navigator.storage.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}
