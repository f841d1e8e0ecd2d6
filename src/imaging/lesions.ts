/**
 * Lesions as parameters: a focal lesion is described by where it is, how big, its margin, its
 * tissue, and optional internal parts (necrotic or cystic areas, calcifications, an enhancing
 * rim, a fibrous "target" core, spicules of desmoplastic reaction). `lesionStructures` turns the
 * description into solids painted over the normal anatomy, outer parts first.
 */
import { Ellipsoid, Tube, rotationFromDegrees, type Shape, type Vec3 } from './shapes';
import { Lobulated, Offset, Union } from './shape-operations';
import { Warped } from './shapes-organic';
import { structure, type Structure } from './structures';
import { STRAND_TISSUE, type TissueId } from './tissues';

export type LesionMargin = 'smooth' | 'lobulated' | 'spiculated';

export interface LesionPart {
  /** Offset from the lesion centre, mm. */
  readonly offsetMm: Vec3;
  readonly radiusMm: number;
}

export interface LesionSpec {
  readonly id: string;
  /** What a learner would call it: "pancreatic tail NET", "node"… (used in labels). */
  readonly label: string;
  /** The region it sits in, as named in the region list ("pancreas", "liver", "mesentery"…). */
  readonly region: string;
  readonly centreMm: Vec3;
  /** Semi-axes, mm (one number = a sphere). */
  readonly radiiMm: number | Vec3;
  /** Rotation of the semi-axes, degrees about x, y, z. */
  readonly rotationDeg?: Vec3;
  readonly tissue: TissueId;
  readonly margin?: LesionMargin;
  /** Central necrosis, as a fraction of the radius. */
  readonly necroticCore?: number;
  /** Central fibrous core that retains extracellular contrast (a "target"), fraction of radius. */
  readonly targetCore?: number;
  /** An enhancing rim of another tissue, mm thick. */
  readonly rim?: { readonly tissue: TissueId; readonly thicknessMm: number };
  readonly cysticParts?: readonly LesionPart[];
  readonly calcifications?: readonly LesionPart[];
  /** Texture amplitude relative to normal parenchyma (1 by default). */
  readonly heterogeneity?: number;
  /** Irregularity of the outline as a fraction of the radius (0 = a perfect ellipsoid). */
  readonly irregularity?: number;
  /** Strands radiating into the fat: the desmoplastic reaction of a mesenteric metastasis. */
  readonly spicules?: { readonly count: number; readonly lengthMm: number };
}

function radii(spec: LesionSpec): Vec3 {
  return typeof spec.radiiMm === 'number' ? [spec.radiiMm, spec.radiiMm, spec.radiiMm] : spec.radiiMm;
}

function validate(spec: LesionSpec): void {
  const r = radii(spec);
  if (r.some((v) => !(v > 0 && v < 200)))
    throw new RangeError(`lesion "${spec.id}": radii must be between 0 and 200 mm`);
  for (const key of ['necroticCore', 'targetCore'] as const) {
    const f = spec[key];
    if (f !== undefined && !(f > 0 && f < 1))
      throw new RangeError(`lesion "${spec.id}": ${key} must be a fraction between 0 and 1`);
  }
}

/** The lesion's outer solid (what an outline or a hit test should use). */
export function lesionOutline(spec: LesionSpec): Shape {
  validate(spec);
  const r = radii(spec);
  const rot = spec.rotationDeg ? rotationFromDegrees(...spec.rotationDeg) : null;
  const body = new Ellipsoid(spec.centreMm, r, rot);
  const mean = (r[0] + r[1] + r[2]) / 3;
  // An optional gentle irregularity (a fraction of the radius), different for each lesion, on top
  // of its named margin: no real tumour is a perfect ellipsoid. Off by default so measured sizes
  // stay exact where a simulator needs them.
  // The irregularity is two scales: two or three broad lobes, and finer bumps over them.
  const amount = spec.irregularity ?? 0;
  const phase = idPhase(spec.id);
  const irregular = (shape: Shape) =>
    amount > 0
      ? new Warped(
          new Lobulated(shape, spec.centreMm, mean * amount, 2.5, phase),
          mean * amount * 0.6,
          Math.max(6, mean * 0.9),
          phase,
        )
      : shape;
  // model assumption: a lobulated margin is two or three broad, rounded lobes (10 % of the radius); finer
  // angular bumps left flat facets between them, which read as a polygon rather than a tumour.
  if (spec.margin === 'lobulated')
    return irregular(new Lobulated(body, spec.centreMm, mean * 0.1, 2.6, spec.id.length));
  if (spec.margin === 'spiculated')
    return irregular(new Lobulated(body, spec.centreMm, mean * 0.08, 6, spec.id.length));
  return irregular(body);
}

