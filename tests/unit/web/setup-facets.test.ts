import { describe, expect, it } from 'vitest';
import { decodeFacets, encodeFacets } from '../../../src/components/quiz/setup-facets';
import { emptyHistory, facetCounts } from '../../../src/quiz-engine/session/select';
import { defaultSessionConfig } from '../../../src/quiz-engine/session/config';
import { fixtureItems } from '../quiz-engine/fixtures/items';

const selectable = fixtureItems.map(({ id, chapter, topics, type, difficulty }) => ({
  id,
  chapter,
  topics,
  type,
  difficulty,
}));

describe('the quiz setup form’s built-in view of the bank', () => {
  it('packs and unpacks every item’s id, chapter, topics, type and difficulty, in order', () => {
    expect(decodeFacets(encodeFacets(fixtureItems))).toEqual(selectable);
  });
  it('gives the same live counts as the items themselves', () => {
    const filters = { ...defaultSessionConfig, chapters: ['optimising-ct' as const] };
    expect(facetCounts(decodeFacets(encodeFacets(fixtureItems)), filters, emptyHistory)).toEqual(
      facetCounts(fixtureItems, filters, emptyHistory),
    );
  });
  it('is smaller than the items it stands for', () => {
    expect(encodeFacets(fixtureItems).length).toBeLessThan(JSON.stringify(selectable).length);
  });
  it('refuses, at build time, an id or topic that contains a separator', () => {
    expect(() => encodeFacets([{ ...selectable[0]!, topics: ['a|b'] }])).toThrow(/separators/);
    expect(() => encodeFacets([{ ...selectable[0]!, id: 'a,b' }])).toThrow(/separators/);
    const dotted = [{ ...selectable[0]!, topics: ['RECIST 1.1', 'Ki-67 index'] }];
    expect(decodeFacets(encodeFacets(dotted))).toEqual(dotted);
  });
  it('leaves out what it cannot read instead of throwing', () => {
    expect(decodeFacets('not json')).toEqual([]);
    expect(decodeFacets('{}')).toEqual([]);
    expect(decodeFacets('a|b~x,0,1,0,0;y,z,0,0,0;z,0,5,0,0;w;v,0,0,0,0,0;u,0,-1,0,0')).toEqual([
      { id: 'x', chapter: 'introduction-and-work-up', topics: ['b'], type: 'single-best', difficulty: 'easy' },
    ]);
  });
});
