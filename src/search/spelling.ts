import { searchWords } from './fold.ts';

/**
 * Corrects one typo in a query word of five letters or more ("apendix" → "appendix",
 * "elison" → "ellison"), against the words that actually occur in the index. A word the index
 * already contains is left alone. Among the index words one edit away (a letter missing, extra,
 * changed or two letters swapped), the one found in the most places wins; ties go to the
 * alphabetically first, so the result is deterministic.
 *
 * Lookup is by single-letter deletions (the "symmetric delete" method): every index word is
 * filed under each string made by deleting one of its letters, so a query word needs only its
 * own deletions looked up, not a scan of the vocabulary.
 */
export const minimumTypoLength = 5;

export interface SpellingCorrector {
  /** The query with each long, unknown word replaced by its closest index word, if one is one edit away. */
  (foldedQuery: string): string;
  /** True when every word of a (corrected) query occurs in the index as it stands. */
  readonly allKnown: (foldedQuery: string) => boolean;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when `a` and `b` differ by one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function createSpellingCorrector(foldedTexts: Iterable<string>): SpellingCorrector {
  const frequency = new Map<string, number>();
  for (const text of foldedTexts)
    for (const w of new Set(searchWords(text))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const byDeletion = new Map<string, string[]>();
  const file = (key: string, word: string) => {
    const list = byDeletion.get(key);
    if (list) list.push(word);
    else byDeletion.set(key, [word]);
  };
  for (const word of frequency.keys()) {
    if (word.length < minimumTypoLength - 1 || /\d/.test(word)) continue;
    file(word, word);
    for (const d of new Set(deletions(word))) file(d, word);
  }

  const correctWord = (word: string): string => {
    if (word.length < minimumTypoLength || /\d/.test(word) || frequency.has(word)) return word;
    const candidates = new Set<string>();
    for (const key of [word, ...deletions(word)]) for (const w of byDeletion.get(key) ?? []) candidates.add(w);
    let best: string | undefined;
    for (const c of candidates) {
      if (!withinOneEdit(word, c)) continue;
      const better =
        best === undefined ||
        (frequency.get(c) ?? 0) > (frequency.get(best) ?? 0) ||
        ((frequency.get(c) ?? 0) === (frequency.get(best) ?? 0) && c < best);
      if (better) best = c;
    }
    return best ?? word;
  };

  const corrector = (foldedQuery: string) => foldedQuery.replace(/[\p{L}\p{N}]+/gu, correctWord);
  const allKnown = (foldedQuery: string) => searchWords(foldedQuery).every((w) => frequency.has(w));
  return Object.assign(corrector, { allKnown });
}
