import { describe, expect, it } from 'vitest';
import { accuracy, naturalFrequencies } from '../../../src/simulators/diagnostic-accuracy/engine';
import { accuracyBand, usableFigure } from '../../../src/simulators/diagnostic-accuracy/reported-accuracy';

describe('usableFigure', () => {
  it('a mean with a range keeps the mean as the point value', () => {
    expect(usableFigure({ value: 93, low: 85, high: 100 })).toEqual({
      point: 0.93,
      low: 0.85,
      high: 1,
      pointIsMidpoint: false,
    });
  });

  it('a single figure is its own range', () => {
    expect(usableFigure({ value: 96.2, low: null, high: null })).toEqual({
      point: 0.962,
      low: 0.962,
      high: 0.962,
      pointIsMidpoint: false,
    });
  });

  it('a range alone (MR enteroclysis 86-94 %) gives its midpoint 90 %, flagged as ours', () => {
    const f = usableFigure({ value: null, low: 86, high: 94 });
    expect(f?.point).toBeCloseTo(0.9, 12);
    expect(f?.pointIsMidpoint).toBe(true);
  });

  it('nothing reported stays nothing', () => {
    expect(usableFigure(null)).toBeNull();
  });
});

describe('accuracyBand', () => {
  it('MRI for pNET (sensitivity 85-100 %, specificity 75-100 %) at 50 % pre-test', () => {
    const sens = usableFigure({ value: 93, low: 85, high: 100 });
    const spec = usableFigure({ value: 88, low: 75, high: 100 });
    if (!sens || !spec) throw new Error('figures missing');
    const band = accuracyBand(sens, spec, 0.5);
    expect(band.ppv.min).toBeCloseTo(0.425 / 0.55, 12); // sens 85 %, spec 75 %
    expect(band.ppv.max).toBe(1); // spec 100 %: no false positives
    expect(band.npv.min).toBeCloseTo(0.375 / 0.45, 12);
    expect(band.npv.max).toBe(1);
    expect(band.lrPositive.min).toBeCloseTo(3.4, 12); // 0.85 / 0.25
    expect(band.lrPositive.max).toBe(Number.POSITIVE_INFINITY);
    expect(band.lrNegative.min).toBe(0);
    expect(band.lrNegative.max).toBeCloseTo(0.2, 12); // 0.15 / 0.75
  });
});

describe('naturalFrequencies', () => {
  it('MRI 93 % / 88 % at 10 % pre-test in 100 patients: 9 TP, 1 FN, 11 FP, 79 TN', () => {
    // exact: 9.3, 0.7, 10.8, 79.2 — largest remainders (0.8, 0.7) get the two missing patients
    const r = accuracy({ sensitivity: 0.93, specificity: 0.88, prevalence: 0.1, cohort: 100 });
    expect(naturalFrequencies(r, 100)).toEqual({ tp: 9, fn: 1, fp: 11, tn: 79 });
  });

  it('whole numbers stay as they are: 90 / 10 / 180 / 720 in 1000', () => {
    const r = accuracy({ sensitivity: 0.9, specificity: 0.8, prevalence: 0.1 });
    expect(naturalFrequencies(r, 1000)).toEqual({ tp: 90, fn: 10, fp: 180, tn: 720 });
  });

  it('a cohort that is not a whole number is refused', () => {
    const r = accuracy({ sensitivity: 0.9, specificity: 0.8, prevalence: 0.1, cohort: 10.5 });
    expect(() => naturalFrequencies(r, 10.5)).toThrow('cohort');
  });
});
