/**
 * Build-time still image of a case panel (PNG bytes), shown before the interactive viewer loads
 * and used on the case index. Runs in Node during `astro build`, never in the browser.
 */
import { encode } from 'fast-png';
import { fusePetOnCt, startingWindow, toGreyscaleRgba } from '../../imaging/display';
import { renderSlice } from '../../imaging/render';
import { sceneFor, sliceRequest } from '../../imaging/case-scene';
import type { SceneEntry, ViewEntry } from '../../imaging/case-spec';

export const THUMBNAIL_SIZE = 256;

export function panelThumbnailPng(scene: SceneEntry, view: ViewEntry, size = THUMBNAIL_SIZE): Uint8Array {
  const slice = renderSlice(sceneFor(scene, view.timepoint), sliceRequest(view, scene.seed, view.positionMm, size, size));
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
