import { createSearch, type Search, type SearchHit } from '../../search/search-engine.ts';
import type { SearchRecord } from '../../search/search-records.ts';
import { moveActive, searchCommand } from './search-keys.ts';
import { searchDestination, searchStatus } from './search-navigation.ts';
import { renderResults, showActive } from './search-results-view.ts';

/**
 * Behaviour of the search dialog, loaded the first time search opens (with fuse.js). The input is
 * an ARIA combobox controlling a listbox of results: the arrow keys move the active result
 * (aria-activedescendant, so focus stays in the input), Enter opens it, and a polite status line
 * announces how many results a query found. The keys (search-keys.ts), where a result leads and
 * what the status says (search-navigation.ts) and the listbox markup (search-results-view.ts)
 * live in their own modules; this one only wires them to the dialog.
 */

let searchPromise: Promise<Search> | undefined;

/** Fetches the index once per page and builds the searcher. */
function loadSearch(): Promise<Search> {
  searchPromise ??= fetch('/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`the search index could not be loaded (HTTP ${response.status})`);
      return response.json() as Promise<SearchRecord[]>;
    })
    .then((records) => createSearch(records));
  return searchPromise;
}

/** Same page: move to the section and put keyboard focus there, not back on the button. */
function followResult(url: string): void {
  const destination = searchDestination(url, window.location.href);
  if (destination.kind === 'load') {
    window.location.assign(destination.href);
    return;
  }
  window.location.hash = destination.hash;
  const heading = document.getElementById(destination.headingId);
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

export function wireSearchDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !list || !status)
    throw new TypeError('wireSearchDialog: the dialog is missing its input, results list or status line');

  let hits: SearchHit[] = [];
  let active = -1;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number) => {
    active = index;
    showActive(input, list, active);
  };

  const go = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    dialog.close();
    followResult(hit.record.url);
  };

  const show = (query: string) => {
    renderResults(list, hits, go);
    input.setAttribute('aria-expanded', String(hits.length > 0));
    setActive(hits.length > 0 ? 0 : -1);
    clearTimeout(announceTimer);
    // Announce once typing pauses, not on every key.
    announceTimer = setTimeout(() => {
      status.textContent = searchStatus(
        query,
        hits.map((hit) => hit.record.title),
      );
    }, 350);
  };

  const run = async () => {
    const query = input.value.trim();
    const search = await loadSearch();
    if (query !== input.value.trim()) return; // a newer keystroke has taken over
    hits = query.length < 2 ? [] : search(query, 10);
    show(query);
  };

  status.textContent = 'Loading the search index…';
  loadSearch().then(
    () => {
      status.textContent = input.value.trim() ? '' : 'Type to search.';
      if (input.value.trim()) void run();
    },
    (error: unknown) => {
      status.textContent = `Search is unavailable: ${error instanceof Error ? error.message : String(error)}.`;
    },
  );

  input.addEventListener('input', () => void run().catch(() => undefined));
  input.addEventListener('keydown', (event) => {
    const command = searchCommand(event);
    if (!command) return;
    event.preventDefault();
    if (command.kind === 'move') setActive(moveActive(active, hits.length, command.to));
    else if (command.kind === 'open') {
      if (active >= 0) go(active);
    } else dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes the dialog, like Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
