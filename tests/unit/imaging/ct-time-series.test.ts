import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/imaging/scene';
import { renderSlice, type SliceRequest } from '../../../src/imaging/render';
import { prepareCtTimeSeries } from '../../../src/imaging/ct-time-series';
import { circularRoi } from '../../../src/imaging/measurement';
import { imagePlane, patientToPixel } from '../../../src/imaging/planes';
import type { LesionSpec } from '../../../src/imaging/lesions';
import type { InjectionProtocol } from '../../../src/imaging/kinetics';

// A pancreatic body NET and a hypovascular metastasis in the lower right liver, both on z = 12.
const NET: LesionSpec = {
  id: 'net',
  label: 'insulinoma',
  region: 'pancreas',
  centreMm: [4, -8, 12],
  radiiMm: 7,
  tissue: 'net-hypervascular',
};
const MET: LesionSpec = {
  id: 'met',
  label: 'metastasis',
  region: 'liver',
  centreMm: [-95, 18, 12],
  radiiMm: 12,
  tissue: 'net-hypovascular',
};
const scene = buildScene({ lesions: [NET, MET] });
const PANCREAS: [number, number, number] = [-18, -6, 12]; // neck, away from the NET and the duct
const LIVER: [number, number, number] = [-100, -15, 12];
const base: SliceRequest = {
  acquisition: { modality: 'ct', phase: 'portal-venous' },
  orientation: 'axial',
  positionMm: 12,
  width: 256,
  height: 256,
  seed: 5,
};
const fast: InjectionProtocol = { rateMlPerS: 6, volumeMl: 90, concentrationMgIPerMl: 370, cardiacOutput: 'low' };

function roiMean(values: Float32Array, request: SliceRequest, p: [number, number, number], radiusMm: number): number {
  const plane = imagePlane(request);
  const px = patientToPixel(plane, p);
  return circularRoi(
    values,
    plane.width,
    plane.height,
    { x: px.column + 0.5, y: px.row + 0.5 },
    radiusMm / plane.pixelMm,
    plane.pixelMm,
  ).mean;
}

function atTime(timeS: number, protocol?: InjectionProtocol): { values: Float32Array; request: SliceRequest } {
  const request: SliceRequest = { ...base, timeS, ...(protocol ? { protocol } : {}) };
  return { values: renderSlice(scene, request).values, request };
}

describe('CT at an arbitrary time after injection (renderSlice with timeS)', () => {
  it('without timeS a phase renders as before, and timeS 70 s is the portal-venous phase exactly', () => {
    const phase = renderSlice(scene, base).values;
    const timed = renderSlice(scene, { ...base, timeS: 70 }).values;
    expect(Buffer.from(timed.buffer).equals(Buffer.from(phase.buffer))).toBe(true);
  });

  it('timeS 0 is the unenhanced scan', () => {
    const unenhanced = renderSlice(scene, { ...base, acquisition: { modality: 'ct', phase: 'unenhanced' } }).values;
    expect(
      Buffer.from(renderSlice(scene, { ...base, timeS: 0 }).values.buffer).equals(Buffer.from(unenhanced.buffer)),
    ).toBe(true);
  });

  it('at the late-arterial time (30 s) the hypervascular pancreatic NET reads at least 20 HU above the pancreas', () => {
    const { values, request } = atTime(30);
    expect(roiMean(values, request, NET.centreMm as [number, number, number], 4)).toBeGreaterThan(
      roiMean(values, request, PANCREAS, 3) + 20,
    );
  });

  it('at the portal-venous time (70 s) the hypovascular liver metastasis reads at least 20 HU below the liver', () => {
    const { values, request } = atTime(70);
    expect(roiMean(values, request, MET.centreMm as [number, number, number], 6)).toBeLessThan(
      roiMean(values, request, LIVER, 6) - 20,
    );
  });

  it('the NET stands out more against the pancreas at 30 s than at 70 s, when the pancreas has caught up', () => {
    const contrast = (t: number) => {
      const { values, request } = atTime(t);
      return (
        roiMean(values, request, NET.centreMm as [number, number, number], 4) - roiMean(values, request, PANCREAS, 3)
      );
    };
    expect(contrast(30)).toBeGreaterThan(contrast(70));
  });

  it('the caption gives the time instead of a phase name', () => {
    expect(renderSlice(scene, { ...base, timeS: 45 }).description).toBe('CT, 45 s after the start of injection');
  });

  it('refuses timeS on MRI, and a negative or non-numeric timeS', () => {
    expect(() => renderSlice(scene, { ...base, acquisition: { modality: 'mri', sequence: 't2' }, timeS: 30 })).toThrow(
      /timeS applies to CT only/,
    );
    expect(() => renderSlice(scene, { ...base, timeS: -5 })).toThrow(RangeError);
    expect(() => renderSlice(scene, { ...base, timeS: Number.NaN })).toThrow(/timeS/);
  });
});

describe('prepareCtTimeSeries (fast recolouring for a time slider)', () => {
  const { acquisition: _a, ...geometry } = base;
  const series = prepareCtTimeSeries(scene, geometry);

  it('equals a full render at the same moment, for the default and for a fast injection with low cardiac output', () => {
    for (const [timeS, protocol] of [
      [25, undefined],
      [40, undefined],
      [70, undefined],
      [45, fast],
      [300, fast],
    ] as const) {
      const full = renderSlice(scene, { ...base, timeS, ...(protocol ? { protocol } : {}) }).values;
      const quick = series.valuesAt(timeS, protocol);
      let worst = 0;
      for (let k = 0; k < full.length; k++) worst = Math.max(worst, Math.abs(full[k]! - quick[k]!));
      expect(worst, `at ${timeS} s`).toBeLessThan(0.01);
    }
  });

  it('at 0 s gives the unenhanced scan, and reuses the buffer it is given', () => {
    const out = new Float32Array(256 * 256);
    const values = series.valuesAt(0, undefined, out);
    expect(values).toBe(out);
    const unenhanced = renderSlice(scene, { ...base, acquisition: { modality: 'ct', phase: 'unenhanced' } }).values;
    expect(Buffer.from(values.buffer).equals(Buffer.from(unenhanced.buffer))).toBe(true);
  });

  it('depends on the curves of the tissues on the slice: aorta, pancreas, liver and both lesion curves among them', () => {
    expect(series.curves).toEqual(
      expect.arrayContaining(['aorta', 'pancreas', 'liver', 'hypervascular-net', 'hypovascular-metastasis']),
    );
  });

  it('refuses a negative time, a wrong-sized buffer and an image under 32 pixels', () => {
    expect(() => series.valuesAt(-1)).toThrow(RangeError);
    expect(() => series.valuesAt(30, undefined, new Float32Array(10))).toThrow(/out must hold 256×256/);
    expect(() => prepareCtTimeSeries(scene, { ...geometry, width: 16, height: 16 })).toThrow(RangeError);
  });
});
