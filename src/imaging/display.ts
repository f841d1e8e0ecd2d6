/**
 * From physical values to pixels: window/level for grey-scale images, a colour map for PET, and
 * fusion of PET over CT. Kept apart from rendering so that changing the window never re-renders.
 */
import { mriSignal } from './signal-models';
import type { Acquisition } from './acquisitions';

export interface DisplayWindow {
  /** Range of values spread over black → white. */
  readonly width: number;
  /** Value shown as mid-grey. */
  readonly level: number;
}

/** Standard CT windows (HU). */
export const CT_WINDOW_PRESETS = {
  abdomen: { width: 400, level: 50 },
  liver: { width: 150, level: 90 },
  bone: { width: 1800, level: 400 },
  lung: { width: 1500, level: -600 },
} as const satisfies Record<string, DisplayWindow>;
export type CtWindowPreset = keyof typeof CT_WINDOW_PRESETS;

/** A sensible starting window for an acquisition (MR windows from its typical signal range). */
export function defaultWindow(acquisition: Acquisition): DisplayWindow {
  switch (acquisition.modality) {
    case 'ct':
    case 'pet-ct':
      return CT_WINDOW_PRESETS.abdomen;
    case 'us':
    case 'ceus':
      return { width: 1, level: 0.5 };
    case 'mri':
      switch (acquisition.sequence) {
        case 'adc':
          return { width: 3, level: 1.5 };
        case 'dwi-b800':
          return { width: 260, level: 120 };
        case 'mrcp':
          return { width: 700, level: 330 };
        case 't2':
        case 't2-fat-sat':
          return { width: 600, level: 280 };
        default:
          return { width: 1100, level: 520 };
      }
  }
}

/**
 * A window from the image itself, as MR consoles do: black at zero signal, white at a high
 * percentile of the pixels above the background, so arbitrary MR units still display well.
 */
export function autoWindow(values: Float32Array, upperPercentile = 0.985, backgroundBelow = 1e-3): DisplayWindow {
  const sample: number[] = [];
  const stride = Math.max(1, Math.floor(values.length / 20000));
  for (let i = 0; i < values.length; i += stride) if (values[i]! > backgroundBelow) sample.push(values[i]!);
  if (sample.length < 10) return { width: 1, level: 0.5 };
  sample.sort((a, b) => a - b);
  const high = sample[Math.min(sample.length - 1, Math.floor(sample.length * upperPercentile))]!;
  const width = Math.max(high, 1e-6);
  return { width, level: width / 2 };
}

/** The starting window for a rendered image: presets for CT, ADC and ultrasound, auto for MR signal. */
export function startingWindow(acquisition: Acquisition, values: Float32Array, preset?: CtWindowPreset): DisplayWindow {
  if (preset && (acquisition.modality === 'ct' || acquisition.modality === 'pet-ct')) return CT_WINDOW_PRESETS[preset];
  if (acquisition.modality === 'mri' && (acquisition.sequence === 't2' || acquisition.sequence === 't2-fat-sat')) {
    // T2: white is free fluid (the CSF in the spinal canal is in every abdominal slice), so solid
    // lesions read as moderately bright, not as bright as cysts.
    const auto = autoWindow(values, 0.985);
    const fluid = mriSignal(acquisition.sequence).csf * 0.95;
    const width = Math.max(auto.width, fluid);
    return { width, level: width / 2 };
  }
  if (acquisition.modality === 'mri' && acquisition.sequence !== 'adc') return autoWindow(values, acquisition.sequence === 'dwi-b800' ? 0.997 : 0.985);
  return defaultWindow(acquisition);
}

export function validateWindow(w: DisplayWindow): void {
  if (!(w.width > 0) || !Number.isFinite(w.width)) throw new RangeError(`window width must be a positive number; got ${w.width}`);
  if (!Number.isFinite(w.level)) throw new RangeError(`window level must be a number; got ${w.level}`);
}

/** Grey value 0–255 of `value` under the window (linear ramp, clamped). */
export function windowed(value: number, w: DisplayWindow): number {
  const g = ((value - (w.level - w.width / 2)) / w.width) * 255;
  return g <= 0 ? 0 : g >= 255 ? 255 : Math.round(g);
}

/** Grey-scale RGBA pixels for a canvas ImageData (or a PNG encoder). */
export function toGreyscaleRgba(values: Float32Array, w: DisplayWindow, out = new Uint8ClampedArray(values.length * 4)): Uint8ClampedArray {
  validateWindow(w);
  if (out.length !== values.length * 4) throw new RangeError('output must hold 4 bytes per value');
  const low = w.level - w.width / 2;
  const scale = 255 / w.width;
  for (let i = 0, j = 0; i < values.length; i++, j += 4) {
    const g = (values[i]! - low) * scale;
    const v = g <= 0 ? 0 : g >= 255 ? 255 : g;
    out[j] = v;
    out[j + 1] = v;
    out[j + 2] = v;
    out[j + 3] = 255;
  }
  return out;
}

/** "Hot iron" colour map, t in 0–1: black → red → orange → yellow → white. */
export function hotIron(t: number): [number, number, number] {
  const x = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return [Math.min(255, x * 3 * 255), Math.min(255, Math.max(0, x * 3 - 1) * 255), Math.min(255, Math.max(0, x * 3 - 2) * 255)];
}

/**
 * PET fused on CT: CT in grey under the window, PET uptake in hot iron from 0 to `suvMax`,
 * blended more strongly where uptake is higher (low uptake leaves the CT visible).
 */
export function fusePetOnCt(ct: Float32Array, suv: Float32Array, ctWindow: DisplayWindow, suvMax: number, out = new Uint8ClampedArray(ct.length * 4)): Uint8ClampedArray {
  if (ct.length !== suv.length) throw new RangeError('CT and PET images must be the same size');
  if (!(suvMax > 0)) throw new RangeError(`suvMax must be positive; got ${suvMax}`);
  toGreyscaleRgba(ct, ctWindow, out);
  for (let i = 0, j = 0; i < ct.length; i++, j += 4) {
    const t = suv[i]! / suvMax;
    if (t <= 0.12) continue;
    const [r, g, b] = hotIron(t);
    // Fade in above the threshold so background uptake only tints the CT.
    const alpha = Math.min(0.85, (t - 0.12) * 2.2);
    out[j] = out[j]! * (1 - alpha) + r * alpha;
    out[j + 1] = out[j + 1]! * (1 - alpha) + g * alpha;
    out[j + 2] = out[j + 2]! * (1 - alpha) + b * alpha;
  }
  return out;
}
