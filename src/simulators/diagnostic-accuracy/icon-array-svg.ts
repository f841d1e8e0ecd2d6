/**
 * The natural-frequency icon array as an SVG string: one symbol per patient, circle = has the
 * tumour, square = does not; filled = test positive, outline = negative. IconArray.svelte
 * inserts it with {@html}: on load the island adopts the server-rendered icons as they are
 * instead of hydrating 100 (or 1000) elements one by one. Pure and deterministic.
 */
export interface IconCounts {
  readonly tp: number;
  readonly fn: number;
  readonly fp: number;
  readonly tn: number;
}

/** Its accessible name. */
export function iconArrayLabel(counts: IconCounts, cohort: number): string {
  return `${cohort} patients: ${counts.tp} true positives, ${counts.fn} false negatives, ${counts.fp} false positives, ${counts.tn} true negatives.`;
}

export function iconArraySvg(counts: IconCounts, cohort: 100 | 1000): string {
  const columns = cohort === 100 ? 10 : 40;
  const cell = cohort === 100 ? 24 : 9;
  const rows = Math.ceil(cohort / columns);
  const r = cell * 0.36;
  const out = [
    `<svg viewBox="0 0 ${columns * cell} ${rows * cell}" role="img" aria-label="${iconArrayLabel(counts, cohort)}">`,
  ];
  let i = 0;
  for (const kind of ['tp', 'fn', 'fp', 'tn'] as const)
    for (let n = 0; n < counts[kind]; n++, i++) {
      const cx = (i % columns) * cell + cell / 2;
      const cy = Math.floor(i / columns) * cell + cell / 2;
      out.push(
        kind === 'tp' || kind === 'fn'
          ? `<circle cx="${cx}" cy="${cy}" r="${r}" class="${kind}"></circle>`
          : `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" class="${kind}"></rect>`,
      );
    }
  out.push('</svg>');
  return out.join('');
}
