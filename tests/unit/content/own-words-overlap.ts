/**
 * Finds runs of words that our text shares with the review, so the own-words test can hold the
 * content rule "facts from the review, sentences in our own words". Both texts are reduced to
 * bare lower-case words first, so punctuation, markup and the review's line-break hyphenation
 * ("gas-\ntroenteric") cannot hide a copied sentence.
 */

/** The shortest shared run that counts as copying. */
export const copiedRunLength = 8;

interface AllowedPhrase {
  readonly phrase: string;
  readonly why: string;
}

/**
 * Technical phrases that cannot reasonably be reworded, so a run lying wholly inside one is
 * allowed. Keep this short: each entry must be a name or a fixed term, never a sentence.
 */
export const allowedPhrases: readonly AllowedPhrase[] = [
  {
    // The review quotes the guideline's schedule; the interval wording is the recommendation
    // itself, and a rewording ("every six months for a year") would change the schedule.
    phrase: 'US, CT or MRI at 6 and 12 months',
    why: 'the ENETS follow-up schedule for grade 1 NETs, as the review quotes the guideline',
  },
];

/** Reference numbers glued to the end of a sentence in the review ("pancreas.1", "growth.6-7"). */
const citationMarks = /([A-Za-z)%])\.(\d+(?:[-–,]\d+)*)(?=\s|$)/g;

/**
 * Lower-case words of `text`, with hyphenated line breaks rejoined, hyphens inside words removed
 * (so "GEP-NETs", "GEP-\nNETs" and "gep‑nets" agree), apostrophes dropped, superscript digits
 * made plain (⁶⁸Ga → 68ga) and every other mark treated as a word break.
 */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu, '$1$2')
    .replace(citationMarks, '$1.')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])[-‐‑–—](?=[\p{L}\p{N}])/gu, '')
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Every run of `copiedRunLength` consecutive words of the source, for constant-time look-up. */
export function runIndex(sourceText: string): ReadonlySet<string> {
  const words = normalisedWords(sourceText);
  const runs = new Set<string>();
  for (let i = 0; i + copiedRunLength <= words.length; i++) runs.add(words.slice(i, i + copiedRunLength).join(' '));
  return runs;
}

/**
 * The maximal runs of `copiedRunLength` or more words of `text` that also occur in the source
 * (overlapping windows merged into one run), leaving out runs wholly inside an allowed phrase.
 */
export function sharedRuns(
  text: string,
  source: ReadonlySet<string>,
  allowed: readonly AllowedPhrase[] = allowedPhrases,
): string[] {
  const words = normalisedWords(text);
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) runs.push(words.slice(start, end).join(' '));
    start = -1;
  };
  for (let i = 0; i + copiedRunLength <= words.length; i++) {
    if (!source.has(words.slice(i, i + copiedRunLength).join(' '))) continue;
    if (start >= 0 && i <= end) {
      end = i + copiedRunLength;
    } else {
      flush();
      start = i;
      end = i + copiedRunLength;
    }
  }
  flush();
  const allowedText = allowed.map((a) => ` ${normalisedWords(a.phrase).join(' ')} `);
  return runs.filter((run) => !allowedText.some((phrase) => phrase.includes(` ${run} `)));
}
