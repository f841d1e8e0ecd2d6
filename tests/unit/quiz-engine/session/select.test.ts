import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  facetCounts,
  historyFilterCounts,
  matchingItems,
} from '../../../../src/quiz-engine/session/select';
import { defaultSessionConfig } from '../../../../src/quiz-engine/session/config';
import { fixtureItems } from '../fixtures/items';

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const all = { ...defaultSessionConfig };

describe('choosing items for a quiz', () => {
  it('no filters selects the whole bank (10 fixture items)', () => {
    expect(matchingItems(fixtureItems, all, emptyHistory)).toHaveLength(10);
  });
  it('a chapter filter keeps that chapter only', () => {
    expect(ids(matchingItems(fixtureItems, { ...all, chapters: ['optimising-ct'] }, emptyHistory))).toEqual([
      'or-ct-phases',
      'sb-arterial-phase',
    ]);
  });
  it('a topic filter keeps items carrying any chosen topic', () => {
    expect(ids(matchingItems(fixtureItems, { ...all, topics: ['liver'] }, emptyHistory))).toEqual([
      'ca-liver-lesion',
      'sb-liver-hypervascular',
    ]);
  });
  it('filters combine: easy single-best items only', () => {
    expect(
      ids(matchingItems(fixtureItems, { ...all, types: ['single-best'], difficulties: ['easy'] }, emptyHistory)),
    ).toEqual(['sb-arterial-phase', 'sb-colorectal']);
  });
  it('unseen, incorrect and flagged use the learner history', () => {
    const history = {
      seen: new Set(['sb-ileal', 'sb-colorectal']),
      lastWrong: new Set(['sb-ileal']),
      flagged: new Set(['or-ct-phases']),
    };
    expect(matchingItems(fixtureItems, { ...all, only: 'unseen' }, history)).toHaveLength(8);
    expect(ids(matchingItems(fixtureItems, { ...all, only: 'incorrect' }, history))).toEqual(['sb-ileal']);
    expect(ids(matchingItems(fixtureItems, { ...all, only: 'flagged' }, history))).toEqual(['or-ct-phases']);
  });
});

describe('live counts beside each choice', () => {
  it('with nothing chosen, each chapter shows its own item count', () => {
    const counts = facetCounts(fixtureItems, all, emptyHistory);
    expect(counts.total).toBe(10);
    expect(counts.chapters['optimising-ct']).toBe(2);
    expect(counts.types['single-best']).toBe(4);
    expect(counts.difficulties.hard).toBe(3);
    expect(counts.topics['contrast phases']).toBe(3);
  });
  it('choosing a chapter narrows the type counts but not the other chapters', () => {
    const counts = facetCounts(fixtureItems, { ...all, chapters: ['optimising-ct'] }, emptyHistory);
    expect(counts.total).toBe(2);
    expect(counts.types).toEqual({ 'single-best': 1, ordering: 1 });
    expect(counts.chapters['liver-metastases']).toBe(1);
  });
  it('the history counts (all, unseen, incorrect, flagged) equal the totals of each history filter', () => {
    const history = {
      seen: new Set(['sb-ileal', 'sb-colorectal', 'or-ct-phases']),
      lastWrong: new Set(['sb-ileal']),
      flagged: new Set(['or-ct-phases', 'sb-arterial-phase']),
    };
    for (const filters of [
      all,
      { ...all, chapters: ['optimising-ct' as const] },
      { ...all, types: ['ordering' as const] },
    ]) {
      const counts = historyFilterCounts(fixtureItems, filters, history);
      for (const only of ['all', 'unseen', 'incorrect', 'flagged'] as const)
        expect(counts[only], only).toBe(facetCounts(fixtureItems, { ...filters, only }, history).total);
    }
    expect(historyFilterCounts(fixtureItems, all, history)).toEqual({ all: 10, unseen: 7, incorrect: 1, flagged: 2 });
  });
});
