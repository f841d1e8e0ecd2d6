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

type Block = (ca: number, ra: number, cb: number, rb: number) => void;

/**
 * Walks the shape's pixel rectangle in tiles, split down to leaves: a block provably outside the
 * shape (by its conservative distance bound, then near the edge by its distance) is skipped, one
 * provably inside is handed to `fill`, and a leaf that straddles the edge to `pixels`.
 */
function visitShapeBlocks(
  plane: ImagePlane,
  shape: Shape,
  rect: readonly [number, number, number, number],
  half: number,
  pixels: Block,
  fill: Block,
): void {
  const [c0, r0, c1, r1] = rect;
  const { origin: o, u, v, pixelMm } = plane;
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
  visitShapeBlocks(plane, shape, rect, half, pixels, fill);
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
  visitShapeBlocks(plane, shape, rect, half, pixels, fill);
}

/** One shape to paint with its value and texture weight. */
export interface PaintItem {
  readonly shape: Shape;
  readonly value: number;
  readonly texture: number;
}

// Coverage above this counts as full: what a structure behind could still add is below 10⁻⁴ of
// the pixel (under 0.1 HU on CT).
const OPAQUE = 0.9999;
const CELL = 4; // a power of two: the code below indexes cells (and 32-pixel tiles) by shifts

interface CoverageBuffers {
  readonly width: number;
  readonly height: number;
  /** Coverage accumulated so far at each pixel (0–1). */
  readonly alpha: Float32Array;
  /** Fully covered pixels per 4 × 4 cell, and the pixels each cell has (edge cells are smaller). */
  readonly cellFull: Uint8Array;
  readonly cellSize: Uint8Array;
  /** Fully covered cells per 32 × 32 tile, and the cells each tile has. */
  readonly tileFull: Uint16Array;
  readonly tileCells: Uint16Array;
  readonly cellsX: number;
  readonly tilesX: number;
}
// One set of buffers, cleared for each image (the engine is single-threaded within a page or
// worker): no megabyte of garbage per slice.
let coverage: CoverageBuffers | null = null;

function coverageBuffers(width: number, height: number): CoverageBuffers {
  if (coverage && coverage.width === width && coverage.height === height) {
    coverage.alpha.fill(0);
    coverage.cellFull.fill(0);
    coverage.tileFull.fill(0);
    return coverage;
  }
  const cellsX = Math.ceil(width / CELL),
    cellsY = Math.ceil(height / CELL);
  const cellSize = new Uint8Array(cellsX * cellsY);
  for (let cy = 0; cy < cellsY; cy++)
    for (let cx = 0; cx < cellsX; cx++)
      cellSize[cy * cellsX + cx] = Math.min(CELL, width - cx * CELL) * Math.min(CELL, height - cy * CELL);
  const tilesX = Math.ceil(width / TILE);
  const tileCells = new Uint16Array(tilesX * Math.ceil(height / TILE));
  for (let cy = 0; cy < cellsY; cy++)
    for (let cx = 0; cx < cellsX; cx++)
      tileCells[(((cy * CELL) / TILE) | 0) * tilesX + (((cx * CELL) / TILE) | 0)]! += 1;
  coverage = {
    width,
    height,
    alpha: new Float32Array(width * height),
    cellFull: new Uint8Array(cellsX * cellsY),
    cellSize,
    tileFull: new Uint16Array(tileCells.length),
    tileCells,
    cellsX,
    tilesX,
  };
  return coverage;
}

/**
 * Paints an ordered list of shapes (back to front, as a scene lists its structures) with the same
 * result as painting them one by one with `paintShape` over `background`, but front to back: each
 * pixel accumulates coverage, and a pixel (or a whole block of them) that nearer structures have
 * already covered is never looked at again. Large structures behind the organs (the body, its
 * fat, the abdominal cavity) then cost almost nothing where the organs hide them, and no
 * distance is evaluated for a pixel that cannot change.
 */
