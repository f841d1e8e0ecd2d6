/**
 * Paints structures onto an image plane with partial-volume anti-aliasing.
 *
 * Each pixel's coverage by a shape comes from the shape's signed distance at the pixel centre:
 * fully inside beyond half the blur width, fully outside beyond it, linear in between. That is
 * an area-weighted average over the pixel and the scanner's blur, so edges have no jaggies and a
 * thin vessel shows the partial-volume greying a radiologist expects.
 *
 * Speed: a shape is only looked at inside its bounding rectangle, and there the image is split
 * into tiles; a tile whose centre is provably far outside (or inside) the shape is skipped (or
 * filled) in one step, using the shape's conservative distance bound. Only tiles that straddle an
 * edge are refined down to single pixels, so the work grows with the length of the edges.
 */
import { boxToPixelRect, type ImagePlane } from './planes';
import type { Shape } from './shapes';

export interface PaintTarget {
  /** Signal in physical units, row-major, width × height. */
  readonly values: Float32Array;
  /** Weight of parenchymal texture at each pixel (composited like the values). */
  readonly texture: Float32Array;
}

/**
 * A fresh target filled with `background`. `scratchTexture` (optional) is reused as the texture
 * plane when it has the right size: the texture weights never leave the renderer, so reusing
 * one buffer spares the garbage collector a megabyte per 512×512 slice.
 */
export function createTarget(
  width: number,
  height: number,
  background: number,
  scratchTexture?: Float32Array,
): PaintTarget {
  const values = new Float32Array(width * height);
  values.fill(background);
  const texture =
    scratchTexture && scratchTexture.length === width * height
      ? scratchTexture.fill(0)
      : new Float32Array(width * height);
  return { values, texture };
}

const TILE = 32;
const LEAF = 4;
// Blocks this small (pixels a side) are also decided by the shape's distance at their centre.
const NEAR_EDGE = 8;

/**
 * Paints one shape filled with `value` (and texture weight `textureWeight`) over the target.
 * `blurMm` is the width of the edge ramp: at least one pixel, wider for blurrier modalities.
 */
export function paintShape(
  plane: ImagePlane,
  shape: Shape,
  value: number,
  textureWeight: number,
  blurMm: number,
  target: PaintTarget,
): void {
  const rect = boxToPixelRect(plane, shape.box);
  if (!rect) return;
  const [c0, r0, c1, r1] = rect;
  const { origin: o, u, v, width, pixelMm } = plane;
  const ramp = Math.max(blurMm, pixelMm);
  const half = ramp / 2;
  const { values, texture } = target;

  const pixels = (ca: number, ra: number, cb: number, rb: number) => {
    for (let r = ra; r < rb; r++) {
      const jr = r + 0.5;
      let k = r * width + ca;
      for (let c = ca; c < cb; c++, k++) {
        const ic = c + 0.5;
        const d = shape.distance(
          o[0] + ic * u[0] + jr * v[0],
          o[1] + ic * u[1] + jr * v[1],
          o[2] + ic * u[2] + jr * v[2],
        );
        if (d >= half) continue;
        const a = d <= -half ? 1 : 0.5 - d / ramp;
        values[k]! += a * (value - values[k]!);
        texture[k]! += a * (textureWeight - texture[k]!);
      }
    }
  };
  const fill = (ca: number, ra: number, cb: number, rb: number) => {
    for (let r = ra; r < rb; r++) {
      const k0 = r * width;
      values.fill(value, k0 + ca, k0 + cb);
      texture.fill(textureWeight, k0 + ca, k0 + cb);
    }
  };
  const visit = (c: number, r: number, size: number) => {
    const cb = Math.min(c + size, c1),
      rb = Math.min(r + size, r1);
    if (cb <= c || rb <= r) return;
    const cw = cb - c,
      rh = rb - r;
    const mc = c + cw / 2,
      mr = r + rh / 2;
    const b = shape.bound(o[0] + mc * u[0] + mr * v[0], o[1] + mc * u[1] + mr * v[1], o[2] + mc * u[2] + mr * v[2]);
    const reach = 0.5 * Math.sqrt(cw * cw + rh * rh) * pixelMm + half;
    if (b >= reach) return;
    if (b <= -reach) {
      fill(c, r, cb, rb);
      return;
    }
    if (size <= NEAR_EDGE) {
      // Close to the surface every shape's distance is accurate to well under a pixel, so the
      // distance itself (not only the conservative bound) can decide a small block: this stops
      // wide "cannot tell" bands (smooth unions, warps) from being refined pixel by pixel.
      const d = shape.distance(
        o[0] + mc * u[0] + mr * v[0],
        o[1] + mc * u[1] + mr * v[1],
        o[2] + mc * u[2] + mr * v[2],
      );
      const margin = reach * 1.15 + pixelMm * 0.5;
      if (d >= margin) return;
      if (d <= -margin) {
        fill(c, r, cb, rb);
        return;
      }
    }
    if (size <= LEAF) {
      pixels(c, r, cb, rb);
      return;
    }
    const h = size >> 1;
    visit(c, r, h);
    visit(c + h, r, h);
    visit(c, r + h, h);
    visit(c + h, r + h, h);
  };
  for (let r = r0; r < r1; r += TILE) for (let c = c0; c < c1; c += TILE) visit(c, r, TILE);
}

