import { getCollection } from 'astro:content';
import { encode } from 'fast-png';
import { fusePetOnCt, renderSlice, sceneFor, sliceRequest, startingWindow, toGreyscaleRgba } from '../../imaging/index';
import type { Item } from '../../quiz-engine/items/schema';
import type { ExportImages } from '../../quiz-engine/educators/export/exportable';
import { itemImages, panelImagePath } from '../../quiz-engine/educators/export/item-images';

/**
 * The simulated panels the exports embed, rendered at build time with the imaging engine's
 * public API (the same scene, view and starting window as the case viewer), at a size an LMS
 * shows well. Published at /exports/images/<case>/<panel>.png so the browser-side exports (a
 * selection, a SCORM package) carry exactly the same bytes as the whole-bank files.
 */
export const EXPORT_IMAGE_SIZE = 512;

const cache = new Map<string, Uint8Array>();

async function casePanels(): Promise<
  Map<string, { scene: Parameters<typeof sceneFor>[0]; view: Parameters<typeof sliceRequest>[0] }>
> {
  const cases = await getCollection('cases');
  const panels = new Map<string, { scene: Parameters<typeof sceneFor>[0]; view: Parameters<typeof sliceRequest>[0] }>();
  for (const c of cases)
    for (const panel of c.data.panels)
      panels.set(panelImagePath({ case: c.id, panel: panel.letter }), { scene: c.data.scene, view: panel.view });
  return panels;
}

function panelPng(
  scene: Parameters<typeof sceneFor>[0],
  view: Parameters<typeof sliceRequest>[0],
  size: number,
): Uint8Array {
  const slice = renderSlice(
    sceneFor(scene, view.timepoint),
    sliceRequest(view, scene.seed, view.positionMm, size, size),
  );
  const win = startingWindow(view.acquisition, slice.values, view.window);
  if (slice.overlay) {
    const rgba = fusePetOnCt(slice.values, slice.overlay.values, win, 30);
    const rgb = new Uint8Array(size * size * 3);
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
      rgb[j] = rgba[i]!;
      rgb[j + 1] = rgba[i + 1]!;
      rgb[j + 2] = rgba[i + 2]!;
    }
    return encode({ width: size, height: size, data: rgb, channels: 3 });
  }
  const rgba = toGreyscaleRgba(slice.values, win);
  const grey = new Uint8Array(size * size);
  for (let i = 0, j = 0; j < grey.length; i += 4, j++) grey[j] = rgba[i]!;
  return encode({ width: size, height: size, data: grey, channels: 1 });
}

/** Every panel the items show that exists as a figure case panel, rendered once per build. */
export async function exportImages(items: readonly Item[]): Promise<ExportImages> {
  const panels = await casePanels();
  const images = new Map<string, Uint8Array>();
  for (const item of items) {
    for (const image of itemImages(item)) {
      const path = panelImagePath(image);
      const panel = panels.get(path);
      if (!panel || images.has(path)) continue;
      let png = cache.get(path);
      if (!png) {
        png = panelPng(panel.scene, panel.view, EXPORT_IMAGE_SIZE);
        cache.set(path, png);
      }
      images.set(path, png);
    }
  }
  return images;
}

/** Paths (`<case>/<panel>.png`) of every panel any item shows. */
export function imagePathsOf(items: readonly Item[]): string[] {
  return [...new Set(items.flatMap((item) => itemImages(item).map(panelImagePath)))];
}
