/**
 * From values to pixels, without any physics: window/level to grey, the PET colour map and PET
 * fusion on CT. Small and dependency-free, so the page's main thread can load it on its own
 * (rendering itself runs in a worker). display.ts re-exports everything here.
 */
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

export function validateWindow(w: DisplayWindow): void {
  if (!(w.width > 0) || !Number.isFinite(w.width))
    throw new RangeError(`window width must be a positive number; got ${w.width}`);
  if (!Number.isFinite(w.level)) throw new RangeError(`window level must be a number; got ${w.level}`);
}

/** Grey value 0–255 of `value` under the window (linear ramp, clamped). */
export function windowed(value: number, w: DisplayWindow): number {
  const g = ((value - (w.level - w.width / 2)) / w.width) * 255;
  return g <= 0 ? 0 : g >= 255 ? 255 : Math.round(g);
}

/** Grey-scale RGBA pixels for a canvas ImageData (or a PNG encoder). */
export function toGreyscaleRgba(
  values: Float32Array,
  w: DisplayWindow,
  out = new Uint8ClampedArray(values.length * 4),
): Uint8ClampedArray {
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
  return [
    Math.min(255, x * 3 * 255),
    Math.min(255, Math.max(0, x * 3 - 1) * 255),
    Math.min(255, Math.max(0, x * 3 - 2) * 255),
  ];
}

/**
 * PET fused on CT: CT in grey under the window, PET uptake in hot iron from 0 to `suvMax`,
 * blended more strongly where uptake is higher (low uptake leaves the CT visible).
 */
const PET_FADE_FROM = 0.025;

export function fusePetOnCt(
  ct: Float32Array,
  suv: Float32Array,
  ctWindow: DisplayWindow,
  suvMax: number,
  out = new Uint8ClampedArray(ct.length * 4),
): Uint8ClampedArray {
  if (ct.length !== suv.length) throw new RangeError('CT and PET images must be the same size');
  if (!(suvMax > 0)) throw new RangeError(`suvMax must be positive; got ${suvMax}`);
  toGreyscaleRgba(ct, ctWindow, out);
  for (let i = 0, j = 0; i < ct.length; i++, j += 4) {
    const t = suv[i]! / suvMax;
    if (t <= PET_FADE_FROM) continue;
    const [r, g, b] = hotIron(t);
    // Fade in gradually above a low threshold so background uptake only tints the CT and the
    // blurred edge of an organ's uptake glows past its outline instead of stopping at a cut.
    // (A linear ramp: the spill-over past an organ's edge fades out over the width of the point-
    // spread function instead of keeping a near-constant tint up to a cut-off contour.)
    const alpha = Math.min(0.85, 2.8 * (t - PET_FADE_FROM));
    out[j] = out[j]! * (1 - alpha) + r * alpha;
    out[j + 1] = out[j + 1]! * (1 - alpha) + g * alpha;
    out[j + 2] = out[j + 2]! * (1 - alpha) + b * alpha;
  }
  return out;
}
