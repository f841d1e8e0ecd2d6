import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itemSeed, randomSource, seededShuffle } from '../../../../src/quiz-engine/session/shuffle';

describe('seeded shuffle', () => {
  it('the same seed gives the same order every time', () => {
    const phases = ['unenhanced', 'arterial', 'portal', 'delayed', 'hepatobiliary'];
    expect(seededShuffle(phases, randomSource(42))).toEqual(seededShuffle(phases, randomSource(42)));
  });
  it('different seeds usually give different orders (20 items, 50 seeds, all distinct)', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => seededShuffle(items, randomSource(seed)).join()));
    expect(orders.size).toBe(50);
  });
  it('is a permutation: nothing lost, nothing doubled, input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = items.slice();
        const shuffled = seededShuffle(items, randomSource(seed));
        return items.join() === copy.join() && shuffled.slice().sort().join() === items.slice().sort().join();
      }),
    );
  });
  it('every position is reachable: over 4000 shuffles of 4 options each option leads about a quarter of the time', () => {
    const counts = new Map<string, number>();
    const rng = randomSource(7);
    for (let i = 0; i < 4000; i += 1) {
      const first = seededShuffle(['a', 'b', 'c', 'd'], rng)[0] as string;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    for (const option of ['a', 'b', 'c', 'd']) expect(counts.get(option)).toBeGreaterThan(850);
  });
  it('a non-integer seed is refused', () => {
    expect(() => randomSource(1.5)).toThrow(RangeError);
  });
  it('item seeds differ between items and between session seeds', () => {
    expect(itemSeed(1, 'sb-ileal')).not.toBe(itemSeed(1, 'sb-colorectal'));
    expect(itemSeed(1, 'sb-ileal')).not.toBe(itemSeed(2, 'sb-ileal'));
    expect(itemSeed(1, 'sb-ileal')).toBe(itemSeed(1, 'sb-ileal'));
  });
});
