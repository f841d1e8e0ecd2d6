// Glossary terms in a chapter (src/components/Term.astro): one listener set per page, however
// many terms it has. CSS alone shows a term's card on hover and focus; this adds tap-to-pin
// (aria-expanded), Escape to dismiss, keeps the card on screen, and fills in the cards' text.
//
// The definitions are not in the page's HTML (they would push a chapter past the first network
// round trip): they come from the chapter's /data/chapters/<slug>.json once the page is idle, or
// at once when a term is first hovered, focused or tapped. Each card's text is its term's
// accessible description (aria-describedby), so a screen reader reads it on focus.

export {};

let filled: Promise<void> | undefined;

/** Fills every term card's text from the chapter's data (once; a failure is retried on next use). */
function fillCards(): Promise<void> {
  filled ??= import('./chapter-extras')
    .then(({ chapterExtras }) => chapterExtras())
    .then(({ terms }) => {
      for (const t of document.querySelectorAll<HTMLElement>('[data-term]')) {
        const text = t.querySelector('.term-def');
        const card = terms[t.dataset.term ?? ''];
        if (!text || !card || text.hasChildNodes()) continue;
        const name = document.createElement('strong');
        name.textContent = card.term;
        text.append(name, `${card.spelled ? ` (${card.spelled})` : ''}: ${card.definition}`);
        // The glossary link's name says which entry (not in the HTML: the link sits next to its term).
        const link = t.querySelector('.term-card a');
        if (link && !link.querySelector('.visually-hidden')) {
          const hidden = document.createElement('span');
          hidden.className = 'visually-hidden';
          hidden.textContent = ` for ${card.term}`;
          link.append(hidden);
        }
      }
    })
    .catch((error: unknown) => {
      filled = undefined;
      console.warn('The glossary definitions could not be loaded:', error);
    });
  return filled;
}

/** Keeps an open card within the viewport. */
function place(t: Element) {
  const card = t.querySelector<HTMLElement>('.term-card');
  if (!card) return;
  card.style.setProperty('--shift', '0px');
  const box = card.getBoundingClientRect();
  const over = box.right - document.documentElement.clientWidth + 8;
  if (over > 0) card.style.setProperty('--shift', `${-Math.min(over, box.left - 8)}px`);
}

const open = (t: Element, pinned: boolean) => {
  t.removeAttribute('data-dismissed');
  t.toggleAttribute('data-open', pinned);
  t.querySelector('button')?.setAttribute('aria-expanded', String(pinned));
  place(t);
  void fillCards().then(() => place(t));
};
const close = (t: Element) => {
  t.removeAttribute('data-open');
  t.setAttribute('data-dismissed', '');
  t.querySelector('button')?.setAttribute('aria-expanded', 'false');
};
const termOf = (e: Event) => (e.target instanceof Element ? e.target.closest('[data-term]') : null);

/**
 * Ties each term's button to its card: aria-controls, and the card's text as the button's
 * accessible description (aria-describedby). Ids are term-<id>-<n>, n counting the uses of a term
 * on the page. Not in the HTML: they would make every chapter page larger, and name an empty
 * text until the definitions load.
 */
function wire(terms: NodeListOf<HTMLElement>) {
  const uses = new Map<string, number>();
  for (const t of terms) {
    const id = t.dataset.term ?? '';
    const n = (uses.get(id) ?? 0) + 1;
    uses.set(id, n);
    const button = t.querySelector('button');
    const card = t.querySelector('.term-card');
    if (!button || !card) continue;
    // The card's text element (filled with the definition) and aria-expanded are added here, not
    // sent in the HTML of every use of a term.
    let text = card.querySelector('.term-def');
    if (!text) {
      text = document.createElement('span');
      text.className = 'term-def';
      card.prepend(text, ' ');
    }
    if (!button.hasAttribute('aria-expanded')) button.setAttribute('aria-expanded', 'false');
    card.id = `term-${id}-${n}`;
    text.id = `${card.id}-def`;
    button.setAttribute('aria-controls', card.id);
    button.setAttribute('aria-describedby', text.id);
  }
}

const terms = document.querySelectorAll<HTMLElement>('[data-term]');
if (terms.length > 0) {
  wire(terms);
  document.addEventListener('click', (e) => {
    const t = termOf(e);
    for (const other of document.querySelectorAll('[data-term][data-open]')) if (other !== t) close(other);
    if (t && e.target instanceof Element && e.target.closest('.term-trigger')) {
      if (t.hasAttribute('data-open')) close(t);
      else open(t, true);
    }
  });
  const show = (e: Event) => {
    const t = termOf(e);
    if (t && !t.hasAttribute('data-open')) open(t, false);
  };
  document.addEventListener('focusin', show);
  document.addEventListener('mouseover', show);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const t = termOf(e) ?? document.querySelector('[data-term][data-open]');
    if (!t) return;
    close(t);
    t.querySelector('button')?.focus();
    t.setAttribute('data-dismissed', '');
  });
  document.addEventListener('focusout', (e) => {
    const t = termOf(e);
    if (!t || (e.relatedTarget instanceof Node && t.contains(e.relatedTarget))) return;
    t.removeAttribute('data-open');
    t.querySelector('button')?.setAttribute('aria-expanded', 'false');
  });
  document.addEventListener('mouseout', (e) => {
    const t = termOf(e);
    if (t && !(e.relatedTarget instanceof Node && t.contains(e.relatedTarget))) t.removeAttribute('data-dismissed');
  });
  void import('./chapter-extras').then(({ whenIdle }) => whenIdle(() => void fillCards()));
}
