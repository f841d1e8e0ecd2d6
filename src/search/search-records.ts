import { splitChapterSections, type RenderedHeading } from './chapter-sections.ts';
import { distinctWords, excerpt, mdxToPlainText } from './mdx-text.ts';

/**
 * The records of the site search index (/search-index.json), built at build time from the
 * content collections. Display fields: title, context, excerpt. Search-only fields: `aliases`
 * (other names of the title), `keywords` (phrases the author marked, topics) and `words` (the
 * most distinctive words of the body, each once: much smaller and faster to search than the
 * body itself; see keepDistinctiveWords). Empty fields are left out to keep the file small.
 */
export type SearchKind = 'chapter' | 'section' | 'term' | 'case' | 'question';

export interface SearchRecord {
  readonly kind: SearchKind;
  readonly title: string;
  /** Where the result lives, shown under its title (e.g. "Chapter 9 · Pancreatic NETs II"). */
  readonly context: string;
  readonly url: string;
  /** Other names of the title: a term's aka, or the glossary names of a term a heading names. */
  readonly aliases?: string;
  readonly keywords?: string;
  readonly excerpt?: string;
  readonly words?: string;
}

/** Glossary names a section heading may contain; used to give the section the term's other names. */
export interface TermNames {
  readonly term: string;
  readonly aka: readonly string[];
}

/** NFKC turns ⁶⁸Ga into 68Ga, so typed queries match what the page shows. */
const searchable = (text: string) => text.normalize('NFKC');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const join = (parts: readonly string[]) => parts.filter((p) => p.trim() !== '').join(' · ');

/** Words of `text` that are not already in `already`, space-separated. */
function extraWords(text: string, already: string): string {
  const known = new Set(distinctWords(already));
  return distinctWords(searchable(text))
    .filter((w) => !known.has(w))
    .join(' ');
}

/** Drops empty optional fields so they cost nothing in the JSON. */
function compact(record: SearchRecord): SearchRecord {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined && value !== '') out[key] = value;
  return out as unknown as SearchRecord;
}

/**
 * The glossary names (term and other names) of every term whose name appears in `heading`, so a
 * section headed "The ADC map" is also found by "apparent diffusion coefficient".
 */
export function glossaryNamesInHeading(heading: string, glossary: readonly TermNames[]): string[] {
  const text = searchable(heading).toLowerCase();
  const names = new Set<string>();
  for (const entry of glossary) {
    const all = [entry.term, ...entry.aka];
    const named = all.some((name) => {
      const n = searchable(name).toLowerCase();
      return n.length >= 3 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'u').test(text);
    });
    if (named) for (const name of all) names.add(searchable(name));
  }
  return [...names];
}

export interface ChapterInput {
  readonly slug: string;
  readonly order: number;
  readonly title: string;
  readonly summary: string;
  readonly objectives: readonly string[];
  readonly keywords: readonly string[];
  readonly body: string;
  readonly headings: readonly RenderedHeading[];
}

/** One record for the chapter as a whole and one per ## / ### section, deep-linked by heading id. */
export function chapterRecords(chapter: ChapterInput, glossary: readonly TermNames[] = []): SearchRecord[] {
  const context = `Chapter ${chapter.order} · ${chapter.title}`;
  const base = `/chapters/${chapter.slug}/`;
  const keywords = extraWords(chapter.keywords.join(' '), chapter.title);
  const whole = compact({
    kind: 'chapter',
    title: chapter.title,
    context: `Chapter ${chapter.order}`,
    url: base,
    keywords,
    excerpt: excerpt(chapter.summary),
    words: extraWords(`${chapter.summary} ${chapter.objectives.join(' ')}`, `${chapter.title} ${keywords}`),
  });
  const sections = splitChapterSections(chapter.body, chapter.headings).map((section) => {
    const title = searchable(section.heading);
    const aliases = join(glossaryNamesInHeading(section.heading, glossary));
    const sectionKeywords = extraWords(section.phrases.join(' '), `${title} ${aliases}`);
    return compact({
      kind: 'section',
      title,
      context,
      url: `${base}#${section.slug}`,
      aliases,
      keywords: sectionKeywords,
      excerpt: excerpt(section.text),
      words: extraWords(section.text, `${title} ${aliases} ${sectionKeywords}`),
    });
  });
  return [whole, ...sections];
}

