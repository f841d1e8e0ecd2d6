/**
 * Turns a validated figure case (see case-spec.ts) into what the renderer needs: the scene at a
 * timepoint, the slice positions a panel can scroll through, and render requests. Free of Zod so
 * the browser bundle stays small.
 */
import type { Acquisition } from './acquisitions';
import type { LesionEntry, SceneEntry, ViewEntry } from './case-spec';
import type { LesionSpec } from './lesions';
import type { SliceRequest } from './render';
import { buildScene, type Scene } from './scene';

export type Timepoint = 'baseline' | 'follow-up';

/** The lesion as it is at a timepoint (follow-up overrides the baseline fields it names). */
export function lesionAt(entry: LesionEntry, timepoint: Timepoint): LesionSpec {
  const { followUp, ...baseline } = entry;
  if (timepoint === 'baseline' || !followUp) return baseline;
  return {
    ...baseline,
    ...Object.fromEntries(Object.entries(followUp).filter(([, v]) => v !== undefined)),
  } as LesionSpec;
}

const sceneCache = new Map<string, Scene>();
const FIGURE_LESION_IRREGULARITY = 0.1;

/** The scene of a case at a timepoint (cached by the case's content). */
export function sceneFor(entry: SceneEntry, timepoint: Timepoint = 'baseline'): Scene {
  const key = `${timepoint}:${JSON.stringify(entry)}`;
  const hit = sceneCache.get(key);
  if (hit) return hit;
  // model assumption: figure-case tumours get an irregularity of 10 % of their radius and
  // twice the texture of normal parenchyma (heterogeneous tumour tissue).
  const scene = buildScene({
    anatomy: entry.anatomy ?? {},
    lesions: entry.lesions.map((l) => ({
      irregularity: FIGURE_LESION_IRREGULARITY,
      heterogeneity: 2,
      ...lesionAt(l, timepoint),
    })),
  });
  if (sceneCache.size > 32) sceneCache.delete(sceneCache.keys().next().value!);
  sceneCache.set(key, scene);
  return scene;
}

export { stackPositions } from './stack';

/** The render request for a panel's view at a slice position and size. */
// model assumption: at a follow-up visit the patient lies about 2-3 mm differently on the table,
// and the scan has its own noise.
export const FOLLOW_UP_SHIFT_MM: readonly [number, number] = [2.5, -2];
const FOLLOW_UP_SEED_STEP = 7919;
// Coronal reformats are framed on z = 25 mm (the vertical value is -z): from the lung bases,
// domes and heart down to the iliac crests, so the flanks are seen to curve in at the waist and
// out over the pelvis; sagittals on z = 50 mm.
const DEFAULT_CENTRE: Record<ViewEntry['plane'], readonly [number, number]> = {
  axial: [0, 10],
  coronal: [0, -25],
  sagittal: [10, -50],
};

/**
 * Every acquisition of a case (each phase, sequence and visit) is its own scan with its own noise
 * realisation: the case seed mixed with the acquisition (same inputs, same pixels).
 */
export function scanSeed(seed: number, acquisition: Acquisition, followUp: boolean): number {
  const key = JSON.stringify(acquisition);
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return (seed + (Math.abs(h) % 100_000) + (followUp ? FOLLOW_UP_SEED_STEP : 0)) % 2_147_483_647;
}

/**
 * How the patient lay for each examination of a case (model assumption): the CT is the
 * reference; on the MRI table and at the PET/CT the body lies a little rolled and shifted, and
 * the MRI uses a tighter field of view, so panels of one case from different scanners are not
 * pixel-identical. A follow-up visit adds its own roll and shift. Ultrasound is freehand.
 */
const SESSION: Record<
  Acquisition['modality'],
  { rollDeg: number; shiftMm: readonly [number, number]; fovMm?: number }
> = {
  ct: { rollDeg: 0, shiftMm: [0, 0] },
  mri: { rollDeg: -2, shiftMm: [-2, 2], fovMm: 360 },
  'pet-ct': { rollDeg: 1.5, shiftMm: [1.5, 2.5] },
  us: { rollDeg: 0, shiftMm: [0, 0] },
  ceus: { rollDeg: 0, shiftMm: [0, 0] },
};
export const FOLLOW_UP_ROLL_DEG = 2.5;

/** The slice request plus the in-plane roll of the examination (see planes.ts). */
export type CaseSliceRequest = SliceRequest & { readonly rollDeg?: number };

export function sliceRequest(
  view: ViewEntry,
  seed: number,
  positionMm: number,
  width: number,
  height: number,
): CaseSliceRequest {
  const acquisition = view.acquisition as Acquisition;
  const followUp = view.timepoint === 'follow-up';
  const session = SESSION[acquisition.modality];
  const moved = followUp || session.rollDeg !== 0 || session.shiftMm[0] !== 0 || session.shiftMm[1] !== 0;
  const centre = view.centreMm ?? (moved ? DEFAULT_CENTRE[view.plane] : undefined);
  const dx = session.shiftMm[0] + (followUp ? FOLLOW_UP_SHIFT_MM[0] : 0);
  const dy = session.shiftMm[1] + (followUp ? FOLLOW_UP_SHIFT_MM[1] : 0);
  const shifted = centre && moved ? ([centre[0] + dx, centre[1] + dy] as const) : centre;
  const rollDeg = session.rollDeg + (followUp ? FOLLOW_UP_ROLL_DEG : 0);
  const fovMm = view.fovMm ?? session.fovMm;
  return {
    ...(rollDeg !== 0 ? { rollDeg } : {}),
    acquisition,
    orientation: view.plane,
    positionMm,
    width,
    height,
    seed: scanSeed(seed, acquisition, followUp),
    ...(fovMm !== undefined ? { fovMm } : {}),
    ...(shifted !== undefined ? { centreMm: shifted } : {}),
    ...(view.slabMm !== undefined ? { slabMm: view.slabMm } : {}),
  };
}
