import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { again, easy, good, hard } from '../../../../src/quiz-engine/review/rating';

describe('ratings kept apart from the scheduler', () => {
  it('are FSRS’s own grades: Again 1, Hard 2, Good 3, Easy 4', () => {
    expect([again, hard, good, easy]).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
    expect([again, hard, good, easy]).toEqual([1, 2, 3, 4]);
  });
});
