/**
 * Reads a typed number the way residents write it: "−31.5", "-31,5", "+20", "31.5 %",
 * "12 mm". A comma or a point is the decimal mark (never a thousands separator: the bank's
 * numbers are percentages, millimetres and HU, none needing one). The unit may be typed or
 * left out, and must be the item's unit if typed.
 */
export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const minusSigns = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g;

export function parseNumericAnswer(text: string, unit: string): ParsedNumber {
  let rest = text.replace(minusSigns, '-').replace(/\s+/g, ' ').trim();
  if (rest === '') return { ok: false, message: 'Type a number first.' };
  const wanted = unit.trim().toLowerCase();
  if (wanted !== '' && rest.toLowerCase().endsWith(wanted)) rest = rest.slice(0, rest.length - wanted.length).trim();
  const match = /^([+-]?)(\d*)(?:([.,])(\d*))?$/.exec(rest.replace(/^([+-])\s+/, '$1'));
  if (!match) {
    if (/\d[.,]\d*[.,]/.test(rest)) return { ok: false, message: 'Use one decimal mark only, a point or a comma.' };
    if (/^[+-]?\d*[.,]?\d+\s*[^\d\s.,+-]+$/.test(rest)) return { ok: false, message: `Give the answer in ${unit}.` };
    return { ok: false, message: 'That is not a number. Type digits, with a point or a comma for decimals.' };
  }
  const [, sign = '', whole = '', , fraction = ''] = match;
  if (whole === '' && fraction === '')
    return { ok: false, message: 'That is not a number. Type digits, with a point or a comma for decimals.' };
  const value = Number(`${sign}${whole === '' ? '0' : whole}.${fraction === '' ? '0' : fraction}`);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
