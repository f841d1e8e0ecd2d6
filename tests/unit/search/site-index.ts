import GithubSlugger from 'github-slugger';
import { buildSearchIndex } from '../../../src/search/search-index';
import type { ChapterInput, SearchRecord } from '../../../src/search/search-records';
import {
  frontmatterText,
  readChapters,
  readGlossary,
  readYamlList,
  readYamlObjects,
} from '../content/facts-content-files';

/**
 * The real search index, built from the content on disk with the same function the
 * /search-index.json endpoint uses. Heading anchors are slugged with github-slugger, as Astro's
 * Markdown pipeline does, from the heading text without inline Markdown.
 */
function headingsOf(body: string): ChapterInput['headings'] {
  const slugger = new GithubSlugger();
  const headings: { depth: number; slug: string; text: string }[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = (m[2] ?? '').replace(/<[^>]+>/g, '').replace(/[*_`]/g, '');
    headings.push({ depth: (m[1] ?? '').length, slug: slugger.slug(text), text });
  }
  return headings;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.map(frontmatterText) : []);

export function siteSearchIndex(): SearchRecord[] {
  const chapters: ChapterInput[] = readChapters().map(({ file, frontmatter, body }) => ({
    slug: file.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
    order: Number(frontmatter.order),
    title: str(frontmatter.title),
    summary: str(frontmatter.summary),
    objectives: strings(frontmatter.objectives),
    keywords: strings(frontmatter.keywords),
    body,
    headings: headingsOf(body),
  }));
  const glossary = readGlossary().map((t) => ({
    id: str(t.id),
    term: str(t.term),
    aka: strings(t.aka),
    definition: str(t.definition),
  }));
  const cases = readYamlObjects('cases').map(({ file, data }) => ({
    slug: file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
    title: str(data.title),
    figure: Number(data.figure),
    summary: str(data.summary),
    legend: str(data.legend),
    teachingPoints: strings(data.teachingPoints),
    captions: Array.isArray(data.panels) ? data.panels.map((p: { caption?: unknown }) => str(p.caption)) : [],
  }));
  const questions = readYamlList('questions').flatMap(({ entries }) =>
    entries.map((q) => ({
      id: str(q.id),
      stem: str(q.stem),
      chapter: str(q.chapter),
      anchor: typeof q.anchor === 'string' ? q.anchor : undefined,
      topics: strings(q.topics),
    })),
  );
  return buildSearchIndex({ chapters, glossary, cases, questions });
}
