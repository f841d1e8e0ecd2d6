/**
 * Analytic solids in millimetres, described by signed distance: negative inside, positive
 * outside, zero on the surface. Every shape answers two questions about a point:
 *
 * - `distance`: the signed distance, accurate near the surface (used for partial-volume
 *   anti-aliasing, where only the last millimetre or two matter);
 * - `bound`: a conservative signed distance whose magnitude never exceeds the true distance,
 *   and that changes by at most 1 mm per mm (used by the rasteriser to skip or fill whole
 *   blocks of pixels without looking at each one). 0 means "cannot tell".
 *
 * Shapes also know an axis-aligned bounding box, and can be `clipped` to a box (a slice's
 * footprint), dropping the parts that cannot reach it: a bowel loop crossing a slice keeps
 * only the few segments near it.
 */

export interface Box3 {
  readonly min: readonly [number, number, number];
  readonly max: readonly [number, number, number];
}

export interface Shape {
  readonly box: Box3;
  distance(x: number, y: number, z: number): number;
  bound(x: number, y: number, z: number): number;
  /** The shape restricted to what can matter inside `box` (null if nothing can). */
  clip(box: Box3): Shape | null;
}

export type Vec3 = readonly [number, number, number];

export function boxesOverlap(a: Box3, b: Box3): boolean {
  return (
    a.min[0] <= b.max[0] &&
    a.max[0] >= b.min[0] &&
    a.min[1] <= b.max[1] &&
    a.max[1] >= b.min[1] &&
    a.min[2] <= b.max[2] &&
    a.max[2] >= b.min[2]
  );
}

export function expandBox(box: Box3, by: number): Box3 {
  return {
    min: [box.min[0] - by, box.min[1] - by, box.min[2] - by],
    max: [box.max[0] + by, box.max[1] + by, box.max[2] + by],
  };
}

export function unionBox(boxes: readonly Box3[]): Box3 {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, b.min[k]!);
      max[k] = Math.max(max[k]!, b.max[k]!);
    }
  }
  return { min, max };
}

export function clipSelf(shape: Shape, box: Box3): Shape | null {
  return boxesOverlap(shape.box, box) ? shape : null;
}

/** A 3×3 rotation, rows are the shape's local axes expressed in patient coordinates. */
export type Rotation = readonly [Vec3, Vec3, Vec3];

/** Rotation from Euler angles in degrees, applied about z, then y, then x (patient axes). */
export function rotationFromDegrees(aboutX = 0, aboutY = 0, aboutZ = 0): Rotation {
  const [a, b, c] = [aboutX, aboutY, aboutZ].map((d) => (d * Math.PI) / 180) as [number, number, number];
  const [ca, sa, cb, sb, cc, sc] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b), Math.cos(c), Math.sin(c)];
  // World-from-local M = Rx·Ry·Rz; local-from-world is its transpose, whose rows are M's columns.
  const m = [
    [cb * cc, -cb * sc, sb],
    [ca * sc + sa * sb * cc, ca * cc - sa * sb * sc, -sa * cb],
    [sa * sc - ca * sb * cc, sa * cc + ca * sb * sc, ca * cb],
  ];
  const col = (j: number): Vec3 => [m[0]![j]!, m[1]![j]!, m[2]![j]!];
  return [col(0), col(1), col(2)];
}

