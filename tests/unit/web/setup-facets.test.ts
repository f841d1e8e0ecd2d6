import { describe, expect, it } from 'vitest';
import { decodeFacets, encodeFacets } from '../../../src/components/quiz/setup-facets';
import { emptyHistory, facetCounts } from '../../../src/quiz-engine/session/select';
import { defaultSessionConfig } from '../../../src/quiz-engine/session/config';
import { fixtureItems } from '../quiz-engine/fixtures/items';

describe('the quiz setup form’s built-in view of the bank', () => {
  it('packs every item’s chapter, type and difficulty into three characters, in order', () => {
    const packed = encodeFacets(fixtureItems);
    expect(packed).toHaveLength(3 * fixtureItems.length);
    expect(decodeFacets(packed)).toEqual(
      fixtureItems.map(({ chapter, type, difficulty }) => ({ id: '', chapter, topics: [], type, difficulty })),
    );
  });
  it('gives the same counts as the items while no topic or history filter is chosen', () => {
    const facets = decodeFacets(encodeFacets(fixtureItems));
    for (const filters of [
      defaultSessionConfig,
      { ...defaultSessionConfig, chapters: ['optimising-ct' as const] },
      { ...defaultSessionConfig, types: ['ordering' as const], difficulties: ['hard' as const] },
    ]) {
      const fromFacets = facetCounts(facets, filters, emptyHistory);
      const fromItems = facetCounts(fixtureItems, filters, emptyHistory);
      expect({ ...fromFacets, topics: {} }).toEqual({ ...fromItems, topics: {} });
    }
  });
  it('refuses, at build time, what it cannot pack, and skips what it cannot read', () => {
    expect(() => encodeFacets([{ chapter: 'no-such' as 'treatment', type: 'numeric', difficulty: 'easy' }])).toThrow(
      /cannot be packed/,
    );
    expect(decodeFacets('000zzz01')).toEqual([
      { id: '', chapter: 'introduction-and-work-up', topics: [], type: 'single-best', difficulty: 'easy' },
    ]);
  });
});
