import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessResponse, type Study } from '../../../src/simulators/response-criteria/engine';

const ORGANS = ['liver', 'pancreas', 'lung', 'bone', 'peritoneum'];

/** A valid study: 1-5 non-nodal targets in distinct organs, whole-mm sizes, 1-4 follow-ups. */
const validStudy = fc
  .integer({ min: 1, max: 5 })
  .chain((n) =>
    fc.record({
      baseline: fc.array(
        fc.record({
          diameterMm: fc.integer({ min: 10, max: 120 }),
          attenuationHu: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
          viableDiameterMm: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        }),
        { minLength: n, maxLength: n },
      ),
      followUps: fc.array(
        fc.record({
          sizes: fc.array(
            fc.record({
              diameterMm: fc.integer({ min: 0, max: 150 }),
              attenuationHu: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
              viableDiameterMm: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
            }),
            { minLength: n, maxLength: n },
          ),
          nonTarget: fc.constantFrom('absent' as const, 'present' as const, 'progression' as const),
          newLesions: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  )
  .map(({ baseline, followUps }): Study => ({
    baseline: {
      targets: baseline.map((l, i) => ({ id: `T${i}`, organ: ORGANS[i] ?? 'liver', ...l })),
    },
    followUps: followUps.map((f) => ({
      targets: f.sizes.map((l, i) => ({ id: `T${i}`, ...l })),
      nonTarget: f.nonTarget,
      newLesions: f.newLesions,
    })),
  }));

const scaled = (study: Study, k: number): Study => ({
  baseline: {
    ...study.baseline,
    targets: study.baseline.targets.map((t) => ({
      ...t,
      diameterMm: t.diameterMm * k,
      viableDiameterMm: t.viableDiameterMm === undefined ? undefined : t.viableDiameterMm * k,
    })),
  },
  followUps: study.followUps.map((f) => ({
    ...f,
    targets: f.targets.map((t) => ({
      ...t,
      diameterMm: t.diameterMm * k,
      viableDiameterMm: t.viableDiameterMm === undefined ? undefined : t.viableDiameterMm * k,
    })),
  })),
});

const numbersIn = (value: unknown): number[] => {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
};

describe('response criteria: properties', () => {
  it('a valid study never produces NaN or Infinity, and every follow-up gets three categories', () => {
    fc.assert(
      fc.property(validStudy, (study) => {
        const result = assessResponse(study);
        expect(result.errors).toEqual([]);
        expect(result.followUps).toHaveLength(study.followUps.length);
        for (const n of numbersIn(result)) expect(Number.isFinite(n)).toBe(true);
        for (const f of result.followUps) {
          for (const c of [f.recist.category, f.choi.category, f.mrecist.category])
            expect(['CR', 'PR', 'SD', 'PD', 'NE']).toContain(c);
        }
      }),
    );
  });

  it('a new lesion always means PD under all three criteria', () => {
    fc.assert(
      fc.property(validStudy, (study) => {
        const withNew: Study = { ...study, followUps: study.followUps.map((f) => ({ ...f, newLesions: true })) };
        for (const f of assessResponse(withNew).followUps) {
          expect([f.recist.category, f.choi.category, f.mrecist.category]).toEqual(['PD', 'PD', 'PD']);
        }
      }),
    );
  });

  it('scaling every diameter by the same factor keeps Choi and mRECIST categories (they use ratios only)', () => {
    fc.assert(
      fc.property(validStudy, fc.integer({ min: 2, max: 4 }), (study, k) => {
        const a = assessResponse(study).followUps;
        const b = assessResponse(scaled(study, k)).followUps;
        expect(b.map((f) => [f.choi.category, f.mrecist.category])).toEqual(
          a.map((f) => [f.choi.category, f.mrecist.category]),
        );
      }),
    );
  });

  it('scaling every diameter keeps the RECIST category whenever the 5 mm rule is not what decided it', () => {
    fc.assert(
      fc.property(validStudy, fc.integer({ min: 2, max: 4 }), (study, k) => {
        const a = assessResponse(study).followUps;
        const b = assessResponse(scaled(study, k)).followUps;
        a.forEach((f, i) => {
          const increase = f.recist.changeFromNadirMm ?? 0;
          const fivemmBinding = increase > 0 && increase < 5;
          if (!fivemmBinding) expect(b[i]?.recist.category).toBe(f.recist.category);
        });
      }),
    );
  });

  it('listing follow-up targets in another order changes nothing', () => {
    fc.assert(
      fc.property(validStudy, (study) => {
        const reversed: Study = {
          ...study,
          followUps: study.followUps.map((f) => ({ ...f, targets: [...f.targets].reverse() })),
        };
        expect(assessResponse(reversed)).toEqual(assessResponse(study));
      }),
    );
  });

  it('a negative measurement anywhere gives errors and no categories', () => {
    fc.assert(
      fc.property(validStudy, fc.nat(), fc.integer({ min: -500, max: -1 }), (study, pick, negative) => {
        const followUp = study.followUps[pick % study.followUps.length];
        if (!followUp) return;
        const index = pick % followUp.targets.length;
        const broken: Study = {
          ...study,
          followUps: study.followUps.map((f) =>
            f === followUp
              ? { ...f, targets: f.targets.map((t, i) => (i === index ? { ...t, diameterMm: negative / 10 } : t)) }
              : f,
          ),
        };
        const result = assessResponse(broken);
        expect(result.followUps).toEqual([]);
        expect(result.errors.join(' ')).toMatch(/diameterMm cannot be negative/);
      }),
    );
  });

  it('an arbitrary JSON value never throws: it is either assessed or explained', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = assessResponse(value as unknown as Study);
        expect(result.errors.length > 0 || Array.isArray(result.followUps)).toBe(true);
      }),
    );
  });
});
