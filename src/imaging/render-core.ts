/**
 * renderSliceWith: one simulated image of a scene, in physical units, given the modality-specific
 * renderers it needs (MR: render-mr.ts, PET: render-pet.ts, ultrasound: ultrasound.ts), so the
 * case viewer's worker can load each of those only when a panel of that modality is drawn.
 * renderSlice (render.ts) is the same with every modality loaded.
 *
 * The pipeline is the same for every modality: choose the plane (at the modality's native
 * matrix), give every tissue its signal for the acquisition, paint the structures with
 * partial-volume edges, add parenchymal texture, add the modality's noise, and interpolate to
 * the requested size. The result is a Float32Array of HU, MR signal, ADC or SUV; turning it into
 * colours is a separate step (display.ts).
 */
import { CT_PHASE_TIME_S, describeAcquisition, unitOf, type Acquisition } from './acquisitions';
import type { InjectionProtocol } from './kinetics';
import { FIELD_SIZE, noiseField, sampleField, sliceOffset } from './noise';
import { imagePlane, planeBox, type ImagePlane, type PlaneOrientation } from './planes';
import { createTarget, paintFrontToBack, paintShape, type PaintItem, type PaintTarget } from './rasterise';
import { resizeBilinear } from './resample';
import type { Scene } from './scene';
import { boxesOverlap, expandBox, unionBox } from './shapes';
import { ctSignal, ctSignalAt, type SignalTable } from './signal-models';
import type { Structure } from './structures';

/** The modality-specific renderers (type-only imports: loading them is the caller's choice). */
export interface ModalityRenderers {
  readonly mr?: typeof import('./render-mr');
  readonly pet?: typeof import('./render-pet');
  readonly us?: typeof import('./ultrasound');
}

/** Which of ModalityRenderers an acquisition needs (none for CT). */
export function rendererFor(acquisition: Acquisition): keyof ModalityRenderers | null {
  const m = acquisition.modality;
  return m === 'mri' ? 'mr' : m === 'pet-ct' ? 'pet' : m === 'ct' ? null : 'us';
}

function need<T>(module: T | undefined, name: string): T {
  if (!module) throw new Error(`the ${name} renderer is not loaded`);
  return module;
}

export interface SliceRequest {
  readonly acquisition: Acquisition;
  readonly orientation: PlaneOrientation;
  /** Position along the plane's normal (z for axial, y for coronal, x for sagittal), mm. */
  readonly positionMm: number;
  readonly width: number;
  readonly height: number;
  readonly fovMm?: number;
  readonly centreMm?: readonly [number, number];
  /** Seed of the image noise: the same seed always gives the same pixels. */
  readonly seed: number;
  /** Thickness of a projection slab (MRCP), mm. */
  readonly slabMm?: number;
  readonly protocol?: InjectionProtocol;
  /**
   * CT only: seconds after the start of injection, instead of the phase's usual delay
   * (CT_PHASE_TIME_S), so a scan can be simulated at any moment of `protocol`'s curves.
   */
  readonly timeS?: number;
}

export interface RenderedSlice {
  readonly acquisition: Acquisition;
  readonly description: string;
  readonly unit: string;
  readonly plane: ImagePlane;
  readonly width: number;
  readonly height: number;
  readonly pixelMm: number;
  readonly values: Float32Array;
  /** PET uptake (SUV) on the same grid, for fusion. */
  readonly overlay?: { readonly unit: 'SUV'; readonly values: Float32Array };
}

export interface SignalModel {
  readonly signal: SignalTable;
  /** Native matrix as a fraction of the requested size (MR and PET are coarser than CT). */
  readonly nativeScale: number;
  readonly blurMm: number;
  readonly background: number;
  /** Texture amplitude in output units for a pixel of value v and texture weight 1. */
  readonly textureGain: (v: number) => number;
  readonly noise: (values: Float32Array, width: number, height: number, seed: number, sliceKey: string) => void;
  /** Arciform spleen amplitude, where the model sets it (MR arterial phase); CT computes its own. */
  readonly arciform?: number;
}

// model assumption: CT noise SD 11 HU (routine abdominal CT); MR noise SDs chosen to give the
// signal-to-noise of clinical 1.5 T images; PET noise grows with the square root of uptake.
const CT_NOISE_HU = 11;
/** CT edge blur (mm) and parenchymal texture amplitude (HU, the same at every attenuation). */
export const CT_BLUR_MM = 0.9;
export const CT_TEXTURE_HU = 9;

