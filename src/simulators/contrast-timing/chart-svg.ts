/**
 * The time–value line chart of the contrast-timing page as an SVG string: phase bands with text
 * labels, one line per series (each with its own dash pattern and a direct label, so colour is
 * never the only cue) and a vertical marker at the chosen time.
 *
 * TimeCurveChart.svelte inserts it with {@html}: the chart is rendered on the server and, on
 * load, the island adopts that markup as it is instead of hydrating some 80 SVG elements one by
 * one (which was most of the page's main-thread work at load). Pure and deterministic: the same
 * input gives the same string on the server and in the browser.
 */

export interface ChartSeries {
  id: string;
  label: string;
  values: readonly number[];
  /** Index 0-5 into the chart palette (colour and dash pattern). */
  style: number;
}
export interface ChartBand {
  label: string;
  short: string;
  startS: number;
  endS: number;
}
export interface ChartInput {
  times: readonly number[];
  series: readonly ChartSeries[];
  bands?: readonly ChartBand[];
  markerS?: number | null;
  yLabel: string;
  /** Accessible name of the figure (what it shows right now). */
  label: string;
  /** Draw a line at y = 0 and let the axis go negative. */
  signed?: boolean;
  height?: number;
}

export const CHART_WIDTH = 720;
export const CHART_DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 0'] as const;
const MARGIN = { top: 28, right: 110, bottom: 40, left: 56 };

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** Text and attribute values are escaped (labels are the site's own, but never trust a string). */
function esc(s: string | number): string {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** The dash pattern of a series style (also used by the key under the chart). */
export function dashOf(style: number): string {
  return CHART_DASHES[style % 6] ?? '';
}

export function chartSvg(input: ChartInput): string {
  const { times, series, bands = [], markerS = null, yLabel, label, signed = false, height = 300 } = input;
  const width = CHART_WIDTH;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const xMax = times.at(-1) ?? 1;

  let lo = 0;
  let hi = 10;
  for (const s of series)
    for (const v of s.values) {
      if (v > hi) hi = v;
      if (v < lo) lo = v;
    }
  if (!signed) lo = 0;
  const step = niceStep((hi - lo) / 5);
  const extent = { lo: Math.floor(lo / step) * step, hi: Math.ceil(hi / step) * step, step };

  const x = (t: number) => MARGIN.left + (t / xMax) * plotW;
  const y = (v: number) => MARGIN.top + plotH - ((v - extent.lo) / (extent.hi - extent.lo)) * plotH;

  const yTicks: number[] = [];
  for (let v = extent.lo; v <= extent.hi + 1e-9; v += extent.step) yTicks.push(Math.round(v));
  const xStep = xMax <= 120 ? 20 : xMax <= 300 ? 30 : 60;
  const xTicks: number[] = [];
  for (let t = 0; t <= xMax + 1e-9; t += xStep) xTicks.push(t);

  const paths = series.map((s) => {
    let d = '';
    s.values.forEach((v, i) => {
      d += `${i === 0 ? 'M' : 'L'}${x(times[i] ?? 0).toFixed(1)},${y(v).toFixed(1)}`;
    });
    return { ...s, d, endY: y(s.values.at(-1) ?? 0) };
  });
  // Direct labels at the right edge, nudged apart so they do not overlap.
  let previous = -Infinity;
  const endLabels = [...paths]
    .sort((a, b) => a.endY - b.endY)
    .map((p) => {
      const at = Math.max(p.endY, previous + 13);
      previous = at;
      return { label: p.label, style: p.style, y: at };
    });

  const out: string[] = [];
  out.push(`<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" class="chart">`);
  out.push('<g class="bands" aria-hidden="true">');
  bands.forEach((band, i) => {
    if (!(band.startS < xMax && band.endS > band.startS)) return;
    const x0 = x(Math.max(0, band.startS));
    const x1 = x(Math.min(xMax, band.endS));
    out.push(
      `<rect x="${x0}" y="${MARGIN.top}" width="${Math.max(0, x1 - x0)}" height="${plotH}" class="${i % 2 === 0 ? 'band-a' : 'band-b'}"></rect>`,
    );
    if (x1 - x0 > 16)
      out.push(
        `<text x="${(x0 + x1) / 2}" y="${MARGIN.top - 8}" class="band-label" text-anchor="middle">${esc(band.short)}</text>`,
      );
  });
  out.push('</g><g class="axes" aria-hidden="true">');
  for (const v of yTicks) {
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(v)}" y2="${y(v)}" class="${v === 0 ? 'zero' : 'grid'}"></line>`,
      `<text x="${MARGIN.left - 6}" y="${y(v) + 4}" text-anchor="end" class="tick">${v}</text>`,
    );
  }
  for (const t of xTicks)
    out.push(`<text x="${x(t)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle" class="tick">${t}</text>`);
  out.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${height - 6}" text-anchor="middle" class="axis-label">Time after start of injection (s)</text>`,
    `<text transform="translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle" class="axis-label">${esc(yLabel)}</text>`,
  );
  out.push('</g><g class="lines" aria-hidden="true">');
  for (const p of paths)
    out.push(`<path d="${p.d}" class="line s${p.style % 6}" stroke-dasharray="${dashOf(p.style)}"></path>`);
  for (const l of endLabels)
    out.push(
      `<text x="${MARGIN.left + plotW + 6}" y="${l.y + 4}" class="end-label s${l.style % 6}">${esc(l.label)}</text>`,
    );
  out.push('</g>');
  if (markerS !== null && markerS <= xMax) {
    out.push(
      '<g class="marker" aria-hidden="true">',
      `<line x1="${x(markerS)}" x2="${x(markerS)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"></line>`,
      `<text x="${x(markerS) + 4}" y="${MARGIN.top + 12}">scan ${Math.round(markerS)} s</text>`,
      '</g>',
    );
  }
  out.push('</svg>');
  return out.join('');
}
