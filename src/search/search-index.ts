import {
  caseRecord,
  chapterRecords,
  keepDistinctiveWords,
  questionRecord,
  termRecord,
  type CaseInput,
  type ChapterInput,
  type SearchRecord,
  type TermInput,
} from './search-records.ts';

/**
 * Assembles the whole search index from the content: one record per chapter and chapter
 * section, glossary term, figure case and question, then keeps each record's most distinctive
 * body words. The /search-index.json endpoint calls this with the Astro collections; the search
 * tests call it with the same content read from disk, so both test and site search one index.
 */
export interface QuestionIndexInput {
  readonly id: string;
  readonly stem: string;
  readonly chapter: string;
  readonly anchor?: string | undefined;
  readonly topics: readonly string[];
}

export interface SearchIndexInput {
  readonly chapters: readonly ChapterInput[];
  readonly glossary: readonly TermInput[];
  readonly cases: readonly CaseInput[];
  readonly questions: readonly QuestionIndexInput[];
}

export function buildSearchIndex({ chapters, glossary, cases, questions }: SearchIndexInput): SearchRecord[] {
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  const chapterBySlug = new Map(ordered.map((c) => [c.slug, { slug: c.slug, order: c.order, title: c.title }]));
  const records: SearchRecord[] = [];
  for (const chapter of ordered) records.push(...chapterRecords(chapter, glossary));
  for (const term of glossary) records.push(termRecord(term));
  for (const figureCase of cases) records.push(caseRecord(figureCase));
  for (const question of questions) {
    const chapter = chapterBySlug.get(question.chapter);
    if (!chapter) continue; // its chapter is not written yet
    records.push(
      questionRecord({
        id: question.id,
        stem: question.stem,
        chapter,
        anchor: question.anchor,
        topics: question.topics,
      }),
    );
  }
  return keepDistinctiveWords(records);
}
