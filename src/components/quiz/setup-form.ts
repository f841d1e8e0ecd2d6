import type { ItemType } from '../../quiz-engine/items/schema';
import type { Difficulty } from '../../quiz-engine/items/common';
import { emptyHistory, type LearnerHistory, type SelectableItem } from '../../quiz-engine/session/select';
import type { SessionConfig } from '../../quiz-engine/session/config';
import type { HistoryFilter, QuizMode } from '../../quiz-engine/session/modes';
import { decodeFacets } from './setup-facets';
import { sessionConfigFrom, setupView, type SetupChoices, type SetupView } from './setup-view';

/**
 * The /quiz/ setup form (QuizSetupForm.astro) made live: reads its controls, writes the counts
 * and the Start button's label back (setup-view.ts computes them), builds the topic list once
 * the bank is read, and hands the configuration to `onstart`. Plain DOM, no framework: the form
 * is already in the page's HTML and only its numbers change.
 */
export class SetupForm {
  readonly form: HTMLFormElement;
  #items: readonly SelectableItem[];
  #complete = false;
  #history: LearnerHistory = emptyHistory;

  constructor(form: HTMLFormElement) {
    this.form = form;
    this.#items = decodeFacets(form.dataset.facets ?? '');
    // A fresh random seed per visit (the page's HTML carries none).
    this.#field('seed').value = String(randomSeed());
    form.addEventListener('change', () => this.render());
    form.addEventListener('input', () => this.render());
    this.#topics().addEventListener('toggle', () => this.#fillTopics());
  }

  /** The bank's items replace the built-in facets: counts become exact and topics can be listed. */
  setItems(items: readonly SelectableItem[]): void {
    this.#items = items;
    this.#complete = true;
    this.#fillTopics();
    this.render();
  }

  setHistory(history: LearnerHistory): void {
    this.#history = history;
    this.render();
  }

  /** Sets the controls from a (partial) configuration: a quiz link, or the last quiz's settings. */
  write(config: Partial<SessionConfig>): void {
    const tick = (name: string, values: readonly string[] | undefined) => {
      for (const box of this.#inputs(name)) box.checked = values?.includes(box.value) ?? false;
    };
    tick('chapter', config.chapters);
    tick('type', config.types);
    tick('difficulty', config.difficulties);
    tick('topic', config.topics);
    this.#pendingTopics = [...(config.topics ?? [])];
    for (const radio of this.#inputs('only')) radio.checked = radio.value === (config.only ?? 'all');
    for (const radio of this.#inputs('mode')) radio.checked = radio.value === (config.mode ?? 'tutor');
    this.#field('count').value = String(config.count ?? 10);
    this.#field('minutes').value = config.minutes === undefined ? '' : String(config.minutes);
    this.#field('seed').value = String(config.seed ?? randomSeed());
    this.render();
  }

  /** What the controls say now. */
  read(): SetupChoices {
    const ticked = (name: string) =>
      this.#inputs(name)
        .filter((box) => box.checked)
        .map((box) => box.value);
    const chosen = (name: string, fallback: string) =>
      this.#inputs(name).find((radio) => radio.checked)?.value ?? fallback;
    const topics = this.#topicsListed ? ticked('topic') : this.#pendingTopics;
    return {
      chapters: ticked('chapter') as SetupChoices['chapters'],
      topics,
      types: ticked('type') as ItemType[],
      difficulties: ticked('difficulty') as Difficulty[],
      only: chosen('only', 'all') as HistoryFilter,
      mode: chosen('mode', 'tutor') as QuizMode,
      count: this.#number('count'),
      minutes: this.#number('minutes'),
      seed: this.#number('seed'),
    };
  }

  /** The configuration to start a quiz from, or undefined when nothing matches. */
  config(): SessionConfig | undefined {
    const choices = this.read();
    const view = this.render();
    return view.canStart ? sessionConfigFrom(choices, view, randomSeed) : undefined;
  }

  /** Writes the counts, the Start button's label and the exam field for the current choices. */
  render(): SetupView {
    const choices = this.read();
    const view = setupView(this.#items, this.#history, choices, this.#complete);
    const form = this.form;
    setText(form.querySelector('[data-total]'), view.total);
    setText(form.querySelector('[data-plural]'), view.plural ? 'questions' : 'question');
    for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) {
      const table = view[span.dataset.count as 'chapters' | 'types' | 'difficulties' | 'only' | 'topics'] as
        Readonly<Record<string, string>> | undefined;
      setText(span, table?.[span.dataset.key ?? ''] ?? '(0)');
    }
    setText(form.querySelector('[data-count-hint]'), `(up to ${view.total} match)`);
    setText(form.querySelector('[data-topics-summary]'), view.topicsSummary);
    const exam = form.querySelector<HTMLElement>('[data-exam-only]');
    if (exam) exam.hidden = choices.mode !== 'exam';
    this.#field('minutes').placeholder = String(view.defaultMinutes);
    const start = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (start) {
      setText(start, view.startLabel);
      start.disabled = !view.canStart;
    }
    const nothing = form.querySelector<HTMLElement>('[data-nothing]');
    if (nothing) nothing.hidden = view.canStart;
    return view;
  }

  // Topics chosen by a link or the last quiz before the bank (and so the list) was read.
  #pendingTopics: string[] = [];
  #topicsListed = false;

  #topics(): HTMLDetailsElement {
    return this.form.querySelector('details[data-topics]') as HTMLDetailsElement;
  }

  /** Builds the topic checkboxes the first time the list is open with the bank read. */
  #fillTopics(): void {
    const details = this.#topics();
    if (this.#topicsListed || !details.open || !this.#complete) return;
    const list = details.querySelector<HTMLFieldSetElement>('[data-topics-list]');
    if (!list) return;
    for (const topic of this.render().topicList) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'topic';
      box.value = topic;
      box.checked = this.#pendingTopics.includes(topic);
      const count = document.createElement('span');
      count.className = 'n';
      count.dataset.count = 'topics';
      count.dataset.key = topic;
      label.append(box, ` ${topic} `, count);
      list.append(label);
    }
    this.#topicsListed = true;
    list.hidden = false;
    details.querySelector<HTMLElement>('[data-topics-loading]')?.remove();
    this.render();
  }

  #inputs(name: string): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  }

  #field(name: string): HTMLInputElement {
    return this.form.querySelector(`input[name="${name}"]`) as HTMLInputElement;
  }

  #number(name: string): number | undefined {
    const field = this.form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!field || field.value.trim() === '') return undefined;
    const value = Number(field.value);
    return Number.isFinite(value) ? value : undefined;
  }
}

function setText(node: Element | null, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
