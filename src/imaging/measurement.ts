/**
 * Measurement tools shared by the case viewer and the response-criteria simulator: a distance
 * caliper and a circular region of interest (mean and SD of the values inside, e.g. HU).
 * Positions are in image pixels (fractional allowed); results are in mm and physical units.
 */

export interface PixelPoint {
  readonly x: number;
  readonly y: number;
}

/** Distance in mm between two points on an image with square pixels of `pixelMm`. */
export function caliperDistanceMm(a: PixelPoint, b: PixelPoint, pixelMm: number): number {
  if (!(pixelMm > 0)) throw new RangeError(`pixelMm must be positive; got ${pixelMm}`);
  return Math.hypot(b.x - a.x, b.y - a.y) * pixelMm;
}

export interface RoiStatistics {
  readonly mean: number;
  readonly sd: number;
  readonly pixels: number;
  readonly areaMm2: number;
}

/** Mean and SD of the values whose pixel centres lie inside a circle (centre, radius in pixels). */
export function circularRoi(
  values: Float32Array,
  width: number,
  height: number,
  centre: PixelPoint,
  radiusPx: number,
  pixelMm: number,
): RoiStatistics {
  if (values.length !== width * height)
    throw new RangeError(`values hold ${values.length} pixels, expected ${width}×${height}`);
  if (!(radiusPx > 0)) throw new RangeError(`radiusPx must be positive; got ${radiusPx}`);
  let n = 0,
    sum = 0,
    sum2 = 0;
  const r2 = radiusPx * radiusPx;
  const c0 = Math.max(0, Math.floor(centre.x - radiusPx)),
    c1 = Math.min(width - 1, Math.ceil(centre.x + radiusPx));
  const r0 = Math.max(0, Math.floor(centre.y - radiusPx)),
    r1 = Math.min(height - 1, Math.ceil(centre.y + radiusPx));
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const dx = c + 0.5 - centre.x,
        dy = r + 0.5 - centre.y;
      if (dx * dx + dy * dy > r2) continue;
      const v = values[r * width + c]!;
      n++;
      sum += v;
      sum2 += v * v;
    }
  }
  if (n === 0) return { mean: NaN, sd: NaN, pixels: 0, areaMm2: 0 };
  const mean = sum / n;
  const sd = n > 1 ? Math.sqrt(Math.max(0, (sum2 - n * mean * mean) / (n - 1))) : 0;
  return { mean, sd, pixels: n, areaMm2: n * pixelMm * pixelMm };
}
