import { clipSelf, type Box3, type Shape, type Vec3 } from './shapes';

/**
 * A vertebral body: a rounded elliptic column whose front and sides are waisted (narrowest at
 * mid-height, the back wall straight) and whose endplates are shallow cups (the disc bulges into
 * them). `waist` is the fractional narrowing at mid-height, `cupMm` the endplate depth at the centre.
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
  ) {
    this.box = { min: [c[0] - rx, c[1] - ry, c[2] - halfHeight], max: [c[0] + rx, c[1] + ry, c[2] + halfHeight] };
  }
  distance(x: number, y: number, z: number): number {
    const r = this.roundMm;
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
