/**
 * Organic solids for the 3D phantom, in the same signed-distance contract as shapes.ts:
 *
 * - `ProfiledTrunk`: a vertical body whose cross-section changes along z (waist, flanks, the
 *   flare of the pelvis), with a fuller front than back, so a coronal or sagittal section of the
 *   body curves the way a real one does instead of showing a box;
 * - `HeightSurface`: everything below (or above) a smooth surface z = h(x, y), such as the
 *   diaphragm domes (lungs above, liver and spleen below);
 * - `Warped`: any shape with a gentle low-frequency deformation, so organs are not ellipsoids;
 * - `RoundedColumn`: a short vertical elliptic cylinder with rounded edges (a vertebral body).
 *
 * Bounds stay conservative: where a distance is only approximate, its bound is shrunk by the
 * shape's Lipschitz factor, so the rasteriser never skips a pixel it should paint.
 */
import { clipSelf, expandBox, type Box3, type Shape, type Vec3 } from './shapes';

/** A profile value at z by linear interpolation between knots [z, value] (sorted by z). */
export function profileAt(knots: readonly (readonly [number, number])[], z: number): number {
  if (z <= knots[0]![0]) return knots[0]![1];
  for (let i = 1; i < knots.length; i++) {
    const [z1, v1] = knots[i]!;
    if (z <= z1) {
      const [z0, v0] = knots[i - 1]!;
      const t = (z - z0) / (z1 - z0);
      const s = t * t * (3 - 2 * t); // smoothstep: no kinks at the knots
      return v0 + (v1 - v0) * s;
    }
  }
  return knots[knots.length - 1]![1];
}

export interface TrunkProfile {
  /** Half-width (x), anterior depth and posterior depth (y) from the centre, mm, by z. */
  readonly rx: readonly (readonly [number, number])[];
  readonly ryFront: readonly (readonly [number, number])[];
  readonly ryBack: readonly (readonly [number, number])[];
  /** Centre in y by z (the body leans a little with the lumbar curve). */
  readonly cy: readonly (readonly [number, number])[];
  readonly zMin: number;
  readonly zMax: number;
}

