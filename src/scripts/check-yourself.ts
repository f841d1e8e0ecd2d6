// A chapter's check-yourself questions (src/components/CheckYourself.astro): marks an answer,
// shows every option's explanation and the question's, and records the first answer on each
// visit in the learner's progress. The same behaviour and markup as CheckYourselfQuestion.svelte
// (the simulators' exercises), without an island: the key and the feedback come from the
// chapter's /data/chapters/<slug>.json (src/scripts/chapter-extras.ts), loaded when the page is
// idle or, at the latest, on the first answer.
import { scoreSingleBest } from '../quiz-engine/items/single-best/score';
import { bankAnswer } from '../quiz-engine/check-answer-bank';
import { chapterExtras, whenIdle } from './chapter-extras';
import type { CheckFeedback } from '../components/chapter-extras';

/** Per question: whether its first answer on this visit was saved (undefined: not yet known). */
const recorded = new Map<string, boolean>();

function paragraph(className: string | undefined, ...content: (Node | string)[]): HTMLParagraphElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.append(...content);
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** The line under the feedback saying whether the answer went into the learner's progress. */
function savedNote(saved: boolean): HTMLParagraphElement {
  return saved
    ? paragraph(
        'saved',
        'Saved to ',
        link('/progress/', 'your progress'),
        ' and ',
        link('/review/', 'spaced review'),
        '.',
      )
    : paragraph(
        'saved',
        'This answer was not saved: this browser is not storing your progress here. ',
        link('/progress/', 'Open your progress'),
        ' to see why.',
      );
}

function mark(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'mark';
  span.textContent = text;
  return span;
}

/**
 * Swaps the form's button for "Check answer" or "Try again". A keyboard user who was in the form
 * (on the button, or on a radio that the disabled fieldset just took away) stays on the new
 * button, instead of being dropped to the top of the page.
 */
function button(form: HTMLFormElement, kind: 'check' | 'retry', keepFocus: boolean) {
  const old = form.querySelector(':scope > button');
  const next = document.createElement('button');
  if (kind === 'check') {
    next.type = 'submit';
    next.className = 'button-primary';
    next.textContent = 'Check answer';
  } else {
    next.type = 'button';
    next.textContent = 'Try again';
    next.addEventListener('click', () => reset(form));
  }
  if (old) old.replaceWith(next);
  else form.append(next);
  if (keepFocus) next.focus();
}

const focusIn = (form: HTMLFormElement) => form.contains(document.activeElement);

function reset(form: HTMLFormElement) {
  const hadFocus = focusIn(form);
  const fieldset = form.querySelector('fieldset');
  if (fieldset) fieldset.disabled = false;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
  for (const label of form.querySelectorAll('.option')) label.classList.remove('key', 'wrong');
  for (const extra of form.querySelectorAll('.mark, .why')) extra.remove();
  form.querySelector('.status')?.replaceChildren();
  button(form, 'check', hadFocus);
}

function show(form: HTMLFormElement, id: string, choice: string, feedback: CheckFeedback, correct: boolean) {
  const hadFocus = focusIn(form);
  for (const label of form.querySelectorAll<HTMLLabelElement>('.option')) {
    const option = label.querySelector('input')?.value ?? '';
    const isKey = option === feedback.answer;
    const chosen = option === choice;
    label.classList.toggle('key', isKey);
    label.classList.toggle('wrong', chosen && !isKey);
    if (isKey) label.append(mark('✓ Best answer'));
    else if (chosen) label.append(mark('✗ Your answer'));
    label.after(paragraph('why', feedback.why[option] ?? ''));
  }
  const fieldset = form.querySelector('fieldset');
  if (fieldset) fieldset.disabled = true;
  const status = form.querySelector('.status');
  const verdict = document.createElement('strong');
  verdict.textContent = correct ? 'Correct.' : 'Not quite.';
  const saved = recorded.get(id);
  status?.replaceChildren(
    paragraph(correct ? 'ok' : 'bad', verdict, ` ${feedback.explanation}`),
    ...(saved === undefined ? [] : [savedNote(saved)]),
  );
  button(form, 'retry', hadFocus);
}

async function check(form: HTMLFormElement) {
  const id = form.closest<HTMLElement>('[data-check-yourself]')?.dataset.checkYourself ?? '';
  const status = form.querySelector('.status');
  const choice = form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
  if (choice === undefined) {
    status?.replaceChildren(paragraph(undefined, 'Choose an answer first.'));
    return;
  }
  let feedback: CheckFeedback | undefined;
  try {
    feedback = (await chapterExtras()).checks[id];
  } catch (error) {
    console.warn('This question could not be marked:', error);
  }
  if (!feedback) {
    status?.replaceChildren(
      paragraph(undefined, 'This question could not be marked: its answer did not load. Try again in a moment.'),
    );
    return;
  }
  // The learner may have changed the choice while the answer loaded: mark the one now chosen.
  const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? choice;
  const options = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((i) => ({
    id: i.value,
    text: '',
    why: '',
  }));
  const result = scoreSingleBest({ answer: feedback.answer, options }, { choice: chosen });
  const first = !recorded.has(id);
  show(form, id, chosen, feedback, result.correct);
  // Only the first answer on each visit is recorded: a second try after seeing the key is not a test.
  const toRecord = bankAnswer({ id, chapter: feedback.chapter, topics: feedback.topics }, result);
  if (first && toRecord && !pending.has(id)) {
    pending.add(id);
    const at = Date.now();
    Promise.all([import('../quiz-engine/check-answer-record'), import('../quiz-engine/browser-store')])
      .then(([{ recordCheckAnswer }, { browserStore }]) => recordCheckAnswer(browserStore(), toRecord, at))
      .catch((error: unknown) => {
        // A missing file: the learner still has the feedback; the answer just is not kept
        // (blocked or full storage is a plain false, said on the page).
        console.warn('This answer could not be saved to your progress:', error);
        return false;
      })
      .then((saved) => {
        recorded.set(id, saved);
        // Still showing this answer's feedback: say whether it was saved, as the island does.
        const shown = form.querySelector('.status p.ok, .status p.bad');
        if (shown && !form.querySelector('.status .saved')) shown.after(savedNote(saved));
      });
  }
}

const pending = new Set<string>();

if (document.querySelector('[data-check-yourself]')) {
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.closest('[data-check-yourself]')) return;
    event.preventDefault();
    void check(form);
  });
  whenIdle(() => void chapterExtras().catch(() => undefined));
}
