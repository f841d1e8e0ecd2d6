import type { ProgressStore } from './progress-summary';

/**
 * The browser's localStorage behind the progress store interface, touched only inside each
 * call: some browsers throw on merely reading `window.localStorage` (storage blocked, a
 * SecurityError), and an expression like `readProgressSummary(localStorage, …)` would throw
 * before the guarded code ran. Through this, a blocked or full store is an error the progress
 * functions catch and report, never an uncaught one.
 */
export function browserStore(): ProgressStore {
  return {
    getItem: (key) => window.localStorage.getItem(key),
    setItem: (key, value) => window.localStorage.setItem(key, value),
  };
}
