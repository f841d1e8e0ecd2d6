/**
 * Ducts as gently curving tubes. A duct is described by a few points on its course; the tube
 * runs through them along a smooth (Catmull–Rom) centreline with a slight sideways meander and a
 * radius that tapers smoothly between the given values, so a thick-slab MRCP shows curving,
 * tapering ducts instead of straight sticks joined at angles. The meander vanishes at every given
 * point, so branches that start on a point of their parent stay joined to it.
 */
import { Tube, type Vec3 } from './shapes';

/** Pieces per span between two given points. */
const PIECES = 4;

function catmullRom(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number): Vec3 {
  const t2 = t * t,
    t3 = t2 * t;
  const out = [0, 0, 0] as [number, number, number];
  for (let k = 0; k < 3; k++)
    out[k] =
      0.5 *
      (2 * p1[k]! +
        (-p0[k]! + p2[k]!) * t +
        (2 * p0[k]! - 5 * p1[k]! + 4 * p2[k]! - p3[k]!) * t2 +
        (-p0[k]! + 3 * p1[k]! - 3 * p2[k]! + p3[k]!) * t3);
  return out;
}

/**
 * A tube through `points` (mm) with `radii` (one per point, or one for all), smoothed and with a
 * meander of up to `meanderMm` (model assumption: 1.5 mm, about a duct's own calibre) across it.
 */
export function ductTube(points: readonly Vec3[], radii: number | readonly number[], meanderMm = 1.5): Tube {
  const r = (i: number) => (typeof radii === 'number' ? radii : radii[i]!);
  if (points.length < 2) return new Tube(points, radii);
  const out: Vec3[] = [];
  const outRadii: number[] = [];
  const n = points.length;
  for (let i = 0; i + 1 < n; i++) {
    const p0 = points[Math.max(0, i - 1)]!,
      p1 = points[i]!,
      p2 = points[i + 1]!,
      p3 = points[Math.min(n - 1, i + 2)]!;
    // A direction across the span for the meander (perpendicular to it, alternating side).
    const d: Vec3 = [p2[0] - p1[0], p2[1] - p1[1], p2[2] - p1[2]];
    // Meander within the frontal plane where possible, so the coronal MRCP projection shows it.
    const helper: Vec3 = Math.abs(d[1]) < 0.8 * Math.hypot(...d) ? [0, 1, 0] : [0, 0, 1];
    const c: Vec3 = [
      d[1] * helper[2] - d[2] * helper[1],
      d[2] * helper[0] - d[0] * helper[2],
      d[0] * helper[1] - d[1] * helper[0],
    ];
    const cl = Math.hypot(...c) || 1;
    const side = (i % 2 === 0 ? 1 : -1) * meanderMm;
    for (let k = 0; k < PIECES; k++) {
      const t = k / PIECES;
      const q = catmullRom(p0, p1, p2, p3, t);
      const w = side * Math.sin(Math.PI * t);
      out.push([q[0] + (c[0] / cl) * w, q[1] + (c[1] / cl) * w, q[2] + (c[2] / cl) * w]);
      outRadii.push(r(i) + (r(i + 1) - r(i)) * t);
    }
  }
  out.push(points[n - 1]!);
  outRadii.push(r(n - 1));
  return new Tube(out, outRadii);
}
