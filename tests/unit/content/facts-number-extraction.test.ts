import { describe, expect, it } from 'vitest';
import { extractNumbers, isWorkedArithmetic, normaliseNumber, visibleText } from './facts-number-extraction';

const values = (text: string) => extractNumbers(text).map((n) => n.value);

describe('finding the numbers a learner reads', () => {
  it('finds both ends of a range and decimals', () => {
    expect(values('multiple in 26%–30% of cases; DECT 95.7 vs. 68.8%')).toEqual(['26', '30', '95.7', '68.8']);
  });

  it('finds a number glued to its unit', () => {
    expect(values('a 5cm colonic mass')).toEqual(['5']);
  });

  it('ignores names and labels whose digits are not quantities', () => {
    expect(values('68Ga-DOTATATE binds SSTR-2 better than 111In-octreotide')).toEqual([]);
    expect(values('G1 and G2 tumours; grade 2-3; Ki-67 index; MEN-1; GLP-1')).toEqual([]);
    expect(values('types 1 and 2 are ECLomas; type 3 is sporadic')).toEqual([]);
    expect(values('T1-W and T2-weighted images, dynamic 3D sequences, b800 s/mm2')).toEqual([]);
    expect(values('see Figure 5 and Chapter 13; RECIST 1.1 (Eisenhauer 2009)')).toEqual([]);
    expect(values('18-FDG-PET/CT and 18F-FDG')).toEqual([]);
  });

  it('still reports the clinical number next to a whitelisted label', () => {
    expect(values('SSA up to a Ki-67 of 10%')).toEqual(['10']);
    expect(values('RECIST 1.1 allows 5 targets')).toEqual(['5']);
    expect(values('G1: imaging at 6 and 12 months')).toEqual(['6', '12']);
  });

  it('does not treat a year-like clinical count as a year', () => {
    expect(values('2000 patients')).toEqual(['2000']);
  });

  it('reads text, not JSX attributes, link targets or code', () => {
    const mdx =
      'import X from "./x";\n<CheckYourself id="ct-timing-1" /> See [the case](/cases/figure-3/) at <Term id="adc">30 s</Term>. `b=1000`';
    expect(values(visibleText(mdx))).toEqual(['30']);
  });

  it('writes equal numbers the same way', () => {
    expect(normaliseNumber('05')).toBe('5');
    expect(normaliseNumber('0.50')).toBe('0.5');
    expect(normaliseNumber('95.7')).toBe('95.7');
  });
});

describe('worked response-criteria arithmetic', () => {
  const text = 'At follow-up they measure 28 mm; change = (60 − 90) / 90 = −33.3%, and 62% of patients';
  const at = (n: string) => text.indexOf(n);
  it('treats measurements and terms of a calculation as arithmetic', () => {
    expect(isWorkedArithmetic(text, at('28'), 2)).toBe(true);
    expect(isWorkedArithmetic(text, at('60'), 2)).toBe(true);
    expect(isWorkedArithmetic(text, at('33.3'), 4)).toBe(true);
  });

  it('does not treat a clinical share in the same sentence as arithmetic', () => {
    expect(isWorkedArithmetic(text, at('62'), 2)).toBe(false);
  });
});