export interface TermInput {
  readonly id: string;
  readonly term: string;
  readonly aka: readonly string[];
  readonly definition: string;
}

/** A glossary entry is found by its name and other names; its definition is shown, not searched. */
export function termRecord(term: TermInput): SearchRecord {
  return compact({
    kind: 'term',
    title: searchable(term.term),
    context: 'Glossary',
    url: `/glossary/#${term.id}`,
    aliases: searchable(join(term.aka)),
    excerpt: excerpt(term.definition),
  });
}

export interface CaseInput {
  readonly slug: string;
  readonly title: string;
  readonly figure: number;
  readonly summary: string;
  readonly legend: string;
  readonly teachingPoints: readonly string[];
  readonly captions: readonly string[];
}

export function caseRecord(figureCase: CaseInput): SearchRecord {
  return compact({
    kind: 'case',
    title: searchable(figureCase.title),
    context: `Figure case ${figureCase.figure}`,
    url: `/cases/${figureCase.slug}/`,
    excerpt: excerpt(figureCase.summary),
    words: extraWords(
      `${figureCase.summary} ${figureCase.legend} ${figureCase.teachingPoints.join(' ')} ${figureCase.captions.join(' ')}`,
      figureCase.title,
    ),
  });
}

export interface QuestionInput {
  readonly id: string;
  readonly stem: string;
  readonly chapter: { readonly slug: string; readonly order: number; readonly title: string };
  readonly anchor?: string | undefined;
  readonly topics: readonly string[];
}

/**
 * A question is found by its topics and the words of its stem (the shown title is the start of
 * the stem, which the search engine does not score as a title); it leads to where it is taught.
 */
export function questionRecord(question: QuestionInput): SearchRecord {
  const stem = searchable(mdxToPlainText(question.stem));
  const keywords = join(question.topics);
  return compact({
    kind: 'question',
    title: excerpt(stem, 100),
    context: `Question · Chapter ${question.chapter.order}`,
    url: `/chapters/${question.chapter.slug}/${question.anchor ? `#${question.anchor}` : ''}`,
    keywords,
    words: extraWords(stem, keywords),
  });
}

/** How many body words each kind keeps (the rarest ones across the whole index). */
export const wordsKept: Readonly<Record<SearchKind, number>> = {
  chapter: 12,
  section: 20,
  term: 0,
  case: 20,
  question: 5,
};

/**
 * Keeps, for each record, only its `wordsKept[kind]` most distinctive body words: those found in
 * the fewest records. A word most records share cannot tell records apart, while every body word
 * costs query time (fuse.js scans each field for each query word), so this is where the index
 * trades recall for speed. Headings, aliases and keywords are never trimmed.
 */
export function keepDistinctiveWords(
  records: readonly SearchRecord[],
  kept: Readonly<Record<SearchKind, number>> = wordsKept,
): SearchRecord[] {
  const documentFrequency = new Map<string, number>();
  for (const r of records)
    for (const w of new Set((r.words ?? '').split(' ')))
      if (w) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  return records.map((r) => {
    const words = (r.words ?? '').split(' ').filter(Boolean);
    const rarest = new Set(
      [...words]
        .sort((a, b) => (documentFrequency.get(a) ?? 0) - (documentFrequency.get(b) ?? 0) || a.localeCompare(b))
        .slice(0, kept[r.kind]),
    );
    return compact({ ...r, words: words.filter((w) => rarest.has(w)).join(' ') });
  });
}
