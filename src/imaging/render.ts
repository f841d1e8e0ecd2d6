/**
 * renderSlice: one simulated image of a scene, in physical units.
 *
 * The pipeline is the same for every modality: choose the plane (at the modality's native
 * matrix), give every tissue its signal for the acquisition, paint the structures with
 * partial-volume edges, add parenchymal texture, add the modality's noise, and interpolate to
 * the requested size. The result is a Float32Array of HU, MR signal, ADC or SUV; turning it into
 * colours is a separate step (display.ts).
 */
import { CT_PHASE_TIME_S, MRI_TIME_S, describeAcquisition, unitOf, type Acquisition } from './acquisitions';
import type { InjectionProtocol } from './kinetics';
import { FIELD_SIZE, noiseField, sampleField, sliceOffset } from './noise';
import { imagePlane, planeBox, type ImagePlane, type PlaneOrientation } from './planes';
import { createTarget, paintFrontToBack, paintShape, type PaintItem, type PaintTarget } from './rasterise';
import { gaussianBlur, resizeBilinear } from './resample';
import type { Scene } from './scene';
import { expandBox } from './shapes';
import { ctSignal, ctSignalAt, mriSignal, petSignal, type SignalTable } from './signal-models';
import type { Structure } from './structures';
import { renderUltrasound, ultrasoundDisplayPlane } from './ultrasound';

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

interface SignalModel {
  readonly signal: SignalTable;
  /** Native matrix as a fraction of the requested size (MR and PET are coarser than CT). */
  readonly nativeScale: number;
  readonly blurMm: number;
  readonly background: number;
  /** Texture amplitude in output units for a pixel of value v and texture weight 1. */
  readonly textureGain: (v: number) => number;
  readonly noise: (values: Float32Array, width: number, height: number, seed: number, sliceKey: string) => void;
}

// model assumption: CT noise SD 11 HU (routine abdominal CT); MR noise SDs chosen to give the
// signal-to-noise of clinical 1.5 T images; PET noise grows with the square root of uptake.
const CT_NOISE_HU = 11;
/** CT edge blur (mm) and parenchymal texture amplitude (HU, the same at every attenuation). */
export const CT_BLUR_MM = 0.9;
export const CT_TEXTURE_HU = 9;

function addGaussian(sd: number, kind: 'fine' | 'white' | 'ct') {
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

/** Magnitude images have Rician noise: |signal + complex Gaussian noise|. */
function addRician(sd: number) {
  return (values: Float32Array, width: number, height: number, seed: number, sliceKey: string) => {
    const field = noiseField(seed, 'white');
    const o1 = sliceOffset(sliceKey);
    const o2 = sliceOffset(`${sliceKey}:imaginary`);
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const k = r * width + c;
        const re = values[k]! + sd * sampleField(field, o1, c, r);
        const im = sd * sampleField(field, o2, c, r);
        values[k] = Math.sqrt(re * re + im * im);
      }
    }
  };
}

// model assumption: surface-coil shading (signal up to 80 % higher at the top and bottom of the
// field of view, near the anterior and posterior coil elements, than in the middle of the body) and respiratory ghosts: faint copies of the image
// (6 %) displaced along the phase-encoding direction (vertical on these images).
const COIL_SHADING = 0.8;
const GHOST_FRACTION = 0.06;

/** MR artefacts before the noise: coil-shading bias field and respiratory ghosting. */
function withMrArtefacts(noise: SignalModel['noise']): SignalModel['noise'] {
  return (values, width, height, seed, sliceKey) => {
    const copy = values.slice();
    const shift = Math.round(height / 3.2);
    const phase = sliceOffset(`${sliceKey}:ghost`)[0] / 512;
    for (let r = 0; r < height; r++) {
      const t = (r + 0.5) / height - 0.5;
      const shade = 1 + COIL_SHADING * (4 * t * t) + 0.08 * Math.sin(6.28 * (phase + (r / height) * 0.7));
      const g1 = (r + shift) % height,
        g2 = (r - shift + height) % height;
      for (let c = 0; c < width; c++) {
        const k = r * width + c;
        const lateral = (c + 0.5) / width - 0.5;
        values[k] =
          copy[k]! * (shade + 0.15 * lateral) + GHOST_FRACTION * 0.5 * (copy[g1 * width + c]! + copy[g2 * width + c]!);
      }
    }
    noise(values, width, height, seed, sliceKey);
  };
}

