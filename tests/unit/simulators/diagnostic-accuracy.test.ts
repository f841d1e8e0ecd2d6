import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accuracy,
  combineTests,
  faganLikelihoodRatioHeight,
  faganPositions,
  faganProbabilityHeight,
  postTestProbability,
} from '../../../src/simulators/diagnostic-accuracy/engine';

describe('accuracy: the 2×2 table in a cohort', () => {
  it('sensitivity 90 %, specificity 80 %, prevalence 10 % in 1000 patients', () => {
    // 100 diseased: 90 TP, 10 FN. 900 healthy: 720 TN, 180 FP.
    const r = accuracy({ sensitivity: 0.9, specificity: 0.8, prevalence: 0.1 });
    expect(r.tp).toBeCloseTo(90, 9);
    expect(r.fn).toBeCloseTo(10, 9);
    expect(r.tn).toBeCloseTo(720, 9);
    expect(r.fp).toBeCloseTo(180, 9);
    expect(r.ppv).toBeCloseTo(90 / 270, 12); // one in three positives is diseased
    expect(r.npv).toBeCloseTo(720 / 730, 12);
    expect(r.lrPositive).toBeCloseTo(4.5, 12); // 0.9 / 0.2
    expect(r.lrNegative).toBeCloseTo(0.125, 12); // 0.1 / 0.8
    expect(r.postTestPositive).toBeCloseTo(1 / 3, 12);
    expect(r.postTestNegative).toBeCloseTo(10 / 730, 12);
  });

  it('MRI 93 % / 88 % at 50 % pre-test probability in 100 patients', () => {
    // 50 diseased: 46.5 TP, 3.5 FN. 50 healthy: 44 TN, 6 FP.
    const r = accuracy({ sensitivity: 0.93, specificity: 0.88, prevalence: 0.5, cohort: 100 });
    expect(r.tp).toBeCloseTo(46.5, 9);
    expect(r.fp).toBeCloseTo(6, 9);
    expect(r.ppv).toBeCloseTo(46.5 / 52.5, 12);
    expect(r.npv).toBeCloseTo(44 / 47.5, 12);
    expect(r.lrPositive).toBeCloseTo(7.75, 9);
    expect(r.lrNegative).toBeCloseTo(0.07 / 0.88, 12);
  });

  it('a test with specificity 100 % has an infinite LR+ and a PPV of 1', () => {
    const r = accuracy({ sensitivity: 0.8, specificity: 1, prevalence: 0.2 });
    expect(r.fp).toBe(0);
    expect(r.lrPositive).toBe(Number.POSITIVE_INFINITY);
    expect(r.ppv).toBe(1);
  });

  it('a test that is never positive (sensitivity 0, specificity 1) has no PPV and no LR+', () => {
    const r = accuracy({ sensitivity: 0, specificity: 1, prevalence: 0.3 });
    expect(r.ppv).toBeNull();
    expect(r.postTestPositive).toBeNull();
    expect(r.lrPositive).toBeNull();
    expect(r.lrNegative).toBeCloseTo(1, 12);
  });

  it('a test that is always positive (sensitivity 1, specificity 0) has no NPV and no LR−', () => {
    const r = accuracy({ sensitivity: 1, specificity: 0, prevalence: 0.3 });
    expect(r.npv).toBeNull();
    expect(r.postTestNegative).toBeNull();
    expect(r.lrNegative).toBeNull();
    expect(r.lrPositive).toBeCloseTo(1, 12);
  });

  it('specificity 0 with sensitivity below 1 has an infinite LR−', () => {
    expect(accuracy({ sensitivity: 0.5, specificity: 0, prevalence: 0.5 }).lrNegative).toBe(Number.POSITIVE_INFINITY);
  });

  it('with no disease in the cohort every positive is false: PPV 0', () => {
    const r = accuracy({ sensitivity: 0.9, specificity: 0.9, prevalence: 0 });
    expect(r.tp).toBe(0);
    expect(r.ppv).toBe(0);
    expect(r.npv).toBe(1);
  });

  it.each([
    ['sensitivity', { sensitivity: 1.2, specificity: 0.9, prevalence: 0.1 }],
    ['specificity', { sensitivity: 0.9, specificity: -0.1, prevalence: 0.1 }],
    ['prevalence', { sensitivity: 0.9, specificity: 0.9, prevalence: Number.NaN }],
    ['sensitivity', { sensitivity: '0.9', specificity: 0.9, prevalence: 0.1 }],
    ['cohort', { sensitivity: 0.9, specificity: 0.9, prevalence: 0.1, cohort: 0 }],
    ['cohort', { sensitivity: 0.9, specificity: 0.9, prevalence: 0.1, cohort: Number.POSITIVE_INFINITY }],
  ])('a bad %s throws a RangeError naming it', (name, input) => {
    expect(() => accuracy(input as never)).toThrow(RangeError);
    expect(() => accuracy(input as never)).toThrow(name);
  });
});

