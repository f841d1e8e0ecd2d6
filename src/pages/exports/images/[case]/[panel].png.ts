import type { APIRoute, GetStaticPaths } from 'astro';
import { wholeBank } from '../../_bank';
import { exportImages, imagePathsOf } from '../../_images';

/** /exports/images/<case>/<panel>.png — a panel as the LMS exports embed it (512 px). */
export const getStaticPaths = (async () => {
  const bank = await wholeBank();
  const images = await exportImages(bank);
  return imagePathsOf(bank)
    .filter((path) => images.has(path))
    .map((path) => {
      const [caseSlug, file] = path.split('/') as [string, string];
      return { params: { case: caseSlug, panel: file.replace(/\.png$/, '') }, props: { path } };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const images = await exportImages(await wholeBank());
  const png = images.get((props as { path: string }).path)!;
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
