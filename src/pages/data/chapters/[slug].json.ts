import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildChapterExtras } from '../../../components/chapter-extras';

/**
 * /data/chapters/<slug>.json — what a chapter page loads on demand rather than carry in its HTML:
 * its glossary terms' card text and its check-yourself questions' key and feedback
 * (src/components/chapter-extras.ts). Keeps the chapter's HTML within the first round trip.
 */
export const getStaticPaths = (async () => {
  const chapters = await getCollection('chapters');
  return chapters.map((chapter) => ({ params: { slug: chapter.id }, props: { chapter } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: CollectionEntry<'chapters'> }> = async ({ props }) => {
  const glossary = new Map((await getCollection('glossary')).map((t) => [t.id, t.data]));
  const questions = new Map((await getCollection('questions')).map((q) => [q.id, q.data]));
  const extras = buildChapterExtras(
    props.chapter.id,
    props.chapter.body ?? '',
    (id) => glossary.get(id),
    (id) => questions.get(id),
  );
  return new Response(JSON.stringify(extras), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