describe('combineTests (conditional independence)', () => {
  const ct = { sensitivity: 0.8, specificity: 0.9 };
  const mri = { sensitivity: 0.9, specificity: 0.8 };

  it('in series (both must be positive) sensitivity falls to 72 % and specificity rises to 98 %', () => {
    const r = combineTests(ct, mri, 'serial');
    expect(r.sensitivity).toBeCloseTo(0.72, 12);
    expect(r.specificity).toBeCloseTo(0.98, 12); // 1 − 0.1 × 0.2
  });

  it('in parallel (either positive) sensitivity rises to 98 % and specificity falls to 72 %', () => {
    const r = combineTests(ct, mri, 'parallel');
    expect(r.sensitivity).toBeCloseTo(0.98, 12); // 1 − 0.2 × 0.1
    expect(r.specificity).toBeCloseTo(0.72, 12);
  });

  it('a bad input or mode throws a RangeError naming it', () => {
    expect(() => combineTests({ sensitivity: 2, specificity: 0.9 }, mri, 'serial')).toThrow('a.sensitivity');
    expect(() => combineTests(ct, { sensitivity: 0.9, specificity: -1 }, 'serial')).toThrow('b.specificity');
    expect(() => combineTests(ct, mri, 'both' as never)).toThrow('mode');
  });
});

describe('postTestProbability', () => {
  it('pre-test 20 % (odds 1:4) and LR 4 gives odds 1:1, i.e. 50 %', () => {
    expect(postTestProbability(0.2, 4)).toBeCloseTo(0.5, 12);
  });

  it('pre-test 50 % and LR 0.1 gives 1/11', () => {
    expect(postTestProbability(0.5, 0.1)).toBeCloseTo(1 / 11, 12);
  });

  it('LR 1 leaves the probability unchanged', () => {
    expect(postTestProbability(0.37, 1)).toBeCloseTo(0.37, 12);
  });

  it('an infinite LR makes disease certain; from a pre-test of 0 it is undefined', () => {
    expect(postTestProbability(0.01, Number.POSITIVE_INFINITY)).toBe(1);
    expect(postTestProbability(0, Number.POSITIVE_INFINITY)).toBeNull();
    expect(postTestProbability(1, 0)).toBeNull();
    expect(postTestProbability(0, 5)).toBe(0);
  });

  it('bad input throws a RangeError naming it', () => {
    expect(() => postTestProbability(1.5, 2)).toThrow('preTest');
    expect(() => postTestProbability(0.5, -2)).toThrow('likelihoodRatio');
    expect(() => postTestProbability(0.5, Number.NaN)).toThrow('likelihoodRatio');
  });

  it('after a positive result it equals the PPV of the same table', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (sensitivity, specificity, prevalence) => {
          const r = accuracy({ sensitivity, specificity, prevalence });
          expect(postTestProbability(prevalence, r.lrPositive ?? Number.NaN)).toBeCloseTo(r.ppv ?? Number.NaN, 9);
          expect(postTestProbability(prevalence, r.lrNegative ?? Number.NaN)).toBeCloseTo(
            r.postTestNegative ?? Number.NaN,
            9,
          );
        },
      ),
    );
  });

  it('never returns NaN for any valid input', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(Number.POSITIVE_INFINITY)),
        (p, lr) => {
          const post = postTestProbability(p, lr);
          expect(post === null || (post >= 0 && post <= 1)).toBe(true);
        },
      ),
    );
  });
});

describe('accuracy: properties', () => {
  it('the four cells add up to the cohort and nothing is NaN', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 100000 }),
        (sensitivity, specificity, prevalence, cohort) => {
          const r = accuracy({ sensitivity, specificity, prevalence, cohort });
          expect(r.tp + r.fp + r.fn + r.tn).toBeCloseTo(cohort, 6);
          for (const v of Object.values(r)) expect(v === null || !Number.isNaN(v)).toBe(true);
        },
      ),
    );
  });
});

describe('Fagan nomogram geometry', () => {
  it('pre-test 20 %, LR 4 and post-test 50 % lie on one straight line', () => {
    const p = faganPositions(0.2, 4);
    expect(p.preTest).toBeCloseTo(-Math.log10(0.25), 12); // left axis is inverted
    expect(p.likelihoodRatio).toBeCloseTo(Math.log10(4) / 2, 12);
    expect(p.postTest).toBeCloseTo(0, 12); // odds 1:1
    // equally spaced axes: the middle point is the mean of the outer two
    expect(p.likelihoodRatio).toBeCloseTo(((p.preTest ?? Number.NaN) + (p.postTest ?? Number.NaN)) / 2, 12);
  });

  it('probabilities of 0 or 1 and LRs of 0 or Infinity fall off the axes (null)', () => {
    expect(faganProbabilityHeight(0, 'left')).toBeNull();
    expect(faganProbabilityHeight(1, 'right')).toBeNull();
    expect(faganLikelihoodRatioHeight(0)).toBeNull();
    expect(faganLikelihoodRatioHeight(Number.POSITIVE_INFINITY)).toBeNull();
    expect(faganLikelihoodRatioHeight(1)).toBe(0);
  });
});

describe('found by fuzzing (issue 10)', () => {
  it('a post-test probability near certainty with a huge likelihood ratio is 1, not NaN (the odds overflow)', () => {
    expect(postTestProbability(0.9999999999999999, 1.9958403095347203e292)).toBe(1);
    expect(postTestProbability(0.5, Number.MAX_VALUE)).toBe(1);
  });
});
