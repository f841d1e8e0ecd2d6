import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caliperDistanceMm, circularRoi } from '../../../src/imaging/measurement';
import { CT_WINDOW_PRESETS, autoWindow, fusePetOnCt, toGreyscaleRgba, windowed } from '../../../src/imaging/display';

describe('caliper and ROI', () => {
  it('a 3-4-5 triangle: 5 pixels of 0.5 mm are 2.5 mm', () => {
    expect(caliperDistanceMm({ x: 0, y: 0 }, { x: 3, y: 4 }, 0.5)).toBeCloseTo(2.5, 9);
  });

  it('an ROI on a uniform 60 HU image reads 60 with no spread', () => {
    const values = new Float32Array(100 * 100).fill(60);
    const roi = circularRoi(values, 100, 100, { x: 50, y: 50 }, 10, 1);
    expect(roi.mean).toBeCloseTo(60, 6);
    expect(roi.sd).toBeCloseTo(0, 6);
  });

  it('an ROI of radius 10 pixels covers about π·10² pixels', () => {
    const roi = circularRoi(new Float32Array(100 * 100), 100, 100, { x: 50, y: 50 }, 10, 1);
    expect(Math.abs(roi.pixels - Math.PI * 100)).toBeLessThan(12);
    expect(roi.areaMm2).toBe(roi.pixels);
  });

  it('the ROI mean always lies between the smallest and largest value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 64, maxLength: 64 }),
        fc.double({ min: 0.5, max: 6, noNaN: true }),
        (data, r) => {
          const values = Float32Array.from(data);
          const roi = circularRoi(values, 8, 8, { x: 4, y: 4 }, r, 1);
          return roi.pixels === 0 || (roi.mean >= Math.min(...data) - 1e-6 && roi.mean <= Math.max(...data) + 1e-6);
        },
      ),
    );
  });

  it('rejects a non-positive pixel size or radius', () => {
    expect(() => caliperDistanceMm({ x: 0, y: 0 }, { x: 1, y: 1 }, 0)).toThrow(RangeError);
    expect(() => circularRoi(new Float32Array(4), 2, 2, { x: 1, y: 1 }, 0, 1)).toThrow(RangeError);
  });
});

describe('window/level and colour', () => {
  it('the abdomen window (W400 L50) shows −150 HU as black, 50 HU as mid-grey and 250 HU as white', () => {
    const w = CT_WINDOW_PRESETS.abdomen;
    expect(windowed(-150, w)).toBe(0);
    expect(Math.abs(windowed(50, w) - 128)).toBeLessThanOrEqual(1);
    expect(windowed(250, w)).toBe(255);
    expect(windowed(-1000, w)).toBe(0);
  });

  it('the RGBA output is grey and opaque', () => {
    const rgba = toGreyscaleRgba(Float32Array.from([50]), CT_WINDOW_PRESETS.abdomen);
    expect(rgba[0]).toBe(rgba[1]);
    expect(rgba[1]).toBe(rgba[2]);
    expect(rgba[3]).toBe(255);
  });

  it('PET fusion leaves the CT grey where there is no uptake and colours hot spots red-to-yellow', () => {
    const ct = Float32Array.from([50, 50]);
    const suv = Float32Array.from([0, 25]);
    const rgba = fusePetOnCt(ct, suv, CT_WINDOW_PRESETS.abdomen, 30);
    expect(rgba[0]).toBe(rgba[2]);
    expect(rgba[4]!).toBeGreaterThan(rgba[6]!);
  });

  it('an automatic MR window puts zero signal at black', () => {
    const values = Float32Array.from({ length: 1000 }, (_, i) => i);
    const w = autoWindow(values);
    expect(w.level - w.width / 2).toBe(0);
  });

  it('rejects a window of zero width', () => {
    expect(() => toGreyscaleRgba(new Float32Array(1), { width: 0, level: 0 })).toThrow(RangeError);
  });
});