/** Ellipsoid with semi-axes `radii` (mm), optionally rotated. */
export class Ellipsoid implements Shape {
  readonly box: Box3;
  private readonly r: Vec3;
  private readonly rot: Rotation | null;
  private readonly rMin: number;
  constructor(
    readonly centre: Vec3,
    radii: Vec3,
    rotation: Rotation | null = null,
  ) {
    if (radii.some((v) => !(v > 0))) throw new RangeError(`ellipsoid radii must be positive; got ${radii.join(', ')}`);
    this.r = radii;
    this.rot = rotation;
    this.rMin = Math.min(...radii);
    const reach = rotation ? Math.max(...radii) : 0;
    this.box = rotation
      ? {
          min: [centre[0] - reach, centre[1] - reach, centre[2] - reach],
          max: [centre[0] + reach, centre[1] + reach, centre[2] + reach],
        }
      : {
          min: [centre[0] - radii[0], centre[1] - radii[1], centre[2] - radii[2]],
          max: [centre[0] + radii[0], centre[1] + radii[1], centre[2] + radii[2]],
        };
  }
  // Local scaled coordinates of the last query (kept in fields to avoid allocating per pixel).
  private u = 0;
  private v = 0;
  private w = 0;
  private scale(x: number, y: number, z: number): void {
    let dx = x - this.centre[0];
    let dy = y - this.centre[1];
    let dz = z - this.centre[2];
    const rot = this.rot;
    if (rot) {
      const lx = rot[0][0] * dx + rot[0][1] * dy + rot[0][2] * dz;
      const ly = rot[1][0] * dx + rot[1][1] * dy + rot[1][2] * dz;
      const lz = rot[2][0] * dx + rot[2][1] * dy + rot[2][2] * dz;
      dx = lx;
      dy = ly;
      dz = lz;
    }
    this.u = dx / this.r[0];
    this.v = dy / this.r[1];
    this.w = dz / this.r[2];
  }
  distance(x: number, y: number, z: number): number {
    this.scale(x, y, z);
    const u = this.u,
      v = this.v,
      w = this.w;
    const g = Math.sqrt(u * u + v * v + w * w);
    // First-order distance g(g-1)/|∇g|, exact on the surface's normal for small offsets.
    const gu = u / this.r[0],
      gv = v / this.r[1],
      gw = w / this.r[2];
    const grad = Math.sqrt(gu * gu + gv * gv + gw * gw);
    if (grad < 1e-9) return -this.rMin;
    return (g * (g - 1)) / grad;
  }
  bound(x: number, y: number, z: number): number {
    this.scale(x, y, z);
    // g = |p/r| changes by at most 1/rMin per mm, so (g-1)·rMin never exceeds the true distance.
    return (Math.sqrt(this.u * this.u + this.v * this.v + this.w * this.w) - 1) * this.rMin;
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/** One piece of a tube: a cone with rounded ends between two spheres (exact distance). */
interface TubeSegment {
  readonly a: Vec3;
  readonly b: Vec3;
  readonly ra: number;
  readonly rb: number;
  readonly box: Box3;
}

function segmentDistance(s: TubeSegment, x: number, y: number, z: number): number {
  // Round cone distance (after I. Quilez): exact for the union of the two spheres' hull.
  const bax = s.b[0] - s.a[0],
    bay = s.b[1] - s.a[1],
    baz = s.b[2] - s.a[2];
  const pax = x - s.a[0],
    pay = y - s.a[1],
    paz = z - s.a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  if (l2 < 1e-9) return Math.sqrt(pax * pax + pay * pay + paz * paz) - Math.max(s.ra, s.rb);
  const rr = s.ra - s.rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const yv = pax * bax + pay * bay + paz * baz;
  const zv = yv - l2;
  const xx = pax * l2 - bax * yv,
    xy = pay * l2 - bay * yv,
    xz = paz * l2 - baz * yv;
  const x2 = xx * xx + xy * xy + xz * xz;
  const y2 = yv * yv * l2;
  const z2 = zv * zv * l2;
  const k = Math.sign(rr) * rr * rr * x2;
  if (Math.sign(zv) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - s.rb;
  if (Math.sign(yv) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - s.ra;
  return (Math.sqrt(x2 * a2 * il2) + yv * rr) * il2 - s.ra;
}

/** A tube along a polyline whose radius may change at each point (vessels, ducts, bowel). */
export class Tube implements Shape {
  readonly box: Box3;
  private readonly segments: readonly TubeSegment[];
  private readonly clippedAt: number;
  constructor(
    points: readonly Vec3[],
    radii: number | readonly number[],
    segments?: readonly TubeSegment[],
    clippedAt = Infinity,
  ) {
    if (segments) {
      this.segments = segments;
    } else {
      if (points.length < 2) throw new RangeError('a tube needs at least two points');
      const radiusAt = (i: number) => (typeof radii === 'number' ? radii : radii[i]);
      const built: TubeSegment[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i]!,
          b = points[i + 1]!;
        const ra = radiusAt(i),
          rb = radiusAt(i + 1);
        if (ra === undefined || rb === undefined || !(ra > 0) || !(rb > 0))
          throw new RangeError(`tube radius at point ${i} must be positive`);
        const r = Math.max(ra, rb);
        built.push({
          a,
          b,
          ra,
          rb,
          box: {
            min: [Math.min(a[0], b[0]) - r, Math.min(a[1], b[1]) - r, Math.min(a[2], b[2]) - r],
            max: [Math.max(a[0], b[0]) + r, Math.max(a[1], b[1]) + r, Math.max(a[2], b[2]) + r],
          },
        });
      }
      this.segments = built;
    }
    this.clippedAt = clippedAt;
    this.box = unionBox(this.segments.map((s) => s.box));
  }
  /** One tube made of several polylines (e.g. all small-bowel loops: where they touch, they merge). */
  static fromPaths(paths: readonly (readonly Vec3[])[], radius: number): Tube {
    const segments = paths.flatMap((points) => (new Tube(points, radius) as Tube).segments);
    return new Tube([], 0, segments);
  }
  distance(x: number, y: number, z: number): number {
    let d = Infinity;
    for (const s of this.segments) {
      // Skip a segment whose bounding box is already farther than the nearest segment so far.
      const bx = Math.max(s.box.min[0] - x, 0, x - s.box.max[0]);
      const by = Math.max(s.box.min[1] - y, 0, y - s.box.max[1]);
      const bz = Math.max(s.box.min[2] - z, 0, z - s.box.max[2]);
      if (bx * bx + by * by + bz * bz >= d * d && d > 0) continue;
      const ds = segmentDistance(s, x, y, z);
      if (ds < d) d = ds;
    }
    return d;
  }
  bound(x: number, y: number, z: number): number {
    return Math.min(this.distance(x, y, z), this.clippedAt);
  }
  clip(box: Box3, margin = 48): Shape | null {
    const near = expandBox(box, margin);
    const kept = this.segments.filter((s) => boxesOverlap(s.box, near));
    if (kept.length === 0) return null;
    if (kept.length === this.segments.length) return this;
    return new Tube([], 0, kept, Math.min(this.clippedAt, margin));
  }
}

/** A vertical elliptic cylinder with flat ends (the trunk, the spinal canal). */
export class EllipticCylinder implements Shape {
  readonly box: Box3;
  private readonly rMin: number;
  constructor(
    private readonly cx: number,
    private readonly cy: number,
    private readonly rx: number,
    private readonly ry: number,
    private readonly zMin: number,
    private readonly zMax: number,
  ) {
    this.rMin = Math.min(rx, ry);
    this.box = { min: [cx - rx, cy - ry, zMin], max: [cx + rx, cy + ry, zMax] };
  }
  private capDistance(z: number): number {
    return Math.max(this.zMin - z, z - this.zMax);
  }
  distance(x: number, y: number, z: number): number {
    const u = (x - this.cx) / this.rx,
      v = (y - this.cy) / this.ry;
    const g = Math.sqrt(u * u + v * v);
    const gu = u / this.rx,
      gv = v / this.ry;
    const grad = Math.sqrt(gu * gu + gv * gv);
    const d2 = grad < 1e-9 ? -this.rMin : (g * (g - 1)) / grad;
    return Math.max(d2, this.capDistance(z));
  }
  bound(x: number, y: number, z: number): number {
    const u = (x - this.cx) / this.rx,
      v = (y - this.cy) / this.ry;
    return Math.max((Math.sqrt(u * u + v * v) - 1) * this.rMin, this.capDistance(z));
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/** Half-space on the negative side of a plane n·p = offset (n normalised here). */
export class HalfSpace implements Shape {
  readonly box: Box3 = { min: [-1e4, -1e4, -1e4], max: [1e4, 1e4, 1e4] };
  private readonly n: Vec3;
  constructor(
    normal: Vec3,
    private readonly offset: number,
  ) {
    const len = Math.hypot(...normal);
    if (!(len > 0)) throw new RangeError('a half-space needs a non-zero normal');
    this.n = [normal[0] / len, normal[1] / len, normal[2] / len];
    this.offset = offset / len;
  }
  distance(x: number, y: number, z: number): number {
    return this.n[0] * x + this.n[1] * y + this.n[2] * z - this.offset;
  }
  bound(x: number, y: number, z: number): number {
    return this.distance(x, y, z);
  }
  clip(): Shape {
    return this;
  }
}
