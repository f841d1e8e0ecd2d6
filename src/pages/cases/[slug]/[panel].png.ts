import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { panelThumbnailPng } from '../../../components/cases/panel-thumbnail';

/** /cases/<slug>/<letter>.png — a still of each panel, rendered from the phantom at build time. */
export const getStaticPaths = (async () => {
  const cases = await getCollection('cases');
  return cases.flatMap((c) =>
    c.data.panels.map((panel) => ({
      params: { slug: c.id, panel: panel.letter },
      props: { scene: c.data.scene, view: panel.view },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const png = panelThumbnailPng(props.scene, props.view);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
