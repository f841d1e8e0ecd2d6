import { describe, expect, it } from 'vitest';
import { UNENHANCED_HU, absoluteAttenuation, greyLevel } from '../../../src/simulators/contrast-slice-schematic';
import { enhancementSnapshot, DEFAULT_PROTOCOL } from '../../../src/simulators/contrast-timing';

describe('schematic slice grey levels', () => {
  it('W 400 L 40 maps −160 HU to black, 240 HU to white and 40 HU to mid-grey', () => {
    expect(greyLevel(-160)).toBe(0);
    expect(greyLevel(240)).toBe(255);
    expect(greyLevel(40)).toBe(128); // 127.5 rounds up
    expect(greyLevel(-1000)).toBe(0);
    expect(greyLevel(3000)).toBe(255);
  });

  it('a narrow window (W 100, L 50) spreads 0-100 HU over the full grey scale', () => {
    expect(greyLevel(0, { width: 100, level: 50 })).toBe(0);
    expect(greyLevel(75, { width: 100, level: 50 })).toBe(191); // 0.75 × 255 = 191.25
  });

  it('unenhanced, every tissue has its baseline attenuation', () => {
    const at0 = absoluteAttenuation(enhancementSnapshot(0, DEFAULT_PROTOCOL));
    expect(at0).toEqual(UNENHANCED_HU);
  });

  it('a bad value or window is refused', () => {
    expect(() => greyLevel(Number.NaN)).toThrow('hu');
    expect(() => greyLevel(10, { width: 0, level: 40 })).toThrow('window.width');
  });
});
