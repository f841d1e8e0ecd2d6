/**
 * Calls `hidden` when the page is hidden (another tab, a locked phone), `shown` when it is
 * visible again and `leaving` (by default `hidden`) when it is closed or navigated away from:
 * the quiz islands stop and restart an item's clock with it. Returns the function that stops
 * listening (an onMount cleanup).
 */
export function watchPageVisibility(handlers: {
  hidden: () => void;
  shown: () => void;
  leaving?: () => void;
}): () => void {
  const leaving = handlers.leaving ?? handlers.hidden;
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') handlers.hidden();
    else handlers.shown();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', leaving);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', leaving);
  };
}