function idPhase(id: string): number {
  let h = 7;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) % 10007;
  return (h / 10007) * 6.283;
}

export function lesionStructures(spec: LesionSpec): Structure[] {
  const LESION_TEXTURE = spec.heterogeneity ?? 1;
  const outline = lesionOutline(spec);
  const r = radii(spec);
  const rot = spec.rotationDeg ? rotationFromDegrees(...spec.rotationDeg) : null;
  const c = spec.centreMm;
  const amount = spec.irregularity ?? 0;
  const phase = idPhase(spec.id);
  const mean = (r[0] + r[1] + r[2]) / 3;
  /**
   * An inner part (core, necrosis): with an irregular lesion, off-centre by up to a sixth of the
   * radius and with its own uneven outline, so a rim round it is thicker on one side than the
   * other (no perfect doughnut); otherwise a plain concentric ellipsoid.
   */
  const core = (f: number): Shape => {
    if (amount <= 0) return new Ellipsoid(c, [r[0] * f, r[1] * f, r[2] * f], rot);
    const k = mean * (1 - f) * 0.35;
    const shifted: Vec3 = [
      c[0] + k * Math.cos(phase),
      c[1] + k * Math.sin(phase),
      c[2] + 0.5 * k * Math.sin(2 * phase),
    ];
    return new Warped(
      new Ellipsoid(shifted, [r[0] * f, r[1] * f, r[2] * f], rot),
      mean * f * amount * 2,
      Math.max(5, mean * f),
      phase + 1,
    );
  };
  const out: Structure[] = [];
  const push = (suffix: string, tissue: TissueId, shape: Shape, texture: number) =>
    out.push(structure(`lesion:${spec.id}${suffix}`, tissue, shape, spec.region, texture, spec.id));

  if (spec.spicules) {
    // model assumption: the desmoplastic reaction is fibrous bands along the mesenteric vessels:
    // thin radial plates (about 2 mm thick, a quarter as wide as they are long) fanning out in the
    // mesentery. Half fan out near the horizontal plane and half near the frontal plane (the
    // mesenteric sheet), so axial and coronal sections both show a sunburst of strands into the
    // fat; every third also has a gently curved cord.
    const mean = (r[0] + r[1] + r[2]) / 3;
    const phase = idPhase(spec.id);
    const strands: Shape[] = [];
    const count = spec.spicules.count;
    for (let i = 0; i < count; i++) {
      const phi = phase + (i * 2 * Math.PI) / count + 0.25 * Math.sin(i * 1.3);
      const tilt = 0.15 * Math.sin(i * 2.1 + phase);
      const horizontal = i % 2 === 0;
      const raw: Vec3 = horizontal ? [Math.cos(phi), Math.sin(phi), tilt] : [Math.cos(phi), tilt, Math.sin(phi)];
      const norm = Math.hypot(...raw);
      const d: Vec3 = [raw[0] / norm, raw[1] / norm, raw[2] / norm];
      // The plate's width runs across the plane it fans in, its thickness within it.
      const across: Vec3 = horizontal ? [0, 0, 1] : [0, 1, 0];
      const dot = d[0] * across[0] + d[1] * across[1] + d[2] * across[2];
      const mRaw: Vec3 = [across[0] - dot * d[0], across[1] - dot * d[1], across[2] - dot * d[2]];
      const ml = Math.hypot(...mRaw) || 1;
      const m: Vec3 = [mRaw[0] / ml, mRaw[1] / ml, mRaw[2] / ml];
      const n: Vec3 = [d[1] * m[2] - d[2] * m[1], d[2] * m[0] - d[0] * m[2], d[0] * m[1] - d[1] * m[0]];
      const len = spec.spicules.lengthMm * (0.7 + 0.4 * Math.abs(Math.sin(i * 1.7 + phase)));
      const from = 0.75 * mean;
      const half = (len + 0.25 * mean) / 2;
      // Each strand kinks about halfway out (towards a loop it tethers), its outer part thinner.
      const k = 0.45 * Math.sin(i * 1.9 + phase);
      const dl = Math.hypot(1, k);
      const d2: Vec3 = [(d[0] + k * n[0]) / dl, (d[1] + k * n[1]) / dl, (d[2] + k * n[2]) / dl];
      const n2: Vec3 = [d2[1] * m[2] - d2[2] * m[1], d2[2] * m[0] - d2[0] * m[2], d2[0] * m[1] - d2[1] * m[0]];
      const kinkAt = from + 0.9 * half;
      const p: Vec3 = [c[0] + d[0] * kinkAt, c[1] + d[1] * kinkAt, c[2] + d[2] * kinkAt];
      const h2 = 0.6 * half;
      strands.push(
        new Ellipsoid(
          [c[0] + d[0] * (from + 0.65 * half), c[1] + d[1] * (from + 0.65 * half), c[2] + d[2] * (from + 0.65 * half)],
          [0.65 * half, 1.1, 0.18 * len],
          [d, n, m],
        ),
        new Ellipsoid([p[0] + d2[0] * h2, p[1] + d2[1] * h2, p[2] + d2[2] * h2], [h2, 0.9, 0.13 * len], [d2, n2, m]),
      );
      if (i % 3 === 0) {
        const bend = 0.25 * Math.sin(i * 2.3 + phase);
        const at = (f: number): Vec3 => {
          const t = from + 2.3 * half * f;
          const sway = bend * t * f;
          return [c[0] + d[0] * t + n[0] * sway, c[1] + d[1] * t + n[1] * sway, c[2] + d[2] * t + n[2] * sway];
        };
        strands.push(new Tube([0, 0.4, 0.75, 1].map(at), [1.5, 1.1, 0.9, 0.7]));
      }
    }
    push(':spicules', STRAND_TISSUE[spec.tissue] ?? spec.tissue, new Union(strands), 0.3);
  }
  if (spec.rim) {
    push(':rim', spec.rim.tissue, outline, 0.6);
    const t = spec.rim.thicknessMm;
    const inner = new Offset(outline, -t);
    // An irregular lesion's rim varies in thickness round the lesion (about ±40 %).
    push(
      '',
      spec.tissue,
      amount > 0 ? new Warped(inner, t * 0.4, Math.max(6, mean * 0.8), phase + 2) : inner,
      LESION_TEXTURE,
    );
  } else {
    push('', spec.tissue, outline, LESION_TEXTURE);
  }
  if (spec.targetCore) {
    const f = spec.targetCore;
    push(':target-core', 'fibrous-core', core(f), 0.5);
  }
  if (spec.necroticCore) {
    const f = spec.necroticCore;
    push(':necrosis', 'necrosis', new Lobulated(core(f), c, Math.min(...r) * f * 0.18, 3, 2), 0.6);
  }
  spec.cysticParts?.forEach((part, i) => {
    push(
      `:cyst-${i}`,
      'cyst-fluid',
      new Ellipsoid(
        [c[0] + part.offsetMm[0], c[1] + part.offsetMm[1], c[2] + part.offsetMm[2]],
        [part.radiusMm, part.radiusMm, part.radiusMm],
      ),
      0,
    );
  });
  spec.calcifications?.forEach((part, i) => {
    push(
      `:calcification-${i}`,
      'calcification',
      new Ellipsoid(
        [c[0] + part.offsetMm[0], c[1] + part.offsetMm[1], c[2] + part.offsetMm[2]],
        [part.radiusMm, part.radiusMm, part.radiusMm],
      ),
      0,
    );
  });
  return out;
}
