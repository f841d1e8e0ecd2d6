/**
 * Finds the numbers a learner reads in chapter and question text, so the facts test can check
 * each one against the registry. Markup that is not shown as a number (JSX attributes, link
 * targets, code) is removed first; then the explicit whitelist below blanks the tokens whose
 * digits are names or labels rather than clinical numbers. Every whitelist entry matches the
 * digits together with the token they belong to — never a whole class of bare numbers.
 */

export interface FoundNumber {
  readonly value: string;
  /** Where the number starts in the text and how long it is as written. */
  readonly at: number;
  readonly length: number;
  /** A few words around the number, for the failure message. */
  readonly context: string;
}

interface WhitelistEntry {
  readonly pattern: RegExp;
  readonly why: string;
}

const dash = '[-–—‑]';
const joiner = `\\s*(?:${dash}|,|and|or|to|&)\\s*`;

/** Tokens whose digits are not clinical numbers. Order does not matter; all are applied. */
export const numberWhitelist: readonly WhitelistEntry[] = [
  {
    pattern: /\b(?:19[5-9]\d|20[0-3]\d)\b(?!\s*(?:%|mm|cm|ml|s\b|patients|cases|lesions))/g,
    why: 'a year, as in a citation (Eisenhauer 2009)',
  },
  {
    pattern: new RegExp(`\\b(?:fig(?:ure)?s?\\.?)\\s+\\d+[A-L]?(?:${joiner}\\d+[A-L]?)*`, 'gi'),
    why: 'a figure number of the review (Figure 5)',
  },
  {
    pattern: new RegExp(`\\b(?:chapters?|steps?|parts?|questions?|sections?)\\s+\\d+(?:${joiner}\\d+)*`, 'gi'),
    why: 'a chapter, step or question ordinal',
  },
  { pattern: /\bb\s*\d+\b/g, why: 'a b-value label of a DWI series (b800)' },
  {
    pattern:
      /\b(?:68\s*Ga|Ga\s*-?\s*68|gallium\s*-?\s*68|111\s*In|In\s*-?\s*111|indium\s*-?\s*111|18\s*F|fluorine\s*-?\s*18)\b/gi,
    why: 'an isotope name (68Ga, 111In, 18F)',
  },
  { pattern: /\b18\s*F?\s*-\s*FDG\b/gi, why: 'the tracer name 18-FDG / 18F-FDG' },
  {
    pattern: /\bSSTRs?\s*-?\s*\d[AB]?\b(?:\s*(?:,|and|or)\s*(?:SSTR\s*-?\s*)?\d[AB]?\b)*/gi,
    why: 'a somatostatin receptor subtype name (SSTR-2)',
  },
  { pattern: new RegExp(`\\bG[1-3](?:${dash}G?[1-3])?\\b`, 'g'), why: 'a tumour grade label (G1–G3)' },
  {
    pattern: new RegExp(`\\bgrades?\\s*[1-3](?:${joiner}[1-3])*\\b`, 'gi'),
    why: 'a tumour grade label written out (grade 2–3)',
  },
  { pattern: /\bKi\s*-?\s*67\b/gi, why: 'the name of the proliferation marker Ki-67' },
  { pattern: /\bMEN\s*-?\s*1\b/g, why: 'the syndrome name MEN-1' },
  { pattern: /\bGLP\s*-?\s*1R?\b/g, why: 'the hormone name GLP-1' },
  { pattern: /\b5\s*-\s*HIAA\b/g, why: 'the serotonin metabolite name 5-HIAA' },
  {
    pattern: new RegExp(`\\b(?:types?|neoplasia type)\\s+(?:[1-3]|I{1,3})\\b(?:${joiner}(?:[1-3]|I{1,3})\\b)*`, 'gi'),
    why: 'a gastric NEN type label (type 1–3) or MEN type 1',
  },
  { pattern: /\bT[12](?:\s*-?\s*(?:W\b|WI\b|weighted))?\b/g, why: 'the MRI weighting labels T1 and T2' },
  { pattern: /\b[234]D\b/g, why: '2D/3D/4D acquisitions' },
  { pattern: /\b(?:m?RECIST|version)\s*1\.[01]\b/g, why: 'the version number of RECIST (RECIST 1.1)' },
  { pattern: /\b(?:mm|cm|m)[23]\b/g, why: 'the exponent of a unit written without superscript (s/mm2)' },
  { pattern: new RegExp(`\\bsegments?\\s+\\d(?:${joiner}\\d)*\\b`, 'gi'), why: 'a Couinaud liver segment label' },
];

/** Removes what the reader does not see as text: code, comments, JSX tags and link targets. */
export function visibleText(mdx: string): string {
  return mdx
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\{#[^}]*\}/g, ' ');
}

/** Every number in `text` that is not part of a whitelisted token, with its context. */
export function extractNumbers(text: string): FoundNumber[] {
  let blanked = text;
  for (const { pattern } of numberWhitelist) {
    blanked = blanked.replace(pattern, (token) => ' '.repeat(token.length));
  }
  const found: FoundNumber[] = [];
  // A number glued to a preceding letter (b800, T2, CD34) is a label, not a quantity; units
  // glued after it (5cm, 1st) do not hide it.
  for (const match of blanked.matchAll(/(?<![A-Za-z0-9.])\d+(?:\.\d+)?/g)) {
    const value = match[0];
    const at = match.index ?? 0;
    const context = text
      .slice(Math.max(0, at - 40), at + value.length + 40)
      .replace(/\s+/g, ' ')
      .trim();
    found.push({ value: normaliseNumber(value), at, length: value.length, context });
  }
  return found;
}

/** "05" and "5" are the same number; "0.50" and "0.5" too. */
export function normaliseNumber(value: string): string {
  if (!value.includes('.')) return String(Number.parseInt(value, 10));
  const [whole = '0', fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed === '' ? String(Number.parseInt(whole, 10)) : `${Number.parseInt(whole, 10)}.${trimmed}`;
}

/**
 * Questions whose numbers are a worked example of response-criteria arithmetic: invented target
 * measurements (mm, HU) and the sums and percentage changes computed from them. They are not
 * clinical facts, so they cannot be in the registry. Each id is listed here by hand after review;
 * within these items only measurement and arithmetic numbers are exempt (see isWorkedArithmetic),
 * so a clinical number slipped into the same item is still checked.
 */
export const workedExampleItems: ReadonlySet<string> = new Set([
  'fu-recist-pr-calc-1',
  'fu-choi-density-1',
  'path-target-selection-1',
  // bank2 (issue 14): a RECIST 1.1 category worked from made-up baseline, nadir and current sums.
  'fu-recist-nadir-category-1',
]);

/**
 * True when the number at `at` in `text` is a measurement (followed by mm or HU) or a term of an
 * arithmetic expression (next to +, −, ×, /, = or a bracket), as in "(60 − 90) / 90 = −33.3%".
 */
export function isWorkedArithmetic(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  const after = text.slice(at + length, at + length + 5);
  return /^\s*(?:mm\b|HU\b|[+−×/=)])/.test(after) || /[+−×/=(]\s*[−+-]?\s*$/.test(before) || /^%?\s*[)=]/.test(after);
}
