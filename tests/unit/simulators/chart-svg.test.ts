import { describe, expect, it } from 'vitest';
import { chartSvg, dashOf } from '../../../src/simulators/contrast-timing/chart-svg';

const times = Array.from({ length: 61 }, (_, i) => i * 3);
const base = {
  times,
  series: [
    { id: 'a', label: 'Aorta', values: times.map((t) => 200 * Math.exp(-((t - 30) ** 2) / 200)), style: 0 },
    { id: 'b', label: 'Liver', values: times.map((t) => Math.min(60, t)), style: 1 },
  ],
  bands: [
    { label: 'Unenhanced', short: 'U', startS: 0, endS: 20 },
    { label: 'Late arterial', short: 'LA', startS: 20, endS: 40 },
    { label: 'Delayed', short: 'D', startS: 300, endS: 600 },
  ],
  markerS: 40,
  yLabel: 'Enhancement (HU)',
  label: 'Curves <and> "bands"',
};

describe('contrast-timing chart (SVG string)', () => {
  it('is deterministic, so the server-rendered chart is the one the browser would draw', () => {
    expect(chartSvg(base)).toBe(chartSvg({ ...base, series: base.series.map((s) => ({ ...s })) }));
  });

  it('draws one line per series with its dash pattern, a direct label each, and the marker', () => {
    const svg = chartSvg(base);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain(`class="line s1" stroke-dasharray="${dashOf(1)}"`);
    expect(svg).toContain('>Aorta</text>');
    expect(svg).toContain('>scan 40 s</text>');
    expect(svg.startsWith('<svg viewBox="0 0 720 300" role="img"')).toBe(true);
  });

  it('escapes its accessible name and labels', () => {
    expect(chartSvg(base)).toContain('aria-label="Curves &lt;and&gt; &quot;bands&quot;"');
  });

  it('leaves out bands beyond the time axis and the marker when there is no scan', () => {
    const svg = chartSvg({ ...base, markerS: null });
    expect(svg).not.toContain('class="marker"');
    expect(svg).not.toContain('>D</text>');
    expect(svg.match(/<rect /g)).toHaveLength(2);
  });

  it('a signed chart draws the zero line', () => {
    const svg = chartSvg({
      ...base,
      signed: true,
      series: [{ id: 'd', label: 'Difference', values: times.map((t) => 40 - t), style: 1 }],
    });
    expect(svg).toContain('class="zero"');
  });
});
