import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchKind, SearchRecord } from './search-records.ts';
import { foldForSearch } from './fold.ts';
import { createSpellingCorrector } from './spelling.ts';

/**
 * The site search: fuse.js token search over the index records, weighted by how rare each query
 * word is (TF-IDF), so in "dotatate pet" the rarer "dotatate" leads. Titles count most, then
 * other names of the title, then the author's keywords, then the body's distinctive words.
 *
 * It forgives the way residents type (issue 13): every field and every query is folded
 * (fold.ts: case, accents, superscripts, hyphens, digits glued to letters, American spellings),
 * and one typo in a query word of five letters or more is corrected against the words of the
 * index (spelling.ts) before fuse.js runs. scripts/bench-search.mjs has the timings.
 */

/** The searched fields of a record, folded once when the search is created. */
interface FoldedFields {
  readonly title: string;
  readonly aliases: string;
  readonly keywords: string;
  readonly words: string;
}

function foldFields(r: SearchRecord): FoldedFields {
  return {
    // A question's stem is searched through its words, never as a title: a stem must not outrank a heading.
    title: r.kind === 'question' ? '' : foldForSearch(r.title),
    aliases: foldForSearch(r.aliases ?? ''),
    keywords: foldForSearch(r.keywords ?? ''),
    words: foldForSearch(r.words ?? ''),
  };
}

export const searchOptions: IFuseOptions<FoldedFields> = {
  keys: [
    { name: 'title', weight: 4 },
    { name: 'aliases', weight: 3 },
    { name: 'keywords', weight: 2 },
    { name: 'words', weight: 1 },
  ],
  isCaseSensitive: true,
  useTokenSearch: true,
  ignoreLocation: true,
  // 0.15: fuse's own tolerance for a query word the index does not contain (after the typo
  // correction): one error from seven letters, two from fourteen. Shorter words must match
  // exactly, which keeps "pet" from matching "per" and "set", and each allowed error costs a
  // pass over every field.
  threshold: 0.15,
  // Half-strength length norm: a match in a long field counts a little less, but a short glossary
  // entry no longer beats the chapter section that teaches the same thing.
  fieldNormWeight: 0.5,
  includeScore: true,
};

/**
 * Ties between kinds are broken towards the course text: a chapter section that matches as well
 * as a glossary entry is the better place to send a learner; question stems come last.
 */
const kindFactor: Readonly<Record<SearchKind, number>> = {
  section: 1,
  chapter: 1.05,
  case: 1.1,
  term: 1.3,
  question: 2,
};

export interface SearchHit {
  readonly record: SearchRecord;
  /** 0 is a perfect match; lower is better. */
  readonly score: number;
}

export type Search = (query: string, limit?: number) => SearchHit[];

export function createSearch(records: readonly SearchRecord[]): Search {
  const folded = records.map(foldFields);
  // Two searchers over one index: an exact one, used when every query word is a word of the
  // index (the usual case once typos are corrected: one pass per word), and a fuzzy one for a
  // word the index does not contain (two typos, a word typed in part).
  // The fuzzy one is built on first need, so opening search costs one searcher, not two.
  const index = Fuse.createIndex(searchOptions.keys ?? [], folded);
  const exact = new Fuse(folded, { ...searchOptions, threshold: 0 }, index);
  let fuzzy: Fuse<FoldedFields> | undefined;
  const correct = createSpellingCorrector(folded.flatMap((f) => [f.title, f.aliases, f.keywords, f.words]));
  return (query, limit = 10) => {
    const words = correct(foldForSearch(query));
    if (words.replace(/\s/g, '').length < 2) return [];
    return (
      (correct.allKnown(words) ? exact : (fuzzy ??= new Fuse(folded, searchOptions, index)))
        // Re-ranking by kind happens after fuse.js ranks, so take a wide pool before cutting to `limit`.
        .search(words, { limit: Math.max(50, limit * 3) })
        .flatMap((r) => {
          const record = records[r.refIndex];
          return record ? [{ record, score: (r.score ?? 1) * kindFactor[record.kind] }] : [];
        })
        .sort((a, b) => a.score - b.score)
        .slice(0, limit)
    );
  };
}