export function paintFrontToBack(
  plane: ImagePlane,
  items: readonly PaintItem[],
  blurMm: number,
  target: PaintTarget,
  background: number,
): void {
  const { origin: o, u, v, width, height, pixelMm } = plane;
  const { values, texture } = target;
  values.fill(0);
  texture.fill(0);
  const size = width * height;
  const { alpha, cellFull, cellSize, tileFull, tileCells, cellsX, tilesX } = coverageBuffers(width, height);
  const ramp = Math.max(blurMm, pixelMm);
  const half = ramp / 2;
  // Largest disagreement (mm) between the interpolated and the true distance at a leaf's centre
  // for which the leaf's distances are interpolated (an edge then moves by well under a pixel).
  const tolerance = 0.03 * pixelMm;
  let d00 = 0,
    d10 = 0,
    d01 = 0,
    d11 = 0;

  // CELL = 4 and TILE = 32: cell and tile indices by shifts.
  const saturate = (r: number, c: number) => {
    const cell = (r >> 2) * cellsX + (c >> 2);
    if (++cellFull[cell]! === cellSize[cell]) tileFull[(r >> 5) * tilesX + (c >> 5)]! += 1;
  };
  /** Are all the pixels of block [ca, cb) × [ra, rb) covered already? */
  const covered = (ca: number, ra: number, cb: number, rb: number) => {
    const x0 = ca >> 2,
      x1 = (cb - 1) >> 2,
      y0 = ra >> 2,
      y1 = (rb - 1) >> 2;
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) if (cellFull[y * cellsX + x] !== cellSize[y * cellsX + x]) return false;
    return true;
  };

  for (let index = items.length - 1; index >= 0; index--) {
    const { shape, value, texture: tw } = items[index]!;
    const rect = boxToPixelRect(plane, shape.box);
    if (!rect) continue;
    const [c0, r0, c1, r1] = rect;
    const at = (ic: number, jr: number) =>
      shape.distance(o[0] + ic * u[0] + jr * v[0], o[1] + ic * u[1] + jr * v[1], o[2] + ic * u[2] + jr * v[2]);
    const pixels = (ca: number, ra: number, cb: number, rb: number, dCentre: number) => {
      // A full leaf: the distance at two opposite corner pixels, then at the other two, each pair
      // checked against the distance at the leaf's centre; when all four reproduce it (a smooth
      // surface across the leaf, not a thin tube's axis or a sharp crease) the leaf's distances are
      // interpolated bilinearly between the corners, else evaluated at every other pixel.
      let corners = 0; // 0: none known, 2: d00 and d11, 4: all four
      let interpolate = false;
      if (cb - ca === LEAF && rb - ra === LEAF) {
        d00 = at(ca + 0.5, ra + 0.5);
        d11 = at(cb - 0.5, rb - 0.5);
        corners = 2;
        if (Math.abs((d00 + d11) / 2 - dCentre) < tolerance) {
          d10 = at(cb - 0.5, ra + 0.5);
          d01 = at(ca + 0.5, rb - 0.5);
          corners = 4;
          interpolate = Math.abs((d10 + d01) / 2 - dCentre) < tolerance;
        }
      }
      const last = LEAF - 1;
      for (let r = ra; r < rb; r++) {
        const jr = r + 0.5;
        const fy = (r - ra) / last;
        let k = r * width + ca;
        for (let c = ca; c < cb; c++, k++) {
          const left = 1 - alpha[k]!;
          if (left <= 1 - OPAQUE) continue;
          let d: number;
          if (interpolate) {
            const fx = (c - ca) / last;
            d = (d00 + (d10 - d00) * fx) * (1 - fy) + (d01 + (d11 - d01) * fx) * fy;
          } else if (corners > 0 && (c === ca || c === cb - 1) && (r === ra || r === rb - 1)) {
            // A corner whose distance is known already.
            const right = c !== ca,
              bottom = r !== ra;
            if (!right && !bottom) d = d00;
            else if (right && bottom) d = d11;
            else if (corners === 4) d = right ? d10 : d01;
            else d = at(c + 0.5, jr);
          } else d = at(c + 0.5, jr);
          if (d >= half) continue;
          const w = (d <= -half ? 1 : 0.5 - d / ramp) * left;
          values[k]! += w * value;
          texture[k]! += w * tw;
          alpha[k]! += w;
          if (alpha[k]! > OPAQUE) saturate(r, c);
        }
      }
    };
    const fill = (ca: number, ra: number, cb: number, rb: number) => {
      for (let r = ra; r < rb; r++) {
        let k = r * width + ca;
        for (let c = ca; c < cb; c++, k++) {
          const left = 1 - alpha[k]!;
          if (left <= 1 - OPAQUE) continue;
          values[k]! += left * value;
          texture[k]! += left * tw;
          alpha[k] = 1;
          saturate(r, c);
        }
      }
    };
    const visit = (c: number, r: number, size: number) => {
      const ca = Math.max(c, c0),
        ra = Math.max(r, r0);
      const cb = Math.min(c + size, c1),
        rb = Math.min(r + size, r1);
      if (cb <= ca || rb <= ra) return;
      if (size === TILE) {
        const t = (r >> 5) * tilesX + (c >> 5);
        if (tileFull[t] === tileCells[t]) return;
      }
      if (covered(ca, ra, cb, rb)) return;
      const cw = cb - ca,
        rh = rb - ra;
      const mc = ca + cw / 2,
        mr = ra + rh / 2;
      const b = shape.bound(o[0] + mc * u[0] + mr * v[0], o[1] + mc * u[1] + mr * v[1], o[2] + mc * u[2] + mr * v[2]);
      const reach = 0.5 * Math.sqrt(cw * cw + rh * rh) * pixelMm + half;
      if (b >= reach) return;
      if (b <= -reach) {
        fill(ca, ra, cb, rb);
        return;
      }
      let dCentre = NaN;
      if (size <= NEAR_EDGE) {
        dCentre = at(mc, mr);
        const margin = reach * 1.15 + pixelMm * 0.5;
        if (dCentre >= margin) return;
        if (dCentre <= -margin) {
          fill(ca, ra, cb, rb);
          return;
        }
      }
      if (size <= LEAF) {
        pixels(ca, ra, cb, rb, dCentre);
        return;
      }
      const h = size >> 1;
      visit(c, r, h);
      visit(c + h, r, h);
      visit(c, r + h, h);
      visit(c + h, r + h, h);
    };
    // Tiles aligned to the grid, so a block's coverage can be read from the cell counts.
    const tr0 = Math.floor(r0 / TILE) * TILE,
      tc0 = Math.floor(c0 / TILE) * TILE;
    for (let r = tr0; r < r1; r += TILE) for (let c = tc0; c < c1; c += TILE) visit(c, r, TILE);
  }
  if (background !== 0) for (let k = 0; k < size; k++) values[k]! += (1 - alpha[k]!) * background;
}
