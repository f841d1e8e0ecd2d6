import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumericAnswer } from '../../../../src/quiz-engine/items/numeric/parse';
import { scoreNumeric, withinTolerance } from '../../../../src/quiz-engine/items/numeric/score';
import { validateNumeric } from '../../../../src/quiz-engine/items/numeric/validate';
import { fixture } from '../fixtures/items';

// Sum of diameters 50 mm → 35 mm: −30 %, tolerance 0.5.
const item = fixture('nu-recist-change', 'numeric');

describe('reading a typed number', () => {
  it.each([
    ['-30', -30],
    ['−30', -30],
    ['-30 %', -30],
    ['-30%', -30],
    ['- 30', -30],
    ['-29,5', -29.5],
    ['-29.5', -29.5],
    ['+12', 12],
    ['.5', 0.5],
    ['7,', 7],
    ['-0', 0],
  ])('"%s" reads as %d', (text, value) => {
    expect(parseNumericAnswer(text, '%')).toEqual({ ok: true, value });
  });
  it('a unit typed in capitals is still the unit', () => {
    expect(parseNumericAnswer('12 MM', 'mm')).toEqual({ ok: true, value: 12 });
  });
  it('an empty answer asks for a number', () => {
    expect(parseNumericAnswer('   ', '%')).toEqual({ ok: false, message: 'Type a number first.' });
  });
  it('another unit is turned back naming the right one', () => {
    expect(parseNumericAnswer('12 cm', 'mm')).toEqual({ ok: false, message: 'Give the answer in mm.' });
  });
  it('two decimal marks are refused rather than guessed', () => {
    expect(parseNumericAnswer('1.234,5', 'mm')).toEqual({
      ok: false,
      message: 'Use one decimal mark only, a point or a comma.',
    });
  });
  it('words are not numbers', () => {
    expect(parseNumericAnswer('thirty', '%').ok).toBe(false);
    expect(parseNumericAnswer('-', '%').ok).toBe(false);
    expect(parseNumericAnswer('.', '%').ok).toBe(false);
  });
  it('any number written with a point reads the same with a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 999 }), (whole, fraction) => {
        const point = parseNumericAnswer(`${whole}.${fraction}`, '%');
        const comma = parseNumericAnswer(`${whole},${fraction}`, '%');
        return point.ok && comma.ok && point.value === comma.value;
      }),
    );
  });
  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseNumericAnswer(text, 'mm').ok === 'boolean'));
  });
});

describe('numeric scoring', () => {
  it('the exact key earns the mark', () => {
    expect(scoreNumeric(item, { value: '-30' })).toMatchObject({ earned: 1, total: 1, correct: true });
  });
  it('values at the edge of the tolerance count (−30.5 and −29,5)', () => {
    expect(scoreNumeric(item, { value: '-30.5' }).correct).toBe(true);
    expect(scoreNumeric(item, { value: '-29,5' }).correct).toBe(true);
  });
  it('just outside the tolerance does not (−30.6)', () => {
    expect(scoreNumeric(item, { value: '-30.6' })).toMatchObject({ earned: 0, correct: false });
  });
  it('forgetting the minus sign is wrong: +30 % is growth, not shrinkage', () => {
    expect(scoreNumeric(item, { value: '30' }).correct).toBe(false);
  });
  it('text that is not a number scores nothing', () => {
    expect(scoreNumeric(item, { value: 'about thirty' }).earned).toBe(0);
  });
  it('binary rounding does not cost a mark: 0.1 + 0.2 is within 0 of 0.3', () => {
    expect(withinTolerance(0.1 + 0.2, 0.3, 0)).toBe(true);
  });
});

describe('numeric validation', () => {
  it('an empty box is turned back', () => {
    expect(validateNumeric(item, { value: '' })).toEqual({ ok: false, message: 'Type a number first.' });
  });
  it('a wrong but well-formed number is accepted for scoring', () => {
    expect(validateNumeric(item, { value: '-12' })).toEqual({ ok: true });
  });
});
