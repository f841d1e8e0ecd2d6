import { clipSelf, type Box3, type Shape, type Vec3 } from './shapes';

/**
 * A vertebral body: a rounded elliptic column whose front and sides are waisted (narrowest at
 * mid-height, the back wall straight) and whose endplates are shallow cups (the disc bulges into
 * them). `waist` is the fractional narrowing at mid-height, `cupMm` the endplate depth at the centre
 * (negative: a biconvex disc). `tilt` (radians) turns it about the x axis, its long axis along
 * the column's curve, so a lordotic column is a fan of tilted bodies, not a staircase of boxes.
 */
export class VertebralBody implements Shape {
  readonly box: Box3;
  constructor(
    private readonly c: Vec3,
    private readonly rx: number,
    private readonly ry: number,
    private readonly halfHeight: number,
    private readonly roundMm: number,
    private readonly waist: number,
    private readonly cupMm: number,
    tilt = 0,
  ) {
    this.cos = Math.cos(tilt);
    this.sin = Math.sin(tilt);
    const s = Math.abs(this.sin),
      hz = halfHeight + Math.max(0, -cupMm);
    const [ey, ez] = [ry + s * hz, hz + s * ry];
    this.box = { min: [c[0] - rx, c[1] - ey, c[2] - ez], max: [c[0] + rx, c[1] + ey, c[2] + ez] };
  }
  private readonly cos: number;
  private readonly sin: number;
  distance(x: number, y0: number, z0: number): number {
    const r = this.roundMm;
    const dy = y0 - this.c[1],
      dz0 = z0 - this.c[2];
    const y = this.c[1] + dy * this.cos - dz0 * this.sin,
      z = this.c[2] + dy * this.sin + dz0 * this.cos;
    const az = Math.abs(z - this.c[2]);
    const t = Math.min(1, az / this.halfHeight);
    const s = 1 - this.waist * (1 - t * t);
    const rx = this.rx * s - r,
      ry = this.ry * s - r;
    const u = (x - this.c[0]) / rx,
      v = (y - this.c[1] - this.ry * (1 - s)) / ry;
    const g = Math.sqrt(u * u + v * v);
    const gu = u / rx,
      gv = v / ry;
    const grad = Math.sqrt(gu * gu + gv * gv);
    const dr = grad < 1e-9 ? -Math.min(rx, ry) : (g * (g - 1)) / grad;
    const q = Math.min(g, 1);
    const dz = az - (this.halfHeight - this.cupMm * (1 - q * q) - r);
    const ox = Math.max(dr, 0),
      oz = Math.max(dz, 0);
    return Math.sqrt(ox * ox + oz * oz) + Math.min(Math.max(dr, dz), 0) - r;
  }
  bound(x: number, y: number, z: number): number {
    return this.distance(x, y, z) * 0.5;
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}

/**
 * The neural arch as one solid: an elliptic ring round the canal (pedicles at the sides, laminae
 * behind) cut flat where it meets the back of the body, extruded over the body's height with
 * flat ends, leaning with the canal, so every axial slice through a body shows one bony ring joined to it.
 */
export class VertebralArch implements Shape {
  readonly box: Box3;
  constructor(
    private readonly c: Vec3,
    private readonly a: number,
    private readonly b: number,
    private readonly half: number,
    private readonly frontY: number,
    private readonly h: number,
    private readonly lean: number,
  ) {
    const s = Math.abs(lean) * half;
    this.box = { min: [c[0] - a - h, frontY - s, c[2] - half], max: [c[0] + a + h, c[1] + b + h + s, c[2] + half] };
  }
  distance(x: number, y: number, z: number): number {
    const dy = this.lean * (z - this.c[2]);
    const u = (x - this.c[0]) / this.a,
      v = (y - dy - this.c[1]) / this.b;
    const d2 = Math.max(
      Math.abs((Math.sqrt(u * u + v * v) - 1) * Math.min(this.a, this.b)) - this.h,
      this.frontY + dy - y,
    );
    const dz = Math.abs(z - this.c[2]) - this.half;
    const ox = Math.max(d2, 0),
      oz = Math.max(dz, 0);
    return Math.sqrt(ox * ox + oz * oz) + Math.min(Math.max(d2, dz), 0);
  }
  bound(x: number, y: number, z: number): number {
    return this.distance(x, y, z) * 0.7;
  }
  clip(box: Box3): Shape | null {
    return clipSelf(this, box);
  }
}
