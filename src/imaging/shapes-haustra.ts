/**
 * One haustrum of the colon: a rounded sacculation with a fold at each end that is crescentic,
 * not a full ring. The folds stand between the three taeniae coli and fade out at them, so a
 * section along the colon shows sacculations with incomplete folds from alternate sides instead
 * of a stack of rings. Same signed-distance contract as shapes.ts.
 */
import { clipSelf, type Box3, type Shape, type Vec3 } from './shapes';
import { across } from './vessel-tree';

export class Haustrum implements Shape {
  readonly box: Box3;
  private readonly u: Vec3;
  private readonly e1: Vec3;
  private readonly e2: Vec3;
  private readonly length: number;
  constructor(
    private readonly a: Vec3,
    b: Vec3,
    private readonly radiusMm: number,
    private readonly foldDepthMm: number,
    /** Where round the tube the first taenia lies (radians). */
    private readonly taeniaAngle = 0,
  ) {
    const d: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    this.length = Math.hypot(d[0], d[1], d[2]) || 1e-6;
    const u: Vec3 = [d[0] / this.length, d[1] / this.length, d[2] / this.length];
    this.u = u;
    this.e1 = across(u, 0);
    this.e2 = across(u, Math.PI / 2);
    const r = radiusMm;
    this.box = {
      min: [Math.min(a[0], b[0]) - r, Math.min(a[1], b[1]) - r, Math.min(a[2], b[2]) - r],
      max: [Math.max(a[0], b[0]) + r, Math.max(a[1], b[1]) + r, Math.max(a[2], b[2]) + r],
    };
  }
  private s = 0;
  private rx = 0;
  private ry = 0;
  /** Distance to the plain tube (round ends); keeps the arc position and radial offset of the point. */
  private plain(x: number, y: number, z: number): number {
    const px = x - this.a[0],
      py = y - this.a[1],
      pz = z - this.a[2];
    const u = this.u;
    let s = px * u[0] + py * u[1] + pz * u[2];
    s = s < 0 ? 0 : s > this.length ? this.length : s;
    const qx = px - s * u[0],
      qy = py - s * u[1],
      qz = pz - s * u[2];
    this.s = s;
    this.rx = qx * this.e1[0] + qy * this.e1[1] + qz * this.e1[2];
    this.ry = qx * this.e2[0] + qy * this.e2[1] + qz * this.e2[2];
    return Math.sqrt(qx * qx + qy * qy + qz * qz) - this.radiusMm;
  }
  distance(x: number, y: number, z: number): number {
    const d = this.plain(x, y, z);
    // A rounded sacculation: the tube narrows as the square of the distance from the piece's
    // middle (t), to a fold at both ends, strongest midway between the taeniae.
    const t = (2 * this.s) / this.length - 1;
    const sector = Math.min(1, 1.7 * Math.abs(Math.sin(1.5 * (Math.atan2(this.ry, this.rx) - this.taeniaAngle))));
    return d + this.foldDepthMm * t * t * sector;
  }
  bound(x: number, y: number, z: number): number {
    // Folds only narrow the tube: outside, the plain tube's distance is safe; inside, allow a full fold.
    const d = this.plain(x, y, z);
    return d > 0 ? d : Math.min(d + this.foldDepthMm, 0);
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}
