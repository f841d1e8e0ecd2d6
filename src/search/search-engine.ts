import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchKind, SearchRecord } from './search-records.ts';

/**
 * The site search: fuse.js token search over the index records. Each query word is matched
 * fuzzily (a typo in a longer word still matches) and weighted by how rare it is (TF-IDF), so in
 * "dotatate pet" the rarer "dotatate" leads. Titles count most, then other names of the title,
 * then the author's keywords, then the body's distinctive words. scripts/bench-search.mjs has
 * the timings these options were tuned on.
 */

/** Fields are lower-cased once, when the index is built, so no search lower-cases them again. */
const lower = (value: string | undefined) => (value ?? '').toLowerCase();

export const searchOptions: IFuseOptions<SearchRecord> = {
  keys: [
    // A question's stem is searched through its words, never as a title: a stem must not outrank a heading.
    { name: 'title', weight: 4, getFn: (r) => (r.kind === 'question' ? '' : lower(r.title)) },
    { name: 'aliases', weight: 3, getFn: (r) => lower(r.aliases) },
    { name: 'keywords', weight: 2, getFn: (r) => lower(r.keywords) },
    { name: 'words', weight: 1, getFn: (r) => lower(r.words) },
  ],
  isCaseSensitive: true,
  useTokenSearch: true,
  ignoreLocation: true,
  // 0.2: one typo in a word of five letters or more ("insulnoma"), two from ten letters; shorter
  // words must be exact, which also keeps "pet" from matching "per" and "set". Fewer allowed errors
  // also means fewer passes over each field, i.e. faster queries.
  threshold: 0.2,
  // Half-strength length norm: a match in a long field counts a little less, but a short glossary
  // entry no longer beats the chapter section that teaches the same thing.
  fieldNormWeight: 0.5,
  includeScore: true,
};

/**
 * Ties between kinds are broken towards the course text: a chapter section that matches as well
 * as a glossary entry is the better place to send a learner; question stems come last.
 */
const kindFactor: Readonly<Record<SearchKind, number>> = { section: 1, chapter: 1.05, case: 1.1, term: 1.3, question: 2 };

export interface SearchHit {
  readonly record: SearchRecord;
  /** 0 is a perfect match; lower is better. */
  readonly score: number;
}

export type Search = (query: string, limit?: number) => SearchHit[];

export function createSearch(records: readonly SearchRecord[]): Search {
  const fuse = new Fuse(records, searchOptions);
  return (query, limit = 10) => {
    const trimmed = query.trim().normalize('NFKC').toLowerCase();
    if (trimmed.length < 2) return [];
    return fuse
      // Re-ranking by kind happens after fuse.js ranks, so take a wide pool before cutting to `limit`.
      .search(trimmed, { limit: Math.max(50, limit * 3) })
      .map((r) => ({ record: r.item, score: (r.score ?? 1) * kindFactor[r.item.kind] }))
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);
  };
}