/** A vertical body with a z-dependent, front-back asymmetric elliptic cross-section. */
export class ProfiledTrunk implements Shape {
  readonly box: Box3;
  constructor(
    private readonly p: TrunkProfile,
    private readonly grow = 0,
  ) {
    const max = (k: readonly (readonly [number, number])[]) => Math.max(...k.map((v) => v[1]));
    const min = (k: readonly (readonly [number, number])[]) => Math.min(...k.map((v) => v[1]));
    const rx = max(p.rx) + grow;
    this.box = {
      min: [-rx, min(p.cy) - max(p.ryFront) - grow, p.zMin],
      max: [rx, max(p.cy) + max(p.ryBack) + grow, p.zMax],
    };
  }
  /** The same trunk grown (positive) or shrunk (negative) by `mm` in every cross-section. */
  offset(mm: number): ProfiledTrunk {
    return new ProfiledTrunk(this.p, this.grow + mm);
  }
  // The profile at the last z asked for (a slice asks many times at one z: axial everywhere,
  // coronal and sagittal along each row).
  private lastZ = NaN;
  private cy = 0;
  private rx = 0;
  private ryF = 0;
  private ryB = 0;
  private section(x: number, y: number, z: number): number {
    const p = this.p;
    if (z !== this.lastZ) {
      this.lastZ = z;
      this.cy = profileAt(p.cy, z);
      this.rx = profileAt(p.rx, z) + this.grow;
      this.ryF = profileAt(p.ryFront, z) + this.grow;
      this.ryB = profileAt(p.ryBack, z) + this.grow;
    }
    const cy = this.cy,
      rx = this.rx;
    const ry = y < cy ? this.ryF : this.ryB;
    const u = x / rx,
      v = (y - cy) / ry;
    const g = Math.sqrt(u * u + v * v);
    const gu = u / rx,
      gv = v / ry;
    const grad = Math.sqrt(gu * gu + gv * gv);
    return grad < 1e-9 ? -Math.min(rx, ry) : (g * (g - 1)) / grad;
  }
  distance(x: number, y: number, z: number): number {
    return Math.max(this.section(x, y, z), this.p.zMin - z, z - this.p.zMax);
  }
  bound(x: number, y: number, z: number): number {
    // (g − 1)·r_min never exceeds the in-plane distance to an ellipse; the profile slopes by
    // well under 0.3 mm per mm of z, so 0.95 covers the tilt of the surface.
    this.section(x, y, z);
    const cy = this.cy,
      rx = this.rx,
      ry = y < cy ? this.ryF : this.ryB;
    const g = Math.sqrt((x / rx) ** 2 + ((y - cy) / ry) ** 2);
    const inPlane = (g - 1) * Math.min(rx, ry) * 0.95;
    return Math.max(inPlane, this.p.zMin - z, z - this.p.zMax);
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/** Points below (sign +1: z < h) or above (sign −1: z > h) a smooth height surface h(x, y). */
export class HeightSurface implements Shape {
  readonly box: Box3 = { min: [-1e4, -1e4, -1e4], max: [1e4, 1e4, 1e4] };
  constructor(
    private readonly h: (x: number, y: number) => number,
    private readonly below: boolean,
    private readonly maxSlope = 2.5,
  ) {}
  distance(x: number, y: number, z: number): number {
    const h = this.h(x, y);
    let d: number;
    if (Math.abs(z - h) > 12) {
      // Far from the surface only the sign and a safe magnitude matter.
      d = (z - h) / Math.sqrt(1 + this.maxSlope * this.maxSlope);
    } else {
      const e = 0.5;
      const hx = (this.h(x + e, y) - h) / e;
      const hy = (this.h(x, y + e) - h) / e;
      d = (z - h) / Math.sqrt(1 + hx * hx + hy * hy);
    }
    return this.below ? d : -d;
  }
  bound(x: number, y: number, z: number): number {
    const d = (z - this.h(x, y)) / Math.sqrt(1 + this.maxSlope * this.maxSlope);
    return this.below ? d : -d;
  }
  clip(): Shape {
    return this;
  }
}

/** A smooth, deterministic 3D field in [−1, 1] built from a few sines (no noise tables needed). */
export function smoothField(x: number, y: number, z: number, wavelengthMm: number, phase: number): number {
  const k = (2 * Math.PI) / wavelengthMm;
  return (
    (Math.sin(k * (0.83 * x + 0.31 * y) + phase) +
      Math.sin(k * (0.27 * x - 0.77 * z) + 1.9 * phase) +
      Math.sin(k * (0.61 * y + 0.59 * z) + 2.7 * phase)) /
    3
  );
}

/** `inner` with its surface pushed in and out by up to `amplitudeMm`, over `wavelengthMm`. */
export class Warped implements Shape {
  readonly box: Box3;
  private readonly lipschitz: number;
  constructor(
    private readonly inner: Shape,
    private readonly amplitudeMm: number,
    private readonly wavelengthMm: number,
    private readonly phase = 0,
  ) {
    this.box = expandBox(inner.box, amplitudeMm);
    // |∇ smoothField| ≤ 2π/λ; the displaced distance changes by at most 1 + A·2π/λ per mm.
    this.lipschitz = 1 + (amplitudeMm * 2 * Math.PI) / wavelengthMm;
  }
  distance(x: number, y: number, z: number): number {
    return this.inner.distance(x, y, z) - this.amplitudeMm * smoothField(x, y, z, this.wavelengthMm, this.phase);
  }
  bound(x: number, y: number, z: number): number {
    const b = this.inner.bound(x, y, z);
    if (b > this.amplitudeMm) return (b - this.amplitudeMm) / this.lipschitz;
    if (b < -this.amplitudeMm) return (b + this.amplitudeMm) / this.lipschitz;
    return 0;
  }
  clip(box: Box3): Shape | null {
    const c = this.inner.clip(expandBox(box, this.amplitudeMm));
    return c ? (c === this.inner ? this : new Warped(c, this.amplitudeMm, this.wavelengthMm, this.phase)) : null;
  }
}

/** A short vertical elliptic column from zMin to zMax with edges rounded by `roundMm`. */
export class RoundedColumn implements Shape {
  readonly box: Box3;
  constructor(
    private readonly c: Vec3,
    private readonly rx: number,
    private readonly ry: number,
    private readonly halfHeight: number,
    private readonly roundMm: number,
  ) {
    this.box = { min: [c[0] - rx, c[1] - ry, c[2] - halfHeight], max: [c[0] + rx, c[1] + ry, c[2] + halfHeight] };
  }
  distance(x: number, y: number, z: number): number {
    const r = this.roundMm;
    const rx = this.rx - r,
      ry = this.ry - r;
    const u = (x - this.c[0]) / rx,
      v = (y - this.c[1]) / ry;
    const g = Math.sqrt(u * u + v * v);
    const gu = u / rx,
      gv = v / ry;
    const grad = Math.sqrt(gu * gu + gv * gv);
    const dr = grad < 1e-9 ? -Math.min(rx, ry) : (g * (g - 1)) / grad;
    const dz = Math.abs(z - this.c[2]) - (this.halfHeight - r);
    const ox = Math.max(dr, 0),
      oz = Math.max(dz, 0);
    return Math.sqrt(ox * ox + oz * oz) + Math.min(Math.max(dr, dz), 0) - r;
  }
  bound(x: number, y: number, z: number): number {
    const d = this.distance(x, y, z);
    return d * 0.6;
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/**
 * The lumen of a tube along a polyline, narrowed by folds about every `pitchMm` along its
 * length (valvulae conniventes of the small bowel, haustral folds of the colon). Painted inside
 * a plain wall tube, the folds appear as thin wall-coloured ridges across the lumen.
 */
export class FoldedLumen implements Shape {
  readonly box: Box3;
  private readonly starts: number[] = [];
  constructor(
    private readonly points: readonly Vec3[],
    private readonly radiusMm: number,
    private readonly foldDepthMm: number,
    private readonly pitchMm: number,
    private readonly sharpness = 6,
    arcStartMm = 0,
  ) {
    if (points.length < 2) throw new RangeError('a lumen needs at least two points');
    let s = arcStartMm;
    const min: [number, number, number] = [Infinity, Infinity, Infinity];
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, p[k]! - radiusMm);
        max[k] = Math.max(max[k]!, p[k]! + radiusMm);
      }
      this.starts.push(s);
      if (i + 1 < points.length)
        s += Math.hypot(points[i + 1]![0] - p[0], points[i + 1]![1] - p[1], points[i + 1]![2] - p[2]);
    }
    this.box = { min, max };
  }
  private arc = 0;
  /** Distance to the plain tube; sets `arc` to the length along the path of the nearest point. */
  private nearest(x: number, y: number, z: number): number {
    let best = Infinity,
      arc = 0;
    const pts = this.points;
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!,
        b = pts[i + 1]!;
      const bx = b[0] - a[0],
        by = b[1] - a[1],
        bz = b[2] - a[2];
      const l2 = bx * bx + by * by + bz * bz;
      let t = l2 > 0 ? ((x - a[0]) * bx + (y - a[1]) * by + (z - a[2]) * bz) / l2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const dx = x - a[0] - t * bx,
        dy = y - a[1] - t * by,
        dz = z - a[2] - t * bz;
      const d2 = dx * dx + dy * dy + dz * dz;
      if (d2 < best) {
        best = d2;
        arc = this.starts[i]! + t * Math.sqrt(l2);
      }
    }
    this.arc = arc;
    return Math.sqrt(best) - this.radiusMm;
  }
  distance(x: number, y: number, z: number): number {
    const d = this.nearest(x, y, z);
    // model assumption: real folds are irregular, not a comb: their spacing wanders by about a
    // fifth of the pitch, and each is deeper on one side of the loop than the other (crescentic),
    // its depth changing round the circumference and from fold to fold.
    const t = this.arc / this.pitchMm;
    const c = Math.cos(2 * Math.PI * t + 0.7 * Math.sin(2.6 * t));
    const depth = 0.85 + 0.3 * Math.sin(0.22 * x - 0.17 * y + 0.2 * z + 2.3 * t);
    return d + this.foldDepthMm * depth * (c > 0 ? c ** this.sharpness : 0);
  }
  bound(x: number, y: number, z: number): number {
    const d = this.nearest(x, y, z);
    // Folds only narrow the lumen: outside, the plain tube's distance is a safe bound; inside,
    // allow for a fold reaching in by its full depth.
    return d > 0 ? d : Math.min(d + this.foldDepthMm, 0);
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/**
 * A thin layer of constant depth under the surface of a trunk-like solid (a fascial fat plane in
 * the abdominal wall): the points between `depthMm` and `depthMm + thicknessMm` inside it. One
 * evaluation of the solid per query, instead of two for a difference of offsets.
 */
export class SubsurfaceLayer implements Shape {
  readonly box: Box3;
  private readonly mid: number;
  private readonly half: number;
  constructor(
    private readonly solid: Shape,
    depthMm: number,
    thicknessMm: number,
  ) {
    this.box = solid.box;
    this.mid = depthMm + thicknessMm / 2;
    this.half = thicknessMm / 2;
  }
  distance(x: number, y: number, z: number): number {
    return Math.abs(this.solid.distance(x, y, z) + this.mid) - this.half;
  }
  bound(x: number, y: number, z: number): number {
    // The solid's bound lies between 0 and its distance d: outside (b > 0) the layer is at least
    // b + depth away; deep inside (b < −(depth + thickness)) at least |b| − depth − thickness.
    const b = this.solid.bound(x, y, z);
    if (b >= 0) return b + this.mid - this.half;
    const deep = -b - this.mid - this.half;
    return deep > 0 ? deep : 0;
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/**
 * A costly solid (many blended, warped parts) with a precomputed coarse grid of its distance, so
 * the rasteriser's "can this block be skipped or filled?" question is answered by one trilinear
 * lookup with a tight error margin instead of a loose analytic bound. Distances near the surface
 * still come from the solid itself. The grid is built on first use (once per scene).
 */
export class GridBounded implements Shape {
  readonly box: Box3;
  private grid: Float32Array | null = null;
  private readonly n: [number, number, number];
  private readonly margin: number;
  constructor(
    private readonly inner: Shape,
    private readonly stepMm = 4,
    lipschitz = 1.5,
  ) {
    const pad = stepMm;
    this.box = inner.box;
    this.n = [0, 1, 2].map((k) => Math.ceil((inner.box.max[k]! - inner.box.min[k]! + 2 * pad) / stepMm) + 1) as [
      number,
      number,
      number,
    ];
    // Trilinear interpolation of a function changing by at most `lipschitz` per mm is within
    // lipschitz·step·√3/2 of it.
    this.margin = (lipschitz * stepMm * Math.sqrt(3)) / 2;
  }
  private origin(k: number): number {
    return this.inner.box.min[k]! - this.stepMm;
  }
  private build(): Float32Array {
    const [nx, ny, nz] = this.n;
    const g = new Float32Array(nx * ny * nz);
    const h = this.stepMm;
    const ox = this.origin(0),
      oy = this.origin(1),
      oz = this.origin(2);
    for (let k = 0; k < nz; k++)
      for (let j = 0; j < ny; j++)
        for (let i = 0; i < nx; i++) g[(k * ny + j) * nx + i] = this.inner.distance(ox + i * h, oy + j * h, oz + k * h);
    return g;
  }
  distance(x: number, y: number, z: number): number {
    return this.inner.distance(x, y, z);
  }
  bound(x: number, y: number, z: number): number {
    const h = this.stepMm;
    const fx = (x - this.origin(0)) / h,
      fy = (y - this.origin(1)) / h,
      fz = (z - this.origin(2)) / h;
    const [nx, ny, nz] = this.n;
    if (fx < 0 || fy < 0 || fz < 0 || fx >= nx - 1 || fy >= ny - 1 || fz >= nz - 1) return this.inner.bound(x, y, z);
    const g = (this.grid ??= this.build());
    const i = Math.floor(fx),
      j = Math.floor(fy),
      k = Math.floor(fz);
    const tx = fx - i,
      ty = fy - j,
      tz = fz - k;
    const i000 = (k * ny + j) * nx + i,
      i001 = i000 + ny * nx;
    const v =
      (1 - tz) *
        ((1 - ty) * ((1 - tx) * g[i000]! + tx * g[i000 + 1]!) +
          ty * ((1 - tx) * g[i000 + nx]! + tx * g[i000 + nx + 1]!)) +
      tz *
        ((1 - ty) * ((1 - tx) * g[i001]! + tx * g[i001 + 1]!) +
          ty * ((1 - tx) * g[i001 + nx]! + tx * g[i001 + nx + 1]!));
    // The solid's own distance is accurate near its surface only (first-order ellipsoid
    // distances overshoot deep inside), so the grid answers within 12 mm of the surface, with 10 %
    // slack; farther away the solid's conservative bound is large enough anyway.
    if (Math.abs(v) > 12) return this.inner.bound(x, y, z);
    const slack = this.margin + 0.1 * Math.abs(v);
    if (v > slack) return v - slack;
    if (v < -slack) return v + slack;
    return 0;
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}
