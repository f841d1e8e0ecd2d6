import { describe, expect, it } from 'vitest';
import { RESPONSE_CASES, studyFromSelection, type ResponseCase } from '../../../src/simulators/response-criteria/cases';
import {
  caseLesionSpecs,
  keyImageFovMm,
  lesionCentre,
  measurementAt,
  NEW_LESIONS,
  viablePart,
} from '../../../src/simulators/response-criteria/case-scenes';
import {
  referenceMeasurements,
  roundReading,
  setMeasurement,
  studyFromMeasurements,
} from '../../../src/simulators/response-criteria/measurements';
import { assessResponse } from '../../../src/simulators/response-criteria/engine';
import { autoMeasurement, renderKeyImage } from '../../../src/simulators/response-criteria/image-runtime';
import { caliperDistanceMm, circularRoi } from '../../../src/imaging/measurement';
import { buildScene } from '../../../src/imaging/scene';
import { regionAtPoint } from '../../../src/imaging/regions';

const byId = (id: string): ResponseCase => {
  const c = RESPONSE_CASES.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('where the case lesions sit in the phantom', () => {
  const phantom = buildScene();
  it('every candidate of every case has a position, inside the organ its site names', () => {
    for (const c of RESPONSE_CASES) {
      for (const l of c.candidates) {
        const hit = regionAtPoint(phantom.structures, lesionCentre(c, l.id))?.label ?? 'nothing';
        const expected = l.nodal
          ? /mesentery|retroperitoneum|lymph/
          : l.organ === 'liver'
            ? /^liver segment/
            : /^pancrea/;
        expect(hit, `${c.id} ${l.id}`).toMatch(expected);
        if (l.organ === 'liver') {
          // "Liver segment VII" lesions sit in segment VII, "IVa"/"IVb" in segment IV.
          const segment = /segment (VIII|VII|VI|IV|V|III|II|I)/.exec(l.site)?.[1];
          expect(hit, `${c.id} ${l.id}`).toBe(`liver segment ${segment}`);
        }
      }
    }
  });

  it('the lesions of a case do not overlap, even at their largest', () => {
    for (const c of RESPONSE_CASES) {
      const all = c.candidates.map((l) => ({
        id: l.id,
        centre: lesionCentre(c, l.id),
        r: (Math.max(l.baseline.diameterMm, ...l.followUps.map((m) => m.diameterMm)) / 2) * (l.nodal ? 1.4 : 1),
      }));
      for (const a of all)
        for (const b of all) {
          if (a.id >= b.id) continue;
          const d = Math.hypot(a.centre[0] - b.centre[0], a.centre[1] - b.centre[1], a.centre[2] - b.centre[2]);
          expect(d, `${c.id} ${a.id}–${b.id}`).toBeGreaterThan(a.r + b.r);
        }
    }
  });

  it('a lesion that is gone (0 mm) is not drawn; the new lesion appears only at follow-up', () => {
    const nodal = byId('nodal-response');
    expect(caseLesionSpecs(nodal, 0, 'portal-venous').map((s) => s.id)).toEqual(['L1', 'N1']);
    expect(caseLesionSpecs(nodal, 1, 'portal-venous').map((s) => s.id)).toEqual(['N1']);
    const newLesion = byId('new-lesion');
    expect(caseLesionSpecs(newLesion, 0, 'portal-venous').map((s) => s.id)).not.toContain('NEW');
    expect(caseLesionSpecs(newLesion, 1, 'portal-venous').map((s) => s.id)).toContain('NEW');
    expect(NEW_LESIONS['new-lesion']?.[0]?.diameterMm).toBe(12);
  });

  it('the viable part of a 62 mm lesion with 30 mm enhancing sits against its edge (centre 16 mm off)', () => {
    const c = byId('density-down-size-up');
    const l = c.candidates[0]!;
    const centre = lesionCentre(c, 'L1');
    const v = viablePart(l, centre, measurementAt(l, 1)!);
    expect(v?.radiusMm).toBe(15);
    expect((v?.centreMm[0] ?? 0) - centre[0]).toBe(16);
  });

  it('the key image field of view fits the largest size with margin: 62 mm → 140 mm, 8 mm → 70 mm', () => {
    expect(keyImageFovMm(byId('density-down-size-up'), 'L1')).toBe(140);
    expect(keyImageFovMm(byId('somatostatin-analogue-stable'), 'L3')).toBe(70);
  });
});

describe('key images give back the case numbers when measured', () => {
  const c = byId('density-down-size-up');

  it('baseline portal-venous L1: the caliper reads 50 mm and an ROI about 90 HU', () => {
    const image = renderKeyImage(c, 'L1', 0, 'portal-venous');
    const caliper = autoMeasurement(image, 'caliper', 'portal-venous', 1);
    expect(caliper?.kind).toBe('caliper');
    if (caliper?.kind !== 'caliper') return;
    expect(caliperDistanceMm(caliper.a, caliper.b, image.pixelMm)).toBeCloseTo(50, 0);
    const roi = autoMeasurement(image, 'roi', 'portal-venous', 2);
    if (roi?.kind !== 'roi') throw new Error('no ROI');
    const stats = circularRoi(image.values, image.width, image.height, roi.centre, roi.radiusPx, image.pixelMm);
    expect(Math.abs(stats.mean - 90)).toBeLessThan(5);
  });

  it('follow-up L1: 62 mm and about 55 HU on portal-venous CT, 30 mm enhancing on arterial CT', () => {
    const pv = renderKeyImage(c, 'L1', 1, 'portal-venous');
    const caliper = autoMeasurement(pv, 'caliper', 'portal-venous', 1);
    if (caliper?.kind !== 'caliper') throw new Error('no caliper');
    expect(caliperDistanceMm(caliper.a, caliper.b, pv.pixelMm)).toBeCloseTo(62, 0);
    const roi = autoMeasurement(pv, 'roi', 'portal-venous', 2);
    if (roi?.kind !== 'roi') throw new Error('no ROI');
    expect(
      Math.abs(circularRoi(pv.values, pv.width, pv.height, roi.centre, roi.radiusPx, pv.pixelMm).mean - 55),
    ).toBeLessThan(5);
    const arterial = renderKeyImage(c, 'L1', 1, 'late-arterial');
    const viable = autoMeasurement(arterial, 'caliper', 'late-arterial', 3);
    if (viable?.kind !== 'caliper') throw new Error('no viable caliper');
    expect(caliperDistanceMm(viable.a, viable.b, arterial.pixelMm)).toBeCloseTo(30, 0);
  });

  it('a node is measured across its short axis: 19 mm at baseline for the peripancreatic node', () => {
    const image = renderKeyImage(byId('nodal-response'), 'N1', 0, 'portal-venous');
    const caliper = autoMeasurement(image, 'caliper', 'portal-venous', 1);
    if (caliper?.kind !== 'caliper') throw new Error('no caliper');
    expect(caliperDistanceMm(caliper.a, caliper.b, image.pixelMm)).toBeCloseTo(19, 0);
  });

  it('a lesion that has gone has nothing to measure', () => {
    const image = renderKeyImage(byId('nodal-response'), 'L1', 1, 'portal-venous');
    expect(image.section).toBeNull();
    expect(autoMeasurement(image, 'caliper', 'portal-venous', 1)).toBeNull();
  });
});

describe('the measurement table', () => {
  const c = byId('density-down-size-up');

  it('starts from the case numbers, so its study equals the suggested one', () => {
    expect(studyFromMeasurements(c, ['L1', 'L2'], referenceMeasurements(c))).toEqual(
      studyFromSelection(c, ['L1', 'L2']),
    );
  });

  it('a measured follow-up of 60 mm instead of 62 mm changes RECIST 1.1 from PD (+20 %) to SD (+17.5 %)', () => {
    // Sums: baseline 50 + 30 = 80 mm; follow-up 62 + 34 = 96 mm (+20 %, PD); with 60 mm: 94 mm (+17.5 %, SD).
    const table = setMeasurement(referenceMeasurements(c), 'L1', 1, 'diameterMm', 60);
    const result = assessResponse(studyFromMeasurements(c, ['L1', 'L2'], table));
    expect(result.followUps[0]?.recist.category).toBe('SD');
    expect(result.followUps[0]?.recist.changeFromBaselinePercent).toBe(17.5);
  });

  it('an emptied cell is reported by the validation as not a number', () => {
    const table = setMeasurement(referenceMeasurements(c), 'L2', 0, 'diameterMm', Number.NaN);
    expect(assessResponse(studyFromMeasurements(c, ['L1', 'L2'], table)).errors.join(' ')).toMatch(/must be a number/);
  });

  it('tool readings are rounded to 0.1 mm and 1 HU; a bad cell address is refused', () => {
    expect(roundReading('diameterMm', 49.96)).toBe(50);
    expect(roundReading('viableDiameterMm', 30.04)).toBe(30);
    expect(roundReading('attenuationHu', 89.5)).toBe(90);
    expect(() => setMeasurement(referenceMeasurements(c), 'L9', 0, 'diameterMm', 1)).toThrow(RangeError);
    expect(() => setMeasurement(referenceMeasurements(c), 'L1', 2, 'diameterMm', 1)).toThrow(
      /timePoint must be 0 to 1/,
    );
  });
});

describe('key image alt text', () => {
  it('says the size and attenuation on portal-venous CT and the enhancing part on arterial CT', async () => {
    const { describeKeyImage } = await import('../../../src/simulators/response-criteria/case-scenes');
    const c = byId('density-down-size-up');
    expect(describeKeyImage(c, 'L1', 0, 'portal-venous')).toBe(
      'Simulated portal-venous CT of L1 (Liver segment VI) at baseline: a 50 mm lesion of about 90 HU.',
    );
    expect(describeKeyImage(c, 'L1', 1, 'late-arterial')).toBe(
      'Simulated late-arterial CT of L1 (Liver segment VI) at month 3: a 62 mm lesion whose enhancing part measures 30 mm.',
    );
    const nodal = byId('nodal-response');
    expect(describeKeyImage(nodal, 'N1', 1, 'portal-venous')).toMatch(/a node of 9 mm short axis of about 60 HU\.$/);
    expect(describeKeyImage(nodal, 'L1', 1, 'portal-venous')).toMatch(/the lesion is no longer seen\.$/);
    expect(describeKeyImage(byId('new-lesion'), 'NEW', 0, 'portal-venous')).toMatch(/no lesion at this site yet/);
    expect(describeKeyImage(byId('new-lesion'), 'NEW', 1, 'portal-venous')).toMatch(/a new 12 mm lesion/);
  });
});