export function addGaussian(sd: number, kind: 'fine' | 'white' | 'ct') {
  return (values: Float32Array, width: number, height: number, seed: number, sliceKey: string) => {
    const field = noiseField(seed, kind);
    const [ox, oy] = sliceOffset(sliceKey);
    const mask = FIELD_SIZE - 1;
    for (let r = 0; r < height; r++) {
      const row = ((r + oy) & mask) * FIELD_SIZE;
      let k = r * width;
      for (let c = 0; c < width; c++, k++) values[k]! += sd * field[row + ((c + ox) & mask)]!;
    }
  };
}

function signalModel(
  acquisition: Acquisition,
  protocol: InjectionProtocol | undefined,
  timeS: number | undefined,
  modules: ModalityRenderers,
): SignalModel {
  switch (acquisition.modality) {
    case 'ct': {
      const signal = timeS === undefined ? ctSignal(acquisition.phase, protocol) : ctSignalAt(timeS, protocol);
      return {
        signal,
        nativeScale: 1,
        blurMm: CT_BLUR_MM,
        background: -1000,
        textureGain: () => CT_TEXTURE_HU,
        noise: addGaussian(CT_NOISE_HU, 'ct'),
      };
    }
    case 'pet-ct':
      return {
        signal: ctSignal('unenhanced', protocol),
        nativeScale: 1,
        blurMm: 1.2,
        background: -1000,
        textureGain: () => 9,
        noise: addGaussian(CT_NOISE_HU * 1.8, 'fine'),
      };
    case 'mri':
      return need(modules.mr, 'MR').mrModel(acquisition.sequence, protocol);
    case 'us':
    case 'ceus':
      throw new RangeError('ultrasound is rendered by renderUltrasound');
  }
}

/** Structures that can touch the plane, clipped to what matters there. */
export function structuresNear(scene: Scene, plane: ImagePlane, marginMm: number): Structure[] {
  const box = expandBox(planeBox(plane), marginMm);
  const out: Structure[] = [];
  for (const s of scene.structures) {
    const clipped = s.shape.clip(box);
    if (clipped) out.push(clipped === s.shape ? s : { ...s, shape: clipped });
  }
  return out;
}

// Texture weights of the slice being painted (never returned, so one buffer serves every slice;
// the engine is single-threaded within a page or worker).
let scratchTexture = new Float32Array(0);

/** Paints every structure near the plane with its tissue's value in `model.signal` (no texture or noise). */
export function paintPlane(
  scene: Scene,
  plane: ImagePlane,
  model: Pick<SignalModel, 'signal' | 'blurMm' | 'background'>,
  only?: (s: Structure) => boolean,
): PaintTarget {
  const size = plane.width * plane.height;
  if (scratchTexture.length !== size) scratchTexture = new Float32Array(size);
  const target = createTarget(plane.width, plane.height, model.background, scratchTexture);
  const near = structuresNear(scene, plane, model.blurMm + plane.pixelMm);
  if (only) {
    // A sparse selection (the fluid of an MRCP slab): thin structures that hide nothing behind
    // them, so painting back to front is quicker than tracking coverage.
    for (const s of near)
      if (only(s)) paintShape(plane, s.shape, model.signal[s.tissue], s.texture, model.blurMm, target);
    return target;
  }
  const items: PaintItem[] = near.map((s) => ({ shape: s.shape, value: model.signal[s.tissue], texture: s.texture }));
  paintFrontToBack(plane, items, model.blurMm, target, model.background);
  return target;
}

const TEXTURE_CLIP_SD = 1.5;

// model assumption: in the early arterial phase the spleen enhances heterogeneously (arciform or
// zebra pattern, from different flow through the red and white pulp): curved, irregular bright and
// dark cords about 12 mm apart on average, whose course, spacing, width and strength wander (a
// smooth field bends them, a second one fades them in and out, a third breaks and thickens them);
// the bands take up to ±25 % of the spleen's enhancement until 35 s and fade out by 60 s, when the
// spleen is homogeneous. Only the spleen as seen shows them: organs painted over it (the kidney's
// upper pole) do not.
const ARCIFORM_FRACTION = 0.25;
const ARCIFORM_FULL_UNTIL_S = 35;
const ARCIFORM_GONE_AT_S = 60;
const ARCIFORM_PERIOD_MM = 15;
const ARCIFORM_BEND_MM = 4; // field pixel size of the bending field: bends every 3 cm or so
const ARCIFORM_MOTTLE_MM = 1.2; // field pixel size of the field that breaks the cords: lobules ~1 cm

