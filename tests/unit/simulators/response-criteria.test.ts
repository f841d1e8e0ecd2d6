import { describe, expect, it } from 'vitest';
import { assessResponse, type Lesion, type Study } from '../../../src/simulators/response-criteria/engine';

// Every expected value below is worked out by hand from the published thresholds:
// RECIST 1.1 PR ≤ −30 % vs baseline, PD ≥ +20 % and ≥ +5 mm vs nadir; Choi PR size ≤ −10 % or
// density ≤ −15 % vs baseline, PD size ≥ +10 % vs nadir without the density fall; mRECIST as
// RECIST on viable diameters without the 5 mm rule.

const liver = (id: string, diameterMm: number, extra: Partial<Lesion> = {}): Lesion => ({
  id,
  organ: 'liver',
  diameterMm,
  ...extra,
});
const node = (id: string, diameterMm: number, extra: Partial<Lesion> = {}): Lesion => ({
  id,
  organ: 'mesentery',
  nodal: true,
  diameterMm,
  ...extra,
});
const measured = (id: string, diameterMm: number, extra: Partial<Lesion> = {}): Lesion => ({
  id,
  diameterMm,
  ...extra,
});

/** One liver target followed over several time points (diameters in mm). */
function single(baseline: number, ...followUps: number[]): Study {
  return {
    baseline: { targets: [liver('L1', baseline)] },
    followUps: followUps.map((d) => ({ targets: [measured('L1', d)] })),
  };
}

function only(study: Study) {
  const result = assessResponse(study);
  expect(result.errors).toEqual([]);
  return result.followUps;
}