// model assumption: single-shot EPI leaves a Nyquist (N/2) ghost of about 4 % of the image,
// displaced by half the field of view along the phase-encoding direction (vertical).
const EPI_GHOST_FRACTION = 0.04;

// model assumption: EPI distortion along the phase-encoding direction (vertical), the same on
// every slice of a series: a 1.5 % stretch about the centre plus a gentle wave of up to 0.4 % of
// the field varying across the image (DWI and its ADC map align); DWI also keeps a mild coil shading (ADC, a ratio, does not).
function epiWarp(values: Float32Array, width: number, height: number, shading: number): void {
  const copy = values.slice();
  for (let c = 0; c < width; c++) {
    const wave = 0.004 * height * Math.sin(6.28 * (0.3 + (0.8 * c) / width));
    for (let r = 0; r < height; r++) {
      const t = (r + 0.5) / height - 0.5;
      const src = Math.min(height - 1, Math.max(0, r - 0.015 * t * height + wave * Math.cos(3.14 * t)));
      const r0 = Math.floor(src),
        f = src - r0,
        r1 = Math.min(height - 1, r0 + 1);
      values[r * width + c] = (copy[r0 * width + c]! * (1 - f) + copy[r1 * width + c]! * f) * (1 + shading * 4 * t * t);
    }
  }
}

/** Diffusion-weighted EPI: distortion and the N/2 ghost before the noise. */
function withEpiGhost(noise: SignalModel['noise']): SignalModel['noise'] {
  return (values, width, height, seed, sliceKey) => {
    epiWarp(values, width, height, 0.3);
    const copy = values.slice();
    const shift = Math.floor(height / 2);
    for (let r = 0; r < height; r++) {
      const g = ((r + shift) % height) * width;
      for (let c = 0; c < width; c++) values[r * width + c]! += EPI_GHOST_FRACTION * copy[g + c]!;
    }
    noise(values, width, height, seed, sliceKey);
  };
}

