import { createSearch, type Search, type SearchHit } from '../../search/search-engine.ts';
import type { SearchKind, SearchRecord } from '../../search/search-records.ts';

/**
 * Behaviour of the search dialog, loaded the first time search opens (with fuse.js). The input is
 * an ARIA combobox controlling a listbox of results: the arrow keys move the active result
 * (aria-activedescendant, so focus stays in the input), Enter opens it, and a polite status line
 * announces how many results a query found.
 */

const kindLabel: Readonly<Record<SearchKind, string>> = {
  chapter: 'Chapter',
  section: 'Section',
  term: 'Glossary',
  case: 'Figure case',
  question: 'Question',
};

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

export function wireSearchDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !list || !status)
    throw new TypeError('wireSearchDialog: the dialog is missing its input, results list or status line');

  let hits: SearchHit[] = [];
  let active = -1;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

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

  const setActive = (index: number) => {
    active = hits.length === 0 ? -1 : (index + hits.length) % hits.length;
    list.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    const current = active >= 0 ? list.children[active] : undefined;
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const go = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    dialog.close();
    const target = new URL(hit.record.url, window.location.href);
    if (target.pathname === window.location.pathname && target.hash) {
      // Same page: move to the section and put keyboard focus there, not back on the button.
      window.location.hash = target.hash;
      const heading = document.getElementById(decodeURIComponent(target.hash.slice(1)));
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    } else window.location.assign(target.href);
  };

  const render = (query: string) => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const li = document.createElement('li');
        li.id = `search-result-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const title = document.createElement('span');
        title.className = 'result-title';
        title.textContent = hit.record.title;
        const where = document.createElement('span');
        where.className = 'result-where';
        const kind = document.createElement('span');
        kind.className = 'result-kind';
        kind.textContent = kindLabel[hit.record.kind];
        where.append(kind, hit.record.kind === 'term' ? '' : ` · ${hit.record.context}`);
        li.append(title, where);
        if (hit.record.excerpt) {
          const text = document.createElement('span');
          text.className = 'result-excerpt';
          text.textContent = hit.record.excerpt;
          li.append(text);
        }
        li.addEventListener('click', () => go(i));
        return li;
      }),
    );
    input.setAttribute('aria-expanded', String(hits.length > 0));
    setActive(hits.length > 0 ? 0 : -1);
    clearTimeout(announceTimer);
    // Announce once typing pauses, not on every key.
    announceTimer = setTimeout(() => {
      status.textContent =
        query === ''
          ? 'Type to search.'
          : hits.length === 0
            ? `No results for “${query}”.`
            : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”; the first is ${hits[0]?.record.title}.`;
    }, 350);
  };

  const run = async () => {
    const query = input.value.trim();
    const search = await loadSearch();
    if (query !== input.value.trim()) return; // a newer keystroke has taken over
    hits = query.length < 2 ? [] : search(query, 10);
    render(query);
  };

  input.addEventListener('input', () => void run().catch(() => undefined));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') setActive(active + 1);
    else if (event.key === 'ArrowUp') setActive(active - 1);
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(hits.length - 1);
    else if (event.key === 'Enter') {
      if (active >= 0) go(active);
    } else if (event.key === 'Escape') {
      // A search field would only clear itself on the first Escape; close the dialog at once.
      dialog.close();
    } else return;
    event.preventDefault();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes the dialog, like Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
