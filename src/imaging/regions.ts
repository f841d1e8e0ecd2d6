/**
 * What is where on an image: the anatomical region under a point (with liver segments and
 * pancreatic head/body/tail), the regions a slice shows (the keyboard alternative to clicking in
 * "find the lesion"), and where a lesion's cross-section lies (for arrows and outlines).
 */
import { liverSegment, pancreasPart } from './anatomy-organs';
import { pixelToPatient, type ImagePlane } from './planes';
import { structuresNear } from './render-core';
import type { Scene } from './scene';
import type { Vec3 } from './shapes';
import type { Structure } from './structures';

export interface RegionHit {
  /** Region name a learner would give, e.g. "liver segment IV", "pancreatic tail". */
  readonly label: string;
  readonly structureId: string;
  /** Set when the point is inside a lesion. */
  readonly lesionId?: string;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Refines a coarse region with position: liver segments, parts of the pancreas. */
export function refineRegion(region: string, p: Vec3): string {
  if (region === 'liver') return `liver segment ${ROMAN[liverSegment(p)]}`;
  if (region === 'pancreas') return `pancreatic ${pancreasPart(p[0])}`;
  return region;
}

// Regions too generic to be a useful answer in "find the lesion".
const BACKGROUND = new Set([
  'skin',
  'subcutaneous fat',
  'abdominal wall',
  'paraspinal muscle',
  'erector spinae muscle',
  'quadratus lumborum muscle',
  'psoas muscle',
  'iliacus muscle',
  'diaphragm',
  'heart',
  'spine',
  'rib',
  'pelvic bone',
  'lung base',
]);

/** The topmost structure at a patient position (lesions win over the organ they sit in). */
export function regionAtPoint(structures: readonly Structure[], p: Vec3): RegionHit | null {
  for (let i = structures.length - 1; i >= 0; i--) {
    const s = structures[i]!;
    if (s.shape.bound(p[0], p[1], p[2]) > 0) continue;
    if (s.shape.distance(p[0], p[1], p[2]) < 0) {
      const label = refineRegion(s.region, p);
      return s.lesionId === undefined
        ? { label, structureId: s.id }
        : { label, structureId: s.id, lesionId: s.lesionId };
    }
  }
  return null;
}

/** The region under image pixel (column, row) of `plane`. */
export function regionAt(scene: Scene, plane: ImagePlane, column: number, row: number): RegionHit | null {
  return regionAtPoint(structuresNear(scene, plane, 1), pixelToPatient(plane, column, row));
}

export interface SliceRegion {
  readonly label: string;
  /** A pixel inside the region (a place to put a focus ring or a marker). */
  readonly column: number;
  readonly row: number;
  readonly pixels: number;
  readonly containsLesion: readonly string[];
}

/**
 * The named regions visible on a slice, largest first, sampled on a coarse grid. Lesions count
 * towards the region they sit in, so choosing "liver segment II" is the answer for a lesion there.
 */
export function regionsInSlice(scene: Scene, plane: ImagePlane, step = 6): SliceRegion[] {
  const structures = structuresNear(scene, plane, 1);
  const found = new Map<
    string,
    { column: number; row: number; pixels: number; lesions: Set<string>; sumC: number; sumR: number }
  >();
  for (let r = step / 2; r < plane.height; r += step) {
    for (let c = step / 2; c < plane.width; c += step) {
      const hit = regionAtPoint(structures, pixelToPatient(plane, c, r));
      if (!hit || BACKGROUND.has(hit.label) || (hit.label === 'mesentery' && !hit.lesionId)) continue;
      const entry = found.get(hit.label) ?? {
        column: c,
        row: r,
        pixels: 0,
        lesions: new Set<string>(),
        sumC: 0,
        sumR: 0,
      };
      entry.pixels += step * step;
      entry.sumC += c;
      entry.sumR += r;
      if (hit.lesionId) entry.lesions.add(hit.lesionId);
      found.set(hit.label, entry);
    }
  }
  return [...found.entries()]
    .filter(([, e]) => e.pixels >= step * step * 2 || e.lesions.size > 0)
    .map(([label, e]) => ({ label, column: e.column, row: e.row, pixels: e.pixels, containsLesion: [...e.lesions] }))
    .sort((a, b) => b.pixels - a.pixels);
}

export interface LesionSection {
  readonly lesionId: string;
  /** Centre of the cross-section, pixels. */
  readonly column: number;
  readonly row: number;
  /** Largest distance from the centre to the edge, pixels. */
  readonly radiusPx: number;
  /** Outline as a closed polygon in pixels. */
  readonly outline: readonly (readonly [number, number])[];
  /** Longest diameter in the plane, mm (a caliper would measure this). */
  readonly longestDiameterMm: number;
}

/** Where the lesion cuts this plane, or null if it does not. */
export function lesionSection(scene: Scene, plane: ImagePlane, lesionId: string, rays = 64): LesionSection | null {
  const shape = scene.lesionShapes.get(lesionId);
  if (!shape) throw new RangeError(`no lesion "${lesionId}" in this scene`);
  // Find the cross-section's inside pixels on a coarse grid, then its centroid.
  let n = 0,
    sc = 0,
    sr = 0;
  const step = Math.max(1, Math.floor(2 / plane.pixelMm));
  for (let r = 0; r < plane.height; r += step) {
    for (let c = 0; c < plane.width; c += step) {
      const p = pixelToPatient(plane, c, r);
      if (
        p[0] < shape.box.min[0] - 2 ||
        p[0] > shape.box.max[0] + 2 ||
        p[1] < shape.box.min[1] - 2 ||
        p[1] > shape.box.max[1] + 2 ||
        p[2] < shape.box.min[2] - 2 ||
        p[2] > shape.box.max[2] + 2
      )
        continue;
      if (shape.distance(p[0], p[1], p[2]) < 0) {
        n++;
        sc += c;
        sr += r;
      }
    }
  }
  if (n === 0) return null;
  const column = sc / n,
    row = sr / n;
  const inside = (c: number, r: number) => {
    const p = pixelToPatient(plane, c, r);
    return shape.distance(p[0], p[1], p[2]) < 0;
  };
  const outline: [number, number][] = [];
  let radiusPx = 0;
  const maxR = Math.max(plane.width, plane.height);
  for (let k = 0; k < rays; k++) {
    const a = (k / rays) * 2 * Math.PI;
    const dx = Math.cos(a),
      dy = Math.sin(a);
    // March out to the first outside point, then bisect the edge.
    let lo = 0,
      hi = 0;
    for (let t = 0.5; t < maxR; t += 0.5) {
      if (!inside(column + dx * t, row + dy * t)) {
        hi = t;
        break;
      }
      lo = t;
    }
    if (hi === 0) hi = lo;
    for (let i = 0; i < 8; i++) {
      const mid = (lo + hi) / 2;
      if (inside(column + dx * mid, row + dy * mid)) lo = mid;
      else hi = mid;
    }
    outline.push([column + dx * lo, row + dy * lo]);
    radiusPx = Math.max(radiusPx, lo);
  }
  let longest = 0;
  for (let i = 0; i < outline.length; i++) {
    for (let j = i + 1; j < outline.length; j++) {
      longest = Math.max(longest, Math.hypot(outline[i]![0] - outline[j]![0], outline[i]![1] - outline[j]![1]));
    }
  }
  return { lesionId, column, row, radiusPx, outline, longestDiameterMm: longest * plane.pixelMm };
}
