/**
 * Build-time still image of a case panel (PNG bytes), shown before the interactive viewer loads
 * and used on the case index. Runs in Node during `astro build` (and in scripts/render-panels.mjs),
 * never in the browser.
 */
import { encode } from 'fast-png';
import { fusePetOnCt, hotIron, startingWindow, toGreyscaleRgba } from '../../imaging/display';
import { renderSlice } from '../../imaging/render';
import { sceneFor, sliceRequest } from '../../imaging/case-scene';
import type { AnnotationEntry, SceneEntry, ViewEntry } from '../../imaging/case-spec';
import { lesionSection } from '../../imaging/regions';
import { arrowFor } from './annotation-geometry';
import { drawText, textWidth } from '../../imaging/display-text';

export const THUMBNAIL_SIZE = 256;
/** SUV at the top of the PET colour scale (the viewer uses the same). */
const SUV_MAX = 30;

/** The panel as RGB bytes (size × size × 3), and a copy with the panel's arrows drawn in. */
export function panelRgb(
  scene: SceneEntry,
  view: ViewEntry,
  size = THUMBNAIL_SIZE,
  annotations: readonly AnnotationEntry[] = [],
  /** Draw the PET colour bar with SUV numbers into the image (the site's viewer draws its own). */
  suvBar = true,
): { rgb: Uint8Array; arrowsRgb: Uint8Array } {
  const built = sceneFor(scene, view.timepoint);
  const slice = renderSlice(built, sliceRequest(view, scene.seed, view.positionMm, size, size));
  const win = startingWindow(view.acquisition, slice.values, view.window);
  const rgba = slice.overlay
    ? fusePetOnCt(slice.values, slice.overlay.values, win, SUV_MAX)
    : toGreyscaleRgba(slice.values, win);
  const rgb = new Uint8Array(size * size * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  if (slice.overlay && suvBar) drawSuvBar(rgb, size, SUV_MAX);
  const arrowsRgb = rgb.slice();
  for (const a of annotations) {
    if (a.type !== 'arrow') continue;
    const section = lesionSection(built, slice.plane, a.lesion);
    if (!section) continue;
    const g = arrowFor(section, size, size, size * 0.16, a.from, a.tip);
    drawArrow(arrowsRgb, size, g.tipX, g.tipY, g.tailX, g.tailY);
  }
  return { rgb, arrowsRgb };
}

/** The PET colour scale (hot iron, 0 at the bottom to `suvMax` at the top) at the right edge, with SUV numbers. */
function drawSuvBar(rgb: Uint8Array, size: number, suvMax: number): void {
  const x0 = size - Math.round(size * 0.035),
    x1 = size - Math.round(size * 0.015);
  const y0 = Math.round(size * 0.15),
    y1 = Math.round(size * 0.85);
  for (let y = y0 - 1; y <= y1 + 1; y++) {
    for (let x = x0 - 1; x <= x1 + 1; x++) {
      const k = (y * size + x) * 3;
      const edge = y < y0 || y > y1 || x < x0 || x > x1;
      const [r, g, b] = edge ? [255, 255, 255] : hotIron((y1 - y) / (y1 - y0));
      rgb[k] = r;
      rgb[k + 1] = g;
      rgb[k + 2] = b;
    }
  }
  const scale = Math.max(1, Math.round(size / 200));
  const white = (x: number, y: number) => {
    const k = (y * size + x) * 3;
    rgb[k] = 255;
    rgb[k + 1] = 255;
    rgb[k + 2] = 255;
  };
  // Ticks and numbers at 0, ⅓, ⅔ and the top of the scale; "SUV" above the bar.
  for (let i = 0; i <= 3; i++) {
    const suv = Math.round((suvMax * i) / 3);
    const y = Math.round(y1 - ((y1 - y0) * i) / 3);
    for (let x = x0 - 3 * scale; x < x0 - 1; x++) for (let t = 0; t < scale; t++) white(x, y + t);
    const text = String(suv);
    drawText(white, size, size, text, x0 - 4 * scale - textWidth(text, scale), y - 2 * scale, scale);
  }
  drawText(white, size, size, 'SUV', x1 - textWidth('SUV', scale), y0 - 8 * scale, scale);
}

function drawArrow(rgb: Uint8Array, size: number, tx: number, ty: number, sx: number, sy: number): void {
  const dot = (x: number, y: number, r: number, colour: readonly [number, number, number]) => {
    for (let yy = Math.floor(y - r); yy <= Math.ceil(y + r); yy++) {
      for (let xx = Math.floor(x - r); xx <= Math.ceil(x + r); xx++) {
        if (xx < 0 || yy < 0 || xx >= size || yy >= size || (xx - x) ** 2 + (yy - y) ** 2 > r * r) continue;
        const k = (yy * size + xx) * 3;
        rgb[k] = colour[0];
        rgb[k + 1] = colour[1];
        rgb[k + 2] = colour[2];
      }
    }
  };
  const line = (
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    r: number,
    colour: readonly [number, number, number],
  ) => {
    const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2) + 1;
    for (let i = 0; i <= n; i++) dot(x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * i) / n, r, colour);
  };
  const len = Math.hypot(sx - tx, sy - ty) || 1;
  const ux = (sx - tx) / len,
    uy = (sy - ty) / len;
  const head = Math.max(6, size * 0.025);
  const wings: [number, number][] = [
    [tx + head * (ux * 0.87 - uy * 0.5), ty + head * (uy * 0.87 + ux * 0.5)],
    [tx + head * (ux * 0.87 + uy * 0.5), ty + head * (uy * 0.87 - ux * 0.5)],
  ];
  const w = Math.max(1, size / 320);
  for (const colour of [
    [0, 0, 0],
    [255, 214, 0],
  ] as const) {
    const r = colour[0] === 0 ? w + 1 : w;
    line(tx, ty, sx, sy, r, colour);
    for (const [wx, wy] of wings) line(tx, ty, wx, wy, r, colour);
  }
}

export function panelThumbnailPng(scene: SceneEntry, view: ViewEntry, size = THUMBNAIL_SIZE): Uint8Array {
  // The case page shows the SUV scale beside the still (ViewerPanel), so the still has none.
  const { rgb } = panelRgb(scene, view, size, [], false);
  let grey = true;
  for (let i = 0; i < rgb.length && grey; i += 3) grey = rgb[i] === rgb[i + 1] && rgb[i] === rgb[i + 2];
  if (!grey) return encode({ width: size, height: size, data: rgb, channels: 3 });
  const g = new Uint8Array(size * size);
  for (let i = 0, j = 0; j < g.length; i += 3, j++) g[j] = rgb[i]!;
  return encode({ width: size, height: size, data: g, channels: 1 });
}