/**
 * Arciform spleen amplitude (output units) of a CT scan; 0 outside the early arterial phase. (An
 * MR arterial phase gets its amplitude from its signal model, render-mr.ts.)
 */
export function arciformAmplitude(
  acquisition: Acquisition,
  protocol: InjectionProtocol | undefined,
  timeS?: number,
): number {
  if (acquisition.modality !== 'ct') return 0;
  const t = timeS ?? CT_PHASE_TIME_S[acquisition.phase];
  if (t <= 0 || t >= ARCIFORM_GONE_AT_S) return 0;
  return arciformFor(t, ctSignalAt(t, protocol).spleen - ctSignalAt(0, protocol).spleen);
}

/** Arciform amplitude for a scan `t` seconds after injection whose spleen enhanced by `enhancement`. */
export function arciformFor(t: number, enhancement: number): number {
  const fade = t <= ARCIFORM_FULL_UNTIL_S ? 1 : (ARCIFORM_GONE_AT_S - t) / (ARCIFORM_GONE_AT_S - ARCIFORM_FULL_UNTIL_S);
  return Math.max(0, enhancement) * ARCIFORM_FRACTION * Math.max(0, fade);
}

/**
 * The arciform band pattern of the spleen on this plane (−1…1 inside the spleen, 0 elsewhere),
 * or null when no spleen is near the plane. The image adds amplitude × pattern.
 */
export function arciformPattern(
  scene: Scene,
  plane: ImagePlane,
  blurMm: number,
  seed: number,
  sliceKey: string,
): Float32Array | null {
  const near = structuresNear(scene, plane, blurMm + plane.pixelMm);
  const first = near.findIndex((s) => s.tissue === 'spleen');
  if (first < 0) return null;
  const mask = createTarget(plane.width, plane.height, 0);
  const spleen = near.filter((s) => s.tissue === 'spleen');
  for (const s of spleen) paintShape(plane, s.shape, 1, 0, blurMm, mask);
  // Structures listed after the spleen are painted over it: they hide its pattern.
  const box = unionBox(spleen.map((s) => s.shape.box));
  for (const s of near.slice(first + 1))
    if (s.tissue !== 'spleen' && boxesOverlap(s.shape.box, box)) paintShape(plane, s.shape, 0, 0, blurMm, mask);
  const field = noiseField(seed, 'smooth');
  const offset = sliceOffset(`${sliceKey}:arciform`);
  const fade = sliceOffset(`${sliceKey}:arciform-fade`);
  const breaks = sliceOffset(`${sliceKey}:arciform-breaks`);
  const step = plane.pixelMm / ARCIFORM_BEND_MM;
  const fine = plane.pixelMm / ARCIFORM_MOTTLE_MM;
  const k0 = (2 * Math.PI * plane.pixelMm) / ARCIFORM_PERIOD_MM;
  const angle = (offset[0] / FIELD_SIZE) * Math.PI; // the cords' mean course differs between slices
  const dc = k0 * Math.cos(angle),
    dr = k0 * Math.sin(angle);
  const out = mask.values;
  for (let r = 0; r < plane.height; r++) {
    for (let c = 0; c < plane.width; c++) {
      const k = r * plane.width + c;
      const m = out[k]!;
      if (m === 0) continue;
      const bend = sampleSmooth(field, offset, c * step, r * step);
      const strength = sampleField(field, fade, Math.floor(c * step * 0.5), Math.floor(r * step * 0.5));
      const lobule = sampleSmooth(field, breaks, c * fine, r * fine);
      const band = Math.sin(dc * c + dr * r + 5 * bend) + lobule;
      out[k] = m * (0.6 + 0.4 * Math.tanh(strength)) * Math.tanh(1.3 * band);
    }
  }
  return out;
}

