/**
 * MR-specific parts of renderSlice: the sequences' signal models (matrix, blur, texture, Rician
 * noise, coil shading, respiratory and EPI ghosts, EPI distortion) and the MRCP thick slab. The
 * case viewer's worker loads this module only when it draws an MR panel (render-core.ts).
 */
import { MRI_TIME_S, type MriSequence } from './acquisitions';
import type { InjectionProtocol } from './kinetics';
import { noiseField, sampleField, sliceOffset } from './noise';
import { imagePlane } from './planes';
import { addGaussian, arciformFor, paintPlane, type SignalModel, type SliceRequest } from './render-core';
import type { Scene } from './scene';
import { mriSignal } from './signal-models-mr';
import type { Structure } from './structures';

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

// model assumption: phased-array coil shading, gentle after the scanner's intensity correction:
// signal up to 10 % higher at the top and bottom of the field of view (near the anterior and
// posterior coil elements) and 4 % at the sides than in the middle of the body, with a ±2 %
// ripple; and respiratory ghosts: faint copies of the image (6 %) displaced along the
// phase-encoding direction (vertical on these images).
const COIL_SHADING = 0.1;
const GHOST_FRACTION = 0.06;

/** MR artefacts before the noise: coil-shading bias field and respiratory ghosting. */
function withMrArtefacts(noise: SignalModel['noise']): SignalModel['noise'] {
  return (values, width, height, seed, sliceKey) => {
    const copy = values.slice();
    const shift = Math.round(height / 3.2);
    const phase = sliceOffset(`${sliceKey}:ghost`)[0] / 512;
    for (let r = 0; r < height; r++) {
      const t = (r + 0.5) / height - 0.5;
      const shade = 1 + COIL_SHADING * (4 * t * t) + 0.02 * Math.sin(6.28 * (phase + (r / height) * 0.7));
      const g1 = (r + shift) % height,
        g2 = (r - shift + height) % height;
      for (let c = 0; c < width; c++) {
        const k = r * width + c;
        const lateral = (c + 0.5) / width - 0.5;
        values[k] =
          copy[k]! * (shade + 0.16 * lateral * lateral) +
          GHOST_FRACTION * 0.5 * (copy[g1 * width + c]! + copy[g2 * width + c]!);
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
    epiWarp(values, width, height, 0.1);
    const copy = values.slice();
    const shift = Math.floor(height / 2);
    for (let r = 0; r < height; r++) {
      const g = ((r + shift) % height) * width;
      for (let c = 0; c < width; c++) values[r * width + c]! += EPI_GHOST_FRACTION * copy[g + c]!;
    }
    noise(values, width, height, seed, sliceKey);
  };
}

/** The signal model of an MR sequence. */
export function mrModel(s: MriSequence, protocol: InjectionProtocol | undefined): SignalModel {
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
    // The spleen's arciform pattern in the arterial phase, as on CT.
    arciform:
      s === 't1-arterial'
        ? arciformFor(MRI_TIME_S['t1-arterial'] ?? 30, signal.spleen - mriSignal('t1', protocol).spleen)
        : 0,
  };
}

// model assumption: MRCP slab sampled every 2 mm and averaged (a thick-slab projection).
const SLAB_STEP_MM = 2;

export function renderSlab(
  scene: Scene,
  request: SliceRequest,
  model: SignalModel,
  nw: number,
  nh: number,
): Float32Array {
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
