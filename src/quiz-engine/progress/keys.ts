/** Where progress lives in the browser's storage (a tiny module the home page can import). */
export const progressKey = 'gepnet:progress';

/** Unreadable progress is copied here (with the time) before a fresh document replaces it. */
export function asideKey(now: number): string {
  return `${progressKey}:unreadable:${new Date(now).toISOString()}`;
}

/** The version of the progress document this build writes. */
export const currentProgressVersion = 3;