/** A field read between its pixels (bilinear), so a field magnified several times has no steps. */
function sampleSmooth(field: Float32Array, offset: readonly [number, number], x: number, y: number): number {
  const c = Math.floor(x),
    r = Math.floor(y),
    fx = x - c,
    fy = y - r;
  const top = sampleField(field, offset, c, r) * (1 - fx) + sampleField(field, offset, c + 1, r) * fx;
  const bottom = sampleField(field, offset, c, r + 1) * (1 - fx) + sampleField(field, offset, c + 1, r + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

function applyTexture(
  target: PaintTarget,
  width: number,
  height: number,
  gain: (v: number) => number,
  seed: number,
  sliceKey: string,
): void {
  const field = noiseField(seed, 'smooth');
  const offset = sliceOffset(`${sliceKey}:texture`);
  const fine = noiseField(seed, 'fine');
  const fineOffset = sliceOffset(`${sliceKey}:mottle`);
  const { values, texture } = target;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const k = r * width + c;
      const w = texture[k]!;
      if (w === 0) continue;
      // model assumption: parenchymal texture varies a tissue by at most 1.5 of its SDs; texture
      // weight above 1 (lesion heterogeneity) is millimetre-scale mottle, which changes a lesion's
      // inside but not its mean, so heterogeneity never reverses a lesion's contrast with its organ.
      const f = Math.max(-TEXTURE_CLIP_SD, Math.min(TEXTURE_CLIP_SD, sampleField(field, offset, c, r)));
      const mottle = w > 1 ? (w - 1) * sampleField(fine, fineOffset, c, r) : 0;
      values[k]! += gain(values[k]!) * (Math.min(w, 1) * f + mottle);
    }
  }
}

function validateRequest(request: SliceRequest): void {
  if (!Number.isInteger(request.seed)) throw new RangeError(`seed must be an integer; got ${request.seed}`);
  if (request.timeS !== undefined) {
    if (request.acquisition.modality !== 'ct')
      throw new RangeError(`timeS applies to CT only; got it for ${request.acquisition.modality}`);
    if (!Number.isFinite(request.timeS) || request.timeS < 0)
      throw new RangeError(`timeS must be a time after injection in seconds (0 or more); got ${request.timeS}`);
  }
  if (request.width > FIELD_SIZE * 4 || request.height > FIELD_SIZE * 4)
    throw new RangeError('images larger than 2048 pixels are not supported');
}

/** Renders one simulated image of `scene` (see SliceRequest) with the given modality renderers. */
export function renderSliceWith(scene: Scene, request: SliceRequest, modules: ModalityRenderers): RenderedSlice {
  validateRequest(request);
  const { acquisition, width, height, seed } = request;
  const fullPlane = imagePlane({ ...request });
  const description =
    request.timeS === undefined
      ? describeAcquisition(acquisition)
      : `CT, ${request.timeS} s after the start of injection`;
  const base = {
    acquisition,
    description,
    unit: unitOf(acquisition),
    plane: fullPlane,
    width,
    height,
    pixelMm: fullPlane.pixelMm,
  };
  if (acquisition.modality === 'us' || acquisition.modality === 'ceus') {
    const us = need(modules.us, 'ultrasound');
    const plane = us.ultrasoundDisplayPlane(scene, fullPlane, acquisition.modality);
    return {
      ...base,
      plane,
      pixelMm: plane.pixelMm,
      values: us.renderUltrasound(scene, fullPlane, acquisition, seed, request.protocol),
    };
  }
  const model = signalModel(acquisition, request.protocol, request.timeS, modules);
  const sliceKey = `${request.orientation}:${request.positionMm.toFixed(1)}`;
  const nw = Math.max(32, Math.round(width * model.nativeScale));
  const nh = Math.max(32, Math.round(height * model.nativeScale));
  const plane = imagePlane({ ...request, width: nw, height: nh });

  let values: Float32Array;
  if (acquisition.modality === 'mri' && acquisition.sequence === 'mrcp') {
    values = need(modules.mr, 'MR').renderSlab(scene, request, model, nw, nh);
  } else {
    const target = paintPlane(scene, plane, model);
    applyTexture(target, nw, nh, model.textureGain, seed, sliceKey);
    const arciform = model.arciform ?? arciformAmplitude(acquisition, request.protocol, request.timeS);
    const pattern = arciform > 0 ? arciformPattern(scene, plane, model.blurMm, seed, sliceKey) : null;
    if (pattern) for (let k = 0; k < pattern.length; k++) target.values[k]! += arciform * pattern[k]!;
    values = target.values;
  }
  model.noise(values, nw, nh, seed, sliceKey);
  values = resizeBilinear(values, nw, nh, width, height);
  if (acquisition.modality === 'pet-ct')
    return {
      ...base,
      values,
      overlay: { unit: 'SUV', values: need(modules.pet, 'PET').renderPet(scene, request, seed, sliceKey) },
    };
  return { ...base, values };
}
