import { describe, expect, it } from 'vitest';
import { scoreMatching } from '../../../../src/quiz-engine/items/matching/score';
import { validateMatching } from '../../../../src/quiz-engine/items/matching/validate';
import { fixture } from '../fixtures/items';

// receptor → PET, small pancreatic head tumour → EUS, staging → CT; ultrasound is a distractor.
const item = fixture('ma-modalities', 'matching');

describe('matching scoring (one mark per premise)', () => {
  it('all three pairs right earn 3 of 3', () => {
    expect(scoreMatching(item, { pairs: { receptor: 'pet', 'small-pancreas': 'eus', staging: 'ct' } })).toMatchObject({
      earned: 3,
      total: 3,
      correct: true,
    });
  });
  it('EUS and CT swapped leaves only the PET pair: 1 of 3', () => {
    expect(scoreMatching(item, { pairs: { receptor: 'pet', 'small-pancreas': 'ct', staging: 'eus' } })).toMatchObject({
      earned: 1,
      total: 3,
      correct: false,
    });
  });
  it('an unmatched premise earns nothing but costs nothing', () => {
    expect(scoreMatching(item, { pairs: { receptor: 'pet', staging: 'ct' } })).toMatchObject({ earned: 2, total: 3 });
  });
  it('the distractor earns nothing wherever it is put', () => {
    expect(scoreMatching(item, { pairs: { receptor: 'us', 'small-pancreas': 'us', staging: 'us' } }).earned).toBe(0);
  });
  it('parts follow the premises in their authored order', () => {
    const parts = scoreMatching(item, { pairs: { receptor: 'pet', 'small-pancreas': 'ct', staging: 'ct' } }).parts;
    expect(parts?.map((p) => [p.id, p.correct])).toEqual([
      ['receptor', true],
      ['small-pancreas', false],
      ['staging', true],
    ]);
  });
});

describe('matching validation', () => {
  it('a premise left open is counted in the message', () => {
    expect(validateMatching(item, { pairs: { receptor: 'pet' } })).toEqual({
      ok: false,
      message: 'Match all items first (2 still open).',
    });
  });
  it('the last open premise is named as such', () => {
    expect(validateMatching(item, { pairs: { receptor: 'pet', staging: 'ct' } })).toEqual({
      ok: false,
      message: 'Match the last item first.',
    });
  });
  it('a choice that is not among the responses is rejected', () => {
    expect(validateMatching(item, { pairs: { receptor: 'mri', 'small-pancreas': 'eus', staging: 'ct' } }).ok).toBe(
      false,
    );
  });
  it('a complete set of pairs is accepted even if wrong', () => {
    expect(validateMatching(item, { pairs: { receptor: 'us', 'small-pancreas': 'us', staging: 'us' } })).toEqual({
      ok: true,
    });
  });
});
