/**
 * Renders the response-criteria page's key images with the imaging engine. Loaded on demand
 * (dynamic import) when the images come into view, so the page's first JavaScript stays small.
 *
 * A key image is an axial CT through the centre of one candidate lesion, zoomed on it. On the
 * portal-venous image each lesion is painted to its case attenuation: the rendering is linear in
 * attenuation, so adding coverage × (wanted − placeholder HU) keeps the edges, texture and noise.
 */
import type { Measurement } from '../../components/cases/measure/measurements';
import { fnv1a32 } from '../../lib/hash';
import { caliperDistanceMm, circularRoi } from '../../imaging/measurement';
import { createTarget, paintShape } from '../../imaging/rasterise';
import { lesionSection, type LesionSection } from '../../imaging/regions';
import { CT_BLUR_MM, renderSlice } from '../../imaging/render';
import { buildScene } from '../../imaging/scene';
import { ctSignal } from '../../imaging/signal-models';
import type { ImagePlane } from '../../imaging/planes';
import type { ResponseCase } from './cases';
import {
  caseLesionSpecs,
  keyImageFovMm,
  lesionCentre,
  portalVenousAttenuation,
  type KeyImagePhase,
} from './case-scenes';

export { toGreyscaleRgba, CT_WINDOW_PRESETS } from '../../imaging/display';
export { caliperDistanceMm, circularRoi };

export interface KeyImage {
  readonly values: Float32Array;
  readonly width: number;
  readonly height: number;
  readonly pixelMm: number;
  readonly plane: ImagePlane;
  /** The lesion's cross-section (null when it is gone at this time point). */
  readonly section: LesionSection | null;
  /** Arterial phase: the enhancing part's cross-section. */
  readonly viableSection: LesionSection | null;
  readonly nodal: boolean;
}

/** A stable seed per image, so the noise is the same every time the page is opened. */
function seedOf(text: string): number {
  return fnv1a32(text) % 1_000_000;
}

export function renderKeyImage(
  responseCase: ResponseCase,
  lesionId: string,
  timePoint: number,
  phase: KeyImagePhase,
  size = 256,
): KeyImage {
  const scene = buildScene({ lesions: caseLesionSpecs(responseCase, timePoint, phase) });
  const centre = lesionCentre(responseCase, lesionId);
  const slice = renderSlice(scene, {
    acquisition: { modality: 'ct', phase },
    orientation: 'axial',
    positionMm: centre[2],
    width: size,
    height: size,
    fovMm: keyImageFovMm(responseCase, lesionId),
    centreMm: [centre[0], centre[1]],
    seed: seedOf(`${responseCase.id}:${lesionId}:${timePoint}:${phase}`),
  });
  const values = slice.values;
  if (phase === 'portal-venous') {
    const placeholder = ctSignal('portal-venous').necrosis;
    for (const [id, hu] of portalVenousAttenuation(responseCase, timePoint)) {
      const shape = scene.lesionShapes.get(id);
      if (!shape) continue;
      const cover = createTarget(size, size, 0);
      paintShape(slice.plane, shape, 1, 0, CT_BLUR_MM, cover);
      const delta = hu - placeholder;
      for (let k = 0; k < values.length; k++) if (cover.values[k] !== 0) values[k]! += cover.values[k]! * delta;
    }
  }
  const section = scene.lesionShapes.has(lesionId) ? lesionSection(scene, slice.plane, lesionId) : null;
  const viableId = `${lesionId}:viable`;
  const viableSection = scene.lesionShapes.has(viableId) ? lesionSection(scene, slice.plane, viableId) : null;
  const nodal = responseCase.candidates.find((c) => c.id === lesionId)?.nodal ?? false;
  return {
    values,
    width: size,
    height: size,
    pixelMm: slice.pixelMm,
    plane: slice.plane,
    section,
    viableSection,
    nodal,
  };
}

/** Longest chord of an outline (pixels), as a caliper would be laid across it. */
function longestChord(s: LesionSection): [number, number, number, number] {
  let best: [number, number, number, number] = [s.column, s.row, s.column, s.row];
  let longest = 0;
  for (const a of s.outline) {
    for (const b of s.outline) {
      const d = Math.hypot(a[0] - b[0], a[1] - b[1]);
      if (d > longest) {
        longest = d;
        best = [a[0], a[1], b[0], b[1]];
      }
    }
  }
  return best;
}

/** Shortest chord through the centre (a node's short axis). */
function shortAxis(s: LesionSection): [number, number, number, number] {
  const n = s.outline.length;
  let best: [number, number, number, number] = [s.column, s.row, s.column, s.row];
  let shortest = Infinity;
  for (let i = 0; i < n / 2; i++) {
    const a = s.outline[i]!,
      b = s.outline[i + n / 2]!;
    const d = Math.hypot(a[0] - b[0], a[1] - b[1]);
    if (d < shortest) {
      shortest = d;
      best = [a[0], a[1], b[0], b[1]];
    }
  }
  return best;
}

/**
 * The keyboard path for measuring: a caliper across the lesion (the short axis of a node; the
 * enhancing part on an arterial image) or an ROI over the middle of the lesion.
 */
export function autoMeasurement(
  image: KeyImage,
  tool: 'caliper' | 'roi',
  phase: KeyImagePhase,
  id: number,
): Measurement | null {
  const s = phase === 'late-arterial' && tool === 'caliper' ? image.viableSection : image.section;
  if (!s) return null;
  if (tool === 'caliper') {
    const [x1, y1, x2, y2] = image.nodal && phase === 'portal-venous' ? shortAxis(s) : longestChord(s);
    return { kind: 'caliper', id, a: { x: x1, y: y1 }, b: { x: x2, y: y2 } };
  }
  let inner = Infinity;
  for (const p of s.outline) inner = Math.min(inner, Math.hypot(p[0] - s.column, p[1] - s.row));
  return { kind: 'roi', id, centre: { x: s.column, y: s.row }, radiusPx: Math.max(2, inner * 0.7) };
}
