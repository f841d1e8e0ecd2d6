/**
 * Folds text for the site search so that the ways residents type a term all meet:
 *
 * - accents and other marks go ("Ménétrier" = "menetrier"), superscript and other compatibility
 *   characters become plain ones ("⁶⁸Ga" = "68Ga"), case goes;
 * - a hyphen or dash between two letters joins them ("SI-NET" = "sinet", "Zollinger–Ellison" =
 *   "zollingerellison"; a query word still finds either half, since words are matched inside
 *   the indexed text); any other hyphen, dash, slash or underscore becomes a space;
 * - a run of digits is split from the letters around it, so "GLP1", "GLP-1" and "glp 1" are all
 *   "glp 1", "Ki67" is "ki 67" and "68Ga" is "68 ga".
 *
 * The same fold is applied to the indexed fields (once, when the index is built) and to each query.
 */
export function foldForSearch(text: string): string {
  let folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const [american, british] of spellingVariants) folded = folded.replace(american, british);
  return folded
    .replace(/(?<=\p{L})[-‐‑‒–—―](?=\p{L})/gu, '')
    .replace(/[-‐‑‒–—―_/\\·]+/g, ' ')
    .replace(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * American spellings a resident may type, folded to the British ones the course uses
 * ("tumor" = "tumour", "hemangioma" = "haemangioma", "characterization" = "characterisation").
 */
const spellingVariants: readonly (readonly [RegExp, string])[] = [
  [/\btumor/g, 'tumour'],
  [/\bhem(?=a(?:ngio|tom|tolog)|orrh)/g, 'haem'],
  [/\b(?:o)?esophag/g, 'oesophag'],
  [/\b(?:o)?edema/g, 'oedema'],
  [/\bischemi/g, 'ischaemi'],
  [/\banalog\b/g, 'analogue'],
  [/\banalogs\b/g, 'analogues'],
  [/\b(?:o)?estrogen/g, 'oestrogen'],
  [/(?<=\p{L}{3})iz(?=e|ed|es|ing|ation)/gu, 'is'],
  [/\bcenter/g, 'centre'],
  [/\bfiber/g, 'fibre'],
];

/** The words of folded text, as the search engine splits them. */
export function searchWords(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}
