/**
 * Combinations of solids: unions (plain or smoothly blended), intersections, differences,
 * offsets (walls and lumens) and lobulated surfaces. Each keeps the conservative-bound contract
 * of shapes.ts, so the rasteriser can still skip or fill whole blocks.
 */
import { HalfSpace, clipSelf, expandBox, unionBox, type Box3, type Shape, type Vec3 } from './shapes';

/** Union of solids; with `smoothMm` > 0 they blend with a rounded fillet (polynomial smooth min). */
export class Union implements Shape {
  readonly box: Box3;
  constructor(
    private readonly parts: readonly Shape[],
    private readonly smoothMm = 0,
  ) {
    if (parts.length === 0) throw new RangeError('a union needs at least one part');
    this.box = expandBox(unionBox(parts.map((p) => p.box)), smoothMm / 4);
  }
  distance(x: number, y: number, z: number): number {
    const k = this.smoothMm;
    let d = Infinity;
    for (const p of this.parts) {
      const dp = p.distance(x, y, z);
      if (k > 0 && d !== Infinity) {
        const h = Math.max(k - Math.abs(d - dp), 0) / k;
        d = Math.min(d, dp) - h * h * k * 0.25;
      } else if (dp < d) d = dp;
    }
    return d;
  }
  private readonly partBounds: number[] = [];
  bound(x: number, y: number, z: number): number {
    let b = Infinity;
    const bounds = this.partBounds;
    for (let i = 0; i < this.parts.length; i++) {
      const bp = this.parts[i]!.bound(x, y, z);
      bounds[i] = bp;
      if (bp < b) b = bp;
    }
    // The fillet reaches at most k/4 beyond the plain union per blend, and only outward; only
    // parts that come near the closest one can blend there.
    if (b > 0 && this.smoothMm > 0) return Math.max(b - this.smoothMm * 0.25 * (this.parts.length - 1), 0);
    return b;
  }
  clip(box: Box3): Shape | null {
    const kept = this.parts.map((p) => p.clip(box)).filter((p): p is Shape => p !== null);
    if (kept.length === 0) return null;
    if (kept.length === 1 && this.smoothMm === 0) return kept[0]!;
    return new Union(kept, this.smoothMm);
  }
}

