import { describe, expect, it } from 'vitest';
import { sessionConfigFrom, setupView, type SetupChoices } from '../../../src/components/quiz/setup-view';
import { emptyHistory, type SelectableItem } from '../../../src/quiz-engine/session/select';

const item = (
  id: string,
  chapter: SelectableItem['chapter'],
  type: SelectableItem['type'],
  difficulty: SelectableItem['difficulty'],
  topics: string[] = [],
): SelectableItem => ({ id, chapter, type, difficulty, topics });

const bank: SelectableItem[] = [
  item('a', 'optimising-ct', 'single-best', 'easy', ['phases']),
  item('b', 'optimising-ct', 'hotspot', 'hard', ['phases', 'liver']),
  item('c', 'colorectal-nets', 'single-best', 'medium', ['rectum']),
];
const choices: SetupChoices = {
  chapters: [],
  topics: [],
  types: [],
  difficulties: [],
  only: 'all',
  mode: 'tutor',
  count: 10,
  minutes: undefined,
  seed: 7,
};

describe('the quiz setup view', () => {
  it('counts each choice as if it were the only one ticked in its group', () => {
    const view = setupView(bank, emptyHistory, { ...choices, chapters: ['optimising-ct'] }, true);
    expect(view.total).toBe('2');
    expect(view.chapters).toEqual({ 'optimising-ct': '(2)', 'colorectal-nets': '(1)' });
    expect(view.types).toEqual({ 'single-best': '(1)', hotspot: '(1)' });
    expect(view.typeList).toEqual(['single-best', 'hotspot']);
    expect(view.topicList).toEqual(['liver', 'phases', 'rectum']);
    expect(view.length).toBe(2);
    expect(view.startLabel).toBe('Start quiz: 2 questions');
  });

  it('shows "…" for counts it cannot know before the bank is read', () => {
    const view = setupView(bank, emptyHistory, { ...choices, topics: ['phases'] }, false);
    expect(view.total).toBe('…');
    expect(view.chapters['optimising-ct']).toBe('(…)');
    expect(view.canStart).toBe(true); // unknown is not "nothing matches"
    expect(view.topicsSummary).toBe('(1 chosen)');
    // Counts without a topic or history filter are exact even from the built-in facets.
    expect(setupView(bank, emptyHistory, choices, false).total).toBe('3');
  });

  it('history counts wait for the bank when the learner has a history', () => {
    const history = { seen: new Set(['a']), lastWrong: new Set(['a']), flagged: new Set<string>() };
    expect(setupView(bank, history, choices, false).only.incorrect).toBe('(…)');
    expect(setupView(bank, history, choices, true).only).toEqual({
      all: '(3)',
      unseen: '(2)',
      incorrect: '(1)',
      flagged: '(0)',
    });
  });

  it('cannot start when nothing matches, and says one question in the singular', () => {
    const none = setupView(bank, emptyHistory, { ...choices, chapters: ['colorectal-nets'], types: ['hotspot'] }, true);
    expect(none.total).toBe('0');
    expect(none.canStart).toBe(false);
    const one = setupView(bank, emptyHistory, { ...choices, chapters: ['colorectal-nets'] }, true);
    expect(one.plural).toBe(false);
    expect(one.startLabel).toBe('Start quiz: 1 question');
  });

  it('an exam names its time limit, defaulting from the number of questions', () => {
    const view = setupView(bank, emptyHistory, { ...choices, mode: 'exam', count: 2 }, true);
    expect(view.startLabel).toBe(`Start exam: 2 questions, ${view.defaultMinutes} min`);
    const config = sessionConfigFrom({ ...choices, mode: 'exam', count: 2 }, view, () => 99);
    expect(config).toMatchObject({ mode: 'exam', count: 2, minutes: view.defaultMinutes, seed: 7 });
    const chosen = sessionConfigFrom({ ...choices, mode: 'exam', count: 2, minutes: 900 }, view, () => 99);
    expect(chosen.minutes).toBe(600);
  });

  it('an empty or impossible number of questions falls back to one; no seed draws one', () => {
    for (const count of [undefined, 0, -3]) {
      const view = setupView(bank, emptyHistory, { ...choices, count }, true);
      expect(view.length).toBe(1);
    }
    const view = setupView(bank, emptyHistory, { ...choices, count: 2.7 }, true);
    expect(view.length).toBe(2);
    const config = sessionConfigFrom({ ...choices, seed: undefined }, view, () => 1234);
    expect(config).toEqual({
      chapters: [],
      topics: [],
      types: [],
      difficulties: [],
      only: 'all',
      count: 2,
      seed: 1234,
      mode: 'tutor',
    });
  });
});
