import type { ItemType } from '../../quiz-engine/items/schema';
import type { Difficulty } from '../../quiz-engine/items/common';
import {
  facetCounts,
  historyFilterCounts,
  type LearnerHistory,
  type SelectableItem,
} from '../../quiz-engine/session/select';
import type { SessionConfig } from '../../quiz-engine/session/config';
import { examMinutes, type HistoryFilter, type QuizMode } from '../../quiz-engine/session/modes';
import { typeLabels } from './labels';

/**
 * What the /quiz/ setup form shows for the learner's current choices: the live counts beside
 * every choice, the number of questions the Start button names, and the configuration a quiz
 * starts from. Pure (no DOM), so it is unit-tested; `setup-form.ts` reads the form's controls
 * into `SetupChoices` and writes a `SetupView` back into the page.
 *
 * Until the bank is read (`complete` false) the items are the page's built-in facets
 * (setup-facets.ts), which have no ids and no topics: their counts hold only with no topic and no
 * history filter, and "…" is shown otherwise.
 */
export interface SetupChoices {
  readonly chapters: readonly SessionConfig['chapters'][number][];
  readonly topics: readonly string[];
  readonly types: readonly ItemType[];
  readonly difficulties: readonly Difficulty[];
  readonly only: HistoryFilter;
  readonly mode: QuizMode;
  /** The "Number of questions" field; undefined when it is empty or not a number. */
  readonly count: number | undefined;
  /** The exam's "Time limit in minutes" field; undefined when empty. */
  readonly minutes: number | undefined;
  readonly seed: number | undefined;
}

export interface SetupView {
  /** "10", or "…" while the counts cannot be trusted yet. */
  readonly total: string;
  readonly plural: boolean;
  readonly chapters: Readonly<Record<string, string>>;
  readonly topics: Readonly<Record<string, string>>;
  readonly types: Readonly<Record<string, string>>;
  readonly difficulties: Readonly<Record<string, string>>;
  readonly only: Readonly<Record<HistoryFilter, string>>;
  /** The types the items have, in `typeLabels` order (the form lists only these). */
  readonly typeList: readonly ItemType[];
  /** All topics of the items, sorted (empty until the bank is read). */
  readonly topicList: readonly string[];
  /** How many questions a quiz started now would have. */
  readonly length: number;
  /** The exam time limit used when the field is left empty. */
  readonly defaultMinutes: number;
  readonly startLabel: string;
  /** False when the counts are exact and nothing matches. */
  readonly canStart: boolean;
  readonly topicsSummary: string;
}

const historyChoices = ['all', 'unseen', 'incorrect', 'flagged'] as const;

export function setupView(
  items: readonly SelectableItem[],
  history: LearnerHistory,
  choices: SetupChoices,
  complete: boolean,
): SetupView {
  const filters = {
    chapters: [...choices.chapters],
    topics: [...choices.topics],
    types: [...choices.types],
    difficulties: [...choices.difficulties],
    only: choices.only,
  };
  const counts = facetCounts(items, filters, history);
  const historyCounts = historyFilterCounts(items, filters, history);
  const exact = complete || (choices.only === 'all' && choices.topics.length === 0);
  const historyExact = complete || (history.seen.size === 0 && history.flagged.size === 0);
  const shown = (n: number | undefined) => (exact ? String(n ?? 0) : '…');
  const each = (record: Readonly<Record<string, number | undefined>>, keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, `(${shown(record[k])})`]));
  const chapterList = [...new Set(items.map((i) => i.chapter))];
  const typeList = (Object.keys(typeLabels) as ItemType[]).filter((t) => items.some((i) => i.type === t));
  const topicList = [...new Set(items.flatMap((i) => i.topics))].sort((a, b) => a.localeCompare(b));
  const requested = choices.count !== undefined && choices.count >= 1 ? Math.min(500, Math.trunc(choices.count)) : 1;
  const length = Math.max(1, exact ? Math.min(requested, counts.total) : requested);
  const defaultMinutes = examMinutes({ count: length });
  const exam = choices.mode === 'exam';
  return {
    total: shown(counts.total),
    plural: !(exact && counts.total === 1),
    chapters: each(counts.chapters, chapterList),
    topics: Object.fromEntries(topicList.map((t) => [t, `(${counts.topics[t] ?? 0})`])),
    types: each(counts.types, typeList),
    difficulties: each(counts.difficulties, ['easy', 'medium', 'hard']),
    only: Object.fromEntries(historyChoices.map((h) => [h, `(${historyExact ? historyCounts[h] : '…'})`])) as Record<
      HistoryFilter,
      string
    >,
    typeList,
    topicList,
    length,
    defaultMinutes,
    startLabel:
      `Start ${exam ? 'exam' : 'quiz'}: ${length} question${length === 1 ? '' : 's'}` +
      (exam ? `, ${choices.minutes ?? defaultMinutes} min` : ''),
    canStart: !(exact && counts.total === 0),
    topicsSummary: choices.topics.length > 0 ? `(${choices.topics.length} chosen)` : '(all)',
  };
}

/** The configuration a quiz starts from, as the Start button names it. */
export function sessionConfigFrom(choices: SetupChoices, view: SetupView, randomSeed: () => number): SessionConfig {
  const config: SessionConfig = {
    chapters: [...choices.chapters],
    topics: [...choices.topics],
    types: [...choices.types],
    difficulties: [...choices.difficulties],
    only: choices.only,
    count: view.length,
    seed: Math.trunc(choices.seed ?? randomSeed()) || 1,
    mode: choices.mode,
  };
  return choices.mode === 'exam'
    ? { ...config, minutes: Math.max(1, Math.min(600, Math.trunc(choices.minutes ?? view.defaultMinutes))) }
    : config;
}
