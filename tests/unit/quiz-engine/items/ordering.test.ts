import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreOrdering } from '../../../../src/quiz-engine/items/ordering/score';
import { validateOrdering } from '../../../../src/quiz-engine/items/ordering/validate';
import { fixture } from '../fixtures/items';

// Key: unenhanced → arterial → portal → delayed (three links).
const item = fixture('or-ct-phases', 'ordering');

describe('ordering scoring (one mark per correct "what comes next" link)', () => {
  it('the phases in acquisition order earn 3 of 3', () => {
    expect(scoreOrdering(item, { order: ['unenhanced', 'arterial', 'portal', 'delayed'] })).toMatchObject({
      earned: 3,
      total: 3,
      correct: true,
    });
  });
  it('swapping the last two phases keeps only the unenhanced → arterial link: 1 of 3', () => {
    expect(scoreOrdering(item, { order: ['unenhanced', 'arterial', 'delayed', 'portal'] })).toMatchObject({
      earned: 1,
      total: 3,
      correct: false,
    });
  });
  it('putting unenhanced last keeps arterial → portal → delayed: 2 of 3', () => {
    expect(scoreOrdering(item, { order: ['arterial', 'portal', 'delayed', 'unenhanced'] }).earned).toBe(2);
  });
  it('the reversed sequence earns nothing', () => {
    expect(scoreOrdering(item, { order: ['delayed', 'portal', 'arterial', 'unenhanced'] }).earned).toBe(0);
  });
  it('parts name the element at each position and whether its follower is right', () => {
    const parts = scoreOrdering(item, { order: ['unenhanced', 'arterial', 'delayed', 'portal'] }).parts;
    expect(parts?.map((p) => [p.id, p.correct])).toEqual([
      ['unenhanced', true],
      ['arterial', false],
      ['delayed', false],
    ]);
  });
  it('full marks exactly when the sequence is the key, for every permutation', () => {
    const ids = item.elements.map((e) => e.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }), (order) => {
        const result = scoreOrdering(item, { order });
        return result.correct === (order.join() === ids.join()) && result.earned >= 0 && result.earned <= 3;
      }),
    );
  });
});

describe('ordering validation', () => {
  it('a sequence missing an element is turned back', () => {
    expect(validateOrdering(item, { order: ['unenhanced', 'arterial', 'portal'] })).toEqual({
      ok: false,
      message: 'Place every element in the sequence first.',
    });
  });
  it('an element placed twice is rejected', () => {
    expect(validateOrdering(item, { order: ['unenhanced', 'unenhanced', 'portal', 'delayed'] }).ok).toBe(false);
  });
  it('an unknown element is named', () => {
    expect(validateOrdering(item, { order: ['unenhanced', 'arterial', 'portal', 'hepatobiliary'] })).toMatchObject({
      message: expect.stringContaining('"hepatobiliary"'),
    });
  });
});
