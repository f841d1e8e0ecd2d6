import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/imaging/scene';
import { renderSlice, type SliceRequest } from '../../../src/imaging/render';
import { circularRoi } from '../../../src/imaging/measurement';
import { patientToPixel } from '../../../src/imaging/planes';
import type { LesionSpec } from '../../../src/imaging/lesions';
import { liverShape } from '../../../src/imaging/anatomy-organs';

const metastasis: LesionSpec = {
  id: 'met',
  label: 'metastasis',
  region: 'liver',
  centreMm: [-70, 20, 90],
  radiiMm: 14,
  tissue: 'net-liver-metastasis',
};
const scene = buildScene({ lesions: [metastasis] });
const base: SliceRequest = {
  acquisition: { modality: 'ct', phase: 'portal-venous' },
  orientation: 'axial',
  positionMm: 90,
  width: 256,
  height: 256,
  seed: 42,
};

/** Mean value in a circle of `radiusMm` around a patient position. */
function roiAt(request: SliceRequest, p: [number, number, number], radiusMm: number) {
  const s = renderSlice(scene, request);
  const px = patientToPixel(s.plane, p);
  return circularRoi(
    s.values,
    s.width,
    s.height,
    { x: px.column + 0.5, y: px.row + 0.5 },
    radiusMm / s.pixelMm,
    s.pixelMm,
  );
}

describe('renderSlice', () => {
  it('the same seed gives the same pixels', () => {
    const a = renderSlice(scene, base).values;
    const b = renderSlice(scene, base).values;
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
  });

  it('another seed gives other noise', () => {
    const a = renderSlice(scene, base).values;
    const b = renderSlice(scene, { ...base, seed: 43 }).values;
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(false);
  });

  it('returns CT in HU with air at about −1000 in the corners', () => {
    const s = renderSlice(scene, base);
    expect(s.unit).toBe('HU');
    expect(s.values.length).toBe(256 * 256);
    const corner = circularRoi(s.values, 256, 256, { x: 10, y: 10 }, 6, s.pixelMm);
    expect(corner.mean).toBeGreaterThan(-1030);
    expect(corner.mean).toBeLessThan(-970);
  });

  it('CT noise in the liver has a standard deviation of roughly ten HU', () => {
    const liver = roiAt(base, [-40, 40, 90], 8);
    expect(liver.sd).toBeGreaterThan(5);
    expect(liver.sd).toBeLessThan(20);
  });

  it('in the arterial phase an ROI in the metastasis reads higher than one in the liver', () => {
    const arterial: SliceRequest = { ...base, acquisition: { modality: 'ct', phase: 'late-arterial' } };
    expect(roiAt(arterial, [-70, 20, 90], 6).mean).toBeGreaterThan(roiAt(arterial, [-30, 40, 90], 6).mean + 20);
  });

  it('at b 800 the metastasis is brighter than the liver on the rendered image', () => {
    const dwi: SliceRequest = { ...base, acquisition: { modality: 'mri', sequence: 'dwi-b800' } };
    expect(roiAt(dwi, [-70, 20, 90], 6).mean).toBeGreaterThan(1.5 * roiAt(dwi, [-30, 40, 90], 6).mean);
  });

  it('edges are partial-volume blended: a line across the liver edge passes through intermediate values', () => {
    const clean = renderSlice(scene, { ...base, seed: 1, acquisition: { modality: 'ct', phase: 'unenhanced' } });
    // Walk along a row through the liver's lateral edge into the fat and count values strictly between fat and liver.
    const row = Math.round(patientToPixel(clean.plane, [0, 20, 90]).row);
    let between = 0;
    for (let c = 0; c < 256; c++) {
      const v = clean.values[row * 256 + c]!;
      if (v > -60 && v < 20) between++;
    }
    expect(between).toBeGreaterThan(0);
  });

  it('renders every modality without error and in its own unit', () => {
    const units = [
      renderSlice(scene, { ...base, acquisition: { modality: 'mri', sequence: 'adc' } }).unit,
      renderSlice(scene, { ...base, acquisition: { modality: 'pet-ct' } }).overlay?.unit,
      renderSlice(scene, { ...base, acquisition: { modality: 'us' } }).unit,
      renderSlice(scene, { ...base, acquisition: { modality: 'ceus', timeS: 25 } }).unit,
      renderSlice(scene, {
        ...base,
        orientation: 'coronal',
        positionMm: 20,
        acquisition: { modality: 'mri', sequence: 'mrcp' },
        slabMm: 30,
      }).unit,
    ];
    expect(units).toEqual([
      '×10⁻³ mm²/s',
      'SUV',
      'echo level (0–1, log-compressed)',
      'echo level (0–1, log-compressed)',
      'MR signal (a.u.)',
    ]);
  });

  it('PET shows more uptake in the metastasis than in the liver', () => {
    const s = renderSlice(scene, { ...base, acquisition: { modality: 'pet-ct' } });
    const at = (p: [number, number, number]) => {
      const px = patientToPixel(s.plane, p);
      return circularRoi(s.overlay!.values, 256, 256, { x: px.column + 0.5, y: px.row + 0.5 }, 3, s.pixelMm).mean;
    };
    expect(at([-70, 20, 90])).toBeGreaterThan(2 * at([-30, 40, 90]));
  });

  it('DWI is stretched a little along the phase-encoding direction (EPI distortion) against T2', () => {
    // Top edge of the body (first row above a threshold) down the middle column.
    const top = (acquisition: SliceRequest['acquisition'], fraction: number) => {
      const s = renderSlice(scene, { ...base, acquisition });
      const column = Array.from({ length: s.height }, (_, r) => s.values[r * s.width + s.width / 2]!);
      const max = Math.max(...column);
      return column.findIndex((v) => v > fraction * max);
    };
    const dwi = top({ modality: 'mri', sequence: 'dwi-b800' }, 0.25);
    const t2 = top({ modality: 'mri', sequence: 't2' }, 0.25);
    expect(dwi).toBeLessThan(t2);
    expect(t2 - dwi).toBeLessThan(8);
  });

  it('PET uptake spills past the liver edge: the overlay is well above zero 4 mm outside the liver', () => {
    const s = renderSlice(scene, { ...base, acquisition: { modality: 'pet-ct' } });
    // Walk laterally from inside the right lobe to 4 mm outside its edge.
    let x = -70;
    while (liverShape.distance(x, 20, 90) < 4) x -= 0.5;
    const suv = (p: [number, number, number]) => {
      const px = patientToPixel(s.plane, p);
      return s.overlay!.values[Math.round(px.row) * s.width + Math.round(px.column)]!;
    };
    expect(suv([x, 20, 90])).toBeGreaterThan(0.25 * suv([x + 24, 20, 90]));
  });

  it('rejects a non-integer seed and an impossible image size', () => {
    expect(() => renderSlice(scene, { ...base, seed: 1.5 })).toThrow(RangeError);
    expect(() => renderSlice(scene, { ...base, width: 3 })).toThrow(RangeError);
  });
});
