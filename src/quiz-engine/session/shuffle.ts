import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { fnv1a32 } from '../../lib/hash';

/**
 * Seeded shuffling, so a session's item order and option order are reproducible from its
 * seed (the same seed and bank give the same quiz on any device — what an educator's
 * assignment link relies on). The generator is pure-rand's xoroshiro128+.
 */

export type RandomSource = ReturnType<typeof xoroshiro128plus>;

/** A generator for a 32-bit seed. */
export function randomSource(seed: number): RandomSource {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return xoroshiro128plus(seed | 0);
}

/** A copy of `items` in a random order (Fisher–Yates), advancing `rng`. */
export function seededShuffle<T>(items: readonly T[], rng: RandomSource): T[] {
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = uniformInt(rng, 0, i);
    const swap = result[i] as T;
    result[i] = result[j] as T;
    result[j] = swap;
  }
  return result;
}

/**
 * A seed for one item's own shuffles, from the session seed and the item id (FNV-1a), so an
 * item's options come out in the same order for a given seed whichever other items were drawn.
 */
export function itemSeed(seed: number, itemId: string): number {
  return fnv1a32(itemId, seed | 0) | 0;
}
