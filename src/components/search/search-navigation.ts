/**
 * Where choosing a search result takes the learner, and what the status line says about a query.
 * Pure functions of their inputs (no DOM), tested in tests/unit/search/search-dialog-logic.test.ts.
 */

/** A result on the page already open moves to its section; anything else loads a page. */
export type SearchDestination =
  | { readonly kind: 'same-page'; readonly hash: string; readonly headingId: string }
  | { readonly kind: 'load'; readonly href: string };

export function searchDestination(resultUrl: string, here: string): SearchDestination {
  const target = new URL(resultUrl, here);
  const current = new URL(here);
  if (target.pathname === current.pathname && target.hash)
    return { kind: 'same-page', hash: target.hash, headingId: decodeURIComponent(target.hash.slice(1)) };
  return { kind: 'load', href: target.href };
}

/** The sentence the polite status line announces once typing pauses. */
export function searchStatus(query: string, titles: readonly string[]): string {
  if (query === '') return 'Type to search.';
  if (titles.length === 0) return `No results for “${query}”.`;
  const n = titles.length;
  return `${n} result${n === 1 ? '' : 's'} for “${query}”; the first is ${titles[0]}.`;
}
