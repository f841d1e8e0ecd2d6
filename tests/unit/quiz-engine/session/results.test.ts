import { describe, expect, it } from 'vitest';
import { buildSession, type QuizSession } from '../../../../src/quiz-engine/session/session';
import { defaultSessionConfig } from '../../../../src/quiz-engine/session/config';
import { emptyHistory } from '../../../../src/quiz-engine/session/select';
import { finishSession, goNext, setResponse, submitItem } from '../../../../src/quiz-engine/session/run';
import { sessionResults } from '../../../../src/quiz-engine/session/results';
import { fixture, fixtureItems } from '../fixtures/items';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const lookup = (id: string) => fixtureItems.find((i) => i.id === id);

function threeItemSession(): QuizSession {
  const built = buildSession(fixtureItems, { ...defaultSessionConfig, count: 3 }, emptyHistory, t0);
  const ids = ['sb-arterial-phase', 'mr-mri-sequences', 'sb-liver-hypervascular'];
  return { ...built, itemIds: ids, entries: Object.fromEntries(ids.map((id) => [id, { flagged: false, timeMs: 0 }])) };
}

describe('results of a session', () => {
  // Item 1 right (1), item 2 half right (0.5), item 3 wrong (0): 1.5 of 3 = 50 %.
  let s = threeItemSession();
  s = submitItem(
    setResponse(s, 'sb-arterial-phase', { choice: 'b' }),
    fixture('sb-arterial-phase', 'single-best'),
    t0 + 30_000,
  );
  s = goNext(s, t0 + 40_000);
  s = submitItem(
    setResponse(s, 'mr-mri-sequences', { choices: ['a'] }),
    fixture('mr-mri-sequences', 'multiple-response'),
    t0 + 100_000,
  );
  s = goNext(s, t0 + 110_000);
  s = submitItem(
    setResponse(s, 'sb-liver-hypervascular', { choice: 'c' }),
    fixture('sb-liver-hypervascular', 'single-best'),
    t0 + 125_000,
  );
  s = finishSession(s, lookup, t0 + 130_000);
  const results = sessionResults(s, lookup);

  it('adds item shares: 1 + ½ + 0 = 1.5 of 3, 50 %, one fully right', () => {
    expect(results).toMatchObject({ score: 1.5, total: 3, percent: 50, correct: 1, answered: 3 });
  });
  it('groups by chapter, weakest first', () => {
    expect(results.byChapter.map((g) => [g.key, g.percent])).toEqual([
      ['liver-metastases', 0],
      ['optimising-mri', 50],
      ['optimising-ct', 100],
    ]);
  });
  it('groups by topic; an item with two topics counts in both', () => {
    const phases = results.byTopic.find((g) => g.key === 'contrast phases');
    expect(phases).toMatchObject({ items: 2, score: 1, percent: 50 });
    expect(results.byTopic.find((g) => g.key === 'pancreas')).toMatchObject({ items: 1, percent: 100 });
  });
  it('keeps the time per item: 30 s, 60 s, 15 s', () => {
    expect(results.items.map((o) => o.timeMs)).toEqual([30_000, 60_000, 15_000]);
    expect(results.timeMs).toBe(105_000);
  });
  it('an item removed from the bank since is listed without an item and counts as nothing', () => {
    const gone = sessionResults({ ...s, itemIds: [...s.itemIds, 'retired-item'] }, lookup);
    expect(gone.total).toBe(4);
    expect(gone.items[3]).toMatchObject({ itemId: 'retired-item', item: undefined, result: undefined });
  });
});
