import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { buildSearchIndex } from '../search/search-index.ts';
import type { ChapterInput } from '../search/search-records.ts';

/**
 * The site search index, built once at build time and fetched by the search dialog the first
 * time it opens: chapter sections, glossary terms, figure cases and question stems.
 */
export const GET: APIRoute = async () => {
  const chapters: ChapterInput[] = [];
  for (const chapter of await getCollection('chapters')) {
    const { headings } = await render(chapter);
    const { title, order, summary, objectives, keywords } = chapter.data;
    chapters.push({
      slug: chapter.id,
      order,
      title,
      summary,
      objectives: objectives.map((o) => o.text),
      keywords,
      body: chapter.body ?? '',
      headings,
    });
  }
  const glossary = (await getCollection('glossary')).map((t) => t.data);
  const cases = (await getCollection('cases')).map((c) => {
    const { title, figure, summary, legend, teachingPoints, panels } = c.data;
    return {
      slug: c.id,
      title,
      figure,
      summary,
      legend: typeof legend === 'string' ? legend : '',
      teachingPoints,
      captions: panels.map((p) => p.caption),
    };
  });
  const questions = (await getCollection('questions')).map((q) => ({
    id: q.id,
    stem: q.data.stem,
    chapter: q.data.chapter,
    anchor: q.data.anchor,
    topics: q.data.topics,
  }));
  const records = buildSearchIndex({ chapters, glossary, cases, questions });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