describe('target selection is checked before any category is given', () => {
  it('six targets are rejected: RECIST 1.1 allows five', () => {
    const organs = ['liver', 'liver', 'pancreas', 'lung', 'lung', 'bone'];
    const targets = organs.map((organ, i) => ({ id: `T${i}`, organ, diameterMm: 20 }));
    const result = assessResponse({
      baseline: { targets },
      followUps: [{ targets: targets.map((t) => measured(t.id, 20)) }],
    });
    expect(result.followUps).toEqual([]);
    expect(result.errors.join(' ')).toMatch(/at most 5 target lesions; 6 were given/);
  });

  it('a third target in the same organ is rejected, naming the organ and the lesions', () => {
    const result = assessResponse({
      baseline: { targets: [liver('A', 20), liver('B', 20), { id: 'C', organ: 'Liver ', diameterMm: 20 }] },
      followUps: [],
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/at most 2 targets per organ; liver has 3 \(A, B, C\)/);
  });

  it('three nodal targets in different stations are rejected because all nodes count as one organ', () => {
    const result = assessResponse({
      baseline: {
        targets: [
          node('N1', 20),
          { ...node('N2', 20), organ: 'para-aortic' },
          { ...node('N3', 20), organ: 'porta hepatis' },
        ],
      },
      followUps: [],
    });
    expect(result.errors[0]).toMatch(/lymph nodes \(all lymph nodes count as one organ\) has 3/);
  });

  it('two liver targets plus two nodal targets are accepted', () => {
    const result = assessResponse({
      baseline: { targets: [liver('A', 20), liver('B', 20), node('N1', 15), node('N2', 15)] },
      followUps: [],
    });
    expect(result.errors).toEqual([]);
  });

  it('a non-nodal target of 9.9 mm at baseline is rejected; 10 mm is accepted', () => {
    expect(assessResponse(single(9.9)).errors[0]).toMatch(
      /non-nodal target needs a longest diameter of at least 10 mm.*9\.9 mm/,
    );
    expect(assessResponse(single(10)).errors).toEqual([]);
  });

  it('a nodal target of 14.9 mm short axis is rejected (pathological but not measurable); 15 mm is accepted', () => {
    const study = (d: number): Study => ({ baseline: { targets: [node('N1', d)] }, followUps: [] });
    expect(assessResponse(study(14.9)).errors[0]).toMatch(
      /nodal target needs a short axis of at least 15 mm.*14\.9 mm/,
    );
    expect(assessResponse(study(15)).errors).toEqual([]);
  });

  it('a follow-up that leaves out a baseline target is rejected, naming the target', () => {
    const result = assessResponse({
      baseline: { targets: [liver('A', 20), liver('B', 30)] },
      followUps: [{ label: 'Month 3', targets: [measured('A', 18)] }],
    });
    expect(result.errors).toEqual(['followUps[0] (Month 3): baseline target "B" not measured.']);
    expect(result.followUps).toEqual([]);
  });

  it('a follow-up that measures a lesion that was not a baseline target is rejected', () => {
    const result = assessResponse({
      baseline: { targets: [liver('A', 20)] },
      followUps: [{ targets: [measured('A', 18), measured('Z', 12)] }],
    });
    expect(result.errors.join(' ')).toMatch(/"Z" is not a baseline target/);
  });

  it('a target measured twice in one follow-up is rejected', () => {
    const result = assessResponse({
      baseline: { targets: [liver('A', 20)] },
      followUps: [{ targets: [measured('A', 18), measured('A', 17)] }],
    });
    expect(result.errors.join(' ')).toMatch(/target "A" is measured twice/);
  });

  it('two baseline targets with the same id are rejected', () => {
    const result = assessResponse({
      baseline: { targets: [liver('A', 20), { id: 'A', organ: 'lung', diameterMm: 15 }] },
      followUps: [],
    });
    expect(result.errors.join(' ')).toMatch(/each id must be unique; repeated: A/);
  });

  it('negative, NaN, infinite and text measurements are rejected, naming the field and lesion', () => {
    const bad = (value: unknown, field: keyof Lesion = 'diameterMm') =>
      assessResponse({
        baseline: { targets: [{ ...liver('A', 20), [field]: value } as Lesion] },
        followUps: [],
      }).errors.join(' ');
    expect(bad(-3)).toMatch(/baseline\.targets\[0\] \("A"\): diameterMm cannot be negative; got -3/);
    expect(bad(Number.NaN)).toMatch(/diameterMm must be a number; got NaN/);
    expect(bad(Number.POSITIVE_INFINITY)).toMatch(/diameterMm must be a number; got Infinity/);
    expect(bad('20')).toMatch(/diameterMm must be a number; got "20"/);
    expect(bad(-5, 'attenuationHu')).toMatch(/attenuationHu cannot be negative/);
    expect(bad('x', 'viableDiameterMm')).toMatch(/viableDiameterMm must be a number/);
  });

  it('a negative follow-up measurement is rejected', () => {
    const result = assessResponse(single(20, -1));
    expect(result.errors[0]).toMatch(/followUps\[0\]\.targets\[0\] \("L1"\): diameterMm cannot be negative/);
  });

  it('an unknown non-target status is rejected', () => {
    const study = {
      baseline: { targets: [liver('A', 20)] },
      followUps: [{ targets: [measured('A', 20)], nonTarget: 'worse' }],
    };
    expect(assessResponse(study as unknown as Study).errors[0]).toMatch(
      /nonTarget must be "absent", "present" or "progression"; got "worse"/,
    );
  });

  it('a baseline without targets, or a study that is not an object, is rejected', () => {
    expect(assessResponse({ baseline: { targets: [] }, followUps: [] }).errors).toEqual([
      'baseline.targets: choose at least one target lesion.',
    ]);
    expect(assessResponse(null as unknown as Study).errors).toEqual([
      'The study must be an object with baseline and followUps.',
    ]);
    expect(assessResponse({ baseline: { targets: 'none' } } as unknown as Study).errors.length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('a study with no follow-ups is valid and has nothing to assess', () => {
    expect(assessResponse(single(20))).toEqual({ errors: [], followUps: [] });
  });

  it('follow-ups without a label are named "Follow-up 1", "Follow-up 2"', () => {
    expect(only(single(20, 20, 20)).map((f) => f.label)).toEqual(['Follow-up 1', 'Follow-up 2']);
  });
});

describe('RECIST 1.1', () => {
  it('100 mm → 70 mm is exactly 30 % smaller: PR', () => {
    const [f] = only(single(100, 70));
    expect(f?.recist.category).toBe('PR');
    expect(f?.recist.changeFromBaselinePercent).toBe(-30);
  });

  it('100 mm → 70.01 mm is 29.99 % smaller: SD', () => {
    const [f] = only(single(100, 70.01));
    expect(f?.recist.category).toBe('SD');
    expect(f?.recist.changeFromBaselinePercent).toBe(-29.99);
  });

  it('decimals add up exactly: 33.3 + 66.7 = 100 mm → 23.31 + 46.69 = 70 mm is PR', () => {
    const [f] = only({
      baseline: { targets: [liver('A', 33.3), { id: 'B', organ: 'pancreas', diameterMm: 66.7 }] },
      followUps: [{ targets: [measured('A', 23.31), measured('B', 46.69)] }],
    });
    expect(f?.recist.sumMm).toBe(70);
    expect(f?.recist.category).toBe('PR');
  });

  it('50 mm → 60 mm is exactly 20 % and 10 mm larger: PD', () => {
    const [f] = only(single(50, 60));
    expect(f?.recist.category).toBe('PD');
    expect(f?.recist.changeFromNadirPercent).toBe(20);
    expect(f?.recist.changeFromNadirMm).toBe(10);
  });

  it('50 mm → 59.99 mm is 19.98 % larger: SD', () => {
    const [f] = only(single(50, 59.99));
    expect(f?.recist.category).toBe('SD');
    expect(f?.recist.changeFromNadirPercent).toBe(19.98);
  });

  it('20 mm → 24 mm is 20 % larger but only 4 mm: the 5 mm rule keeps it SD', () => {
    const [f] = only(single(20, 24));
    expect(f?.recist.category).toBe('SD');
    expect(f?.recist.reasons.join(' ')).toMatch(/under the 5 mm minimum/);
  });

  it('20 mm → 25 mm is 25 % and 5 mm larger: PD', () => {
    expect(only(single(20, 25))[0]?.recist.category).toBe('PD');
  });

  it('progression is measured from the nadir, not the baseline: 100 → 60 → 72 mm is PD although 28 % below baseline', () => {
    const [first, second] = only(single(100, 60, 72));
    expect(first?.recist.category).toBe('PR');
    expect(second?.recist.nadirSumMm).toBe(60);
    expect(second?.recist.changeFromNadirPercent).toBe(20);
    expect(second?.recist.changeFromBaselinePercent).toBe(-28);
    expect(second?.recist.category).toBe('PD');
  });

  it('100 → 60 → 71 mm is SD: 18.33 % above the nadir and 29 % below baseline', () => {
    const second = only(single(100, 60, 71))[1];
    expect(second?.recist.category).toBe('SD');
    expect(second?.recist.changeFromNadirPercent).toBe(18.33);
  });

  it('the nadir can be the baseline: 100 → 110 → 120 mm is PD at the second follow-up', () => {
    const [first, second] = only(single(100, 110, 120));
    expect(first?.recist.category).toBe('SD');
    expect(second?.recist.nadirSumMm).toBe(100);
    expect(second?.recist.category).toBe('PD');
  });

  it('a liver lesion gone and a node shrunk from 16 to 9 mm is a target CR with a sum of 9 mm', () => {
    const study: Study = {
      baseline: { targets: [liver('L1', 20), node('N1', 16)] },
      followUps: [{ targets: [measured('L1', 0), measured('N1', 9)] }],
    };
    const [f] = only(study);
    expect(f?.recist.targetCategory).toBe('CR');
    expect(f?.recist.category).toBe('CR');
    expect(f?.recist.sumMm).toBe(9);
  });

  it('a node that only shrinks to 10 mm is not a CR: the sum 36 → 10 mm is a PR', () => {
    const study: Study = {
      baseline: { targets: [liver('L1', 20), node('N1', 16)] },
      followUps: [{ targets: [measured('L1', 0), measured('N1', 10)] }],
    };
    expect(only(study)[0]?.recist.category).toBe('PR');
  });

  it('a target CR with non-target disease still present is an overall PR', () => {
    const study: Study = {
      baseline: { targets: [liver('L1', 20)], nonTarget: 'present' },
      followUps: [{ targets: [measured('L1', 0)], nonTarget: 'present' }],
    };
    const f = only(study)[0];
    expect(f?.recist.targetCategory).toBe('CR');
    expect(f?.recist.category).toBe('PR');
  });

  it('non-target status carries over from baseline when a follow-up does not give it', () => {
    const study: Study = {
      baseline: { targets: [liver('L1', 20)], nonTarget: 'present' },
      followUps: [{ targets: [measured('L1', 0)] }],
    };
    expect(only(study)[0]?.recist.category).toBe('PR');
  });

  it('a new lesion makes the overall response PD under all three criteria even when targets shrink', () => {
    const study: Study = {
      baseline: { targets: [liver('L1', 50, { attenuationHu: 80, viableDiameterMm: 40 })] },
      followUps: [{ targets: [measured('L1', 30, { attenuationHu: 50, viableDiameterMm: 10 })], newLesions: true }],
    };
    const f = only(study)[0];
    expect(f?.recist.targetCategory).toBe('PR');
    expect([f?.recist.category, f?.choi.category, f?.mrecist.category]).toEqual(['PD', 'PD', 'PD']);
  });

  it('unequivocal non-target progression makes the overall response PD', () => {
    const study: Study = {
      baseline: { targets: [liver('L1', 50)], nonTarget: 'present' },
      followUps: [{ targets: [measured('L1', 50)], nonTarget: 'progression' }],
    };
    expect(only(study)[0]?.recist.category).toBe('PD');
  });

  it('after a complete response (nadir 0) regrowth to 4 mm is not yet PD; 5 mm is', () => {
    const [, regrowSmall] = only(single(30, 0, 4));
    expect(regrowSmall?.recist.nadirSumMm).toBe(0);
    expect(regrowSmall?.recist.changeFromNadirPercent).toBeNull();
    expect(regrowSmall?.recist.category).not.toBe('PD');
    expect(only(single(30, 0, 5))[1]?.recist.category).toBe('PD');
  });

  it('an unchanged sum of zero after a complete response stays CR, not PD', () => {
    const [, again] = only(single(30, 0, 0));
    expect(again?.recist.category).toBe('CR');
    expect(again?.choi.category).toBe('CR');
  });
});

describe('Choi', () => {
  const choiStudy = (follow: Lesion, nonTarget: 'absent' | 'present' = 'absent'): Study => ({
    baseline: { targets: [liver('L1', 100, { attenuationHu: 80 })], nonTarget },
    followUps: [{ targets: [follow] }],
  });

  it('size 100 → 95 mm (−5 %) with attenuation 80 → 68 HU (exactly −15 %) is PR by density', () => {
    const f = only(choiStudy(measured('L1', 95, { attenuationHu: 68 })))[0];
    expect(f?.choi.attenuationChangePercent).toBe(-15);
    expect(f?.choi.category).toBe('PR');
    expect(f?.recist.category).toBe('SD');
  });

  it('attenuation 80 → 68.01 HU (−14.98 %) with size −5 % is SD', () => {
    const f = only(choiStudy(measured('L1', 95, { attenuationHu: 68.01 })))[0];
    expect(f?.choi.attenuationChangePercent).toBe(-14.98);
    expect(f?.choi.category).toBe('SD');
  });

  it('size 100 → 90 mm (exactly −10 %) is PR by size even with unchanged attenuation', () => {
    expect(only(choiStudy(measured('L1', 90, { attenuationHu: 80 })))[0]?.choi.category).toBe('PR');
  });

  it('size 100 → 110 mm (+10 %) while attenuation falls 80 → 68 HU is PR, not PD', () => {
    const f = only(choiStudy(measured('L1', 110, { attenuationHu: 68 })))[0];
    expect(f?.choi.category).toBe('PR');
    expect(f?.recist.category).toBe('SD');
  });

  it('size 100 → 110 mm (+10 %) with attenuation 80 → 70 HU (−12.5 %) is PD', () => {
    expect(only(choiStudy(measured('L1', 110, { attenuationHu: 70 })))[0]?.choi.category).toBe('PD');
  });

  it('haemorrhage raising density with growth (100 → 112 mm, 80 → 95 HU) is PD by Choi but SD by RECIST', () => {
    const f = only(choiStudy(measured('L1', 112, { attenuationHu: 95 })))[0];
    expect(f?.choi.category).toBe('PD');
    expect(f?.recist.category).toBe('SD');
  });

  it('the mean attenuation leaves out lesions that measure 0', () => {
    const study: Study = {
      baseline: {
        targets: [
          liver('A', 40, { attenuationHu: 100 }),
          { id: 'B', organ: 'pancreas', diameterMm: 20, attenuationHu: 60 },
        ],
      },
      followUps: [{ targets: [measured('A', 38, { attenuationHu: 64 }), measured('B', 0, { attenuationHu: 200 })] }],
    };
    const f = only(study)[0];
    expect(f?.choi.baselineMeanAttenuationHu).toBe(80);
    expect(f?.choi.meanAttenuationHu).toBe(64);
    expect(f?.choi.attenuationChangePercent).toBe(-20);
  });

  it('a missing attenuation makes Choi NE when size alone cannot decide', () => {
    const f = only(choiStudy(measured('L1', 95)))[0];
    expect(f?.choi.category).toBe('NE');
    expect(f?.choi.attenuationChangePercent).toBeNull();
  });

  it('a missing attenuation does not matter when size has fallen by 10 %', () => {
    expect(only(choiStudy(measured('L1', 85)))[0]?.choi.category).toBe('PR');
  });

  it('a missing attenuation makes a 10 % size increase NE, because density could turn it into PR', () => {
    expect(only(choiStudy(measured('L1', 115)))[0]?.choi.category).toBe('NE');
  });

  it('all targets gone with no non-target disease is CR; with non-target disease it is PR', () => {
    expect(only(choiStudy(measured('L1', 0)))[0]?.choi.category).toBe('CR');
    expect(only(choiStudy(measured('L1', 0), 'present'))[0]?.choi.category).toBe('PR');
  });

  it('any regrowth from a nadir of 0 is PD (no density fall)', () => {
    const study: Study = {
      baseline: { targets: [liver('L1', 30, { attenuationHu: 80 })] },
      followUps: [{ targets: [measured('L1', 0)] }, { targets: [measured('L1', 3, { attenuationHu: 80 })] }],
    };
    const second = only(study)[1];
    expect(second?.choi.category).toBe('PD');
    expect(second?.choi.changeFromNadirPercent).toBeNull();
  });
});

describe('mRECIST', () => {
  const viable = (baselineViable: number, ...followViable: (number | undefined)[]): Study => ({
    baseline: { targets: [liver('L1', 60, { viableDiameterMm: baselineViable })] },
    followUps: followViable.map((v) => ({
      targets: [measured('L1', 60, v === undefined ? {} : { viableDiameterMm: v })],
    })),
  });

  it('viable 50 → 35 mm (exactly −30 %) is PR while RECIST sees an unchanged 60 mm lesion as SD', () => {
    const f = only(viable(50, 35))[0];
    expect(f?.mrecist.category).toBe('PR');
    expect(f?.mrecist.changeFromBaselinePercent).toBe(-30);
    expect(f?.recist.category).toBe('SD');
  });

  it('viable 50 → 35.01 mm is SD', () => {
    expect(only(viable(50, 35.01))[0]?.mrecist.category).toBe('SD');
  });

  it('viable 50 → 10 → 12 mm is PD: +20 % from the nadir, with no 5 mm minimum', () => {
    const second = only(viable(50, 10, 12))[1];
    expect(second?.mrecist.nadirSumMm).toBe(10);
    expect(second?.mrecist.changeFromNadirMm).toBe(2);
    expect(second?.mrecist.category).toBe('PD');
  });

  it('no viable tumour left is a target CR even though the lesion still measures 60 mm', () => {
    const f = only(viable(50, 0))[0];
    expect(f?.mrecist.category).toBe('CR');
    expect(f?.recist.category).toBe('SD');
  });

  it('any viable regrowth after a complete response is PD', () => {
    expect(only(viable(50, 0, 1))[1]?.mrecist.category).toBe('PD');
  });

  it('a missing viable diameter is NE, and so is a baseline with no viable tumour', () => {
    expect(only(viable(50, undefined))[0]?.mrecist.category).toBe('NE');
    const f = only(viable(0, 0))[0];
    expect(f?.mrecist.category).toBe('NE');
    expect(f?.mrecist.changeFromBaselinePercent).toBeNull();
  });

  it('a target CR with non-target disease present is an overall PR', () => {
    const study: Study = {
      baseline: { targets: [liver('L1', 60, { viableDiameterMm: 40 })], nonTarget: 'present' },
      followUps: [{ targets: [measured('L1', 50, { viableDiameterMm: 0 })] }],
    };
    const f = only(study)[0];
    expect(f?.mrecist.targetCategory).toBe('CR');
    expect(f?.mrecist.category).toBe('PR');
  });
});
