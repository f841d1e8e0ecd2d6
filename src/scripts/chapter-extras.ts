// The chapter's on-demand data (/data/chapters/<slug>.json: glossary cards, check-yourself keys
// and feedback; see src/components/chapter-extras.ts), fetched once per page. Its address is the
// chapter article's data-extras attribute. A failed fetch (offline without the precache, say) is
// forgotten, so the next use tries again.
import type { ChapterExtras } from '../components/chapter-extras';

let loading: Promise<ChapterExtras> | undefined;

/** The chapter's extras; rejects when the page has none or the file cannot be loaded. */
export function chapterExtras(): Promise<ChapterExtras> {
  loading ??= (async () => {
    const url = document.querySelector<HTMLElement>('[data-extras]')?.dataset.extras;
    if (!url) throw new Error('this page has no chapter data (no [data-extras])');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as ChapterExtras;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Runs `task` once the page has loaded and the main thread is idle (at most `timeout` ms later). */
export function whenIdle(task: () => void, timeout = 2000): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout }) : setTimeout(task, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
