import { describe, expect, it } from 'vitest';
import { ACCURACY_EXERCISES } from '../../../src/simulators/diagnostic-accuracy/exercises';
import { scenarioById } from '../../../src/simulators/diagnostic-accuracy/scenarios';
import { accuracy, combineTests } from '../../../src/simulators/diagnostic-accuracy/engine';

describe('accuracy exercises', () => {
  it('every exercise has four options, one answer among them, and points to a real scenario entry', () => {
    for (const e of ACCURACY_EXERCISES) {
      expect(e.options).toHaveLength(4);
      expect(e.options.map((o) => o.id)).toContain(e.answer);
      expect(scenarioById(e.scenarioId).entries.map((x) => x.id)).toContain(e.entryId);
    }
  });

  it('MRI 93/88 at 10 % in 1000: 93 TP and 108 FP, PPV 93/201 ≈ 46 %', () => {
    const r = accuracy({ sensitivity: 0.93, specificity: 0.88, prevalence: 0.1 });
    expect(r.tp).toBeCloseTo(93, 9);
    expect(r.fp).toBeCloseTo(108, 9);
    expect(r.fn).toBeCloseTo(7, 9);
    expect(r.ppv).toBeCloseTo(93 / 201, 12);
    expect(Math.round((r.ppv ?? 0) * 100)).toBe(46);
  });

  it('CT enterography 100/96.2: LR+ ≈ 26.3 and LR− = 0', () => {
    const r = accuracy({ sensitivity: 1, specificity: 0.962, prevalence: 0.5 });
    expect(r.lrPositive).toBeCloseTo(26.3, 1);
    expect(r.lrNegative).toBe(0);
  });

  it('MRI 93 % then EUS 90 % in series: 83.7 %; in parallel 99.3 %', () => {
    const a = { sensitivity: 0.93, specificity: 0.5 };
    const b = { sensitivity: 0.9, specificity: 0.5 };
    expect(combineTests(a, b, 'serial').sensitivity).toBeCloseTo(0.837, 12);
    expect(combineTests(a, b, 'parallel').sensitivity).toBeCloseTo(0.993, 12);
  });
});
