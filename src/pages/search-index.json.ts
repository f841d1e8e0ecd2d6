import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { caseRecord, chapterRecords, keepDistinctiveWords, questionRecord, termRecord, type SearchRecord } from '../search/search-records.ts';

/**
 * The site search index, built once at build time and fetched by the search dialog the first
 * time it opens: chapter sections, glossary terms, figure cases and question stems.
 */
export const GET: APIRoute = async () => {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const chapterBySlug = new Map(chapters.map((c) => [c.id, { slug: c.id, order: c.data.order, title: c.data.title }]));
  const glossary = await getCollection('glossary');
  const records: SearchRecord[] = [];

  for (const chapter of chapters) {
    const { headings } = await render(chapter);
    const { title, order, summary, objectives, keywords } = chapter.data;
    records.push(...chapterRecords({ slug: chapter.id, order, title, summary, objectives: objectives.map((o) => o.text), keywords, body: chapter.body ?? '', headings }, glossary.map((t) => t.data)));
  }
  for (const term of glossary) records.push(termRecord(term.data));
  for (const figureCase of await getCollection('cases')) {
    const { title, figure, summary, legend, teachingPoints, panels } = figureCase.data;
    records.push(caseRecord({ slug: figureCase.id, title, figure, summary, legend: typeof legend === 'string' ? legend : '', teachingPoints, captions: panels.map((p) => p.caption) }));
  }
  for (const question of await getCollection('questions')) {
    const chapter = chapterBySlug.get(question.data.chapter);
    if (!chapter) continue; // its chapter is not written yet
    records.push(questionRecord({ id: question.id, stem: question.data.stem, chapter, anchor: question.data.anchor, topics: question.data.topics }));
  }
  return new Response(JSON.stringify(keepDistinctiveWords(records)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
