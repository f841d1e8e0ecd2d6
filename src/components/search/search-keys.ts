/**
 * The search combobox's keyboard, as data: which command a key press asks for, and where the
 * active result moves. Pure, so the keyboard path is tested without a browser.
 */

/** What a key press in the search input asks for; `undefined` leaves the key to the browser. */
export type SearchCommand =
  | { readonly kind: 'move'; readonly to: 'next' | 'previous' | 'first' | 'last' }
  | { readonly kind: 'open' }
  | { readonly kind: 'close' };

/** The parts of a KeyboardEvent the combobox reads. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
}

export function searchCommand(press: KeyPress): SearchCommand | undefined {
  switch (press.key) {
    case 'ArrowDown':
      return { kind: 'move', to: 'next' };
    case 'ArrowUp':
      return { kind: 'move', to: 'previous' };
    case 'Home':
      return press.ctrlKey ? { kind: 'move', to: 'first' } : undefined;
    case 'End':
      return press.ctrlKey ? { kind: 'move', to: 'last' } : undefined;
    case 'Enter':
      return { kind: 'open' };
    case 'Escape':
      // A search field would only clear itself on the first Escape; the dialog closes at once.
      return { kind: 'close' };
    default:
      return undefined;
  }
}

/**
 * The active result after a move through `count` results: the arrows wrap around at both ends;
 * with no results nothing is active (-1).
 */
export function moveActive(active: number, count: number, to: 'next' | 'previous' | 'first' | 'last'): number {
  if (count <= 0) return -1;
  const target = to === 'next' ? active + 1 : to === 'previous' ? active - 1 : to === 'first' ? 0 : count - 1;
  return ((target % count) + count) % count;
}
