import { describe, expect, it } from 'vitest';
import {
  CONTRAST_SLICE_LESIONS,
  contrastInWords,
  describeContrastSlice,
} from '../../../src/simulators/contrast-timing/slice';
import { phaseAt, DEFAULT_PROTOCOL } from '../../../src/simulators/contrast-timing';
import { ctSignalAt } from '../../../src/imaging/signal-models';
import { TISSUES, type TissueId } from '../../../src/imaging/tissues';

/** A table with every tissue at 0 HU except those given. */
function table(values: Partial<Record<TissueId, number>>): Record<TissueId, number> {
  const out = {} as Record<TissueId, number>;
  for (const id of Object.keys(TISSUES) as TissueId[]) out[id] = values[id] ?? 0;
  return out;
}

describe('contrast in words', () => {
  it('62 HU brighter is clearly brighter, with the number signed', () => {
    expect(contrastInWords(62, 'pancreas')).toBe('is clearly brighter than the pancreas (+62 HU)');
  });

  it('15 HU darker is slightly darker, with a true minus sign', () => {
    expect(contrastInWords(-15, 'liver')).toBe('is slightly darker than the liver (−15 HU)');
  });

  it('the thresholds are inclusive on the rounded value: 10 HU is slightly, 30 HU is clearly, 9.4 HU is hard to see', () => {
    expect(contrastInWords(10, 'liver')).toBe('is slightly brighter than the liver (+10 HU)');
    expect(contrastInWords(-30, 'liver')).toBe('is clearly darker than the liver (−30 HU)');
    expect(contrastInWords(9.4, 'liver')).toBe('is hard to tell apart from the liver (+9 HU)');
    // 9.6 prints as +10 HU, so it is described as slightly brighter, never "hard to tell" beside "+10".
    expect(contrastInWords(9.6, 'liver')).toBe('is slightly brighter than the liver (+10 HU)');
  });

  it('a difference that is not a number is refused', () => {
    expect(() => contrastInWords(Number.NaN, 'liver')).toThrow(RangeError);
  });
});

describe('the slice description (alt text)', () => {
  it('before contrast, with blood 40, liver 58, pancreas and NET 42, metastasis 40 HU, says what a reader would see', () => {
    const hu = table({ artery: 40, liver: 58, pancreas: 42, 'net-hypervascular': 42, 'net-hypovascular': 40 });
    expect(describeContrastSlice(0, 'unenhanced', hu)).toBe(
      'Simulated axial CT at 0 s after the start of injection, before contrast arrives. The aorta measures 40 HU and the liver 58 HU. ' +
        'The 14 mm insulinoma in the pancreatic body is hard to tell apart from the pancreas (+0 HU); ' +
        'the 24 mm metastasis in the right liver is slightly darker than the liver (−18 HU).',
    );
  });

  it('names the phase of the scan time', () => {
    const hu = table({ artery: 300, liver: 80, pancreas: 120, 'net-hypervascular': 190, 'net-hypovascular': 60 });
    expect(describeContrastSlice(40, 'pancreatic', hu)).toContain(
      'at 40 s after the start of injection, pancreatic phase.',
    );
    expect(describeContrastSlice(40, 'pancreatic', hu)).toContain(
      'insulinoma in the pancreatic body is clearly brighter than the pancreas (+70 HU)',
    );
  });

  it("with the imaging engine's attenuation, the insulinoma stands out at 35 s and the metastasis is darker than liver at 70 s", () => {
    const at35 = describeContrastSlice(35, phaseAt(35, DEFAULT_PROTOCOL), ctSignalAt(35, DEFAULT_PROTOCOL));
    expect(at35).toMatch(/insulinoma in the pancreatic body is clearly brighter than the pancreas/);
    const at70 = describeContrastSlice(70, phaseAt(70, DEFAULT_PROTOCOL), ctSignalAt(70, DEFAULT_PROTOCOL));
    expect(at70).toMatch(/portal-venous phase/);
    expect(at70).toMatch(/metastasis in the right liver is clearly darker than the liver/);
  });

  it('the scene has a small pancreatic NET and a liver metastasis', () => {
    expect(CONTRAST_SLICE_LESIONS.map((l) => [l.region, l.tissue, l.radiiMm])).toEqual([
      ['pancreas', 'net-hypervascular', 7],
      ['liver', 'net-hypovascular', 12],
    ]);
  });

  it('refuses a negative time or a missing attenuation', () => {
    expect(() => describeContrastSlice(-1, 'unenhanced', table({}))).toThrow(RangeError);
    expect(() => describeContrastSlice(10, 'unenhanced', table({ liver: Number.NaN }))).toThrow(/hu.liver/);
  });
});