function signalModel(
  acquisition: Acquisition,
  protocol: InjectionProtocol | undefined,
  timeS: number | undefined,
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
    case 'mri': {
      const s = acquisition.sequence;
      const signal = mriSignal(s, protocol);
      if (s === 'adc')
        return {
          signal,
          nativeScale: 0.32,
          blurMm: 3,
          background: 0,
          textureGain: (v) => 0.08 * v,
          noise: (values, width, height, seed, sliceKey) => {
            epiWarp(values, width, height, 0);
            addGaussian(0.07, 'white')(values, width, height, seed, sliceKey);
          },
        };
      if (s === 'dwi-b800')
        return {
          signal,
          nativeScale: 0.32,
          blurMm: 3,
          background: 0,
          textureGain: (v) => 0.12 * v,
          noise: withEpiGhost(addRician(6)),
        };
      if (s === 'mrcp')
        return { signal, nativeScale: 0.5, blurMm: 1.5, background: 0, textureGain: () => 0, noise: addRician(6) };
      const sd = s.startsWith('t1') ? 14 : 9;
      return {
        signal,
        nativeScale: 0.5,
        blurMm: 1.5,
        background: 0,
        textureGain: (v) => 0.07 * v,
        noise: withMrArtefacts(addRician(sd)),
      };
    }
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

// model assumption: in the early arterial phase the spleen enhances in alternating patches (arciform
// pattern, from different flow through the red and white pulp; a monotone map of a smooth field,
// so it never forms target-like rings that could pass for lesions); the patches take ±40 % of the
// spleen's enhancement until 35 s and fade out by 60 s, when the spleen is homogeneous.
const ARCIFORM_FRACTION = 0.4;
const ARCIFORM_FULL_UNTIL_S = 35;
const ARCIFORM_GONE_AT_S = 60;
const ARCIFORM_BAND_MM = 0.9; // field pixel size: patches about a centimetre across

/** Arciform spleen amplitude (output units) for a scan; 0 outside the early arterial phase. */
export function arciformAmplitude(
  acquisition: Acquisition,
  protocol: InjectionProtocol | undefined,
  timeS?: number,
): number {
  let t: number;
  let enhancement: number;
  if (acquisition.modality === 'ct') {
    t = timeS ?? CT_PHASE_TIME_S[acquisition.phase];
    if (t <= 0 || t >= ARCIFORM_GONE_AT_S) return 0;
    enhancement = ctSignalAt(t, protocol).spleen - ctSignalAt(0, protocol).spleen;
  } else if (acquisition.modality === 'mri' && acquisition.sequence === 't1-arterial') {
    t = MRI_TIME_S['t1-arterial'] ?? 30;
    enhancement = mriSignal('t1-arterial', protocol).spleen - mriSignal('t1', protocol).spleen;
  } else return 0;
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
  const spleen = structuresNear(scene, plane, blurMm + plane.pixelMm).filter((s) => s.tissue === 'spleen');
  if (spleen.length === 0) return null;
  const mask = createTarget(plane.width, plane.height, 0);
  for (const s of spleen) paintShape(plane, s.shape, 1, 0, blurMm, mask);
  const field = noiseField(seed, 'smooth');
  const offset = sliceOffset(`${sliceKey}:arciform`);
  const step = plane.pixelMm / ARCIFORM_BAND_MM;
  const out = mask.values;
  for (let r = 0; r < plane.height; r++) {
    for (let c = 0; c < plane.width; c++) {
      const k = r * plane.width + c;
      const m = out[k]!;
      if (m === 0) continue;
      const f = sampleField(field, offset, Math.floor(c * step), Math.floor(r * step));
      out[k] = m * Math.tanh(3 * f);
    }
  }
  return out;
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

/** Renders one simulated image of `scene` (see SliceRequest). */
export function renderSlice(scene: Scene, request: SliceRequest): RenderedSlice {
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
    const plane = ultrasoundDisplayPlane(scene, fullPlane, acquisition.modality);
    return {
      ...base,
      plane,
      pixelMm: plane.pixelMm,
      values: renderUltrasound(scene, fullPlane, acquisition, seed, request.protocol),
    };
  }
  const model = signalModel(acquisition, request.protocol, request.timeS);
  const sliceKey = `${request.orientation}:${request.positionMm.toFixed(1)}`;
  const nw = Math.max(32, Math.round(width * model.nativeScale));
  const nh = Math.max(32, Math.round(height * model.nativeScale));
  const plane = imagePlane({ ...request, width: nw, height: nh });

  let values: Float32Array;
  if (acquisition.modality === 'mri' && acquisition.sequence === 'mrcp') {
    values = renderSlab(scene, request, model, nw, nh);
  } else {
    const target = paintPlane(scene, plane, model);
    applyTexture(target, nw, nh, model.textureGain, seed, sliceKey);
    const arciform = arciformAmplitude(acquisition, request.protocol, request.timeS);
    const pattern = arciform > 0 ? arciformPattern(scene, plane, model.blurMm, seed, sliceKey) : null;
    if (pattern) for (let k = 0; k < pattern.length; k++) target.values[k]! += arciform * pattern[k]!;
    values = target.values;
  }
  model.noise(values, nw, nh, seed, sliceKey);
  values = resizeBilinear(values, nw, nh, width, height);
  if (acquisition.modality === 'pet-ct')
    return { ...base, values, overlay: { unit: 'SUV', values: renderPet(scene, request, seed, sliceKey) } };
  return { ...base, values };
}

// model assumption: MRCP slab sampled every 2 mm and averaged (a thick-slab projection).
const SLAB_STEP_MM = 2;

function renderSlab(scene: Scene, request: SliceRequest, model: SignalModel, nw: number, nh: number): Float32Array {
  const slab = request.slabMm ?? 40;
  if (!(slab >= 2 && slab <= 120)) throw new RangeError(`slabMm must be from 2 to 120 mm; got ${slab}`);
  const n = Math.max(1, Math.round(slab / SLAB_STEP_MM));
  const sum = new Float32Array(nw * nh);
  // Only tissues with real signal at a very long echo time contribute; skip the rest for speed.
  // model assumption: the slab and its projection are cropped to leave out the renal collecting
  // systems, which would otherwise overlie the bile and pancreatic ducts.
  const bright = (s: Structure) => model.signal[s.tissue] > 5 && !s.id.endsWith('renal-pelvis');
  for (let i = 0; i < n; i++) {
    const position = request.positionMm + (i + 0.5 - n / 2) * SLAB_STEP_MM;
    const plane = imagePlane({ ...request, positionMm: position, width: nw, height: nh });
    const target = paintPlane(scene, plane, model, bright);
    for (let k = 0; k < sum.length; k++) sum[k]! += target.values[k]!;
  }
  // A projection of fluid through the slab: the sum is normalised so a duct filling 8 mm of the
  // slab reads like a fluid pixel of a thin slice (model assumption), then saturates.
  const norm = 1 / Math.min(n, 8 / SLAB_STEP_MM);
  for (let k = 0; k < sum.length; k++) sum[k] = Math.min(sum[k]! * norm, 900);
  return sum;
}

// model assumption: PET reconstructed on 4 mm pixels with a Gaussian point-spread function of
// about 7 mm full width at half maximum.
const PET_PIXEL_MM = 4;
// model assumption: 68Ga PET resolution about 9.5 mm FWHM including positron range (sigma 4 mm),
// applied to the summed activity of all organs and lesions so uptake spills across organ edges.
const PET_PSF_SIGMA_MM = 4;
// model assumption: below SUV 4 the noise amplitude falls in proportion to the uptake.
const PET_QUIET_BELOW_SUV = 4;

function renderPet(scene: Scene, request: SliceRequest, seed: number, sliceKey: string): Float32Array {
  const fov = request.fovMm ?? 380;
  const pw = Math.max(32, Math.round(fov / PET_PIXEL_MM));
  const ph = Math.max(32, Math.round((pw * request.height) / request.width));
  const plane = imagePlane({ ...request, width: pw, height: ph });
  const model = { signal: petSignal(), blurMm: PET_PIXEL_MM, background: 0 };
  const target = paintPlane(scene, plane, model);
  let values = gaussianBlur(target.values, pw, ph, PET_PSF_SIGMA_MM / plane.pixelMm);
  // model assumption: reconstructed PET noise is blobby (centimetre-scale, correlated by the
  // reconstruction), with an amplitude growing with the square root of the local uptake.
  const field = noiseField(seed, 'fine');
  const offset = sliceOffset(`${sliceKey}:pet`);
  for (let r = 0; r < ph; r++) {
    for (let c = 0; c < pw; c++) {
      const k = r * pw + c;
      const v = values[k]!;
      // Cold regions (fat, mesentery) carry less absolute noise after the reconstruction's
      // post-filter, so they do not break up into isolated hot specks.
      const amplitude = 0.25 * Math.sqrt(Math.max(v, 0)) * Math.min(1, v / PET_QUIET_BELOW_SUV);
      values[k] = Math.max(0, v + amplitude * sampleField(field, offset, c, r));
    }
  }
  values = gaussianBlur(values, pw, ph, 2.5 / plane.pixelMm);
  values = resizeBilinear(values, pw, ph, request.width, request.height);
  return values;
}
