import type { Item } from '../../quiz-engine/items/schema';
import type { ExportImages } from '../../quiz-engine/educators/export/exportable';
import { itemImages, panelImagePath } from '../../quiz-engine/educators/export/item-images';

/**
 * The simulated panels a selection needs, fetched from the site's /exports/images/ (the same
 * 512-pixel PNGs the whole-bank exports embed). A panel that cannot be fetched is simply
 * missing: the exporters then leave its question out and say why.
 */
export async function fetchExportImages(
  items: readonly Item[],
  fetcher: (path: string) => Promise<Response> = (p) => fetch(p),
): Promise<ExportImages> {
  const paths = [...new Set(items.flatMap((item) => itemImages(item).map(panelImagePath)))];
  const images = new Map<string, Uint8Array>();
  await Promise.all(
    paths.map(async (path) => {
      try {
        const response = await fetcher(`/exports/images/${path}`);
        if (response.ok) images.set(path, new Uint8Array(await response.arrayBuffer()));
      } catch {
        // offline or missing: reported as a left-out question
      }
    }),
  );
  return images;
}