/** Points inside every part (e.g. an organ cut by a plane). */
export class Intersection implements Shape {
  readonly box: Box3;
  constructor(private readonly parts: readonly Shape[]) {
    if (parts.length === 0) throw new RangeError('an intersection needs at least one part');
    const finite = parts.filter((p) => !(p instanceof HalfSpace));
    const boxes = (finite.length > 0 ? finite : parts).map((p) => p.box);
    const min = [0, 1, 2].map((k) => Math.max(...boxes.map((b) => b.min[k]!))) as [number, number, number];
    const max = [0, 1, 2].map((k) => Math.min(...boxes.map((b) => b.max[k]!))) as [number, number, number];
    this.box = { min, max };
  }
  distance(x: number, y: number, z: number): number {
    let d = -Infinity;
    for (const p of this.parts) d = Math.max(d, p.distance(x, y, z));
    return d;
  }
  bound(x: number, y: number, z: number): number {
    let b = -Infinity;
    for (const p of this.parts) b = Math.max(b, p.bound(x, y, z));
    return b;
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/** `base` with `cut` removed. */
export class Difference implements Shape {
  readonly box: Box3;
  constructor(
    private readonly base: Shape,
    private readonly cut: Shape,
  ) {
    this.box = base.box;
  }
  distance(x: number, y: number, z: number): number {
    return Math.max(this.base.distance(x, y, z), -this.cut.distance(x, y, z));
  }
  bound(x: number, y: number, z: number): number {
    return Math.max(this.base.bound(x, y, z), -this.cut.bound(x, y, z));
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/** The same solid grown (positive) or shrunk (negative) by `byMm`: walls and lumens. */
export class Offset implements Shape {
  readonly box: Box3;
  constructor(
    private readonly inner: Shape,
    private readonly byMm: number,
  ) {
    this.box = expandBox(inner.box, Math.max(byMm, 0));
  }
  distance(x: number, y: number, z: number): number {
    return this.inner.distance(x, y, z) - this.byMm;
  }
  bound(x: number, y: number, z: number): number {
    // A bound only promises a value between 0 and the true distance (same sign), so shifting it
    // is safe only while it keeps its sign: an inside bound of a smooth union, say, may be far
    // shallower than the true depth, and shrinking by a few mm must not turn it into an
    // "outside" claim (that cut stair-steps into every bowel and stomach lumen).
    const b = this.inner.bound(x, y, z);
    const shifted = b - this.byMm;
    if (b > 0) return shifted > 0 ? shifted : 0;
    return shifted <= 0 ? shifted : 0;
  }
  clip(box: Box3): Shape | null {
    const c = this.inner.clip(expandBox(box, Math.abs(this.byMm)));
    return c ? new Offset(c, this.byMm) : null;
  }
}

/**
 * A surface made irregular by a smooth bumpy field of amplitude `amplitudeMm` (lobulated
 * margins); `frequency` is the number of bumps around the shape.
 */
export class Lobulated implements Shape {
  readonly box: Box3;
  constructor(
    private readonly inner: Shape,
    private readonly centre: Vec3,
    private readonly amplitudeMm: number,
    private readonly frequency: number,
    private readonly phase: number,
  ) {
    this.box = expandBox(inner.box, amplitudeMm);
  }
  private bump(x: number, y: number, z: number): number {
    const dx = x - this.centre[0],
      dy = y - this.centre[1],
      dz = z - this.centre[2];
    const r = Math.sqrt(dx * dx + dy * dy + dz * dz) + 1e-6;
    const f = this.frequency,
      p = this.phase;
    return (Math.sin((f * dx) / r + p) * Math.sin((f * dy) / r + 1.7 * p) + Math.sin((f * dz) / r + 2.3 * p)) * 0.5;
  }
  distance(x: number, y: number, z: number): number {
    return this.inner.distance(x, y, z) - this.amplitudeMm * this.bump(x, y, z);
  }
  bound(x: number, y: number, z: number): number {
    const b = this.inner.bound(x, y, z);
    return b > 0 ? Math.max(b - this.amplitudeMm, 0) : Math.min(b + this.amplitudeMm, 0);
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/**
 * `inner`, answered by the distance to its bounding box wherever that box is more than
 * `marginMm` away (a valid underestimate there, with the right sign), so a small cut or part far
 * from the point costs no exact evaluation. Used for the small pieces carved out of a large organ,
 * where the cut's exact distance only matters within a few mm of it.
 */
export class Gated implements Shape {
  readonly box: Box3;
  constructor(
    private readonly inner: Shape,
    private readonly marginMm = 8,
  ) {
    this.box = inner.box;
  }
  private outside(x: number, y: number, z: number): number {
    const { min, max } = this.box;
    const dx = Math.max(min[0] - x, 0, x - max[0]);
    const dy = Math.max(min[1] - y, 0, y - max[1]);
    const dz = Math.max(min[2] - z, 0, z - max[2]);
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
  distance(x: number, y: number, z: number): number {
    const d = this.outside(x, y, z);
    return d > this.marginMm ? d : this.inner.distance(x, y, z);
  }
  bound(x: number, y: number, z: number): number {
    const d = this.outside(x, y, z);
    return d > this.marginMm ? d : this.inner.bound(x, y, z);
  }
  clip(box: Box3): Shape | null {
    const c = this.inner.clip(box);
    return c ? (c === this.inner ? this : new Gated(c, this.marginMm)) : null;
  }
}

/** `inner` moved by `byMm` (an off-centre inner part of a lesion). */
export class Translated implements Shape {
  readonly box: Box3;
  constructor(
    private readonly inner: Shape,
    private readonly byMm: Vec3,
  ) {
    const { min, max } = inner.box;
    this.box = {
      min: [min[0] + byMm[0], min[1] + byMm[1], min[2] + byMm[2]],
      max: [max[0] + byMm[0], max[1] + byMm[1], max[2] + byMm[2]],
    };
  }
  distance(x: number, y: number, z: number): number {
    return this.inner.distance(x - this.byMm[0], y - this.byMm[1], z - this.byMm[2]);
  }
  bound(x: number, y: number, z: number): number {
    return this.inner.bound(x - this.byMm[0], y - this.byMm[1], z - this.byMm[2]);
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}
