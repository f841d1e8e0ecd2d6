/**
 * Measurements drawn on an image, in image pixel coordinates. Shared by the case viewer and the
 * response-criteria simulator; the numbers come from src/imaging/measurement.ts.
 */
import { caliperDistanceMm, circularRoi, type PixelPoint, type RoiStatistics } from '../../../imaging/measurement';

export type Measurement =
  | { readonly kind: 'caliper'; readonly id: number; readonly a: PixelPoint; readonly b: PixelPoint }
  | { readonly kind: 'roi'; readonly id: number; readonly centre: PixelPoint; readonly radiusPx: number };

export function caliperLabel(m: Extract<Measurement, { kind: 'caliper' }>, pixelMm: number): string {
  return `${caliperDistanceMm(m.a, m.b, pixelMm).toFixed(1)} mm`;
}

export function roiStatistics(
  m: Extract<Measurement, { kind: 'roi' }>,
  values: Float32Array,
  width: number,
  height: number,
  pixelMm: number,
): RoiStatistics {
  return circularRoi(values, width, height, m.centre, m.radiusPx, pixelMm);
}

export function roiLabel(stats: RoiStatistics, unit: string): string {
  if (stats.pixels === 0) return 'no pixels';
  const digits = unit === 'HU' ? 0 : Math.abs(stats.mean) < 10 ? 2 : 0;
  return `mean ${stats.mean.toFixed(digits)} ± ${stats.sd.toFixed(digits)}${unit === 'HU' ? ' HU' : ''} (${stats.areaMm2.toFixed(0)} mm²)`;
}

/** A sentence for screen readers and the readout list. */
export function describeMeasurement(
  m: Measurement,
  pixelMm: number,
  values: Float32Array | undefined,
  width: number,
  height: number,
  unit: string,
): string {
  if (m.kind === 'caliper') return `Distance ${caliperLabel(m, pixelMm)}`;
  if (!values) return 'Region of interest';
  return `Region of interest: ${roiLabel(roiStatistics(m, values, width, height, pixelMm), unit)}`;
}
