import { describe, expect, it } from 'vitest';
import { checkResponse, scoreItem, totalMarks } from '../../../../src/quiz-engine/items/registry';
import { itemResponseSchema } from '../../../../src/quiz-engine/items/response';
import { fixture, fixtureItems } from '../fixtures/items';

describe('the scorer registry', () => {
  it('scores a single-best item through the single-best scorer', () => {
    expect(scoreItem(fixture('sb-arterial-phase', 'single-best'), { choice: 'b' })).toMatchObject({
      earned: 1,
      total: 1,
      correct: true,
    });
  });
  it('scores each type through its own scorer', () => {
    expect(scoreItem(fixture('mr-mri-sequences', 'multiple-response'), { choices: ['a'] })).toMatchObject({
      earned: 1,
      total: 2,
    });
    expect(
      scoreItem(fixture('or-ct-phases', 'ordering'), { order: ['unenhanced', 'arterial', 'portal', 'delayed'] })
        .correct,
    ).toBe(true);
    expect(scoreItem(fixture('nu-recist-change', 'numeric'), { value: '-30' }).correct).toBe(true);
    expect(scoreItem(fixture('hs-pancreatic-head', 'hotspot'), { kind: 'region', region: 'head' }).correct).toBe(true);
  });
  it('an unanswered item scores nothing out of its usual marks', () => {
    expect(scoreItem(fixture('mr-mri-sequences', 'multiple-response'), undefined)).toMatchObject({
      earned: 0,
      total: 2,
      correct: false,
    });
    expect(scoreItem(fixture('or-ct-phases', 'ordering'), undefined)).toMatchObject({ earned: 0, total: 3 });
    expect(scoreItem(fixture('ca-liver-lesion', 'case'), undefined)).toMatchObject({ earned: 0, total: 2 });
  });
  it('a stored answer of the wrong shape scores nothing instead of throwing', () => {
    expect(scoreItem(fixture('sb-arterial-phase', 'single-best'), { choices: ['b'] })).toMatchObject({
      earned: 0,
      total: 1,
    });
    expect(scoreItem(fixture('sb-arterial-phase', 'single-best'), { choice: 'z' })).toMatchObject({
      earned: 0,
      total: 1,
    });
  });
  it('total marks: one for single-best, the keys for multiple response, links for ordering, premises for matching', () => {
    expect(totalMarks(fixture('sb-arterial-phase', 'single-best'))).toBe(1);
    expect(totalMarks(fixture('mr-mri-sequences', 'multiple-response'))).toBe(2);
    expect(totalMarks(fixture('or-ct-phases', 'ordering'))).toBe(3);
    expect(totalMarks(fixture('ma-modalities', 'matching'))).toBe(3);
  });
  it('checkResponse asks for an answer before scoring', () => {
    expect(checkResponse(fixture('sb-arterial-phase', 'single-best'), undefined)).toEqual({
      ok: false,
      message: 'Answer the question first.',
    });
    expect(checkResponse(fixture('sb-arterial-phase', 'single-best'), { choice: '' })).toEqual({
      ok: false,
      message: 'Choose an option first.',
    });
    expect(checkResponse(fixture('nu-recist-change', 'numeric'), { value: '-30,0' })).toEqual({ ok: true });
  });
  it('every fixture item scores its empty answer as 0 without throwing', () => {
    for (const item of fixtureItems) expect(scoreItem(item, undefined).earned).toBe(0);
  });
  it('stored responses of every shape survive the response schema', () => {
    for (const response of [
      { choice: 'a' },
      { choices: ['a', 'c'] },
      { order: ['x', 'y'] },
      { pairs: { p: 'q' } },
      { value: '-30,5' },
      { kind: 'point', x: 0.1, y: 0.2 },
      { kind: 'region', region: 'head' },
      { steps: { phase: 'a' } },
    ]) {
      expect(itemResponseSchema.parse(response)).toEqual(response);
    }
    expect(itemResponseSchema.safeParse({ choice: 1 }).success).toBe(false);
  });
});

describe('found by fuzzing (issue 10): a response that is not a response at all', () => {
  it('is refused with a sentence and scores nothing, instead of throwing a TypeError', () => {
    for (const value of [
      null,
      false,
      3,
      'b',
      [],
      { choice: 7 },
      { choices: 'abc' },
      { kind: 'point', x: 'left', y: 0 },
    ]) {
      const item = fixtureItems.find((i) => i.type === 'single-best')!;
      const other = fixtureItems.find((i) => i.type === 'multiple-response')!;
      const hotspot = fixtureItems.find((i) => i.type === 'hotspot')!;
      for (const target of [item, other, hotspot]) {
        const check = checkResponse(target, value as never);
        expect(check.ok, JSON.stringify(value)).toBe(false);
        expect(scoreItem(target, value as never).earned).toBe(0);
      }
    }
  });
});
