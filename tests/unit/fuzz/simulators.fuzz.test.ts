import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accuracy,
  combineTests,
  faganLikelihoodRatioHeight,
  faganPositions,
  faganProbabilityHeight,
  naturalFrequencies,
  postTestProbability,
} from '../../../src/simulators/diagnostic-accuracy/engine';
import {
  conspicuity,
  enhancementAt,
  MODEL_HORIZON_S,
  TISSUES as MODEL_TISSUES,
  peakOf,
  phaseAt,
  simulateEnhancement,
  triggerTimeS,
  type InjectionProtocol,
} from '../../../src/simulators/contrast-timing';
import { assessResponse, type Study } from '../../../src/simulators/response-criteria/engine';
import { fuzz, timeoutFor } from './runs';

/**
 * The simulators: for any finite input in range, no NaN or Infinity comes out (the one
 * documented exception: a likelihood ratio is Infinity when specificity is exactly 1 or 0);
 * any invalid input throws a RangeError whose message names the field (the response-criteria
 * engine, which feeds a form, returns its errors as sentences naming the field instead).
 */
const numbersIn = (value: unknown, path = ''): [string, number][] => {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, path ? `${path}.${k}` : k));
  return [];
};
const allFinite = (value: unknown, allowInfinity: (path: string) => boolean = () => false) =>
  numbersIn(value).every(([p, n]) => !Number.isNaN(n) && (Number.isFinite(n) || allowInfinity(p)));

const fraction = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 1e-300, 1 - 1e-16));
const finitePositive = fc.oneof(
  fc.double({ min: Number.MIN_VALUE, max: 1e12, noNaN: true }),
  fc.integer({ min: 1, max: 1e6 }),
);
const likelihoodRatio = fc.oneof(
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
  fc.constantFrom(0, 1, 1e-300, 1e300),
);
/** Values that are not a number from 0 to 1. */
const notFraction = fc.constantFrom<unknown>(
  Number.NaN,
  Infinity,
  -Infinity,
  -0.001,
  1.001,
  2,
  '0.5',
  null,
  undefined,
  {},
);

