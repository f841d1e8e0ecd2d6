import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/**
 * /exports/dicom/figure-cases.json — what the /educators/ page needs to write a figure case
 * as DICOM in the browser: each case's scene and panel views (validated at build).
 */
export const GET: APIRoute = async () => {
  const cases = await getCollection('cases');
  const body = cases
    .map((c) => ({
      slug: c.id,
      title: c.data.title,
      figure: c.data.figure,
      scene: c.data.scene,
      panels: c.data.panels.map((p) => ({ letter: p.letter, caption: p.caption, view: p.view })),
    }))
    .sort((a, b) => a.figure - b.figure);
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
