import { describe, expect, it } from 'vitest';
import { scoreSingleBest } from '../../../../src/quiz-engine/items/single-best/score';

const item = {
  answer: 'b',
  options: [
    { id: 'a', text: 'Portal venous phase only', why: 'Misses the arterial window.' },
    { id: 'b', text: 'Late arterial phase', why: 'Hypervascular NETs stand out here.' },
    { id: 'c', text: 'Delayed phase only', why: 'Washout has already happened.' },
  ],
};

describe('single best answer', () => {
  it('the key earns one point out of one', () => {
    expect(scoreSingleBest(item, { choice: 'b' })).toMatchObject({ earned: 1, total: 1, correct: true });
  });
  it('a distractor earns nothing', () => {
    expect(scoreSingleBest(item, { choice: 'a' })).toMatchObject({ earned: 0, total: 1, correct: false });
  });
  it('a choice that is not an option is rejected, naming it', () => {
    expect(() => scoreSingleBest(item, { choice: 'z' })).toThrow(/"z"/);
  });
});