describe('fuzz: diagnostic accuracy', () => {
  it(
    'any fractions and cohort give no NaN, and Infinity only as a likelihood ratio (a test with no false results)',
    () => {
      fc.assert(
        fc.property(fraction, fraction, fraction, finitePositive, (sensitivity, specificity, prevalence, cohort) => {
          const result = accuracy({ sensitivity, specificity, prevalence, cohort });
          // A likelihood ratio is Infinity when its denominator is 0 — or so small that the ratio
          // is beyond the largest double (specificity 5e-324): both mean "as good as infinite".
          return allFinite(result, (p) => p === 'lrPositive' || p === 'lrNegative');
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'combining two tests gives fractions',
    () => {
      fc.assert(
        fc.property(
          fraction,
          fraction,
          fraction,
          fraction,
          fc.constantFrom('serial', 'parallel' as const),
          (a, b, c, d, mode) => {
            const r = combineTests({ sensitivity: a, specificity: b }, { sensitivity: c, specificity: d }, mode);
            return [r.sensitivity, r.specificity].every((x) => x >= 0 && x <= 1);
          },
        ),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'the post-test probability of any finite likelihood ratio is a probability (or null when undefined)',
    () => {
      fc.assert(
        fc.property(fraction, likelihoodRatio, (pre, lr) => {
          const post = postTestProbability(pre, lr);
          const fagan = faganPositions(pre, lr);
          return (
            (post === null || (post >= 0 && post <= 1)) &&
            allFinite(fagan) &&
            allFinite(faganLikelihoodRatioHeight(lr)) &&
            allFinite(faganProbabilityHeight(pre, 'left'))
          );
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'natural frequencies are whole numbers adding up to the cohort',
    () => {
      fc.assert(
        fc.property(
          fraction,
          fraction,
          fraction,
          fc.integer({ min: 1, max: 100_000 }),
          (sensitivity, specificity, prevalence, cohort) => {
            const cells = naturalFrequencies(accuracy({ sensitivity, specificity, prevalence, cohort }), cohort);
            const values = [cells.tp, cells.fp, cells.fn, cells.tn];
            return values.every((v) => Number.isInteger(v) && v >= 0) && values.reduce((a, b) => a + b, 0) === cohort;
          },
        ),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'a bad field throws a RangeError naming it',
    () => {
      fc.assert(
        fc.property(
          fraction,
          fraction,
          fraction,
          fc.constantFrom('sensitivity', 'specificity', 'prevalence'),
          notFraction,
          (sensitivity, specificity, prevalence, field, junk) => {
            const input = { sensitivity, specificity, prevalence, [field]: junk } as never;
            expect(() => accuracy(input)).toThrow(RangeError);
            expect(() => accuracy(input)).toThrow(field);
            expect(() => postTestProbability(junk as number, 2)).toThrow(/preTest/);
            expect(() => faganProbabilityHeight(junk as number, 'left')).toThrow(/probability/);
          },
        ),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it('a bad cohort or likelihood ratio is named too', () => {
    for (const cohort of [0, -1, Number.NaN, Infinity, '1000'])
      expect(() => accuracy({ sensitivity: 0.5, specificity: 0.5, prevalence: 0.5, cohort } as never)).toThrow(
        /cohort/,
      );
    for (const lr of [-1, Number.NaN, '2'])
      expect(() => postTestProbability(0.5, lr as never)).toThrow(/likelihoodRatio/);
  });
});

const protocolArb: fc.Arbitrary<InjectionProtocol> = fc.record({
  rateMlPerS: fc.double({ min: 0.5, max: 10, noNaN: true }),
  volumeMl: fc.double({ min: 10, max: 250, noNaN: true }),
  concentrationMgIPerMl: fc.double({ min: 100, max: 400, noNaN: true }),
  cardiacOutput: fc.constantFrom('low', 'normal', 'high' as const),
});
const timeArb = fc.double({ min: 0, max: MODEL_HORIZON_S, noNaN: true });
const tissueArb = fc.constantFrom(...MODEL_TISSUES);

describe('fuzz: contrast timing', () => {
  it(
    'any protocol in range and any times in the model’s horizon give finite enhancement, phases and peaks',
    () => {
      fc.assert(
        fc.property(
          protocolArb,
          fc.array(timeArb, { maxLength: 8 }),
          tissueArb,
          tissueArb,
          timeArb,
          (protocol, times, a, b, t) => {
            const curves = simulateEnhancement(protocol, times);
            const trigger = triggerTimeS(protocol);
            return (
              allFinite(curves) &&
              allFinite(conspicuity(a, b, protocol, times)) &&
              Number.isFinite(enhancementAt(a, t, protocol)) &&
              typeof phaseAt(t, protocol) === 'string' &&
              allFinite(peakOf(a, protocol)) &&
              (trigger === null || Number.isFinite(trigger))
            );
          },
        ),
        fuzz,
      );
    },
    timeoutFor(20),
  );
  it(
    'a protocol field out of range, or not a number, throws a RangeError naming it',
    () => {
      const junk = fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, 0, -5, 1e6, '4', null, undefined);
      fc.assert(
        fc.property(
          protocolArb,
          fc.constantFrom('rateMlPerS', 'volumeMl', 'concentrationMgIPerMl', 'cardiacOutput'),
          junk,
          (protocol, field, value) => {
            const bad = { ...protocol, [field]: value } as InjectionProtocol;
            expect(() => simulateEnhancement(bad, [30])).toThrow(RangeError);
            expect(() => simulateEnhancement(bad, [30])).toThrow(`protocol.${field}`);
          },
        ),
        fuzz,
      );
    },
    timeoutFor(2),
  );
  it(
    'a time outside the horizon, or an unknown tissue, throws a RangeError naming it',
    () => {
      fc.assert(
        fc.property(
          protocolArb,
          fc.constantFrom<unknown>(-1, MODEL_HORIZON_S + 1, Number.NaN, Infinity, '30', null),
          fc.constantFrom<unknown>(0, -1, Number.NaN, Infinity, '100', null),
          (protocol, t, threshold) => {
            expect(() => enhancementAt('aorta', t as number, protocol)).toThrow(RangeError);
            expect(() => enhancementAt('aorta', t as number, protocol)).toThrow(/timeS/);
            expect(() => enhancementAt('spleen-ish' as never, 30, protocol)).toThrow(/tissue/);
            expect(() => triggerTimeS(protocol, threshold as number)).toThrow(/thresholdHu/);
          },
        ),
        fuzz,
      );
    },
    timeoutFor(2),
  );
});

const ORGANS = ['liver', 'pancreas', 'lung', 'bone', 'peritoneum'];
const size = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 300 }));
const studyArb: fc.Arbitrary<Study> = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc
    .record({
      baseline: fc.array(
        fc.record({
          diameterMm: fc.double({ min: 10, max: 1e6, noNaN: true }),
          attenuationHu: fc.option(size, { nil: undefined }),
          viableDiameterMm: fc.option(size, { nil: undefined }),
        }),
        { minLength: n, maxLength: n },
      ),
      followUps: fc.array(
        fc.record({
          sizes: fc.array(
            fc.record({
              diameterMm: size,
              attenuationHu: fc.option(size, { nil: undefined }),
              viableDiameterMm: fc.option(size, { nil: undefined }),
            }),
            { minLength: n, maxLength: n },
          ),
          nonTarget: fc.constantFrom('absent' as const, 'present' as const, 'progression' as const),
          newLesions: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ baseline, followUps }) => ({
      baseline: { targets: baseline.map((l, i) => ({ id: `T${i}`, organ: ORGANS[i] ?? 'liver', ...l })) },
      followUps: followUps.map((f) => ({
        targets: f.sizes.map((l, i) => ({ id: `T${i}`, ...l })),
        nonTarget: f.nonTarget,
        newLesions: f.newLesions,
      })),
    })),
);

describe('fuzz: response criteria', () => {
  it(
    'any valid study with finite sizes gives finite figures and a category for each criterion',
    () => {
      fc.assert(
        fc.property(studyArb, (study) => {
          const result = assessResponse(study);
          return result.errors.length === 0 && result.followUps.length === study.followUps.length && allFinite(result);
        }),
        fuzz,
      );
    },
    timeoutFor(2),
  );
  it(
    'a measurement that is not a non-negative number is refused with a sentence naming the field, and no verdict',
    () => {
      fc.assert(
        fc.property(
          studyArb,
          fc.constantFrom('diameterMm', 'attenuationHu', 'viableDiameterMm'),
          fc.constantFrom<unknown>(Number.NaN, Infinity, -1, '12', null, {}),
          fc.nat(),
          (study, field, junk, k) => {
            const f = k % study.followUps.length;
            const damaged: Study = {
              ...study,
              followUps: study.followUps.map((fu, i) =>
                i === f ? { ...fu, targets: fu.targets.map((t, j) => (j === 0 ? { ...t, [field]: junk } : t)) } : fu,
              ),
            };
            const result = assessResponse(damaged);
            return result.followUps.length === 0 && result.errors.some((e) => e.includes(field));
          },
        ),
        fuzz,
      );
    },
    timeoutFor(2),
  );
});
