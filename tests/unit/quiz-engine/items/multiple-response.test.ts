import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreMultipleResponse } from '../../../../src/quiz-engine/items/multiple-response/score';
import { validateMultipleResponse } from '../../../../src/quiz-engine/items/multiple-response/validate';
import { fixture } from '../fixtures/items';

// Keys are a (diffusion) and c (hepatobiliary phase); b and d are distractors.
const item = fixture('mr-mri-sequences', 'multiple-response');

describe('multiple response scoring', () => {
  it('both keys and nothing else earns full marks', () => {
    expect(scoreMultipleResponse(item, { choices: ['c', 'a'] })).toMatchObject({ earned: 2, total: 2, correct: true });
  });
  it('one key alone earns one of two marks', () => {
    expect(scoreMultipleResponse(item, { choices: ['a'] })).toMatchObject({ earned: 1, total: 2, correct: false });
  });
  it('a key plus a distractor cancel out to nothing', () => {
    expect(scoreMultipleResponse(item, { choices: ['a', 'b'] })).toMatchObject({ earned: 0, total: 2, correct: false });
  });
  it('both keys plus one distractor earns one mark', () => {
    expect(scoreMultipleResponse(item, { choices: ['a', 'b', 'c'] })).toMatchObject({ earned: 1, total: 2 });
  });
  it('choosing every option earns nothing', () => {
    expect(scoreMultipleResponse(item, { choices: ['a', 'b', 'c', 'd'] }).earned).toBe(0);
  });
  it('the parts say which options were handled rightly', () => {
    const parts = scoreMultipleResponse(item, { choices: ['a', 'b'] }).parts;
    expect(parts?.map((p) => [p.id, p.correct])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', true],
    ]);
  });
  it('never scores below zero nor above the number of keys, whatever is chosen', () => {
    fc.assert(
      fc.property(fc.subarray(['a', 'b', 'c', 'd', 'x']), (choices) => {
        const result = scoreMultipleResponse(item, { choices });
        return (
          result.earned >= 0 && result.earned <= 2 && result.total === 2 && result.correct === (result.earned === 2)
        );
      }),
    );
  });
});

describe('multiple response validation', () => {
  it('an empty selection is turned back, not scored', () => {
    expect(validateMultipleResponse(item, { choices: [] })).toEqual({
      ok: false,
      message: 'Choose at least one option first.',
    });
  });
  it('an option that does not exist is named', () => {
    expect(validateMultipleResponse(item, { choices: ['a', 'z'] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('"z"'),
    });
  });
  it('an option chosen twice is rejected', () => {
    expect(validateMultipleResponse(item, { choices: ['a', 'a'] }).ok).toBe(false);
  });
  it('two real options are accepted', () => {
    expect(validateMultipleResponse(item, { choices: ['a', 'b'] })).toEqual({ ok: true });
  });
});