/**
 * Paints one shape into several value layers at once (no texture), each with its own value:
 * one traversal and one distance evaluation per pixel for all of them (ultrasound paints the
 * backscatter, the bubble signal and the attenuation of each structure together).
 */
export function paintShapeLayers(
  plane: ImagePlane,
  shape: Shape,
  values: readonly number[],
  layers: readonly Float32Array[],
  blurMm: number,
): void {
  const rect = boxToPixelRect(plane, shape.box);
  if (!rect) return;
  const [c0, r0, c1, r1] = rect;
  const { origin: o, u, v, width, pixelMm } = plane;
  const ramp = Math.max(blurMm, pixelMm);
  const half = ramp / 2;
  const n = layers.length;
  const pixels = (ca: number, ra: number, cb: number, rb: number) => {
    for (let r = ra; r < rb; r++) {
      const jr = r + 0.5;
      let k = r * width + ca;
      for (let c = ca; c < cb; c++, k++) {
        const ic = c + 0.5;
        const d = shape.distance(
          o[0] + ic * u[0] + jr * v[0],
          o[1] + ic * u[1] + jr * v[1],
          o[2] + ic * u[2] + jr * v[2],
        );
        if (d >= half) continue;
        const a = d <= -half ? 1 : 0.5 - d / ramp;
        for (let l = 0; l < n; l++) {
          const layer = layers[l]!;
          layer[k]! += a * (values[l]! - layer[k]!);
        }
      }
    }
  };
  const fill = (ca: number, ra: number, cb: number, rb: number) => {
    for (let r = ra; r < rb; r++) {
      const k0 = r * width;
      for (let l = 0; l < n; l++) layers[l]!.fill(values[l]!, k0 + ca, k0 + cb);
    }
  };
  const visit = (c: number, r: number, size: number) => {
    const cb = Math.min(c + size, c1),
      rb = Math.min(r + size, r1);
    if (cb <= c || rb <= r) return;
    const cw = cb - c,
      rh = rb - r;
    const mc = c + cw / 2,
      mr = r + rh / 2;
    const b = shape.bound(o[0] + mc * u[0] + mr * v[0], o[1] + mc * u[1] + mr * v[1], o[2] + mc * u[2] + mr * v[2]);
    const reach = 0.5 * Math.sqrt(cw * cw + rh * rh) * pixelMm + half;
    if (b >= reach) return;
    if (b <= -reach) {
      fill(c, r, cb, rb);
      return;
    }
    if (size <= NEAR_EDGE) {
      const d = shape.distance(
        o[0] + mc * u[0] + mr * v[0],
        o[1] + mc * u[1] + mr * v[1],
        o[2] + mc * u[2] + mr * v[2],
      );
      const margin = reach * 1.15 + pixelMm * 0.5;
      if (d >= margin) return;
      if (d <= -margin) {
        fill(c, r, cb, rb);
        return;
      }
    }
    if (size <= LEAF) {
      pixels(c, r, cb, rb);
      return;
    }
    const h = size >> 1;
    visit(c, r, h);
    visit(c + h, r, h);
    visit(c, r + h, h);
    visit(c + h, r + h, h);
  };
  for (let r = r0; r < r1; r += TILE) for (let c = c0; c < c1; c += TILE) visit(c, r, TILE);
}
