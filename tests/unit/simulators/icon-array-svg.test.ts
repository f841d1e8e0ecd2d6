import { describe, expect, it } from 'vitest';
import { iconArrayLabel, iconArraySvg } from '../../../src/simulators/diagnostic-accuracy/icon-array-svg';

describe('icon array (SVG string)', () => {
  const counts = { tp: 9, fn: 1, fp: 11, tn: 79 };

  it('draws one symbol per patient: circles for the diseased, squares for the others', () => {
    const svg = iconArraySvg(counts, 100);
    expect(svg.match(/<circle /g)).toHaveLength(10);
    expect(svg.match(/<rect /g)).toHaveLength(90);
    expect(svg.match(/class="tp"/g)).toHaveLength(9);
    expect(svg.match(/class="tn"/g)).toHaveLength(79);
    expect(svg.startsWith('<svg viewBox="0 0 240 240" role="img"')).toBe(true);
  });

  it('1000 patients are 40 to a row', () => {
    const svg = iconArraySvg({ tp: 93, fn: 7, fp: 108, tn: 792 }, 1000);
    expect(svg).toContain('viewBox="0 0 360 225"');
    expect(svg.match(/<(?:circle|rect) /g)).toHaveLength(1000);
  });

  it('names the four counts in its accessible name', () => {
    expect(iconArrayLabel(counts, 100)).toBe(
      '100 patients: 9 true positives, 1 false negatives, 11 false positives, 79 true negatives.',
    );
    expect(iconArraySvg(counts, 100)).toContain(`aria-label="${iconArrayLabel(counts, 100)}"`);
  });
});
