// A URL, not a CSS import: Astro would put an imported stylesheet back into every page's <style>.
import dialogCssUrl from './search-dialog.css?url';

/**
 * The search dialog's markup and stylesheet, made when search is first opened rather than sent in
 * every page's HTML (issue 10: a chapter's HTML must fit the first network round trip). Built at
 * once, in the button's script, so that the input has focus before the first key after "/" or a
 * click; fuse.js, the index and the behaviour (search-dialog.ts) follow.
 */

/** An element with attributes and children, built with DOM calls (no HTML strings). */
function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Adds the dialog's stylesheet (a same-origin file, which the CSP's style-src 'self' allows). */
export function addDialogStyles(): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = dialogCssUrl;
  document.head.append(link);
}

/**
 * A labelled modal with a title, a close button, the combobox input with its label and help, a
 * polite status line and the results listbox.
 */
export function buildSearchDialog(): HTMLDialogElement {
  const dialog = el('dialog', {
    class: 'search-dialog',
    'data-search-dialog': '',
    'aria-labelledby': 'search-dialog-title',
  }) as HTMLDialogElement;
  dialog.append(
    el(
      'div',
      { class: 'search-panel' },
      el(
        'div',
        { class: 'search-top' },
        el('h2', { id: 'search-dialog-title', class: 'search-title' }, 'Search the course'),
        el(
          'button',
          { type: 'button', class: 'search-close', 'data-search-close': '' },
          'Close',
          el('span', { class: 'visually-hidden' }, ' search'),
        ),
      ),
      el('label', { for: 'search-input', class: 'search-label' }, 'Chapters, glossary, figure cases and questions'),
      el('input', {
        id: 'search-input',
        type: 'search',
        role: 'combobox',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': 'search-results',
        'aria-describedby': 'search-help',
        placeholder: 'e.g. insulinoma, Choi criteria',
        'data-search-input': '',
      }),
      el(
        'p',
        { id: 'search-help', class: 'search-help' },
        'Use the up and down arrow keys to choose a result and Enter to open it.',
      ),
      el('p', {
        class: 'search-status',
        role: 'status',
        'aria-live': 'polite',
        'aria-atomic': 'true',
        'data-search-status': '',
      }),
      el('ul', {
        id: 'search-results',
        class: 'search-results',
        role: 'listbox',
        'aria-label': 'Search results',
        'data-search-results': '',
      }),
    ),
  );
  return dialog;
}
