import type { SearchHit } from '../../search/search-engine.ts';
import type { SearchKind } from '../../search/search-records.ts';

/** Rendering the results listbox: one `role="option"` item per hit, built with DOM calls (no HTML strings). */

const kindLabel: Readonly<Record<SearchKind, string>> = {
  chapter: 'Chapter',
  section: 'Section',
  term: 'Glossary',
  case: 'Figure case',
  question: 'Question',
};

/** What one result shows: its title, where it lives ("Chapter · …"), and an excerpt if any. */
export interface ResultView {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly context: string;
  readonly excerpt: string;
}

export function resultView(hit: SearchHit, index: number): ResultView {
  const { record } = hit;
  return {
    id: `search-result-${index}`,
    title: record.title,
    kind: kindLabel[record.kind],
    // A glossary term's context would only repeat the glossary's name.
    context: record.kind === 'term' ? '' : ` · ${record.context}`,
    excerpt: record.excerpt ?? '',
  };
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** Replaces the list's items with one option per hit; `choose(i)` runs when result i is clicked. */
export function renderResults(list: HTMLElement, hits: readonly SearchHit[], choose: (index: number) => void): void {
  list.replaceChildren(
    ...hits.map((hit, i) => {
      const view = resultView(hit, i);
      const li = document.createElement('li');
      li.id = view.id;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const where = span('result-where', '');
      where.append(span('result-kind', view.kind), view.context);
      li.append(span('result-title', view.title), where);
      if (view.excerpt) li.append(span('result-excerpt', view.excerpt));
      li.addEventListener('click', () => choose(i));
      return li;
    }),
  );
}

/** Marks result `active` as selected (or none, for -1) and keeps it in view. */
export function showActive(input: HTMLInputElement, list: HTMLElement, active: number): void {
  list.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  const current = active >= 0 ? list.children[active] : undefined;
  if (current) {
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}
