/**
 * One CT slice that can be shown at any moment after injection, fast enough to follow a slider.
 *
 * Why this is exact and cheap: a CT rendering is linear in the tissues' attenuation. Painting
 * blends each pixel's tissues by their partial-volume coverage, texture is added with the same
 * amplitude at every attenuation (CT_TEXTURE_HU) and noise is added on top. A tissue's
 * enhancement is a weighted sum of the contrast-timing simulator's curves (tissues.ts), so
 *
 *   slice(t) = unenhanced slice + Σ over curves c of basis_c × curve_c(t)
 *
 * where basis_c is the slice painted with each tissue's weight for curve c (background 0, no
 * texture or noise). The bases are painted once per scene and slice and kept sparse (a basis is
 * zero outside its tissues, and most pixels belong to one tissue), so each new time costs about
 * one multiply-add per body pixel instead of a full render, and equals renderSlice with `timeS`.
 */
import { curveSnapshot, DEFAULT_PROTOCOL, type InjectionProtocol, type KineticsCurve } from './kinetics';
import { imagePlane, type ImagePlane } from './planes';
import {
  CT_BLUR_MM,
  arciformAmplitude,
  arciformPattern,
  paintPlane,
  renderSlice,
  structuresNear,
  type SliceRequest,
} from './render';
import type { Scene } from './scene';
import { TISSUES, type TissueId } from './tissues';

export type CtTimeSeriesRequest = Omit<SliceRequest, 'acquisition' | 'timeS' | 'protocol' | 'slabMm'>;

export interface CtTimeSeries {
  readonly plane: ImagePlane;
  readonly width: number;
  readonly height: number;
  readonly pixelMm: number;
  readonly unit: 'HU';
  /** The curves this slice depends on (tissues on it that enhance). */
  readonly curves: readonly KineticsCurve[];
  /**
   * HU of every pixel `timeS` seconds after the start of injection of `protocol`
   * (0 = unenhanced). Writes into `out` when given (reuse it between frames).
   */
  valuesAt(timeS: number, protocol?: InjectionProtocol, out?: Float32Array): Float32Array;
}

interface SparseBasis {
  readonly curve: KineticsCurve;
  /** Indices of the pixels where the basis is not zero, and its value there. */
  readonly pixels: Uint32Array;
  readonly weights: Float32Array;
}

function sparse(curve: KineticsCurve, values: Float32Array): SparseBasis {
  let n = 0;
  for (let k = 0; k < values.length; k++) if (values[k] !== 0) n++;
  const pixels = new Uint32Array(n),
    weights = new Float32Array(n);
  for (let k = 0, i = 0; k < values.length; k++) {
    if (values[k] !== 0) {
      pixels[i] = k;
      weights[i++] = values[k]!;
    }
  }
  return { curve, pixels, weights };
}

const MIN_SIZE = 32; // renderSlice never paints CT below 32 pixels a side

/** Paints the bases of one slice; costs about one render per curve on the slice. */
export function prepareCtTimeSeries(scene: Scene, request: CtTimeSeriesRequest): CtTimeSeries {
  const { width, height } = request;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width >= MIN_SIZE && height >= MIN_SIZE)) {
    throw new RangeError(
      `a CT time series needs whole image sizes of at least ${MIN_SIZE} pixels; got ${width}×${height}`,
    );
  }
  const unenhanced = renderSlice(scene, { ...request, acquisition: { modality: 'ct', phase: 'unenhanced' } }).values;
  const plane = imagePlane(request);

  const tissuesHere = new Set<TissueId>(structuresNear(scene, plane, CT_BLUR_MM + plane.pixelMm).map((s) => s.tissue));
  const curveSet = new Set<KineticsCurve>();
  for (const id of tissuesHere)
    for (const [curve, weight] of Object.entries(TISSUES[id].kinetics) as [KineticsCurve, number][])
      if (weight !== 0) curveSet.add(curve);

  const bases: SparseBasis[] = [];
  for (const curve of curveSet) {
    const signal = {} as Record<TissueId, number>;
    for (const id of Object.keys(TISSUES) as TissueId[])
      signal[id] = (TISSUES[id].kinetics as Partial<Record<KineticsCurve, number>>)[curve] ?? 0;
    const basis = sparse(curve, paintPlane(scene, plane, { signal, blurMm: CT_BLUR_MM, background: 0 }).values);
    if (basis.pixels.length > 0) bases.push(basis);
  }

  // The early arterial arciform spleen bands: a fixed pattern whose amplitude follows time.
  const sliceKey = `${request.orientation}:${request.positionMm.toFixed(1)}`;
  const arciform = arciformPattern(scene, plane, CT_BLUR_MM, request.seed, sliceKey);

  return {
    plane,
    width,
    height,
    pixelMm: plane.pixelMm,
    unit: 'HU',
    curves: bases.map((b) => b.curve),
    valuesAt(
      timeS: number,
      protocol: InjectionProtocol = DEFAULT_PROTOCOL,
      out = new Float32Array(width * height),
    ): Float32Array {
      if (!Number.isFinite(timeS) || timeS < 0)
        throw new RangeError(`timeS must be a time after injection in seconds (0 or more); got ${timeS}`);
      if (out.length !== width * height)
        throw new RangeError(`out must hold ${width}×${height} values; got ${out.length}`);
      out.set(unenhanced);
      if (timeS === 0) return out; // as renderSlice: no injection yet, no enhancement
      const snapshot = curveSnapshot(timeS, protocol);
      for (const { curve, pixels, weights } of bases) {
        const w = snapshot[curve];
        if (w === 0) continue;
        for (let i = 0; i < pixels.length; i++) out[pixels[i]!]! += w * weights[i]!;
      }
      const amplitude = arciform ? arciformAmplitude({ modality: 'ct', phase: 'unenhanced' }, protocol, timeS) : 0;
      if (arciform && amplitude > 0) for (let k = 0; k < arciform.length; k++) out[k]! += amplitude * arciform[k]!;
      return out;
    },
  };
}
